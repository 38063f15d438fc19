"""The keyboard's focus shows as one ring outside the control, unlike the default button's look.

Walk 9 (P3-b): on the Welcome the focused primary "Next" had a dark edge and the focused
"Not now" a teal one; Tab, Tab, Enter pressed "Not now" and skipped the health profile.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.resources import resource_path
from massage_desktop.ui.bodymap.widget import BodyMapWidget
from massage_desktop.ui.design.focus_ring import (
    GAP,
    RING,
    FocusRingKeeper,
    install_focus_ring,
    takes_ring,
)
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import colours, contrast
from massage_desktop.ui.safety import FirstRunDialog


@pytest.fixture
def keeper() -> FocusRingKeeper:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return install_focus_ring(app)


def _welcome(qtbot: QtBot) -> DesignedDialog:
    dialog = DesignedDialog("Welcome", "Welcome", "spa")
    qtbot.addWidget(dialog)
    dialog.add_text("Pick a part of the body.")
    dialog.body.addWidget(QCheckBox("Remember", dialog))
    dialog.add_secondary("Not now")
    dialog.set_primary("Next")
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _near(pixel: QColor, colour: QColor) -> bool:
    return (
        abs(pixel.red() - colour.red())
        + abs(pixel.green() - colour.green())
        + abs(pixel.blue() - colour.blue())
        <= 30
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focus_colour_shows_against_every_paper(theme: str) -> None:
    c = colours("light" if theme == "light" else "dark")
    for paper in (c.background, c.surface, c.raised, c.accent_tint):
        assert contrast(c.focus, paper) >= 3.0, (theme, paper)


@pytest.mark.parametrize("button", ["Not now", "Next"])
def test_a_button_focused_by_tab_has_a_ring_outside_it(
    qtbot: QtBot, theme: str, keeper: FocusRingKeeper, button: str
) -> None:
    dialog = _welcome(qtbot)
    target = next(
        b for b in (dialog.primary, *dialog.findChildren(QPushButton)) if b and b.text() == button
    )
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: keeper.ring.isVisible())
    assert keeper.ring.widget() is target
    shot = dialog.grab().toImage()
    focus = QColor(colours("light" if theme == "light" else "dark").focus)
    middle = target.mapTo(dialog, QPoint(target.width() // 2, 0))
    ring_row = middle.y() - GAP - RING // 2 - 1
    # Above the button's top edge: a gap of the window's colour, then the ring.
    assert _near(shot.pixelColor(middle.x(), ring_row), focus), shot.pixelColor(
        middle.x(), ring_row
    ).name()
    assert not _near(shot.pixelColor(middle.x(), middle.y() - 1), focus)


def test_the_default_button_unfocused_has_no_ring_and_a_click_gives_none(
    qtbot: QtBot, theme: str, keeper: FocusRingKeeper
) -> None:
    dialog = _welcome(qtbot)
    quiet = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Not now")
    quiet.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: keeper.ring.widget() is quiet)
    assert dialog.primary is not None
    # The default "Next" looks like any primary button: no ring and no dark focus edge.
    assert keeper.ring.widget() is not dialog.primary
    assert "primaryButton:focus" not in dialog.styleSheet()
    # Focus given by a click (the button still held down) shows no ring.
    QTest.mousePress(dialog.primary, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert dialog.focusWidget() is dialog.primary
    assert dialog.isVisible()
    assert not keeper.ring.isVisible()
    QTest.mouseRelease(quiet, Qt.MouseButton.LeftButton, pos=QPoint(-50, -50))


def test_on_the_welcome_one_tab_from_next_is_not_now_and_it_shows_the_ring(
    qtbot: QtBot, catalog: Catalog, keeper: FocusRingKeeper
) -> None:
    # Walk 9, P3-b: the first Tab went to the page, which fits and showed nothing, so the
    # walker's Tab, Tab, Enter pressed "Not now" believing another button was focused.
    dialog = FirstRunDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    start = dialog.focusWidget()
    assert isinstance(start, QPushButton)
    QTest.keyClick(start, Qt.Key.Key_Tab)
    focused = dialog.focusWidget()
    assert isinstance(focused, QPushButton), type(focused).__name__
    assert focused is not start
    assert keeper.ring.isVisible()
    assert keeper.ring.widget() is focused


def test_a_dialog_body_that_fits_takes_no_tab_stop(qtbot: QtBot) -> None:
    dialog = _welcome(qtbot)
    assert dialog.scroller.focusPolicy() == Qt.FocusPolicy.NoFocus
    for _ in range(30):
        dialog.add_text("A long line of text that makes the body scroll at this height.")
    dialog.resize(dialog.width(), 300)
    qtbot.waitUntil(lambda: dialog.scroller.verticalScrollBar().maximum() > 0)
    assert dialog.scroller.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_body_map_keeps_its_own_region_ring(qtbot: QtBot, catalog: Catalog) -> None:
    # The map rings the focused region itself; a second ring round the whole map was cut
    # off at the window's bottom edge.
    svg = resource_path("body_map.svg").read_bytes()
    body_map = BodyMapWidget(svg, list(catalog.regions.values()))
    qtbot.addWidget(body_map)
    assert not takes_ring(body_map)
    assert takes_ring(QPushButton("Safety…", body_map))
