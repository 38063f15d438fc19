"""Nothing a person must read is cut or hidden in the player at 1024x700, whatever the text size.

tests/window/test_clipping.py walks the visible texts of every window; this adds what a
session shows step by step at the normal and the extra-large text size, in English and in
German: every page of every step's how-to, in the player and in room mode, the warnings
(wrapped, never ended with "…"), the ring's digits, and the mini timer. The walk-through
that found the gaps saw only "Arbeiten Sie mit den flachen Händen." with the how-to behind
"Mehr…", no how-to at all in room mode, and "⚠ Nur leichter Druck: Nur ganz leich…".
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.player.conftest import tick
from tests.window.test_clipping import clipped

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.howto import page_seconds, sentences
from massage_desktop.engine.phases import SessionPhase
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.cue_label import CueLabel
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.room import RoomWindow
from massage_desktop.ui.player.windows import MiniTimer

WIDTH, HEIGHT = 1024, 700
RING_MIN_PX = {"normal": 240, "extra_large": 160}
"""The smallest ring widget the player may show at 1024x700, per text size (measured over
every step of Knee care in both languages: 249 at normal text, 164-249 at extra large, the
smallest on a German step whose warnings take two lines)."""


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> str:
    """English, and German with its translators installed."""
    if request.param == "de":
        request.getfixturevalue("german")
    return str(request.param)


@pytest.fixture(params=["normal", "extra_large"])
def text_size(request: pytest.FixtureRequest) -> str:
    """The text-size setting."""
    return str(request.param)


@pytest.fixture
def small(
    qtbot: QtBot,
    make_services: MakeServices,
    clock: ManualClock,
    language: str,
    text_size: str,
    catalog: Catalog,
    german_catalog: Catalog,
) -> MainWindow:
    """The main window at 1024x700 in ``language`` at ``text_size``."""
    services = make_services(catalog=german_catalog if language == "de" else catalog)
    window = MainWindow(services, clock=clock, interactive=False)
    window.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    window.flow.actions.set_text_scale(TEXT_SCALES[text_size])
    QApplication.processEvents()
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)
    return window


def _pointers(text: str) -> list[str]:
    """The pointers to the player's "More…" in ``text``, in English and German."""
    return [pointer for pointer in ("(see More)", "„Mehr“") if pointer in text]


def _overflows(cue: CueLabel, text: str) -> bool:
    """Whether ``text`` in the cue's type is too tall or too wide for the cue's room."""
    room = cue.contentsRect()
    flags = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    box = QFontMetrics(cue.font()).boundingRect(QRect(0, 0, room.width(), 1 << 20), flags, text)
    return box.height() > room.height() or box.width() > room.width()


def _paged_alike(player: CueLabel, room: CueLabel, instruction: str, when: str) -> None:
    """The same pages in both views, of whole sentences, none left emptier than it must be."""
    pages = player.pages()
    assert room.pages() == pages, f"{when}: room mode pages differently"
    # Whole sentences: the pages' sentences are the how-to's (a broken one would not be).
    assert [s for page in pages for s in sentences(page)] == sentences(instruction), when
    # Full: the next page's first sentence would not have fitted on a page in both views.
    for page, after in itertools.pairwise(pages):
        joined = f"{page} {sentences(after)[0]}"
        assert _overflows(player, joined) or _overflows(room, joined), f"{when}: {page!r}"


def _hidden_or_cut(root: QWidget, cue: CueLabel, instruction: str) -> list[str]:
    """What ``root`` hides or cuts of the step: clipped texts, a partial how-to, an ellipsis."""
    found = clipped(root)
    if " ".join(cue.pages()) != " ".join(instruction.split()):
        found.append(f"the how-to shows only {cue.pages()!r} of {instruction!r}")
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text().rstrip().endswith("…"):
            found.append(f"{label.objectName() or 'a label'} ends in an ellipsis: {label.text()!r}")
    return found


def _every_page_fits(root: QWidget, cue: CueLabel, instruction: str, when: str) -> None:
    """Show each page of the how-to in turn (as the step's time would) and check it all."""
    pages = cue.pages()
    for index in range(len(pages)):
        cue.set_elapsed(sum(page_seconds(page) for page in pages[:index]) + 0.5)
        assert cue.pages() == pages, f"{when}: the pages changed while shown"
        assert cue.page() == index
        assert cue.pager.isVisible() == (len(cue.pages()) > 1)
        if cue.pager.isVisible():
            assert cue.pager.text() == f"{index + 1}/{len(cue.pages())}"
        problems = _hidden_or_cut(root, cue, instruction)
        assert not problems, f"{when}, page {index + 1}:\n" + "\n".join(problems)


def _room(window: MainWindow) -> RoomWindow:
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    # The test screen is not 1024x700: room mode as it would fill such a screen.
    room.showNormal()
    room.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    return room


def test_every_step_of_knee_care_is_whole_in_the_player_and_room_mode(
    small: MainWindow, clock: ManualClock, text_size: str
) -> None:
    window = small
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    room = _room(window)
    rings: list[int] = []
    steps = 0
    while controller.session.current is not None:
        entry = controller.session.current
        tick(window, clock, 0)
        for _pass in range(3):  # a new step's texts and style sheets lay out over a few passes
            QApplication.processEvents()
        when = f"{text_size}, step {entry.index + 1} ({entry.technique_name})"
        _every_page_fits(window, window.player.instruction, entry.instruction, when)
        _every_page_fits(room, room.instruction, entry.instruction, f"room mode, {when}")
        _paged_alike(window.player.instruction, room.instruction, entry.instruction, when)
        if entry.warnings:
            for strip in (window.player.warnings, room.warning):
                assert strip.isVisible(), when
                assert strip.label.text() == strip.text(), when
            # Room mode has no "More…": its warnings do not point to one.
            assert _pointers(room.warning.text()) == [], when
        rings.append(min(window.player.ring.width(), window.player.ring.height()))
        steps += 1
        window.flow.command(PlayerCommand.SKIP)
    assert steps >= 8
    assert min(rings) >= RING_MIN_PX[text_size], rings
    assert room.ring.time_px() >= 80
    room.close()


def test_the_how_to_pages_turn_with_the_step_and_hold_while_paused(
    small: MainWindow, clock: ManualClock, language: str, text_size: str
) -> None:
    window = small
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    while controller.session.phase is not SessionPhase.RUNNING:
        tick(window, clock, 1)
    # tick() wakes the player without an event loop: let the step's layout settle (a
    # two-line warning strip takes room from the cue) before its pages are read.
    for _pass in range(3):
        QApplication.processEvents()
    cue = window.player.instruction
    if len(cue.pages()) == 1:
        # Only the English how-to at normal size fits whole; the longer German one pages.
        assert (language, text_size) == ("en", "normal")
        return
    assert cue.page() == 0
    assert cue.pager.text() == f"1/{len(cue.pages())}"
    tick(window, clock, page_seconds(cue.pages()[0]))
    assert cue.page() == 1
    assert cue.pager.text() == f"2/{len(cue.pages())}"
    window.flow.command(PlayerCommand.PAUSE)
    tick(window, clock, 120)  # a long pause: the page stays
    assert cue.page() == 1
    window.flow.command(PlayerCommand.PAUSE)
    tick(window, clock, 1)
    assert cue.page() == 1
    # The whole text stays with screen readers whatever the page.
    entry = controller.session.current
    assert entry is not None
    assert cue.accessibleDescription() == entry.instruction


def test_the_mini_timer_fits_at_every_text_size(
    small: MainWindow, clock: ManualClock, text_size: str
) -> None:
    window = small
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    tick(window, clock, 10)
    window.flow.command(PlayerCommand.MINI)
    mini = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MiniTimer))
    assert mini.isVisible()
    for _pause in range(2):
        assert clipped(mini) == [], text_size
        window.flow.command(PlayerCommand.PAUSE)


def test_room_mode_never_points_to_more_and_gives_the_player_its_pages_back(
    small: MainWindow, clock: ManualClock, language: str, text_size: str
) -> None:
    """Room mode is read from two metres with busy hands: nothing there sends to "More…"."""
    window = small
    window.select_region("back-calf-left")
    assert window.flow.start_routine("partner-leg")
    controller = window.flow.controller
    assert controller is not None
    cue = window.player.instruction
    while controller.session.current is not None:
        entry = controller.session.current
        tick(window, clock, 0)
        for _pass in range(3):
            QApplication.processEvents()
        alone = cue.pages()
        room = _room(window)
        when = f"{language} {text_size}, step {entry.index + 1} ({entry.technique_name})"
        shown = [label.text() for label in room.findChildren(QLabel) if label.isVisible()]
        assert not [text for text in shown if "More" in text or "Mehr" in text], when
        assert " ".join(room.instruction.pages()) == " ".join(entry.instruction.split()), when
        room.close()
        QApplication.processEvents()
        # Back in the player, the how-to fills the player's own room again.
        assert cue.pages() == alone, when
        window.flow.command(PlayerCommand.SKIP)
