"""One plain count per routine, on its card, its start sheet, in the player and its stop.

Walk 10 (a08, a27m, a98, b07, b81, b103): a routine worked one side, then the other, had
three numberings: "28 steps (19 techniques), 2 on one side only, 42 parts, a side each" on
its card, "Part 13 of 19 · step 13 of 13, right side" in the player, "Stopped at step 5 of
28" over a summary saying "stopped in part 5", and "24 of 28 steps" on the start sheet
beside the summary's "0 of 40 parts done · 4 left out for safety".
"""

from __future__ import annotations

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.domain.routines import SideOrder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.session import Session
from massage_desktop.ui.guide.lists import routine_card_text
from massage_desktop.ui.player.display import display_of
from massage_desktop.ui.player.remaining import partial_text
from massage_desktop.ui.player.summary_counts import counts_text


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> str:
    """Each language, German with the German translators installed."""
    if request.param == "de":
        request.getfixturevalue("german")
    return str(request.param)


def test_the_card_gives_one_count_and_says_one_side_then_the_other(
    catalog: Catalog, language: str
) -> None:
    text = routine_card_text(catalog, catalog.routines["partner-leg"])
    wanted = {
        "en": "  · 12 min · 24 parts (13 steps, 11 of them on each side) · On a partner",
        "de": "  · 12 min · 24 Teile (13 Schritte, 11 davon auf jeder Seite) · ",
    }[language]
    assert wanted in text, text
    for jargon in ("techni", "Techni", "a side each", "je eine Seite", "for you", "Für Sie"):
        assert jargon not in text


def test_the_player_counts_parts_alone_and_stops_in_the_same_unit(
    catalog: Catalog, language: str
) -> None:
    routine = catalog.routines["partner-leg"].model_copy(update={"sides": SideOrder.ROUTINE})
    clock = ManualClock()
    session = Session(
        build_plan(catalog, routine), InMemoryRecorder(), clock=clock, wall=clock.wall,
        performer="partner",
    )  # fmt: skip
    session.start()
    for _ in range(4):
        session.skip()
    assert (
        display_of(catalog, session).progress_text
        == {
            "en": "Part 5 of 24 \u00b7 right side",
            "de": "Teil 5 von 24 \u00b7 rechte Seite",
        }[language]
    )
    clock.advance(5.0)
    session.stop_for_pain("It hurts.")
    # The header says the stop as the summary does: part 5, not "step 5 of 28".
    assert (
        display_of(catalog, session).progress_text
        == {
            "en": "Stopped in part 5 of 24",
            "de": "Abgebrochen in Teil 5 von 24",
        }[language]
    )
    said = {"en": "stopped in part 5", "de": "in Teil 5 abgebrochen"}[language]
    assert said in counts_text(session.summary())


def test_the_start_sheet_counts_what_is_left_out_as_the_summary_does(
    catalog: Catalog, language: str
) -> None:
    plan = Screening(catalog, HealthProfile(conditions=("varicose-veins",))).screen_plan(
        build_plan(catalog, catalog.routines["partner-leg"])
    )
    runs = len(plan.runnable)
    left_out = len(plan.entries) - runs
    clock = ManualClock()
    session = Session(plan, InMemoryRecorder(), clock=clock, wall=clock.wall, performer="partner")
    session.start()
    clock.advance(5.0)
    session.stop_for_pain("It hurts.")
    summary = counts_text(session.summary())
    sheet = partial_text(plan)
    if language == "en":
        assert f"Parts that remain: {runs} of {len(plan.entries)}, about" in sheet
        assert f"{len(plan.entries)} parts (13 steps, 11 of them on each side), " in sheet
        assert f"), {left_out} parts left out." in sheet
        assert f"of {runs} parts done" in summary
        assert summary.endswith(f"{left_out} more left out for safety")
    else:
        assert f"Verbleibende Teile: {runs} von {len(plan.entries)}, etwa" in sheet
        assert f"{len(plan.entries)} Teile (13 Schritte, 11 davon auf jeder Seite), " in sheet
        assert f"), {left_out} Teile ausgelassen." in sheet
        assert f"von {runs} Teilen erledigt" in summary
