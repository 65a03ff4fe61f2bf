"""Builds-on confidence: calibrated on the dev gold, and the shipped counts still match it."""

from __future__ import annotations

import pytest
from benchmarks.calibrate_builds_on import measure

from paperkg.inference.builds_on import CALIBRATION, EMIT_THRESHOLD, PRIOR_WEIGHT, calibrated_confidence


def test_shipped_calibration_is_what_the_gold_shows_today() -> None:
    # A rule change that makes a class of evidence more or less often right must update it.
    assert measure() == CALIBRATION


def test_a_class_never_seen_keeps_its_prior() -> None:
    assert calibrated_confidence(None, None) == pytest.approx(0.6)


def test_a_class_always_right_moves_up_from_its_prior() -> None:
    right, drawn = CALIBRATION["extends"]
    expected = (right + PRIOR_WEIGHT * 0.9) / (drawn + PRIOR_WEIGHT)
    assert calibrated_confidence("extends", None) == pytest.approx(expected)
    assert expected > 0.9


def test_a_class_seen_wrong_falls_below_the_threshold() -> None:
    confidence = calibrated_confidence("extends", "a later version is named too", 0.45)
    assert confidence < EMIT_THRESHOLD
    assert confidence < 0.45


def test_more_doubt_means_less_confidence() -> None:
    assert calibrated_confidence("uses", "the name is also a common word", 0.2) < calibrated_confidence(
        "uses", None
    )
