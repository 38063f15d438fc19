"""The quick check stays on a 1024x700 screen when its stop advice appears (walk 5, finding 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.design.screen import SCREEN_SHARE, DesignedDialog
from massage_desktop.ui.safety.today_check import TodayCheckDialog

SCREEN = QRect(0, 0, 1024, 700)


@pytest.fixture(params=["en", "de"])
def language_catalog(
    request: pytest.FixtureRequest, catalog: Catalog, german_catalog: Catalog
) -> Catalog:
    """The content in each language (translators installed for German)."""
    if request.param == "de":
        request.getfixturevalue("german")
        return german_catalog
    return catalog


def _on_screen(button: QPushButton) -> bool:
    corner = button.mapToGlobal(QPoint(0, 0))
    return SCREEN.contains(QRect(corner, button.size()))


@pytest.mark.parametrize("size", ["normal", "large", "extra_large"])
def test_every_yes_keeps_the_dialog_and_its_buttons_on_the_screen(
    qtbot: QtBot, language_catalog: Catalog, size: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test screen is not 1024x700: the dialog takes the room such a screen leaves it.
    room = QSize(int(SCREEN.width() * SCREEN_SHARE), int(SCREEN.height() * SCREEN_SHARE))
    monkeypatch.setattr(DesignedDialog, "room_on_screen", lambda _dialog: room)
    monkeypatch.setattr(DesignedDialog, "screen_area", lambda _dialog: QRect(SCREEN))
    dialog = TodayCheckDialog(language_catalog, large=TEXT_SCALES[size])
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    # Where a window manager centred it over a maximised 1024x700 window in walk 5.
    dialog.move(dialog.x(), 115)
    for group in dialog.groups.values():
        button = group.button(1)
        button.click()
        QApplication.processEvents()
        assert dialog.advice.isVisible()
        assert SCREEN.contains(dialog.frameGeometry()), dialog.frameGeometry()
        assert _on_screen(dialog.cancel_button), "Cancel can be seen and clicked"
        assert _on_screen(dialog.go_button), "Stop for today can be seen and clicked"
    # The advice is longer than the room: the body scrolls, the buttons stay below it.
    assert dialog.scroller.geometry().bottom() < dialog.cancel_button.geometry().top()


def _ink_columns(button: QAbstractButton) -> tuple[int, int]:
    """The first and last pixel column of the answer's word, inside its border."""
    image = button.grab().toImage()
    ratio = image.devicePixelRatio()
    width, height = image.width(), image.height()
    middle = height // 2
    paper = image.pixelColor(round(8 * ratio), round(6 * ratio))  # inside the border
    inked = [
        x
        for x in range(round(6 * ratio), width - round(6 * ratio))
        for y in range(middle - height // 5, middle + height // 5)
        if abs(image.pixelColor(x, y).lightness() - paper.lightness()) > 60
    ]
    assert inked, f"no word seen in {button.text()!r}"
    return min(inked), max(inked)


@pytest.mark.parametrize("size", ["normal", "extra_large"])
def test_yes_and_no_are_alike_with_their_word_in_the_middle(
    qtbot: QtBot, language_catalog: Catalog, size: str
) -> None:
    # Walk 9, P2-f: "Ja" sat at the left of its wider pill, "Nein" filled its own.
    dialog = TodayCheckDialog(language_catalog, large=TEXT_SCALES[size])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    for group in dialog.groups.values():
        yes, no = group.button(1), group.button(0)
        assert yes.width() == no.width(), "one width for both answers"
        for answer in (yes, no):
            first, last = _ink_columns(answer)
            image_width = answer.grab().toImage().width()
            left, right = first, image_width - 1 - last
            assert abs(left - right) <= 6, f"{answer.text()!r}: {left} px left, {right} px right"
