"""The guide card's count is the player's: each counted step as its ring counts it (walk 6, #4).

German, left calf, "Ausstreichen des Beins zum Herzen hin": the card said "6-mal, je Seite",
the player's ring "1/1" on its first step. Six was the steps' sum, a number the player never
showed.
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine import build_plan
from massage_desktop.ui.guide.lists import technique_amount


def test_a_technique_of_several_counted_steps_gives_each_steps_count(catalog: Catalog) -> None:
    technique = catalog.techniques["leg-effleurage-partner"]
    assert technique_amount(technique) == "1 + 1 + 4 times, each side"
    # The counts the ring will show on the first side, step by step.
    plan = build_plan(catalog, technique)
    first_side = [e.repetitions for e in plan.entries if e.side is plan.entries[0].side]
    assert first_side == [1, 1, 4]
    # One counted step keeps its plain count.
    assert technique_amount(catalog.techniques["thigh-fanning"]) == "4 times, each side"


def test_the_count_reads_in_german(german_catalog: Catalog, german: None) -> None:
    technique = german_catalog.techniques["leg-effleurage-partner"]
    assert technique_amount(technique) == "1 + 1 + 4-mal, je Seite"


def test_a_time_over_both_sides_says_so(catalog: Catalog) -> None:
    # Walk 8, finding 6: the armpit's "1 min 30 s" covered both sides, unsaid until the
    # player said "left side, then right".
    assert technique_amount(catalog.techniques["armpit-fingertips"]) == "1 min 30 s, both sides"
