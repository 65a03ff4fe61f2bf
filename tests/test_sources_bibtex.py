"""The BibTeX loader: Zotero and Google Scholar entries, LaTeX accents, nested braces, bad blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.exceptions import BadRecord
from paperkg.loaders import LoadOptions, LoadReport, detect_format
from paperkg.loaders.bibtex import load_bibtex
from paperkg.models import DatePrecision, Paper

DATA = Path(__file__).resolve().parent / "data"
BIB = DATA / "zotero.bib"
SCHRODINGER = "doi:10.1002/andp.19263840804"


def _load(options: LoadOptions | None = None) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(BIB))
    return list(load_bibtex(BIB, options, report)), report


def _by_id() -> dict[str, Paper]:
    return {p.id: p for p in _load()[0]}


def test_detected_from_content() -> None:
    assert detect_format(BIB) == "bibtex"


def test_entries_load_in_file_order() -> None:
    ids = [p.id for p in _load()[0]]
    assert [ids[0], ids[2], ids[3]] == ["arxiv:2106.09685", "arxiv:2307.09288", SCHRODINGER]


def test_entry_without_ids_gets_a_content_hash() -> None:
    assert _load()[0][1].id.startswith("hash:")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (48, "@misc{nothing_here}: the entry has no title, DOI, arXiv id or abstract"),
        (53, "not a valid BibTeX entry: Unexpectedly reached end of file."),
    ],
)
def test_bad_entries_are_rejected_with_line_and_reason(line: int, reason: str) -> None:
    _, report = _load()
    assert (line, reason) in [(r.line, r.reason) for r in report.rejected]


def test_strict_stops_at_the_first_bad_entry() -> None:
    with pytest.raises(BadRecord, match="line 48"):
        _load(LoadOptions(strict=True))


def test_nested_braces_and_accents_become_plain_text() -> None:
    assert _by_id()[SCHRODINGER].title == (
        "Über das Verhältnis der Heisenberg-Born-Jordanschen Quantenmechanik zu der meinen"
    )


def test_accented_author_names_and_name_parts() -> None:
    assert _by_id()[SCHRODINGER].authors == [
        "E. Schrödinger",
        "Jörg Möller",
        "Johannes D. van der Waals",
        "Martin King, Jr.",
    ]


def test_zotero_title_braces_are_removed() -> None:
    assert _by_id()["arxiv:2106.09685"].title == "LoRA: Low-Rank Adaptation of Large Language Models"


def test_abstract_braces_are_removed() -> None:
    assert _by_id()["arxiv:2106.09685"].abstract.startswith(  # type: ignore[union-attr]
        "We propose Low-Rank Adaptation, or LoRA, which freezes"
    )


@pytest.mark.parametrize(
    ("paper_id", "published", "precision"),
    [
        ("arxiv:2106.09685", "2021-10", DatePrecision.MONTH),
        (SCHRODINGER, "1926-03", DatePrecision.MONTH),
        ("arxiv:2307.09288", "2023", DatePrecision.YEAR),
    ],
)
def test_year_and_month(paper_id: str, published: str, precision: DatePrecision) -> None:
    paper = _by_id()[paper_id]
    assert (paper.published, paper.date_precision) == (published, precision)


def test_google_scholar_arxiv_journal_gives_the_arxiv_id_and_no_venue() -> None:
    paper = _by_id()["arxiv:2307.09288"]
    assert (paper.arxiv_id, paper.venue) == ("2307.09288", None)


def test_and_others_is_not_an_author() -> None:
    assert _by_id()["arxiv:2307.09288"].authors == ["Hugo Touvron", "Louis Martin", "Kevin Stone"]


def test_string_macro_booktitle_is_resolved() -> None:
    assert _load()[0][1].venue == "Advances in Neural Information Processing Systems"


def test_eprint_primary_class_is_a_category() -> None:
    assert _by_id()["arxiv:2106.09685"].categories == ["cs.CL"]


def test_arxiv_doi_is_kept() -> None:
    assert _by_id()["arxiv:2106.09685"].doi == "10.48550/arxiv.2106.09685"


def test_only_values_holding_latex_markup_are_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    # pylatexenc reads character by character (4 ms an entry): a value without markup skips it
    from pylatexenc.latex2text import LatexNodes2Text

    decoded: list[str] = []
    decode = LatexNodes2Text.latex_to_text

    def counted(self: LatexNodes2Text, text: str, *args: object, **kwargs: object) -> str:
        decoded.append(text)
        return decode(self, text, *args, **kwargs)

    monkeypatch.setattr(LatexNodes2Text, "latex_to_text", counted)
    papers, _ = _load()
    assert papers[3].title == "Über das Verhältnis der Heisenberg-Born-Jordanschen Quantenmechanik zu der meinen"
    assert "2021" not in decoded and "2106.09685" not in decoded and "arXiv" not in decoded
    assert "734--756" in decoded and any("{LoRA}" in text for text in decoded)


def test_a_value_without_latex_markup_decodes_to_itself() -> None:
    # what lets the loader pass such a value undecoded (bibtex.LATEX_MARKUP), on the strings around
    # the markup: dashes and quotes alone, apostrophes, marks, brackets, non-ASCII, whitespace
    import random

    from bibtexparser import middlewares

    from paperkg.loaders.bibtex import LATEX_MARKUP
    from paperkg.loaders.records import squash

    decoder = middlewares.LatexDecodingMiddleware()
    rng = random.Random(7)
    alphabet = "abXY09 -'`!?<>\"@*|/.,;:()[]+=\n\téüß中–—’“”\u00a0"
    values = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    values += ["state-of-the-art", "the model's rank-1 update", "Why? Because!", "a < b > c", "e.g. 'quoted'"]
    plain = [v for v in values if LATEX_MARKUP.search(v) is None]
    assert len(plain) > 1000
    assert [v for v in plain if squash(decoder._transform_python_value_string(v)[0]) != squash(v)] == []


def test_an_entrys_pubmed_ids_are_kept(tmp_path: Path) -> None:
    # Better BibTeX and JabRef write pmid and pmcid; BibLaTeX an eprint of type pubmed
    path = tmp_path / "refs.bib"
    path.write_text(
        "@article{jumper2021,\n  title = {Highly accurate protein structure prediction with AlphaFold},\n"
        "  year = {2021},\n  pmid = {34265844},\n  pmcid = {PMC8371605}\n}\n"
        "@article{mirdita2022,\n  title = {ColabFold: making protein folding accessible to all},\n"
        "  year = {2022},\n  eprint = {35637307},\n  eprinttype = {pubmed}\n}\n",
        encoding="utf-8",
    )
    alphafold, colabfold = load_bibtex(path)
    assert alphafold.external_ids == {"pubmed": "34265844", "pmc": "PMC8371605"}
    assert (colabfold.external_ids, colabfold.arxiv_id) == ({"pubmed": "35637307"}, None)
