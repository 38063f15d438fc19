"""A player button that does nothing now looks so (walk 18).

"−15 s" stops at the step's shortest time and is then disabled; in the main player its
label stayed in full black and it looked as if it could still be pressed.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot


def _ink(image: QImage, theme: str) -> float:
    """The lightness of the label's strongest ink (darkest on light paper, lightest on dark)."""
    colours = [
        QColor.fromRgba(image.pixel(x, y))
        for x in range(image.width())
        for y in range(image.height())
    ]
    values = [c.lightnessF() for c in colours if c.alpha() > 200]  # the grab's own paper: none
    return min(values) if theme == "light" else max(values)


@pytest.mark.parametrize("name", ["playerSmall", "playerControl"])
def test_a_disabled_player_button_is_drawn_muted(qtbot: QtBot, theme: str, name: str) -> None:
    button = QToolButton()
    qtbot.addWidget(button)
    button.setObjectName(name)
    button.setText("−15 s")
    button.show()
    qtbot.waitExposed(button)
    enabled = _ink(button.grab().toImage(), theme)
    button.setEnabled(False)
    disabled = _ink(button.grab().toImage(), theme)
    assert abs(disabled - enabled) > 0.15, (enabled, disabled)
