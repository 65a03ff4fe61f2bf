"""Tests for paperkg.inference.builds_on: which way a claim points, by the papers' dates."""

from __future__ import annotations

import itertools

import pytest

from paperkg.inference.builds_on import Claim, date_order, infer_builds_on
from paperkg.inference.extract import relation_of
from paperkg.models import DatePrecision, Paper


def _papers() -> dict[str, Paper]:
    """Papers dated at every precision, some only by arXiv id, one not at all."""
    day, month, year = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
    papers = [
        Paper(id="a", published="2021-03-04", year=2021, date_precision=day),
        Paper(id="b", published="2021-03", year=2021, date_precision=month, arxiv_id="2103.00001"),
        Paper(id="c", published="2021-03-09", year=2021, date_precision=day, arxiv_id="2103.00002"),
        Paper(id="d", published="2020", year=2020, date_precision=year),
        Paper(id="e", arxiv_id="2105.01234"),
        Paper(id="f", year=2022, date_precision=DatePrecision.YEAR_UNKNOWN, arxiv_id="2001.00007"),
        Paper(id="g"),
    ]
    return {p.id: p for p in papers}


def _every_pair(papers: dict[str, Paper], relation: str | None = None) -> list[Claim]:
    """A claim for every ordered pair of papers, each paper in many claims (bare mentions by default)."""
    return [
        Claim(source, f"method:{target}", "X", f"{source} names {target}.", relation, target=target)
        for source, target in itertools.permutations(papers, 2)
    ]


def test_each_claim_points_as_the_two_papers_dates_order_them() -> None:
    papers = _papers()
    # every ordered pair, each paper in many claims (its date keys are made once and reused)
    result = infer_builds_on(_every_pair(papers), papers, {})
    drawn = {(e.source, e.target) for e in [*result.edges, *result.candidates]}
    expected = {(s, t) for s, t in itertools.permutations(papers, 2) if date_order(papers[s], papers[t]) == 1}
    unknown = [(s, t) for s, t in itertools.permutations(papers, 2) if date_order(papers[s], papers[t]) is None]
    assert (drawn, result.unknown_order, ("c", "b") in drawn, ("b", "a") in drawn, ("a", "b") in drawn) == (
        expected,
        len(unknown),
        True,  # same month, and arXiv ids order them
        False,  # same month, a has no arXiv id: unknown either way
        False,
    )
    # g with every other paper; a with b (same month); d with f (2020, f's month only from its arXiv id)
    assert len(unknown) == 2 * 6 + 2 + 2


def test_the_edges_drawn_share_one_set_of_fields_given_and_equal_edges_made_afresh() -> None:
    from paperkg.models import Edge

    papers = _papers()
    result = infer_builds_on(_every_pair(papers, "uses"), papers, {})
    drawn = [*result.edges, *result.candidates]
    # pydantic's set of the fields given, 728 bytes an edge, is one set for all of them
    assert (len(drawn) > 1, len({id(e.__pydantic_fields_set__) for e in drawn})) == (True, 1)
    assert drawn == [Edge.model_validate(e.model_dump()) for e in drawn]


def test_a_relation_the_sentence_shows_orders_papers_the_dates_do_not() -> None:
    # a and b: the same month, no arXiv id; g: no date at all. A paper that uses, extends or compares
    # with what another introduced came after it; a bare mention, or a claim doubted already, does not say
    papers = _papers()
    claims = [
        Claim("a", "method:b", "X", "We extend X.", "extends"),
        Claim("g", "method:a", "Y", "Y is compared.", "compares"),
        Claim("b", "method:g", "Z", "Z was proposed.", None),
        Claim("g", "method:b", "X", "We present X.", "uses", 0.25, "both papers present the name as theirs"),
    ]
    introducer = {"method:a": "a", "method:b": "b", "method:g": "g"}
    result = infer_builds_on(claims, papers, introducer)
    drawn = {(e.source, e.target): e for e in result.edges}
    assert sorted(drawn) == [("a", "b"), ("g", "a")] and not result.candidates
    assert {e.attrs["reason"] for e in drawn.values()} == {"which paper came first is unknown"}
    assert (drawn["a", "b"].confidence, drawn["g", "a"].confidence) == (0.8, 0.7)
    assert result.unknown_order == 2


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        # where the results were had, opening the sentence or reported on, is a use
        ("On ToolTrek, Palimpsest improves the end-to-end success of Llama 3.1 70B.", "uses"),
        ("We also report results on the BEIR benchmark.", "uses"),
        # idioms opening with "On" are not
        ("On the other hand, ToolTrek tasks are short.", None),
        ("On average, ToolTrek tasks take 12 steps.", None),
        # a paper adapting what another made extends it; a method adapting models to tasks says what it does
        ("We adapt the Ridgeline prior to the equation-by-equation form of a VAR.", "extends"),
        ("The scale was adapted from the PULSE questionnaire.", "extends"),
        ("LoRA is a prevalent method for adapting large language models to downstream tasks.", None),
    ],
)  # fmt: skip
def test_the_relation_a_sentence_shows(sentence: str, relation: str | None) -> None:
    assert relation_of(sentence) == relation
