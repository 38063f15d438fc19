"""A routine's length and step count read the same on its card, its page and in the player."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.step_count import step_count
from massage_desktop.engine.summary import SessionSummary, progress_of, summarise
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.lists import routine_card_text, whole_minutes
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.player.remaining import partial_text
from massage_desktop.ui.player.summary_counts import counts_text, summary_facts


def test_routine_card_counts_the_sessions_steps_and_time(qtbot: QtBot, catalog: Catalog) -> None:
    routine = catalog.routines["knee-care"]
    plan = build_plan(catalog, routine)
    steps = step_count(plan).total
    assert steps != len(routine.items)  # techniques of several steps
    text = routine_card_text(catalog, routine)
    # One count on the card: the steps, not the techniques beside them (walk 10, a08).
    assert f"· {steps} steps · " in text
    assert "techniques" not in text
    minutes = seconds_text(whole_minutes(plan.total_s(Timing())))
    assert f"  · {minutes} · " in text
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.show_routine("knee-care")
    # Start speaks the length its label shows: the session's, to the second.
    spoken = seconds_text(math.ceil(plan.total_s(Timing())))
    assert panel._start.accessibleName() == f"Start: {routine.name} · {spoken}"
    assert f"Total time: about {minutes}," in panel.guide_text()


def test_a_routine_counted_by_parts_says_parts_and_sides_on_its_card(catalog: Catalog) -> None:
    # Ankle kneading works one side, then the other: its card said "5 steps (3
    # techniques), 9 parts, a side each" (walk 8; walk 10, a08); the player counts parts.
    routine = catalog.routines["ankles-kneading"]
    plan = build_plan(catalog, routine)
    count = step_count(plan)
    assert count.parts == len(plan.entries) == 9
    text = routine_card_text(catalog, routine)
    assert "· 9 parts (5 steps, 4 of them on each side) · On yourself" in text, text
    assert "techniques" not in text, text
    # Steps only in what the parts are made of: one count, the parts.
    assert text.count("step") == 1, text
    last = progress_of(plan, len(plan.entries) - 1, 0.0, ended=False)
    assert (last.part, last.parts) == (9, 9)


def test_a_step_on_both_sides_is_one_step_on_the_card_and_in_the_player(
    catalog: Catalog,
) -> None:
    both = [
        r
        for r in catalog.routines.values()
        if len(build_plan(catalog, r)) > step_count(build_plan(catalog, r)).total
    ]
    assert both, "some routine works a step on both sides"
    for routine in both:
        plan = build_plan(catalog, routine)
        steps = step_count(plan).total
        parts = step_count(plan).parts
        # The card counts in the player's unit: steps, or parts when it counts parts.
        card = routine_card_text(catalog, routine)
        assert (f"{parts} parts ({steps} steps" if parts else f"{steps} step") in card
        # The player's "Step x of N" on every entry, and the same N.
        numbers = [progress_of(plan, e.index, 0.0, ended=False) for e in plan.entries]
        assert {p.steps for p in numbers} == {steps}
        assert numbers[-1].step == steps


def test_summary_counts_done_out_of_the_plan(qtbot: QtBot) -> None:
    summary = SessionSummary(Outcome.STOPPED_FOR_PAIN, 60, 40, 20, 0, 14, 1, 0, planned=16)
    facts = dict(summary_facts(summary))
    done = QCoreApplication.translate("SummaryDialog", "Steps done")
    assert facts[done] == "14 of 16"
    unknown = SessionSummary(Outcome.COMPLETED, 60, 40, 20, 0, 2, 0, 0)
    assert dict(summary_facts(unknown))[done] == "2"


def test_the_summary_counts_the_steps_the_card_counts(catalog: Catalog) -> None:
    for routine in catalog.routines.values():
        plan = build_plan(catalog, routine)
        summary = summarise(Outcome.STOPPED_EARLY, [], (0.0, 0.0, 0.0), {}, {}, None, plan=plan)
        count = step_count(plan)
        if count.parts:
            # The player counts "Part 14 of 19" and the card "19 parts": the
            # summary counts parts too (walk 9, P1-i).
            assert summary.by_parts, routine.id
            assert summary.planned == len(plan.entries), routine.id
            assert summary.not_reached == count.parts, routine.id
            continue
        # "7 steps" on the card, "1 of 7 done" in the summary, never "1 of 12" (sides counted).
        assert summary.planned == count.total, routine.id
        assert summary.not_reached == count.remaining, routine.id


def test_the_player_and_the_summary_count_the_steps_that_remain(catalog: Catalog) -> None:
    """Walk 8, finding 4: "Steps that remain: 8 of 13", then "Step 12 of 13" in the player.

    The player numbers the steps that run, as the start sheet counts them, and the summary
    counts done steps of those, the left-out ones said once after them.
    """
    profile = HealthProfile(conditions=("varicose-veins",))
    plan = Screening(catalog, profile).screen_plan(
        build_plan(catalog, catalog.routines["partner-leg"])
    )
    count = step_count(plan)
    assert count.left_out
    assert count.remaining < count.total
    # In parts, as the player and the summary below count them (walk 10, b103).
    sheet = partial_text(plan)
    assert f"Parts that remain: {count.parts} of {len(plan.entries)}, about" in sheet
    assert f"{len(plan.entries)} parts (13 steps, 11 of them on each side), " in sheet
    assert f"), {count.parts_left_out} parts left out." in sheet
    shown = [progress_of(plan, e.index, 0.0, ended=False) for e in plan.runnable]
    assert [p.steps for p in shown] == [count.remaining] * len(shown)
    assert shown[0].step == 1
    assert shown[-1].step == count.remaining
    summary = summarise(Outcome.STOPPED_EARLY, [], (0.0, 0.0, 0.0), {}, {}, None, plan=plan)
    # It works the right leg, then the left: the player counts parts, and so does the summary
    # (walk 9, P1-i), each side left out one part.
    assert count.parts == len(plan.runnable)
    blocked = len(plan.entries) - count.parts
    assert counts_text(summary) == (
        f"0 of {count.parts} parts done · {count.parts} not reached · "
        f"{blocked} more left out for safety"
    )
    assert dict(summary_facts(summary))["Parts done"] == f"0 of {count.parts}"
