"""The text-size setting reaches the reading screens outside the guide and the player.

History (its list, details, steps and charts), the player's "More…" sheet and keys list, and
the crash message grow with Settings ▸ Text size as the designed dialogs do (walk 3,
finding 18), and the history follows a change while it is open.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QSplitter
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.ui.crash_dialog import CrashDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerActions
from massage_desktop.ui.player.popups import DetailsPopup, ShortcutsPopup
from massage_desktop.ui.text_size import current_text_scale

EXTRA_LARGE = 1.5


def _pixels(label: QLabel) -> int:
    label.ensurePolished()
    return label.fontInfo().pixelSize()


def _window(qtbot: QtBot, make_services: MakeServices) -> MainWindow:
    window = MainWindow(make_services())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_history_grows_with_the_setting_and_follows_a_change_while_open(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services)
    history = window.history_actions.show_history()
    assert history is not None
    qtbot.addWidget(history)
    count = history.sessions.findChild(QLabel)
    assert count is not None
    tabs = history.tabs.tabBar().sizeHint().height()
    before = (_pixels(count), history.sessions.view.fontInfo().pixelSize())
    row = history.sessions.view.verticalHeader().defaultSectionSize()
    window.flow.actions.set_text_scale(EXTRA_LARGE)  # what Preferences does
    QApplication.processEvents()
    assert history.text_scale() == EXTRA_LARGE
    after = (_pixels(count), history.sessions.view.fontInfo().pixelSize())
    assert after[0] >= before[0] * 1.4, (before, after)
    assert after[1] >= before[1] * 1.4, (before, after)
    assert history.tabs.tabBar().sizeHint().height() > tabs
    assert history.sessions.view.verticalHeader().defaultSectionSize() >= row + 6
    # The charts paint with their own font: it grows too.
    chart = history.progress.chart
    chart.ensurePolished()
    assert chart.fontInfo().pixelSize() >= 18


def test_a_history_opened_at_extra_large_is_drawn_at_it(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services)
    window.flow.actions.set_text_scale(EXTRA_LARGE)
    history = window.history_actions.show_history()
    assert history is not None
    qtbot.addWidget(history)
    assert history.text_scale() == EXTRA_LARGE
    # Nothing of the window is cut at the side of a 1024-pixel screen: the page scrolls down.
    history.resize(1024, 700)
    history.tabs.setCurrentWidget(history.progress)
    QApplication.processEvents()
    content = history.page.widget()
    assert content is not None
    assert content.width() <= history.page.viewport().width()


# Popups grab the keyboard, which the offscreen platform cannot do (and says so).
@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard")
def test_the_popups_and_the_crash_message_take_the_setting(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services)
    actions = window.findChild(PlayerActions)
    assert actions is window.flow.actions
    assert current_text_scale(window) == 1.0
    sizes: dict[float, tuple[int, int, int, int]] = {}
    for scale in (1.0, EXTRA_LARGE):
        actions.set_text_scale(scale)
        keys = ShortcutsPopup(window.player, actions)
        details = DetailsPopup(window.player)
        details.set_step("Knee warm-up strokes", "Use the flats of your hands.", "Left knee", "")
        crash = CrashDialog(Path("log.txt"), window, current_text_scale(window))
        for widget in (keys, details, crash):
            qtbot.addWidget(widget)
        keys.show_over(window.player)
        details.show_over(window.player)
        crash.show()
        name = keys.rows[next(iter(keys.rows))][1]
        sizes[scale] = (
            _pixels(name),
            _pixels(details.instruction),
            _pixels(crash.heading),
            keys.width(),
        )
        assert details.scale == keys.scale == scale
        for widget in (keys, details, crash):
            widget.close()
    normal, large = sizes[1.0], sizes[EXTRA_LARGE]
    for before, after in zip(normal[:3], large[:3], strict=True):
        assert after >= before * 1.4, (normal, large)
    assert large[3] >= normal[3]


def test_long_step_names_wrap_and_are_described_whole(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    from tests.history.test_steps_table import _record, _step

    from massage_desktop.domain.enums import Side

    services = make_services()
    assert services.history is not None
    steps = [
        _step(n, "quadriceps-thumb-stripping", ["front-thigh-left"], Side.LEFT) for n in (0, 1)
    ]
    services.history.insert_many([_record("long", steps)])
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.flow.actions.set_text_scale(EXTRA_LARGE)
    history = window.history_actions.show_history()
    assert history is not None
    qtbot.addWidget(history)
    # Side by side (a 1024-pixel window stacks them at this size) with the details dragged
    # narrow: the steps' names have less room than they need.
    history.resize(1400, 800)
    split = history.sessions.parentWidget()
    assert isinstance(split, QSplitter)
    split.setSizes([850, 550])
    table = history.details.steps_table()
    history.details.show_session(services.history.get("long"))
    QApplication.processEvents()
    item = table.item(0, 1)
    assert item is not None
    name = item.text()
    assert table.wordWrap()
    metrics = table.fontMetrics()
    assert metrics.horizontalAdvance(name) > table.columnWidth(1), "the name needs two lines"
    assert table.rowHeight(0) >= 2 * metrics.lineSpacing(), "a long name wraps"
    described = item.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert str(described).startswith(name)
    assert item.toolTip().startswith(name)


def test_a_long_result_in_the_session_list_wraps_and_is_described_whole(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    from tests.history.conftest import realistic_history

    services = make_services()
    assert services.history is not None
    services.history.insert_many(realistic_history(services.catalog))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.flow.actions.set_text_scale(EXTRA_LARGE)
    history = window.history_actions.show_history()
    assert history is not None
    qtbot.addWidget(history)
    # Side by side (a 1024-pixel window stacks them at this size) with the list dragged
    # narrow: some results have less room than they need.
    history.resize(1400, 800)
    split = history.sessions.parentWidget()
    assert isinstance(split, QSplitter)
    split.setSizes([480, 920])
    QApplication.processEvents()
    pane = history.sessions
    model, view = pane.model, pane.view
    metrics = view.fontMetrics()
    wide = [
        row
        for row in range(model.rowCount())
        if not model.is_heading(row)
        and metrics.horizontalAdvance(str(model.index(row, 3).data())) > view.columnWidth(3) - 8
    ]
    assert wide, "some result needs more than one line at this size"
    for row in wide:
        assert pane.row_lines(row) >= 2, row
        index = model.index(row, 3)
        described = str(index.data(Qt.ItemDataRole.AccessibleDescriptionRole))
        assert str(index.data()) in described
        assert described == index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard")
def test_the_keys_list_over_room_mode_is_read_from_across_the_room(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    from massage_desktop.ui.design.screen import LARGE

    window = _window(qtbot, make_services)
    actions = window.flow.actions
    keys = ShortcutsPopup(window, actions)
    qtbot.addWidget(keys)
    keys.show_over(window.player)
    name = keys.rows[next(iter(keys.rows))][1]
    beside = _pixels(name)
    keys.close()
    keys.show_centred(window)  # as room mode opens it
    assert keys.scale == LARGE
    assert _pixels(name) >= beside * 1.3
    keys.close()
