"""The PubMed XML loader: efetch records, the papers their MEDLINE gives, references, hostile and cut XML."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from paperkg.exceptions import BadRecord, LoadError
from paperkg.graph import BuildOptions, SQLiteStore, build_graph
from paperkg.loaders import Limits, LoadOptions, LoadReport, detect_format, load_file
from paperkg.loaders.pubmed_xml import load_pubmed_xml
from paperkg.models import DatePrecision, EdgeKind, Paper, Reference

DATA = Path(__file__).resolve().parent / "data"
# An efetch answer (db=pubmed&rettype=xml) of three records as PubMed writes them: the two of
# pubmed-medline.txt, abridged alike (AlphaFold with its electronic publication date and an ORCID iD,
# ColabFold with a group author and a PMCID), and a made-up third with a structured abstract, a
# MedlineDate, a title in italics, an author flagged invalid and references by PMID and by DOI.
EFETCH = DATA / "pubmed-efetch.xml"
MEDLINE = DATA / "pubmed-medline.txt"
ALPHAFOLD, COLABFOLD, THIRD = "34265844", "35637307", "36812345"
HEADER = """<?xml version="1.0" ?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" \
"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
"""


def _load(path: Path = EFETCH, options: LoadOptions | None = None) -> tuple[list[Paper], LoadReport]:
    report = LoadReport(source=str(path))
    return list(load_pubmed_xml(path, options, report)), report


def _by_pmid(path: Path = EFETCH) -> dict[str, Paper]:
    return {p.external_ids["pubmed"]: p for p in _load(path)[0]}


def _article(tmp_path: Path, inside: str, outside: str = "") -> Path:
    """A file of one PubmedArticle whose Article holds ``inside`` and whose PubmedData holds ``outside``."""
    path = tmp_path / "one.xml"
    path.write_text(
        f'{HEADER}<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation Status="MEDLINE" Owner="NLM">\n'
        f'<PMID Version="1">1</PMID>\n<Article PubModel="Print">\n{inside}\n</Article>\n</MedlineCitation>\n'
        f"<PubmedData>{outside}</PubmedData>\n</PubmedArticle>\n</PubmedArticleSet>\n",
        encoding="utf-8",
    )
    return path


def test_detected_from_content() -> None:
    # it was refused: "cannot tell the format from the content"
    assert detect_format(EFETCH) == "pubmed-xml"


def test_a_gzip_file_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "pubmed25n0001.xml.gz"
    path.write_bytes(gzip.compress(EFETCH.read_bytes()))
    assert detect_format(path) == "pubmed-xml"


def test_a_gzip_file_loads_its_records(tmp_path: Path) -> None:
    path = tmp_path / "pubmed25n0001.xml.gz"
    path.write_bytes(gzip.compress(EFETCH.read_bytes()))
    assert list(_by_pmid(path)) == [ALPHAFOLD, COLABFOLD, THIRD]


def test_every_record_loads() -> None:
    papers, report = _load()
    assert ([p.id for p in papers], report.read, report.rejected) == (
        ["doi:10.1038/s41586-021-03819-2", "doi:10.1038/s41592-022-01488-1", "doi:10.1016/j.jsb.2022.107912"],
        3,
        [],
    )


@pytest.mark.parametrize(
    ("pmid", "field", "expected"),
    [
        (ALPHAFOLD, "title", "Highly accurate protein structure prediction with AlphaFold"),
        (ALPHAFOLD, "published", "2021-07-15"),
        (ALPHAFOLD, "date_precision", DatePrecision.DAY),
        (ALPHAFOLD, "authors", ["John Jumper", "Richard Evans"]),
        (ALPHAFOLD, "author_ids", {"John Jumper": ["orcid:0000-0001-6169-6580"]}),
        (ALPHAFOLD, "venue", "Nature"),
        (ALPHAFOLD, "external_ids", {"pubmed": ALPHAFOLD}),
        (COLABFOLD, "authors", ["Milot Mirdita", "Martin Steinegger", "The Example Consortium"]),
        (COLABFOLD, "published", "2022-06"),
        (COLABFOLD, "external_ids", {"pubmed": COLABFOLD, "pmc": "PMC9184281"}),
        (COLABFOLD, "doi", "10.1038/s41592-022-01488-1"),
        # the italics of <i>AlphaFold2</i> are part of the title's text
        (
            THIRD,
            "title",
            "Accuracy of AlphaFold2 models of drug-target proteins against 1,200 crystal structures: "
            "a retrospective comparison",
        ),
        # MedlineDate "2023 Jan-Feb": its first month
        (THIRD, "published", "2023-01"),
        (THIRD, "date_precision", DatePrecision.MONTH),
        # the author flagged ValidYN="N" is left out; one without a forename has her initials
        (THIRD, "authors", ["Adaeze N Okafor", "P Lindqvist", "Structure-Based Drug Design Benchmark Group"]),
        (THIRD, "author_ids", {"Adaeze N Okafor": ["orcid:0000-0002-1825-0097"]}),
        (THIRD, "venue", "Journal of structural biology"),
        (THIRD, "doi", "10.1016/j.jsb.2022.107912"),
    ],
)
def test_fields_of_a_record(pmid: str, field: str, expected: object) -> None:
    assert getattr(_by_pmid()[pmid], field) == expected


def test_a_structured_abstract_has_its_labels_without_the_copyright() -> None:
    assert _by_pmid()[THIRD].abstract == (
        "BACKGROUND: Predicted protein structures are used in place of crystal structures in structure-based "
        "drug design, but how closely they match the binding sites of drug targets is not known. "
        "METHODS: We compared AlphaFold2 and ColabFold models of 412 drug-target proteins with 1,200 crystal "
        "structures released after the models' training date, by the Cα RMSD of their binding-site "
        "residues. "
        "RESULTS: Binding sites were predicted within 1.5 Å in 71% of the structures (P < 0.001 against "
        "homology models); ligand-bound conformations were predicted less well than apo ones. "
        "CONCLUSIONS: Predicted models are accurate enough for most binding sites, but not for those that "
        "change shape on binding."
    )


@pytest.mark.parametrize(
    ("pmid", "field"),
    [
        (pmid, field)
        for pmid in (ALPHAFOLD, COLABFOLD)
        for field in (
            "id",
            "title",
            "abstract",
            "authors",
            "doi",
            "published",
            "date_precision",
            "year",
            "venue",
        )
    ]
    # ColabFold's PMCID is in the XML only: the MEDLINE file's record is without its PMC line
    + [(ALPHAFOLD, "external_ids")],
)
def test_a_record_gives_the_paper_its_medline_text_gives(pmid: str, field: str) -> None:
    medline = {p.external_ids["pubmed"]: p for p in load_file(MEDLINE)}
    assert getattr(_by_pmid()[pmid], field) == getattr(medline[pmid], field)


def test_references_by_pmid_and_by_doi() -> None:
    # the third reference has only its citation's text: nothing to find a paper by
    assert _by_pmid()[THIRD].references == [
        Reference(external_id=f"pubmed:{ALPHAFOLD}"),
        Reference(doi="10.1093/nar/gky949"),
    ]


def test_provenance_has_the_record_and_the_line_it_starts_on() -> None:
    lines = EFETCH.read_text(encoding="utf-8").splitlines()
    starts = [number for number, line in enumerate(lines, start=1) if line == "<PubmedArticle>"]
    papers, _ = _load()
    assert [(p.provenance[0].record, p.provenance[0].line) for p in papers] == list(
        enumerate(starts, start=1)
    )


def test_a_build_draws_the_citations_a_pmid_names(tmp_path: Path) -> None:
    with SQLiteStore.open(tmp_path / "store", writable=True, create=True) as store:
        build_graph([EFETCH], store, BuildOptions(similarity=False, workers=1))
        cites = sorted((e.source, e.target) for e in store.edges(kinds=[EdgeKind.CITES]))
    # the third record names AlphaFold by its PMID alone
    assert cites == [
        ("doi:10.1016/j.jsb.2022.107912", "doi:10.1038/s41586-021-03819-2"),
        ("doi:10.1038/s41592-022-01488-1", "doi:10.1038/s41586-021-03819-2"),
    ]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2022", None, [COLABFOLD, THIRD]),
        (None, "2021-12", [ALPHAFOLD]),
        ("2023-01", "2023-01", [THIRD]),
    ],
)
def test_date_filters(since: str | None, until: str | None, expected: list[str]) -> None:
    papers, report = _load(options=LoadOptions(since=since, until=until))
    assert ([p.external_ids["pubmed"] for p in papers], report.filtered) == (expected, 3 - len(expected))


@pytest.mark.parametrize(
    ("pub_date", "published"),
    [
        ("<Year>2021</Year><Month>08</Month><Day>5</Day>", "2021-08-05"),
        ("<Year>2021</Year><Month>Aug</Month>", "2021-08"),
        ("<Year>2020</Year><Season>Spring</Season>", "2020"),
        ("<MedlineDate>1998 Dec-1999 Jan</MedlineDate>", "1998-12"),
        ("<MedlineDate>2019-2020</MedlineDate>", "2019"),
    ],
)
def test_the_issue_date_without_an_electronic_one(tmp_path: Path, pub_date: str, published: str) -> None:
    path = _article(
        tmp_path,
        f"<Journal><JournalIssue><PubDate>{pub_date}</PubDate></JournalIssue><Title>J</Title></Journal>"
        "<ArticleTitle>A title.</ArticleTitle>",
    )
    assert _load(path)[0][0].published == published


def test_a_record_with_nothing_to_know_it_by_is_rejected_with_its_line(tmp_path: Path) -> None:
    path = _article(tmp_path, "<Journal><Title>J</Title></Journal><ArticleTitle></ArticleTitle>")
    papers, report = _load(path)
    assert (papers, [str(r) for r in report.rejected]) == (
        [],
        [f"{path}, line 4: record 1: the record has no title, abstract, DOI or arXiv id"],
    )


def test_a_record_with_nothing_to_know_it_by_is_fatal_with_strict(tmp_path: Path) -> None:
    path = _article(tmp_path, "<Journal><Title>J</Title></Journal><ArticleTitle></ArticleTitle>")
    with pytest.raises(BadRecord, match=r"line 4: record 1: the record has no title"):
        _load(path, LoadOptions(strict=True))


def test_the_doi_of_the_elocation_id_when_the_ids_have_none(tmp_path: Path) -> None:
    path = _article(
        tmp_path,
        '<ArticleTitle>A title.</ArticleTitle><ELocationID EIdType="doi" ValidYN="Y">10.1/ABC</ELocationID>',
        '<ArticleIdList><ArticleId IdType="pubmed">1</ArticleId></ArticleIdList>',
    )
    assert _load(path)[0][0].doi == "10.1/abc"


def test_an_arxiv_doi_gives_the_arxiv_id(tmp_path: Path) -> None:
    path = _article(
        tmp_path,
        "<ArticleTitle>A title.</ArticleTitle>",
        '<ArticleIdList><ArticleId IdType="doi">10.48550/arXiv.2106.09685</ArticleId></ArticleIdList>',
    )
    assert _load(path)[0][0].arxiv_id == "2106.09685"


BOOK = """<PubmedArticleSet>
<PubmedBookArticle>
  <BookDocument>
    <PMID Version="1">20301428</PMID>
    <ArticleIdList><ArticleId IdType="bookaccession">NBK1250</ArticleId></ArticleIdList>
    <Book>
      <Publisher><PublisherName>University of Washington, Seattle</PublisherName></Publisher>
      <BookTitle book="gene">GeneReviews<sup>®</sup></BookTitle>
      <PubDate><Year>1993</Year></PubDate>
      <AuthorList Type="editors"><Author><LastName>Adam</LastName><ForeName>Margaret P</ForeName></Author>
      </AuthorList>
    </Book>
    <ArticleTitle book="gene" part="cf">Cystic Fibrosis</ArticleTitle>
    <AuthorList Type="authors"><Author><LastName>Savant</LastName><ForeName>Adrienne</ForeName></Author>
    </AuthorList>
    <AuthorList Type="editors"><Author><LastName>Ardinger</LastName><ForeName>Holly H</ForeName></Author>
    </AuthorList>
    <Abstract><AbstractText Label="CLINICAL CHARACTERISTICS">Cystic fibrosis affects the lungs.</AbstractText>
    </Abstract>
  </BookDocument>
  <PubmedBookData>
    <ArticleIdList><ArticleId IdType="pubmed">20301428</ArticleId></ArticleIdList>
  </PubmedBookData>
</PubmedBookArticle>
</PubmedArticleSet>
"""


def test_a_book_chapter_gives_its_title_abstract_and_authors_not_its_editors(tmp_path: Path) -> None:
    path = tmp_path / "book.xml"
    path.write_text(HEADER + BOOK, encoding="utf-8")
    (paper,) = _load(path)[0]
    assert (paper.title, paper.abstract, paper.authors, paper.published, paper.external_ids) == (
        "Cystic Fibrosis",
        "CLINICAL CHARACTERISTICS: Cystic fibrosis affects the lungs.",
        ["Adrienne Savant"],
        "1993",
        {"pubmed": "20301428"},
    )


# -- hostile and damaged XML -------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&b;</ArticleTitle>
</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet SYSTEM "pubmed.dtd" [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&secret;</ArticleTitle>
</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
"""
# PubMed's own DOCTYPE, with an entity its DTD would have to declare: never read, so refused
UNDECLARED = (
    HEADER
    + """<PubmedArticleSet>
<PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&secret;</ArticleTitle>
</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
"""
)


@pytest.mark.parametrize(
    ("text", "line"),
    [(BILLION_LAUGHS, 2), (EXTERNAL_ENTITY, 2), (UNDECLARED, 4)],
    ids=["laughs", "ext", "undef"],
)
def test_dtd_subsets_and_entities_are_refused_naming_the_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "hostile.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(
        LoadError, match=rf"hostile\.xml, line {line}: .*, which PubMed XML never holds; refusing to parse it"
    ):
        list(load_file(path))


def _cut(tmp_path: Path) -> Path:
    """The efetch answer cut in the middle of its third record's abstract."""
    text = EFETCH.read_text(encoding="utf-8")
    path = tmp_path / "cut.xml"
    path.write_text(text[: text.index("in 71% of the structures")], encoding="utf-8")
    return path


def test_a_cut_file_gives_the_records_before_the_damage(tmp_path: Path) -> None:
    papers: list[Paper] = []
    with pytest.raises(LoadError):
        papers.extend(load_file(_cut(tmp_path)))
    assert [p.external_ids["pubmed"] for p in papers] == [ALPHAFOLD, COLABFOLD]


def test_a_cut_file_names_the_record_it_ends_in(tmp_path: Path) -> None:
    with pytest.raises(
        LoadError, match=r"cut\.xml, line \d+: not well-formed XML .*record from line 238; it is cut"
    ):
        list(load_file(_cut(tmp_path)))


def test_a_file_without_its_closing_tag_gives_every_record_then_the_error(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.xml"
    path.write_text(EFETCH.read_text(encoding="utf-8").replace("</PubmedArticleSet>", ""), encoding="utf-8")
    papers: list[Paper] = []
    with pytest.raises(LoadError, match=r"unclosed\.xml, line \d+: .*ends before its </PubmedArticleSet>"):
        papers.extend(load_file(path))
    assert [p.external_ids["pubmed"] for p in papers] == [ALPHAFOLD, COLABFOLD, THIRD]


def test_malformed_xml_names_the_line_after_the_records_before_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    text = EFETCH.read_text(encoding="utf-8").replace("Nature methods</Title>", "Nature methods</Titel>")
    path.write_text(text, encoding="utf-8")
    papers: list[Paper] = []
    with pytest.raises(LoadError, match=r"broken\.xml, line 151: not well-formed XML \(mismatched tag\)"):
        papers.extend(load_file(path))
    assert [p.external_ids["pubmed"] for p in papers] == [ALPHAFOLD]


def test_another_xml_read_as_pubmed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<eFetchResult><ERROR>Empty id list</ERROR></eFetchResult>\n', encoding="utf-8"
    )
    with pytest.raises(
        LoadError, match=r"line 2: expected PubMed XML \(a <PubmedArticleSet>\), found <eFetchResult>"
    ):
        list(load_file(path, "pubmed-xml"))


def test_a_record_over_the_record_limit_is_rejected_unread(tmp_path: Path) -> None:
    path = _article(
        tmp_path,
        "<ArticleTitle>A title.</ArticleTitle><Abstract><AbstractText>"
        + "x" * 2000
        + "</AbstractText></Abstract>",
    )
    papers, report = _load(path, LoadOptions(limits=Limits(record_mb=0.001)))
    assert (papers, [(r.line, "longer than 0.001 MiB" in r.reason) for r in report.rejected]) == (
        [],
        [(4, True)],
    )


def test_an_update_files_deletions_are_told_not_dropped(tmp_path: Path) -> None:
    # PubMed's update files list PMIDs to delete after their records; they were read past without a word
    records = EFETCH.read_text(encoding="utf-8").rsplit("</PubmedArticleSet>", 1)[0]
    path = tmp_path / "pubmed25n1300.xml"
    path.write_text(
        records + '<DeleteCitation>\n<PMID Version="1">111</PMID>\n<PMID Version="1">222</PMID>\n'
        "</DeleteCitation>\n</PubmedArticleSet>\n",
        encoding="utf-8",
    )
    papers, report = _load(path)
    assert (len(papers), report.read, report.rejected) == (3, 3, [])
    assert [n for n in report.notes if "DeleteCitation" in n] == [
        "the file lists 2 PMIDs to delete (<DeleteCitation>, as PubMed's update files do); paperkg deletes no "
        "paper: those loaded from earlier files, or already in the store, stay (build again without their "
        "records to drop them)"
    ]
