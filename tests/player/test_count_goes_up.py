"""The player's count only goes up and ends at the end, in every side order (walk 9, P1-i).

Partner leg massage (the whole routine on the right, then on the left) counted "Step 13 of
13 · right side, then left", then "Step 6 of 13 · left side (2nd side)": back, and "13 of
13" was not the end, with the bar at 60 %.
"""

from __future__ import annotations

import re

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.domain.routines import SideOrder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.session import Session
from massage_desktop.engine.step_count import step_count
from massage_desktop.ui.player.display import display_of
from massage_desktop.ui.player.summary_counts import counts_text, summary_facts


def _headers(catalog: Catalog, order: SideOrder) -> tuple[list[str], int]:
    """The header's count at each step, skipping through; and the card's step count."""
    routine = catalog.routines["partner-leg"].model_copy(update={"sides": order})
    plan = build_plan(catalog, routine)
    clock = ManualClock()
    session = Session(plan, InMemoryRecorder(), clock=clock, wall=clock.wall, performer="partner")
    session.start()
    shown: list[str] = []
    while session.phase is not SessionPhase.FINISHED and len(shown) < 100:
        shown.append(display_of(catalog, session).progress_text)
        session.skip()
    return shown, step_count(plan).total


@pytest.mark.parametrize("order", list(SideOrder))
def test_the_count_only_goes_up_and_ends_at_the_end(catalog: Catalog, order: SideOrder) -> None:
    shown, steps = _headers(catalog, order)
    counts = [tuple(map(int, re.findall(r"(\d+) of (\d+)", text)[0])) for text in shown]
    firsts = [number for number, _ in counts]
    assert firsts == sorted(firsts), shown
    assert counts[-1][0] == counts[-1][1], shown  # the last step says "N of N"
    # "N of N" before the end only on a step's first side, which says the other comes.
    assert all(
        "then" in text for text, (n, total) in zip(shown[:-1], counts, strict=False) if n == total
    ), shown
    # One counter: "Part 13 of 24 · step 13 of 13" kept a second one that went back
    # (walk 10, a27m, b81).
    assert len({total for _, total in counts}) == 1, shown
    if shown[0].startswith("Part"):
        assert not [text for text in shown if "step" in text.lower()], shown
    else:
        assert all(f"of {steps}" in text for text in shown), shown


def test_the_other_side_is_counted_on_with_one_counter(catalog: Catalog) -> None:
    shown, steps = _headers(catalog, SideOrder.ROUTINE)
    assert steps == 13
    assert shown[0] == "Part 1 of 24"
    assert shown[12] == "Part 13 of 24 \u00b7 right side"
    assert shown[13] == "Part 14 of 24 \u00b7 left side"
    assert shown[-1] == "Part 24 of 24 \u00b7 left side"


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> str:
    """Each language of the summary, German with the German translators installed."""
    if request.param == "de":
        request.getfixturevalue("german")
    return str(request.param)


def test_the_summary_counts_the_parts_the_player_counted(catalog: Catalog, language: str) -> None:
    # The summary and History said "0 of 13 done · 13 skipped" after 19 parts skipped, where
    # the player had counted parts (walk 9, P1-i).
    routine = catalog.routines["partner-leg"].model_copy(update={"sides": SideOrder.ROUTINE})
    clock = ManualClock()
    session = Session(
        build_plan(catalog, routine), InMemoryRecorder(), clock=clock, wall=clock.wall,
        performer="partner",
    )  # fmt: skip
    session.start()
    for _ in range(13):
        session.skip()
    part = {"en": "Part 14 of 24 \u00b7 left side", "de": "Teil 14 von 24 \u00b7 linke Seite"}
    assert display_of(catalog, session).progress_text == part[language]
    clock.advance(5.0)
    session.stop_for_pain("It hurts.")
    summary = session.summary()
    assert (summary.by_parts, summary.steps_run, summary.skipped) == (True, 24, 13)
    assert (
        counts_text(summary)
        == {
            "en": "0 of 24 parts done \u00b7 stopped in part 14 \u00b7 13 skipped"
            " \u00b7 10 not reached",
            "de": "0 von 24 Teilen erledigt \u00b7 in Teil 14 abgebrochen \u00b7 13 übersprungen"
            " \u00b7 10 nicht erreicht",
        }[language]
    )
    assert summary_facts(summary)[1][0] == {"en": "Parts done", "de": "Teile erledigt"}[language]
    # A routine doing each step on both sides before the next keeps counting steps.
    routine = routine.model_copy(update={"sides": SideOrder.STEP})
    session = Session(
        build_plan(catalog, routine), InMemoryRecorder(), clock=clock, wall=clock.wall,
        performer="partner",
    )  # fmt: skip
    session.start()
    session.skip()
    clock.advance(5.0)
    session.stop_for_pain("It hurts.")
    assert not session.summary().by_parts
    assert "parts" not in counts_text(session.summary())
    assert "Teilen" not in counts_text(session.summary())
