"""The printed card says what the screen says: the side Start runs, today's rests, the profile.

Walk 15: with an injured left knee, the Knee care card struck the right knee's steps as "Left
out by the health profile" and hatched both knees and shins ("16 steps, 6 left out · about 4
min" beside the guide's "11 min · 16 steps"); printed right after "Stop – it hurts" on the
lower back, the card began on the lower back with all 44 parts (MAJOR 1 and 2, E6).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.card.conftest import pdf_pages
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.card import CardRests, RoutineCard, routine_card
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.sides import side_of
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import write_pdf
from massage_desktop.ui.guide.cards import SEPARATOR
from massage_desktop.ui.guide.gate import StartGate
from massage_desktop.ui.guide.lists import routine_card_text
from massage_desktop.ui.main_window import MainWindow

LEFT_KNEE = ("front-knee-left", "front-kneecap-left", "back-knee-left")
"""What the walker named for a fresh injury: the left knee only."""

INJURED_LEFT_KNEE = HealthProfile(conditions=("acute-injury",), regions={"acute-injury": LEFT_KNEE})


def _text(tmp_path: Path, catalog: Catalog, figure: CardFigure, card: RoutineCard) -> str:
    target = tmp_path / "card.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    return " ".join(words for _, _, words in pdf_pages(target))


def _count(row: str) -> str:
    """The count on a guide card's line: "16 steps" or "44 parts, …, 4 parts left out"."""
    details = row.split(SEPARATOR, 1)[1].split(" · ")
    (count,) = [d for d in details if "steps" in d or "parts" in d or "Teile" in d]
    return count


def test_knee_care_is_printed_for_the_knee_start_runs_when_the_left_one_is_injured(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    screening = Screening(catalog, INJURED_LEFT_KNEE)
    gate = StartGate(catalog)
    gate.screening = screening
    outlook = gate.routine("knee-care", None)
    card = routine_card(catalog, catalog.routines["knee-care"], screening)
    # The guide's count and time, and the side the "Before you start" sheet offers first.
    assert card.count == outlook.count
    assert card.total_s == pytest.approx(outlook.total_s)
    assert card.side is Side.RIGHT
    assert not any(step.blocked_reason for step in card.steps)
    worked = {r for step in card.steps for r in step.region_ids}
    assert worked
    assert all(side_of(r) is Side.RIGHT for r in worked)
    text = _text(tmp_path, catalog, figure, card)
    assert _count(routine_card_text(catalog, card.routine, outlook)) == "16 steps"
    assert "On yourself · 16 steps Total time" in text  # nothing left out
    assert "Left out by the health profile" not in text
    assert "It runs on the right side: Left knee" in text
    # Not offered again on the injured knee: the sheet does not offer both sides.
    assert "Repeat on the other knee" not in text
    minutes = max(1, math.floor(outlook.total_s / 60 + 0.5))
    assert f"Total time: about {minutes} min" in text
    # Only the injured knee is hatched: not the right knee, not the shins.
    assert set(card.left_out_regions) == set(LEFT_KNEE)


def test_the_partner_leg_card_hatches_only_what_the_map_hatches(
    catalog: Catalog, figure: CardFigure
) -> None:
    screening = Screening(catalog, INJURED_LEFT_KNEE)
    hatched = {r for r, (state, _why) in screening.blocked_map().items() if state == "blocked"}
    card = routine_card(catalog, catalog.routines["partner-leg"], screening)
    assert card.left_out_regions
    assert set(card.left_out_regions) <= hatched
    assert not any("buttock" in r or "thigh" in r for r in card.left_out_regions)


def test_todays_rests_are_left_out_and_marked_with_the_guides_count_and_time(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    gate = StartGate(catalog)
    gate.rest(["back-lower-back"])
    outlook = gate.routine("self-massage-tour", None)
    routine = catalog.routines["self-massage-tour"]
    rests = CardRests(date(2026, 12, 7), ("back-lower-back",), "rests today (it hurt)")
    card = routine_card(catalog, routine, rests=rests)
    assert card.count == outlook.count
    assert card.count.parts_left_out > 0
    assert card.total_s == pytest.approx(outlook.total_s)
    text = _text(tmp_path, catalog, figure, card)
    assert _count(routine_card_text(catalog, routine, outlook)) in text
    assert "Resting today (Monday 7 December 2026) because it hurt: Lower back." in text
    assert "Left out: rests today (it hurt)" in text
    assert "Left out by the health profile" not in text
    assert "Hatched in red: parts resting today because they hurt." in text
    first = card.steps[0]
    assert "back-lower-back" in first.region_ids
    assert first.blocked
    assert first.rests


def test_a_profile_answered_with_nothing_ticked_is_not_called_missing(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    routine = catalog.routines["partner-leg"]
    text = _text(tmp_path, catalog, figure, routine_card(catalog, routine, answered=True))
    assert "Nothing is ticked in the health profile" in text
    assert "No health profile is filled in" not in text


@pytest.fixture
def window(qtbot: QtBot, make_services: MakeServices) -> MainWindow:
    services = make_services()
    services.health.save(INJURED_LEFT_KNEE)
    win = MainWindow(services, interactive=False)
    qtbot.addWidget(win)
    return win


def _start_s(window: MainWindow) -> int:
    minutes, seconds = window.guide._start_bar.button.text().split(" · ")[1].split(":")
    return int(minutes) * 60 + int(seconds)


def test_the_app_prints_knee_care_as_its_start_button_runs_it(window: MainWindow) -> None:
    window.guide.show_routine("knee-care")
    card = window.card_actions.card("knee-care")
    assert math.ceil(card.total_s - 1e-9) == _start_s(window)
    assert card.count.left_out == 0
    assert card.side is Side.RIGHT


def test_the_app_prints_without_what_rests_today_after_stop_it_hurts(
    window: MainWindow, catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    window.flow.pain_rest.note(["back-lower-back"])
    window.apply_health_profile()  # as after a session stopped for pain
    window.guide.show_routine("self-massage-tour")
    card = window.card_actions.card("self-massage-tour")
    assert math.ceil(card.total_s - 1e-9) == _start_s(window)
    assert card.count.parts_left_out > 0
    assert card.steps[0].blocked
    assert card.steps[0].rests
    assert card.rest_day == window.flow.pain_rest.today()
    text = _text(tmp_path, catalog, figure, card)
    rows = window.guide.column.routines
    [row] = [
        rows.item(i).text()
        for i in range(rows.count())
        if rows.item(i).text().startswith(card.routine.name)
    ]
    assert _count(row) in text
    assert "Resting today (" in text


@pytest.mark.usefixtures("german")
def test_a_german_card_after_a_pain_stop_marks_the_rest_and_an_empty_profile_as_answered(
    qtbot: QtBot, make_services: MakeServices, german_catalog: Catalog, svg: bytes, tmp_path: Path
) -> None:
    services = make_services(catalog=german_catalog)
    services.health.save(HealthProfile())  # "Nichts davon"
    window = MainWindow(services, interactive=False)
    qtbot.addWidget(window)
    window.flow.pain_rest.note(["back-lower-back"])
    window.apply_health_profile()
    card = window.card_actions.card("self-massage-tour")
    text = _text(tmp_path, german_catalog, CardFigure(german_catalog, svg), card)
    assert "Im Gesundheitsprofil ist nichts angekreuzt" in text
    assert "Es ist kein Gesundheitsprofil ausgefüllt" not in text
    assert "Ausgelassen: heute geschont (hat wehgetan)" in text
    assert ") geschont, weil es wehgetan hat: Unterer Rücken." in text
