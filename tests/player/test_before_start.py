"""One "Before you start" sheet instead of four windows in a row (walk3 findings 3, 4, 15).

Its sections appear only when they apply; the side chosen is the side the session runs; a
side the profile rules out is greyed with its reason; Start runs, Cancel starts nothing, and
the rating is optional.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from tests.player.test_dialog_fit import _cut_off, _settled

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer, RuleEffect, Side
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.health import Verdict, routine_verdict
from massage_desktop.engine.pain_rest import PainRest
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.design.parts import Card
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.display import display_of
from massage_desktop.ui.player.questions import AutomaticAnswers, BeforeStart, StartAnswers
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.player.side_note import hatched_regions
from massage_desktop.ui.player.start_sheet import before_start_sheet

INJURED_LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",),
    regions={"acute-injury": ("front-knee-left", "front-kneecap-left")},
)
# Flushing and calf kneading left out on either leg; the knees themselves may be massaged.
BOTH_CALVES = HealthProfile(conditions=("varicose-veins",))


def _knee_sheet(
    catalog: Catalog, profile: HealthProfile | None = None, chosen: str | None = None
) -> BeforeStart:
    routine = catalog.routines["knee-care"]
    screening = Screening(catalog, profile or HealthProfile())
    verdict = routine_verdict(screening.routine_verdicts(routine.id))
    return before_start_sheet(
        catalog,
        build_plan(catalog, routine),
        verdict,
        routine=routine,
        chosen=chosen,
        states=hatched_regions(catalog, screening, PainRest()),
        screening=screening,
    )


def _sheet(
    qtbot: QtBot, catalog: Catalog, sheet: BeforeStart, scale: float = 1.0
) -> BeforeStartSheet:
    dialog = BeforeStartSheet(catalog, sheet, large=scale)
    qtbot.addWidget(dialog)
    return dialog


def _side(dialog: BeforeStartSheet | BeforeStart, side: Side, both: bool = False) -> int:
    sheet = dialog.sheet if isinstance(dialog, BeforeStartSheet) else dialog
    options = [c.option for c in sheet.choices]
    return next(
        i for i, o in enumerate(options) if o is not None and o.side is side and o.both is both
    )


def test_a_plain_technique_asks_only_the_optional_rating(qtbot: QtBot, catalog: Catalog) -> None:
    plan = build_plan(catalog, catalog.techniques["kneading"], focus="front-thigh-left")
    dialog = _sheet(
        qtbot, catalog, before_start_sheet(catalog, plan, Verdict(), chosen="front-thigh-left")
    )
    assert set(dialog.sections) == {"rating"}
    assert [s.region_id for s in dialog.scales] == ["front-thigh-left"]  # the picked area first


def test_sections_appear_only_when_they_apply(qtbot: QtBot, catalog: Catalog) -> None:
    # Varicose veins: the calf work is left out on whichever knee it runs.
    injured = _sheet(qtbot, catalog, _knee_sheet(catalog, BOTH_CALVES, "front-kneecap-left"))
    assert set(injured.sections) == {"left-out", "side", "rating"}
    assert injured.left_out is not None
    assert injured.left_out_why is not None
    assert "Steps that remain: 14 of 16" in injured.left_out.text()
    assert "16 steps, 2 left out." in injured.left_out_why.text()
    # A "do not" text never sits next to Start: the left-out section counts, it does not warn.
    for label in (injured.left_out, injured.left_out_why):
        assert "not massage" not in label.text().lower()
    clear = _sheet(qtbot, catalog, _knee_sheet(catalog))
    assert set(clear.sections) == {"side", "rating"}
    # The left knee injured: it runs on the right knee whole, the left side greyed; nothing
    # is left out and no "take care" is made of the other knee's injury.
    right = _sheet(qtbot, catalog, _knee_sheet(catalog, INJURED_LEFT_KNEE, "front-kneecap-left"))
    assert set(right.sections) == {"side", "rating"}
    assert not right.sheet.first.partial
    plan = build_plan(catalog, catalog.techniques["kneading"])
    caution = Verdict(RuleEffect.CAUTION, reasons=("Light pressure only on the kneecap.",))
    careful = _sheet(qtbot, catalog, before_start_sheet(catalog, plan, caution))
    assert set(careful.sections) == {"caution", "rating"}
    both = replace(plan, performer=Performer.BOTH)
    asked = _sheet(qtbot, catalog, before_start_sheet(catalog, both, Verdict()))
    assert set(asked.sections) == {"who", "rating"}


def test_a_ruled_out_side_is_greyed_with_its_reason(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog, INJURED_LEFT_KNEE, "front-kneecap-left"))
    left = dialog.sides[_side(dialog, Side.LEFT)]
    right = dialog.sides[_side(dialog, Side.RIGHT)]
    both = dialog.sides[_side(dialog, Side.RIGHT, both=True)]
    assert left.text() == "Left kneecap"  # each answer names the side
    assert not left.isEnabled()
    assert "Left knee" in left.toolTip()
    assert "may not be massaged now" in left.accessibleDescription()
    assert not both.isEnabled()
    assert right.isEnabled()
    assert right.isChecked()  # the default moved off the injured knee
    assert dialog.scales[0].label.text() == "<b>Right kneecap</b>"


def test_choosing_a_side_updates_time_and_rating(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog, chosen="front-knee-right"))
    once = dialog.start.text()
    assert once.startswith("Start · ")
    dialog.scales[0].set_value(6)
    dialog.choose(_side(dialog, Side.RIGHT, both=True))
    assert dialog.start.text() != once  # twice as long
    assert dialog.scales[0].value() == 6  # the same knee is rated first: the answer stays
    dialog.choose(_side(dialog, Side.LEFT))
    assert dialog.scales[0].region_id == "front-knee-left"
    dialog.show()
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter starts
    answers = dialog.answers()
    assert answers is not None
    assert answers.choice == _side(dialog, Side.LEFT)
    assert answers.ratings == {}  # the left knee was not rated


def test_the_rating_is_optional_and_a_second_press_clears_it(
    qtbot: QtBot, catalog: Catalog
) -> None:
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog))
    dialog.choose(_side(dialog, Side.RIGHT))
    scale = dialog.scales[0]
    assert scale.value() is None
    pill = scale.group.button(4)
    QTest.mouseClick(pill, Qt.MouseButton.LeftButton)
    assert scale.value() == 4
    QTest.mouseClick(pill, Qt.MouseButton.LeftButton)
    assert scale.value() is None
    QTest.mouseClick(scale.group.button(7), Qt.MouseButton.LeftButton)
    dialog.start.click()
    answers = dialog.answers()
    assert answers is not None
    assert answers.ratings == {scale.region_id: 7}


def test_tab_goes_side_rating_cancel_start(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog, chosen="front-knee-left"))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.choose(_side(dialog, Side.RIGHT))  # the rating rows are made again
    dialog.start.setFocus()
    seen = []
    for _ in range(5):
        focused = dialog.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    right = dialog.sides[_side(dialog, Side.RIGHT)]
    # The knee, then the leg its care works (walk 8): one stop per row of pills.
    knee, leg = (scale.group.button(0) for scale in dialog.scales)
    assert seen == [right, knee, leg, dialog.cancel, dialog.start]


def test_escape_cancels(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog))
    dialog.show()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.answers() is None


Press = Callable[[BeforeStartSheet], None]


def _real_questions(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, press: Press
) -> list[BeforeStartSheet]:
    """The app's own questions, today's check passed, the sheet answered by ``press``."""
    questions = SessionQuestions(window, catalog)
    monkeypatch.setattr(questions, "today_check", lambda: True)
    shown: list[BeforeStartSheet] = []

    def answer(sheet: BeforeStartSheet) -> int:
        shown.append(sheet)
        press(sheet)
        return sheet.result()

    monkeypatch.setattr(BeforeStartSheet, "exec", answer)
    window.flow.questions = questions
    return shown


def test_the_side_chosen_is_the_side_the_session_runs(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def left_then_start(sheet: BeforeStartSheet) -> None:
        sheet.choose(_side(sheet, Side.LEFT))
        sheet.scales[0].set_value(5)
        sheet.start.click()

    shown = _real_questions(window, catalog, monkeypatch, left_then_start)
    window.select_region("front-knee-right")
    assert window.flow.start_routine("knee-care")
    assert len(shown) == 1  # one window between Start and the first step
    controller = window.flow.controller
    assert controller is not None
    session = controller.session
    assert display_of(catalog, session, "front-knee-left").technique.endswith("left side")
    assert window.player.technique.text().endswith("left side")
    assert session.summary().ratings == {"front-knee-left": (5, None)}
    assert not any(e.second_pass for e in session.plan.entries)
    window.flow.questions = AutomaticAnswers()  # ends without the end's modal questions
    window.flow.command(PlayerCommand.STOP)


def test_cancel_starts_nothing(
    window: MainWindow,
    catalog: Catalog,
    recorder: InMemoryRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _real_questions(window, catalog, monkeypatch, lambda sheet: sheet.reject())
    assert not window.flow.start_routine("knee-care")
    assert window.flow.controller is None
    assert recorder.sessions == {}


def test_a_fully_ruled_out_routine_gets_the_refusal_not_the_sheet(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _real_questions(window, catalog, monkeypatch, lambda sheet: sheet.start.click())
    refused: list[Verdict] = []
    monkeypatch.setattr(window.flow.questions, "refuse", refused.append)
    window.flow.screening = Screening(catalog, HealthProfile(conditions=("dvt",)))
    assert not window.flow.start_routine("knee-care")
    assert refused
    assert refused[0].blocked
    assert shown == []


@pytest.mark.usefixtures("german")
def test_the_largest_sheet_fits_1024x700_in_german(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, german_catalog: Catalog
) -> None:
    # The room a 1024x700 screen gives a dialog (the test's offscreen screen is larger).
    room = QSize(1024 * 19 // 20, 700 * 19 // 20)
    monkeypatch.setattr(BeforeStartSheet, "room_on_screen", lambda _self: room)
    german = german_catalog
    dialog = _sheet(
        qtbot, german, _knee_sheet(german, INJURED_LEFT_KNEE, "front-kneecap-left"), 1.5
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    _settled(qtbot, dialog)
    assert dialog.height() <= 700
    assert dialog.width() <= 1024
    assert _cut_off(dialog) == []
    assert dialog.start.isVisible()  # the body scrolls; Start and Cancel stay in view
    assert dialog.start.text().startswith("Starten · ")


def test_scripted_answers_still_take_the_safe_side(catalog: Catalog) -> None:
    sheet = _knee_sheet(catalog, BOTH_CALVES, "front-kneecap-left")
    assert AutomaticAnswers().before_start(sheet) is None  # steps left out: a person decides
    away = _knee_sheet(catalog, INJURED_LEFT_KNEE, "front-kneecap-left")
    right = _side(away, Side.RIGHT)
    assert AutomaticAnswers().before_start(away) == StartAnswers(right, "self", {})
    plain = _knee_sheet(catalog, chosen="front-knee-left")
    left = next(
        i for i, c in enumerate(plain.choices) if c.option and c.option.region == "front-knee-left"
    )
    assert AutomaticAnswers().before_start(plain) == StartAnswers(left, "self", {})


def test_started_without_a_side_the_sheet_asks_which_with_none_ticked(
    qtbot: QtBot, catalog: Catalog
) -> None:
    """Walk 6, finding 22: from the start page the sheet ticked "Right knee" unasked."""
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog))
    dialog.show()
    assert not any(side.isChecked() for side in dialog.sides.values())
    assert not dialog.start.isEnabled(), "Start waits for the answer"
    assert dialog.side_hint is not None
    assert dialog.side_hint.isVisible()
    assert "choose one" in dialog.side_hint.text()
    rating = dialog.sections["rating"]
    assert not rating.isVisible(), "no knee to rate before one is chosen"
    assert dialog.focusWidget() not in dialog.sides.values(), "a ringed side looked chosen"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() in dialog.sides.values(), "one Tab from the question"
    dialog.choose(_side(dialog, Side.LEFT))
    assert dialog.start.isEnabled()
    assert rating.isVisible()
    assert not dialog.side_hint.isVisible()
    assert dialog.scales[0].region_id.endswith("-left")
    dialog.start.click()
    answers = dialog.answers()
    assert answers is not None
    assert answers.choice == _side(dialog, Side.LEFT)


def _shown_whole(dialog: BeforeStartSheet, widget: QWidget) -> bool:
    """Whether all of ``widget`` shows in the sheet's body, none of it scrolled out of view."""
    viewport = dialog.scroller.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def _start_on_screen(dialog: BeforeStartSheet) -> QRect:
    """Where Start is on the screen: where the mouse goes to press it."""
    return QRect(dialog.start.mapToGlobal(QPoint(0, 0)), dialog.start.size())


@pytest.mark.parametrize(
    ("screen", "scale"),
    [(QSize(1280, 800), 1.0), (QSize(1024, 700), 1.0), (QSize(1024, 700), 1.5)],
)
def test_a_side_chosen_on_the_sheet_shows_the_ratings_and_start_stays_put(
    qtbot: QtBot, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, screen: QSize, scale: float
) -> None:
    """Choosing the side shows the ratings whole, on screen, and Start does not move.

    Walk 9, P1-c: the sheet opened without the ratings (no side chosen yet) and kept that
    height, the ratings below the fold. Then it grew once a side was chosen, and Start moved
    away from under the mouse on its way there (German, extra-large text, 1024x700): the
    sheet opens with the ratings' room kept.
    """
    area = QRect(QPoint(0, 0), screen)
    room = QSize(screen.width() * 19 // 20, screen.height() * 19 // 20)
    monkeypatch.setattr(BeforeStartSheet, "room_on_screen", lambda _self: room)
    monkeypatch.setattr(BeforeStartSheet, "screen_area", lambda _self: area)
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog, INJURED_LEFT_KNEE), scale)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Low on the screen, where a taller sheet would run off its bottom edge.
    frame = dialog.frameGeometry()
    dialog.move((screen.width() - frame.width()) // 2, screen.height() - frame.height() - 10)
    _settled(qtbot, dialog)
    start = _start_on_screen(dialog)
    opened = dialog.geometry()
    dialog.choose(_side(dialog, Side.RIGHT))
    rows = dialog.scales
    assert len(rows) == 2
    _settled(qtbot, dialog)
    qtbot.wait(50)  # the posted layout requests, which made the sheet grow
    assert _start_on_screen(dialog) == start, "Start stays under the mouse"
    assert dialog.geometry() == opened
    assert area.contains(dialog.frameGeometry()), "the sheet stays on the screen"
    assert dialog.start.isEnabled()
    if scale == 1.0:
        assert all(_shown_whole(dialog, row) for row in rows), "both ratings in view"
        assert not dialog.scroller.verticalScrollBar().isVisible(), "nothing below the fold"
    else:  # at 1024x700 the body scrolls; the first row's pills are in view
        assert _shown_whole(dialog, rows[0].pills[10])


def _gap_under_heading(dialog: BeforeStartSheet, key: str) -> int:
    """The space between a section's small heading and its card."""
    section = dialog.sections[key]
    heading = section.findChild(QLabel)
    card = section.findChild(Card)
    assert heading is not None
    assert card is not None
    return card.geometry().top() - heading.geometry().bottom()


def test_fewer_ratings_keep_the_sheet_and_start_where_they_were(
    qtbot: QtBot, catalog: Catalog
) -> None:
    """Both knees rate three areas, one knee two: the sheet and Start stay where they were.

    The room of the third row stays empty at the bottom of the body: spread over it, the
    sections drifted apart, "Which side?" far above its answers.
    """
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog))
    dialog.show()
    qtbot.waitExposed(dialog)
    _settled(qtbot, dialog)
    gap = _gap_under_heading(dialog, "side")
    opened, start = dialog.geometry(), _start_on_screen(dialog)
    dialog.choose(_side(dialog, Side.RIGHT, both=True))
    _settled(qtbot, dialog)
    assert len(dialog.scales) == 3
    assert all(_shown_whole(dialog, row) for row in dialog.scales)
    dialog.choose(_side(dialog, Side.LEFT))
    _settled(qtbot, dialog)
    qtbot.wait(50)
    assert len(dialog.scales) == 2
    assert (dialog.geometry(), _start_on_screen(dialog)) == (opened, start)
    assert _gap_under_heading(dialog, "side") == gap
    assert all(_shown_whole(dialog, row) for row in dialog.scales)
    assert not dialog.scroller.verticalScrollBar().isVisible()


def test_room_mode_keeps_the_large_sheet_as_large_when_a_side_is_chosen(
    qtbot: QtBot, catalog: Catalog
) -> None:
    """Room mode opens the sheet over most of the room-mode window; an answer never shrinks it."""
    room = QWidget()
    qtbot.addWidget(room)
    room.resize(1280, 1400)
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog), scale=1.4)
    dialog.fit_over(room)
    dialog.show()
    qtbot.waitExposed(dialog)
    opened = dialog.height()
    assert opened == 1400 * 3 // 5, "sized by fit_over, taller than the sheet needs"
    dialog.choose(_side(dialog, Side.RIGHT))
    _settled(qtbot, dialog)
    qtbot.wait(100)  # the posted layout requests
    assert dialog.heightForWidth(dialog.width()) < opened, "the ratings fit the room given"
    assert dialog.height() == opened


def test_a_side_chosen_on_the_map_is_ticked(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _sheet(qtbot, catalog, _knee_sheet(catalog, chosen="front-knee-left"))
    assert dialog.sides[_side(dialog, Side.LEFT)].isChecked()
    assert dialog.start.isEnabled()
    assert dialog.side_hint is None


def _heading(dialog: BeforeStartSheet) -> str:
    label = dialog.sections["rating"].findChild(QLabel)
    assert label is not None
    return label.text()


def test_the_rating_asks_about_the_person_massaged(qtbot: QtBot, catalog: Catalog) -> None:
    """Walk 7, finding 14: a partner routine asked "how much tension do you feel"."""
    # Both have several areas to rate now (the leg beside the knee, walk 8): "in each area".
    routine = catalog.routines["partner-leg"]
    partner = before_start_sheet(
        catalog, build_plan(catalog, routine), Verdict(), routine=routine, chosen="back-calf-left"
    )
    dialog = _sheet(qtbot, catalog, partner)
    assert _heading(dialog) == (
        "How much tension or pain does your partner feel in each area now? (optional)"
    )
    # A session for either: the question follows the answer to "Who is being massaged?".
    either = replace(_knee_sheet(catalog), ask_performer=True)
    dialog = _sheet(qtbot, catalog, either)
    assert _heading(dialog) == "How much tension or pain do you feel in each area now? (optional)"
    dialog.who["partner"].click()
    assert _heading(dialog) == (
        "How much tension or pain does your partner feel in each area now? (optional)"
    )
    dialog.who["self"].click()
    assert _heading(dialog) == "How much tension or pain do you feel in each area now? (optional)"


def test_the_rating_after_a_partner_session_asks_about_the_partner(
    qtbot: QtBot, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walk 7: the sheet asked about the partner, the rating after the session about "you"."""
    from massage_desktop.ui.design.screen import DesignedDialog
    from massage_desktop.ui.player.ratings import RatingsDialog

    asked: list[str] = []

    def answer(dialog: DesignedDialog) -> int:
        if isinstance(dialog, BeforeStartSheet):
            dialog.start.click()
        elif isinstance(dialog, RatingsDialog):
            asked.extend(label.text() for label in dialog.findChildren(QLabel))
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(DesignedDialog, "exec", answer)
    routine = catalog.routines["partner-leg"]
    sheet = before_start_sheet(
        catalog, build_plan(catalog, routine), Verdict(), routine=routine, chosen="back-calf-left"
    )
    parent = QLabel()
    qtbot.addWidget(parent)
    questions = SessionQuestions(parent, catalog)
    answers = questions.before_start(sheet)
    assert answers is not None
    assert answers.performer == "partner"
    questions.ratings([("back-calf-left", "Left calf")], {"back-calf-left": 5})
    assert "How much tension or pain does your partner feel there now? (optional)" in asked
    assert not any("do you feel" in text for text in asked)


def test_the_left_out_line_gives_the_time_of_start_with_ones_own_get_ready(
    qtbot: QtBot, catalog: Catalog
) -> None:
    # Walk 8, finding 6: the sheet's "about N min" used the default get-ready while Start
    # beside it used the person's own.
    routine = catalog.routines["knee-care"]
    screening = Screening(catalog, BOTH_CALVES)
    slow = Timing(get_ready_s=20.0, get_ready_max_s=20.0)
    sheet = before_start_sheet(
        catalog,
        build_plan(catalog, routine),
        routine_verdict(screening.routine_verdicts(routine.id)),
        routine=routine,
        chosen="front-kneecap-left",
        screening=screening,
        timing=slow,
    )
    dialog = _sheet(qtbot, catalog, sheet)
    assert dialog.left_out is not None
    minutes, seconds = dialog.start.text().rsplit(" ", 1)[1].split(":")
    shown = round((int(minutes) * 60 + int(seconds)) / 60)
    assert f"about {shown} min." in dialog.left_out.text()
    assert dialog.start.accessibleName() == f"Start, about {shown} min"
