"""A step done on each side reads right on both sides (walk 7, finding 6).

"Fingertip massage under the armpit, left side" said "Slide your left hand under your right
armpit" while the map lit the left armpit; the same words came on the right side.
"""

from __future__ import annotations

import re

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.engine.plan import build_plan

_SIDE_WORDS = re.compile(r"\b(left|right|linke\w*|rechte\w*)\b", re.IGNORECASE)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_armpit_steps_name_no_side_the_map_does_not_light(
    catalog: Catalog, german_catalog: Catalog, language: str
) -> None:
    shown = german_catalog if language == "de" else catalog
    technique = shown.techniques["armpit-fingertips"]
    plan = build_plan(shown, technique, focus="front-armpit-left")
    sides = {entry.side for entry in plan.entries}
    assert sides == {Side.LEFT, Side.RIGHT}  # each side in turn, the map lighting its armpit
    for entry in plan.entries:
        assert entry.side is not None
        assert all(region.endswith(entry.side.value) for region in entry.region_ids)
        # One text serves both sides: it may not name either.
        assert not _SIDE_WORDS.findall(entry.instruction), entry.instruction
    guide = technique.steps[0].instruction
    assert ("armpit on this side" if language == "en" else "Achsel auf dieser Seite") in guide


_SIDED_PART = re.compile(
    r"\b(left|right) (hand|shoulder|arm|armpit|leg|knee|foot|side)\b"
    r"|\b(linke|rechte)\w* (Hand|Schulter|Arm|Achsel|Bein|Knie|Fuß|Seite)\b"
    r"|swap sides|wechseln Sie dann die Seite",
    re.IGNORECASE,
)


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_step_done_on_each_side_names_a_side(
    catalog: Catalog, german_catalog: Catalog, language: str
) -> None:
    # The shoulder grab said "your left hand to your right shoulder… then swap sides" on
    # both sides, as the armpit did; the player switches sides itself.
    shown = german_catalog if language == "de" else catalog
    named = [
        (technique.id, index, step.instruction)
        for technique in shown.techniques.values()
        for index, step in enumerate(technique.steps)
        if step.each_side and _SIDED_PART.search(step.instruction)
    ]
    assert named == []
