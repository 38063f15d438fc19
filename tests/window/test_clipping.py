"""Nothing the user must read is clipped at 1024x700, in English or in German.

Every visible label, button text, group title and the countdown ring's painted texts of the
main window (before and after choosing a region, with a routine chosen), the player (a timed
and a counted step, running and paused), room mode, the mini timer and the app's dialogs is
measured against the room it has:

- a word-wrapped label needs ``heightForWidth(width) <= height``;
- a single-line label needs its text's size within its contents rectangle, unless it was
  elided on purpose (the shown text ends in "…" and the tooltip and the accessible
  description carry the whole text);
- a button needs its text, icon and the style's margins within its width;
- the ring's lines must lie inside its inner circle (``CountdownRing.clipped_texts``);
- and no text widget may stick out of a parent that would cut it (scroll areas excepted).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import stop_banner
from tests.player.conftest import tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.engine.screening import Screening
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.design.choice import ChoiceDialog
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import HEADING
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.dialogs import StopAdviceDialog, SummaryDialog
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.ratings import RatingsDialog, rated_regions
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.windows import MiniTimer
from massage_desktop.ui.safety.first_run import FirstRunDialog
from massage_desktop.ui.safety.health_dialog import HealthProfileDialog
from massage_desktop.ui.safety.today_check import TodayCheckDialog

WIDTH, HEIGHT = 1024, 700


def _needed_button_width(button: QAbstractButton) -> int:
    """The width ``button`` needs to show its whole text, icon and the style's margins."""
    metrics = button.fontMetrics()
    text = metrics.size(Qt.TextFlag.TextShowMnemonic, button.text()).width()
    if isinstance(button, QPushButton):
        # QPushButton's size hint adds Fusion's 80 px minimum; only the real need counts.
        option = QStyleOptionButton()
        button.initStyleOption(option)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        big = 1000
        framed = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(big, metrics.height()), button
        )
        return text + icon + framed.width() - big
    if isinstance(button, (QToolButton, QCheckBox, QRadioButton)):
        return button.sizeHint().width()
    return text


def _elided_on_purpose(label: QLabel) -> bool:
    shown = label.text()
    whole = label.toolTip()
    return (
        shown.endswith("…")
        and len(whole) > len(shown) - 1
        and whole.startswith(shown[:-1])
        and label.accessibleDescription() == whole
    )


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text:
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height():
            return f"wraps to {need} px high in {label.height()} px"
        # Qt breaks only between words: one wider than the label runs off its edge (the
        # German "Oberschenkelvorderseite" in the guide's heading at 1024x700).
        if not GuiQt.mightBeRichText(text):
            widest = max(
                (label.fontMetrics().horizontalAdvance(w) for w in text.split()), default=0
            )
            if widest > label.contentsRect().width():
                return f"a word {widest} px wide in {label.contentsRect().width()} px"
        return None
    room = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    if GuiQt.mightBeRichText(text) and label.textFormat() != Qt.TextFormat.PlainText:
        size = label.minimumSizeHint()
        if size.width() > label.width() or size.height() > label.height():
            return f"needs {size.width()}x{size.height()} in {label.width()}x{label.height()}"
        return None
    metrics = label.fontMetrics()
    flags = Qt.TextFlag.TextExpandTabs | Qt.TextFlag.TextShowMnemonic
    # The horizontalAdvance of each line, without a mnemonic's "&", and the lines' height.
    size = metrics.size(int(flags), text)
    if size.width() > room.width() and not _elided_on_purpose(label):
        return f"{size.width()} px of text in {room.width()} px"
    if size.height() > room.height():
        return f"{size.height()} px of lines in {room.height()} px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    need = _needed_button_width(button)
    if need > button.width():
        return f"needs {need} px, has {button.width()} px"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    width = QFontMetrics(box.font()).horizontalAdvance(box.title().replace("&", ""))
    if box.title() and width > box.width() - 16:
        return f"title needs {width} px in {box.width()} px"
    return None


def _sticks_out(widget: QWidget) -> str | None:
    """Where ``widget`` leaves a parent that would cut it (scrolled contents excepted)."""
    parent = widget.parentWidget()
    rect = QRect(QPoint(0, 0), widget.size())
    while parent is not None and not widget.isWindow():
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return None  # a scroll area's viewport: reached by scrolling
        rect = rect.translated(widget.pos())
        if not parent.rect().contains(rect):
            return f"reaches {rect} outside {type(parent).__name__} {parent.rect()}"
        widget, parent = parent, parent.parentWidget()
    return None


def clipped(root: QWidget) -> list[str]:
    """Every text in ``root`` (a window) that does not fit, as "Type 'text': why"."""
    QApplication.processEvents()
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root:
            continue
        problem: str | None = None
        text = ""
        if isinstance(widget, QLabel):
            text, problem = widget.text(), _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            text, problem = widget.text(), _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            text, problem = widget.title(), _group_problem(widget)
        elif isinstance(widget, CountdownRing):
            cut = widget.clipped_texts()
            text, problem = " / ".join(cut), "outside the ring" if cut else None
        if text and problem is None:
            problem = _sticks_out(widget)
        if problem is not None:
            found.append(f"{type(widget).__name__} {text[:60]!r}: {problem}")
    return found


def assert_fits(root: QWidget) -> None:
    """Fail with every text of ``root`` that is clipped."""
    found = clipped(root)
    assert not found, f"{type(root).__name__}:\n" + "\n".join(found)


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> str:
    """Each test runs in English and in German (translators installed for German)."""
    if request.param == "de":
        request.getfixturevalue("german")
    return str(request.param)


@pytest.fixture
def shown_catalog(language: str, catalog: Catalog, german_catalog: Catalog) -> Catalog:
    """The content the window shows: in ``language``."""
    return german_catalog if language == "de" else catalog


@pytest.fixture
def window(
    qtbot: QtBot, make_services: MakeServices, shown_catalog: Catalog, clock: ManualClock
) -> MainWindow:
    """The main window at 1024x700 in ``language``."""
    services = make_services(catalog=shown_catalog)
    win = MainWindow(services, clock=clock, interactive=False)
    win.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's check
    qtbot.addWidget(win)
    win.resize(WIDTH, HEIGHT)
    win.show()
    qtbot.waitExposed(win)
    assert (win.width(), win.height()) == (WIDTH, HEIGHT), "the window fits a 1024x700 screen"
    return win


def _start_knee_care(window: MainWindow, clock: ManualClock) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    tick(window, clock, 10)  # past "get ready": the first timed step runs


def _to_counted_step(window: MainWindow, clock: ManualClock) -> None:
    """End the session and start one whose step is counted ("press Done when finished")."""
    window.flow.command(PlayerCommand.STOP)
    assert window.flow.start_technique("kneecap-thumb-circles", "front-kneecap")
    controller = window.flow.controller
    assert controller is not None
    for _ in range(60):
        if controller.session.phase is SessionPhase.REPS:
            return
        tick(window, clock, 1)
    pytest.fail(f"no counted step after a minute: {controller.session.phase}")


def test_main_window_texts_fit(window: MainWindow) -> None:
    assert_fits(window)
    window.select_region("front-knee-left")
    assert_fits(window)
    window.select_region("front-thigh-left")  # "Linke Oberschenkelvorderseite"
    assert_fits(window)
    window.guide.show_routine("knee-care")
    assert_fits(window)


def test_main_window_texts_fit_with_the_largest_text_size(
    window: MainWindow, shown_catalog: Catalog
) -> None:
    # The guide's texts, the stop rule, the Start button and the cards all grow with it.
    window.flow.actions.set_text_scale(TEXT_SCALES["extra_large"])
    assert window.guide.text_scale() == TEXT_SCALES["extra_large"]
    # The new sizes come through a style sheet polish, which posts a second layout request.
    QApplication.processEvents()
    assert_fits(window)
    window.select_region("front-knee-left")
    assert_fits(window)
    window.guide.show_routine("knee-care")
    assert_fits(window)
    # What holds Start and the banner of a profile that rules out every region.
    window.flow.pain_rest.note(["front-knee-left"])
    window.select_region("front-knee-left")
    window.apply_health_profile()
    assert window.guide.start_reason()
    assert_fits(window)
    window.guide.set_screening(Screening(shown_catalog, HealthProfile(conditions=("dvt",))))
    assert window.guide.everywhere.isVisible()
    # The longer reason beside Start changes the label's height for width: its layout request
    # is posted, as a person sees it once the event loop has run.
    QApplication.processEvents()
    assert_fits(window)
    safety = window.show_safety()
    safety.resize(safety.size().boundedTo(QSize(WIDTH, HEIGHT)))
    assert_fits(safety)
    safety.close()


def test_player_texts_fit_on_timed_and_counted_steps(
    window: MainWindow, clock: ManualClock
) -> None:
    _start_knee_care(window, clock)
    assert window.player.ring.text()
    assert_fits(window)
    window.flow.command(PlayerCommand.PAUSE)
    assert_fits(window)
    window.flow.command(PlayerCommand.PAUSE)
    _to_counted_step(window, clock)
    assert window.player.ring.caption()
    assert_fits(window)


# The player, room mode and the mini timer at the largest text size: tests/player/
# test_room_figure.py's test_room_mode_and_mini_timer_fit_extra_large_text, in a window like
# this file's (1024x700, each language) and with this file's assert_fits.


def test_room_mode_and_mini_timer_texts_fit(window: MainWindow, clock: ManualClock) -> None:
    _start_knee_care(window, clock)
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    # The test screen is not 1024x700: show room mode as it would fill such a screen.
    room.showNormal()
    room.resize(WIDTH, HEIGHT)
    assert_fits(room)
    window.flow.command(PlayerCommand.PAUSE)
    assert_fits(room)
    window.flow.command(PlayerCommand.PAUSE)
    _to_counted_step(window, clock)
    assert_fits(room)
    room.close()
    window.flow.command(PlayerCommand.MINI)
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    assert mini.isVisible()
    window.flow.command(PlayerCommand.PAUSE)
    assert_fits(mini)
    window.flow.command(PlayerCommand.PAUSE)
    assert_fits(mini)


def _dialogs(window: MainWindow, catalog: Catalog) -> Iterator[QDialog]:
    preferences = window.preferences
    assert preferences is not None
    yield preferences.dialog(preferences.settings)
    yield HealthProfileDialog(catalog, HealthProfile(), window)
    yield FirstRunDialog(catalog, window)
    yield TodayCheckDialog(catalog, window)
    yield StopAdviceDialog(catalog, window)
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    plan = controller.session.plan
    regions = rated_regions(catalog, plan, "front-knee-left")
    question = "How tense or sore does each area feel? (optional)"
    yield RatingsDialog("How does it feel?", question, regions, None, window)
    window.flow.command(PlayerCommand.STOP)
    yield SummaryDialog(catalog, controller.session.summary(), window)


def test_dialog_texts_fit(window: MainWindow, shown_catalog: Catalog, qtbot: QtBot) -> None:
    window.select_region("front-knee-left")
    for dialog in _dialogs(window, shown_catalog):
        qtbot.addWidget(dialog)
        dialog.show()
        # A window manager keeps a dialog on a 1024x700 screen.
        dialog.resize(dialog.size().boundedTo(QSize(WIDTH, HEIGHT)))
        assert_fits(dialog)
        dialog.close()


def _largest_dialogs(window: MainWindow) -> Iterator[DesignedDialog]:
    """Every designed dialog at the largest text size, as the app makes them.

    That the app opens each at the text size is tests/window/test_dialog_text_size.py's.
    """
    catalog = window.flow._catalog
    preferences = window.preferences
    assert preferences is not None
    preferences.apply(preferences.settings.model_copy(update={"text_size": "extra_large"}))
    scale = window.flow.actions.text_scale
    yield preferences.dialog(preferences.settings)
    yield HealthProfileDialog(catalog, HealthProfile(), window, large=scale)
    yield FirstRunDialog(catalog, window, large=scale)
    yield TodayCheckDialog(catalog, window, large=scale)
    yield StopAdviceDialog(catalog, window, large=scale)
    # The caution is a section of the sheet before a session now, not a dialog of its own
    # (that sheet's fit is tests/player/test_before_start.py's); the one question the app
    # still asks in a choice dialog is whether to end a session.
    yield ChoiceDialog(
        "End the session?",
        "The steps done so far are kept in your history.",
        ["End the session"],
        icon_name="clock",
        default=None,
        cancel="Keep going",
        large=scale,
        parent=window,
    )
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    regions = rated_regions(catalog, controller.session.plan, "front-knee-left")
    question = "How tense or sore does each area feel? (optional)"
    yield RatingsDialog("How does it feel?", question, regions, None, window, large=scale)
    window.flow.command(PlayerCommand.STOP)
    yield SummaryDialog(catalog, controller.session.summary(), window, large=scale)


def test_dialogs_fit_1024x700_with_the_largest_text_size(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test screen is not 1024x700: the dialogs take the room such a screen leaves them.
    room = QSize(WIDTH * 19 // 20, HEIGHT * 19 // 20)
    monkeypatch.setattr(DesignedDialog, "room_on_screen", lambda _dialog: room)
    window.select_region("front-knee-left")
    largest = TEXT_SCALES["extra_large"]
    for dialog in _largest_dialogs(window):
        qtbot.addWidget(dialog)
        name = type(dialog).__name__
        assert dialog.scale == largest, name
        dialog.show()
        QApplication.processEvents()
        # No window manager can make a dialog smaller than its minimum size.
        assert dialog.minimumWidth() <= WIDTH, name
        assert dialog.minimumHeight() <= HEIGHT, name
        dialog.resize(dialog.size().boundedTo(QSize(WIDTH, HEIGHT)))
        # The texts did grow with the setting.
        assert dialog.heading.fontInfo().pixelSize() >= round(HEADING * largest) - 1, name
        assert_fits(dialog)
        if isinstance(dialog, FirstRunDialog):
            while dialog.page() < dialog.stack.count() - 1:
                if dialog.page() == 1:  # every condition ticked shows the most text
                    for chip in dialog.chips.chips.values():
                        chip.click()
                dialog.next_button.click()
                QApplication.processEvents()
                assert_fits(dialog)
        if isinstance(dialog, TodayCheckDialog):
            dialog.groups["swelling"].button(1).click()  # a yes: the stop advice shows
            QApplication.processEvents()
            assert dialog.advice.isVisible()
            assert dialog.height() <= HEIGHT
            assert_fits(dialog)
        dialog.close()


def _banner_in_view(window: MainWindow) -> None:
    """The "no massage for now" banner, its advice and its button whole in the column's view."""
    guide = window.guide
    banner, viewport = guide.everywhere, guide.column.viewport()
    assert banner.isVisible()
    assert banner.button.isVisible()
    top = banner.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0
    assert top + banner.height() <= viewport.height(), (
        f"the banner needs {banner.height()} px, {viewport.height() - top} px in view"
    )


def test_a_profile_that_rules_out_everything_fits_at_the_largest_text_size(
    window: MainWindow,
) -> None:
    # Walk 4 (issue 17): extra-large text, German, DVT ticked: the held Start and its reason
    # (the banner's words again) squeezed the column until the banner was cut mid-sentence,
    # its "Review health profile…" out of sight; on the welcome the line on how to choose
    # did the same.
    preferences = window.preferences
    assert preferences is not None
    preferences.apply(preferences.settings.model_copy(update={"text_size": "extra_large"}))
    window._health.save(HealthProfile(conditions=("dvt",)))
    window.apply_health_profile()
    QApplication.processEvents()
    assert_fits(window)
    _banner_in_view(window)
    window.select_region("front-knee-left")
    QApplication.processEvents()
    assert_fits(window)
    _banner_in_view(window)
    # Start is held all the same; the banner says why and offers the health profile.
    assert window.guide.start_reason()
    window.guide.show_routine("knee-care")
    QApplication.processEvents()
    assert_fits(window)
    _banner_in_view(window)
    # The stop rule stays in view above it.
    assert stop_banner(window.guide).isVisible()


def _in_column_view(window: MainWindow, widget: QWidget) -> bool:
    """Whether all of ``widget`` is inside the guide column's view, as scrolled now."""
    viewport = window.guide.column.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= viewport.height()


def test_the_rest_day_notice_and_its_button_are_in_view_at_the_largest_text_size(
    window: MainWindow,
) -> None:
    # Walk 9, P2-j: extra-large text, German, 1024x700, a rest day: the notice filled the
    # guide column's view, its "Take the check again…" was out of sight below it, and the
    # same reason was said again, four lines long, above the held Start.
    preferences = window.preferences
    assert preferences is not None
    preferences.apply(preferences.settings.model_copy(update={"text_size": "extra_large"}))
    window.guide.set_rest_day(True)
    notice = window.guide.rest_day
    for step in ("welcome", "routine", "region"):
        if step == "routine":  # a routine chosen on the welcome
            window.guide.show_routine("knee-care")
        elif step == "region":
            window.select_region("front-knee-left")
        QApplication.processEvents()
        assert_fits(window)
        assert _in_column_view(window, notice.heading)
        assert _in_column_view(window, notice.button), "Take the check again… is in view"
        if window.guide.start_reason():
            # Start is held and points to the notice instead of saying its reason again.
            shown = window.guide.start_reason_shown()
            assert notice.heading.text() not in shown
            assert notice.advice.text() not in shown
            assert len(shown) < len(notice.heading.text()) + 5
