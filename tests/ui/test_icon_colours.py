"""Icons are drawn in the colour asked for, sharp at 1x and 2x, each time they are asked for.

Icons are rendered once per name, colour and size and kept; these check that a kept icon is
never another colour's or size's, and that one caller's icon is its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from massage_desktop.ui.design.icons import icon


def _inks(image: QImage) -> set[str]:
    """The opaque colours of an icon's pixels."""
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_the_same_icon_in_two_colours_is_drawn_in_each(qapp: QApplication) -> None:
    for _ in range(2):  # asked again, as every new window asks
        red = icon("pause", "#cc0000", 24).pixmap(24, 24).toImage()
        blue = icon("pause", "#0000cc", 24).pixmap(24, 24).toImage()
        assert _inks(red) == {"#cc0000"}
        assert _inks(blue) == {"#0000cc"}


def test_each_size_is_drawn_at_that_size_and_twice_it(qapp: QApplication) -> None:
    small, large = icon("play", "#202020", 16), icon("play", "#202020", 32)
    assert {s.width() for s in small.availableSizes()} == {16, 32}
    assert {s.width() for s in large.availableSizes()} == {32, 64}
    sharp = small.pixmap(QSize(16, 16), 2.0)
    assert sharp.devicePixelRatio() == 2.0
    assert sharp.size() == QSize(32, 32)


def test_a_changed_icon_leaves_the_next_callers_alone(qapp: QApplication) -> None:
    first = icon("stop", "#107010", 20)
    extra = QPixmap(40, 40)
    extra.fill(QColor("#ff00ff"))
    first.addPixmap(extra)
    again = icon("stop", "#107010", 20)
    assert isinstance(again, QIcon)
    assert {s.width() for s in again.availableSizes()} == {20, 40}
    assert _inks(again.pixmap(40, 40).toImage()) <= {"#107010"}
