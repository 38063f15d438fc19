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
    # Said as words, not as a sum to work out (walk 9, P3-e: "1 + 1 + 4 times, each side").
    assert technique_amount(technique) == "once, once, then 4 times a side"
    # The counts the ring will show on the first side, step by step.
    plan = build_plan(catalog, technique)
    first_side = [e.repetitions for e in plan.entries if e.side is plan.entries[0].side]
    assert first_side == [1, 1, 4]
    # One counted step keeps its plain count.
    assert technique_amount(catalog.techniques["thigh-fanning"]) == "4 times a side"


def test_the_count_reads_in_german(german_catalog: Catalog, german: None) -> None:
    technique = german_catalog.techniques["leg-effleurage-partner"]
    assert technique_amount(technique) == "einmal, einmal, dann 4-mal je Seite"


def test_a_time_over_both_sides_says_so(catalog: Catalog) -> None:
    # Walk 8, finding 6: the armpit's "1 min 30 s" covered both sides, unsaid until the
    # player said "left side, then right".
    # Now the time of one side, said as such: "45 s a side" (walk 9, P3-e).
    assert technique_amount(catalog.techniques["armpit-fingertips"]) == "45 s a side"


def test_a_timed_then_counted_technique_reads_as_plain_words(catalog: Catalog) -> None:
    # "1 min, both sides + 1 time, each side" (walk 9, P3-e).
    assert technique_amount(catalog.techniques["calf-kneading"]) == "30 s a side, then once a side"
