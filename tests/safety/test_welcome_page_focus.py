"""A scrolling page's focus is a quiet line with room inside, not an input's frame (walk 10).

a03/b03: a thick box round the heading "Does any of these apply to you?" looked like a text
field; b114: the health profile's intro and chips sat flush against a bright frame.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.design.focus_ring import takes_ring
from massage_desktop.ui.safety import FirstRunDialog, HealthProfileDialog
from massage_desktop.ui.safety.first_run_pages import INSET


def _focus_colour_at_edge(qtbot: QtBot, area: QScrollArea, focus: str) -> list[bool]:
    """For the page's first two pixel columns, whether they are the focus colour."""
    area.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(area.hasFocus)
    QApplication.processEvents()
    image = area.grab().toImage()
    middle = image.height() // 2
    ratio = image.devicePixelRatio()
    return [
        image.pixelColor(round(x * ratio), middle).name() == QColor(focus).name() for x in (0, 1)
    ]


def test_the_question_heading_wears_no_ring(
    qtbot: QtBot, german_catalog: Catalog, german: None
) -> None:
    dialog = FirstRunDialog(german_catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.next_button.click()
    assert not dialog.next_button.isEnabled()
    focused = QApplication.focusWidget() or dialog.focusWidget()
    assert focused is dialog.heading
    assert not takes_ring(focused)


def test_the_chips_page_shows_focus_as_a_thin_line_with_room_inside(
    qtbot: QtBot, german_catalog: Catalog, german: None
) -> None:
    dialog = FirstRunDialog(german_catalog, page=1)
    qtbot.addWidget(dialog)
    dialog.resize(660, 560)  # small enough that the chips scroll
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog._pages[1].area
    assert dialog.chips.mapTo(area, QPoint(0, 0)).x() >= INSET
    assert _focus_colour_at_edge(qtbot, area, dialog.colours.focus) == [True, False]


def test_the_health_profile_page_has_room_inside_its_focus_line(
    qtbot: QtBot, catalog: Catalog
) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.page
    inner = area.widget()
    assert inner is not None
    assert inner.mapTo(area, QPoint(0, 0)).x() >= INSET
    assert inner.mapTo(area, QPoint(0, 0)).y() >= INSET
    assert _focus_colour_at_edge(qtbot, area, dialog.colours.focus) == [True, False]
