"""The main window in German: menus, the guide, the player; and the German texts fit."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import start_button, stop_banner

from massage_desktop.content import load_catalog
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.resources import data_dir, resource_path
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.history import wording
from massage_desktop.ui.i18n import decimal, number
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def window(qtbot: QtBot, german: None, make_services: MakeServices) -> MainWindow:
    """The main window built while the German translators are installed (English content)."""
    services = make_services(catalog=load_catalog(data_dir()))
    win = MainWindow(services, clock=ManualClock(), interactive=False)
    win.flow.questions = AutomaticAnswers(TodayCheck())  # "no" to today's check
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _mnemonics(texts: list[str]) -> list[str]:
    return [m.group(1).casefold() for t in texts if (m := _MNEMONIC.search(t.replace("&&", "")))]


def test_menus_are_german_with_unique_mnemonics(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Datei", "&Ansicht", "&Einstellungen", "&Hilfe"]
    assert len(set(_mnemonics(titles))) == len(titles)
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:  # the submenus (File ▸ Backup) too
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        entries = [entry.text() for entry in menu.actions() if not entry.isSeparator()]
        keys = _mnemonics(entries)
        assert len(keys) == len(entries) == len(set(keys)), entries
        menus += [entry.menu() for entry in menu.actions() if entry.menu() is not None]
    # The actions stay reachable by their English text.
    assert window.menu_actions["History…"].text() == "&Verlauf…"
    assert window.menu_actions["Safety information"].text() == "&Sicherheitshinweise"


def test_guide_headings_are_german(window: MainWindow) -> None:
    window.select_region("front-knee-left")
    text = window.guide.guide_text()
    for heading in ("Druck:", "Für wen:", "Haltung:", "Schritte", "Quelle:"):
        assert heading in text
    # The knee carries the DVT warning, under the one heading a condition has everywhere.
    assert "Nicht massieren bei:" in text
    assert "Nicht massieren:" not in text
    assert "Pressure:" not in text
    assert stop_banner(window.guide).text().endswith("sofort aufhören.")
    segments = [b for b in window.guide.findChildren(QToolButton) if b.objectName() == "segment"]
    assert [b.text().split(" (")[0] for b in segments] == ["Techniken", "Routinen"]
    assert start_button(window.guide).accessibleName().startswith("Start: ")


def test_player_is_german(window: MainWindow) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    player = window.player
    # The key names come from Qt's own German translation, not from our strings; they are in
    # the tooltips, not the labels.
    pause = window.flow.actions[PlayerCommand.PAUSE]
    assert pause.text() == "Pause"
    assert pause.toolTip() == "Pause (Leertaste)"
    assert player.buttons[PlayerCommand.PAUSE].toolTip() == "Pause (Leertaste)"
    assert player.buttons[PlayerCommand.DONE].text() == "Fertig"
    assert window.flow.actions[PlayerCommand.STOP].toolTip() == "Sitzung beenden (Strg+E)"
    assert player.hurt.text() == "Stopp – es tut weh"
    assert player.hurt.toolTip() == "Stopp – es tut weh (H)"
    assert player.more.text() == "Mehr…"
    assert player.phase.text() == "Vorbereiten"
    assert player.progress_text.text().startswith("Schritt 1 von ")
    assert player.next.text().startswith("Als Nächstes: ")


def test_german_texts_fit_at_1280_by_800(window: MainWindow) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    buttons = [*window.player.findChildren(QPushButton), *window.guide.findChildren(QPushButton)]
    cut = [
        button.text()
        for button in buttons
        if button.isVisible()
        and button.width() < button.fontMetrics().horizontalAdvance(button.text()) + 8
    ]
    assert cut == []
    assert window.width() == 1280


def test_plurals_numbers_and_dates_follow_the_language(german: None) -> None:
    saved = [
        QCoreApplication.translate("HistoryActions", "Saved %n sessions.", None, count)
        for count in (1, 3)
    ]
    assert saved == ["1 Sitzung gespeichert.", "3 Sitzungen gespeichert."]
    assert seconds_text(150) == "2 min 30 s"
    assert wording.day_heading(date(2026, 5, 4), date(2026, 5, 29)) == "Montag, 4. Mai 2026"
    assert wording.short_date(date(2026, 3, 23)) == "23. März"
    assert (number(1234), decimal(3.25)) == ("1.234", "3,2")


def test_translators_are_removed_afterwards() -> None:
    # Runs after the tests above: the window fixture's translators are gone again.
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_welcome_figure_is_labelled_in_german(german: None) -> None:
    # The first-run picture drew the map's SVG as it is, with "FRONT" in the German interface.
    from massage_desktop.ui.safety.first_run_pages import figure

    assert QCoreApplication.translate("BodyMapLegend", "FRONT") == "VORNE"
    german_figure = figure(200, 1.0).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    english = _english_figure(200).convertToFormat(QImage.Format.Format_ARGB32)
    assert german_figure.size() == english.size()
    assert german_figure != english  # the legend's word differs; the figure is the same


def _english_figure(height: int) -> QImage:
    """The welcome figure drawn from the SVG as the illustrator wrote it (English legend)."""
    from massage_desktop.ui.safety.first_run_pages import FIGURE

    renderer = QSvgRenderer(QByteArray(resource_path("body_map.svg").read_bytes()))
    bounds = renderer.boundsOnElement(FIGURE)
    width = round(height * bounds.width() / bounds.height())
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, FIGURE, QRectF(0, 0, width, height))
    painter.end()
    return image
