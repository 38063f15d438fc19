"""A choice too long for its box ends with "…" instead of being cut mid-letter (walk 18).

At the largest text size the Progress page's box read "Linke Handfläche (1 Sitzur".
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.ui.design.combo import QuietComboBox


def test_a_long_choice_is_elided_and_a_short_one_whole(qtbot: QtBot) -> None:
    box = QuietComboBox()
    qtbot.addWidget(box)
    box.addItems(["Linke Handfläche (1 Sitzung)", "Knie"])
    box.setMinimumWidth(10)
    box.resize(140, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    shown = box.shown_text()
    assert shown.endswith("…")
    assert len(shown) > 1
    assert "Linke Handfläche (1 Sitzung)".startswith(shown[:-1])
    box.resize(box.sizeHint().width() + 40, box.height())
    assert box.shown_text() == "Linke Handfläche (1 Sitzung)"
    box.setCurrentIndex(1)
    assert box.shown_text() == "Knie"
