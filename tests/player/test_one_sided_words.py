"""A routine with steps on one side only says so, in the card's and the player's words.

Walk 9, P1-k: Partner leg massage with the left back of the knee ruled out had a start sheet
headed "Left out for your safety" over "Steps that remain: 13 of 13 (5 on one side only)",
ending "The guide says why each step is left out": nothing was left out in full. Its card said
"About 10 min for you" for a routine given to a partner. P1-i: the card says how many parts
the player counts ("Part 14 of 19").
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import routine_verdict
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.gate import StartGate
from massage_desktop.ui.guide.lists import routine_card_text
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.start_sheet import before_start_sheet

LEFT_BACK_OF_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("back-knee-left",)}
)


def _sheet(qtbot: QtBot, catalog: Catalog, profile: HealthProfile) -> BeforeStartSheet:
    routine = catalog.routines["partner-leg"]
    screening = Screening(catalog, profile)
    sheet = before_start_sheet(
        catalog,
        build_plan(catalog, routine),
        routine_verdict(screening.routine_verdicts(routine.id)),
        routine=routine,
        screening=screening,
    )
    dialog = BeforeStartSheet(catalog, sheet)
    qtbot.addWidget(dialog)
    return dialog


def test_steps_kept_to_one_side_are_not_called_left_out(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _sheet(qtbot, catalog, LEFT_BACK_OF_KNEE)
    heading = dialog.sections["left-out"].findChild(QLabel)
    assert heading is not None
    assert heading.text() == "Some steps run on one side only"
    assert dialog.left_out is not None
    assert dialog.left_out_why is not None
    # In the parts the player and the summary count (walk 10, b103).
    assert "Parts that remain: 19 of 24, about" in dialog.left_out.text()
    assert "24 parts (13 steps, 11 of them on each side), 5 parts left out." in (
        dialog.left_out_why.text()
    )
    assert html.unescape(dialog.left_out_why.text()).endswith(
        "Why a side is left out: see the routine's page beside the map."
    )


def test_a_partners_routine_card_gives_its_time_not_for_you(catalog: Catalog) -> None:
    routine = catalog.routines["partner-leg"]
    gate = StartGate(catalog)
    gate.screening = Screening(catalog, LEFT_BACK_OF_KNEE)
    gate.performer = routine.performer
    text = routine_card_text(catalog, routine, gate.routine(routine.id, "back-knee-left"))
    assert "for you" not in text
    assert "About 10 min" in text
    assert (
        "About 10 min · 24 parts (13 steps, 11 of them on each side), 5 parts left out"
        " · On a partner"
    ) in text


def test_the_whole_card_counts_the_parts_the_player_counts(catalog: Catalog) -> None:
    text = routine_card_text(catalog, catalog.routines["partner-leg"])
    # One count, the player's: no techniques, no "parts, a side each" (walk 10, a08).
    assert text == (
        "Partner leg massage  · 12 min · 24 parts (13 steps, 11 of them on each side)"
        " · On a partner"
    )
