"""What the health screening says is worded in the user's language, names included."""

from __future__ import annotations

import pytest

from massage_desktop.content import load_catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening
from massage_desktop.resources import data_dir
from massage_desktop.ui.core_text import verdict_reasons, verdict_text


def test_english_left_out_sentence() -> None:
    catalog = load_catalog(data_dir())
    verdict = Screening(catalog, HealthProfile(conditions=("varicose-veins",))).region_state(
        "back-knee-left"
    )
    assert verdict is not None
    assert verdict_reasons(verdict)[0] == "Left out here: Thumb strokes up the calf."


@pytest.mark.usefixtures("german")
def test_german_left_out_sentence_and_map_reasons() -> None:
    catalog = load_catalog(data_dir(), "de")
    screening = Screening(catalog, HealthProfile(conditions=("varicose-veins",)))
    verdict = screening.region_state("back-knee-left")
    assert verdict is not None
    flushing = catalog.techniques["flushing"].name
    assert verdict_text(verdict).startswith(f"Hier ausgelassen: {flushing}.")
    state, reason = screening.blocked_map(verdict_text)["back-knee-left"]
    assert state == "caution"
    assert "Left out" not in reason
