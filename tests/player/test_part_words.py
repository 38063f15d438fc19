"""A count in parts says how its parts come about, on the card and in the player.

A new user made an own routine of one technique, "Leg stroking towards the heart", on both
sides. Its card said "2 min · 6 parts, one side then the other"; the user counted 2, one a
side. The technique has 3 steps, each on both sides, and each side of a step is a part: the
card now says so ("6 parts (3 steps on each side)"), and the card's and the player's "Part 1
of 6" tooltips say what a part is. A routine counted in steps ("Knee care · 16 steps") keeps
its steps, so one unit per routine stays everywhere.
"""

from __future__ import annotations

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import SUGGESTED
from massage_desktop.domain.enums import Performer
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.domain.routines import Routine, RoutineItem
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.session import Session
from massage_desktop.ui.guide.gate import StartGate
from massage_desktop.ui.guide.lists import routine_card_text, routine_rows
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.display import display_of

MEANING = "A part is one step on one side: a step done on both sides is two parts."


def _strokes() -> Routine:
    """The user's routine: the partner's leg strokes, 6 strokes in all, on both sides."""
    return Routine(
        id="my-leg-strokes",
        name="Leg strokes",
        summary="Mine.",
        performer="partner",
        items=[
            RoutineItem(technique="leg-effleurage-partner", repetitions=6, number_source=SUGGESTED)
        ],
        sources=["partner-leg"],
    )


def test_an_own_routine_of_one_technique_says_how_its_parts_come_about(
    catalog: Catalog,
) -> None:
    text = routine_card_text(catalog, _strokes(), own=True)
    assert "· 6 parts (3 steps on each side) · " in text, text
    assert "one side then the other" not in text


@pytest.mark.usefixtures("german")
def test_the_german_card_says_it_too(catalog: Catalog) -> None:
    text = routine_card_text(catalog, _strokes(), own=True)
    assert "· 6 Teile (3 Schritte auf jeder Seite) · " in text, text


def test_a_card_counted_in_parts_says_what_a_part_is_and_one_in_steps_does_not(
    catalog: Catalog,
) -> None:
    rows = routine_rows(catalog, "back-calf-left", StartGate(catalog), Performer.PARTNER)
    tips = {row.id: row.tip for row in rows}
    texts = {row.id: row.text for row in rows}
    assert "24 parts (13 steps, 11 of them on each side)" in texts["partner-leg"]
    assert tips["partner-leg"].endswith(f"\n\n{MEANING}")
    # Knee care counts steps, in its card and its player: no parts to explain.
    assert "· 16 steps · " in texts["knee-care"]
    assert MEANING not in tips["knee-care"]


def test_the_player_says_what_a_part_is_beside_its_count(catalog: Catalog) -> None:
    clock = ManualClock()
    session = Session(
        build_plan(catalog, _strokes()), InMemoryRecorder(), clock=clock, wall=clock.wall,
        performer="partner",
    )  # fmt: skip
    session.start()
    display = display_of(catalog, session)
    assert display.progress_text == "Part 1 of 6 \u00b7 right side"
    assert display.progress_tip == MEANING


def test_the_players_count_carries_the_tip_and_a_count_in_steps_none(
    window: MainWindow,
) -> None:
    window.select_region("back-calf-left")
    window.flow.start_routine("partner-leg")
    label = window.player.progress_text
    assert label.text().startswith("Part 1 of 24")
    assert label.toolTip() == MEANING


def test_a_routine_counted_in_steps_has_no_part_tip(window: MainWindow) -> None:
    window.select_region("front-knee-left")
    window.flow.start_routine("knee-care")
    label = window.player.progress_text
    assert label.text().startswith("Step 1 of 16")
    assert label.toolTip() == ""
