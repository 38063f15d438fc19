"""The history window's look: it fits a 1024x700 screen in German and carries the design."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QFrame, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from tests.history.conftest import TODAY, WindowFactory, at, make_session, realistic_history
from tests.window.test_clipping import assert_fits

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.design.tokens import DARK, LIGHT
from massage_desktop.ui.history import HistoryWindow
from massage_desktop.ui.history.style import CARD
from massage_desktop.ui.theme import apply_theme


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "sessions"])
@pytest.mark.usefixtures("german")
def test_fits_a_small_screen_in_german(
    make_window: WindowFactory, store: HistoryStore, catalog: Catalog, filled: bool
) -> None:
    if filled:
        store.insert_many(realistic_history(catalog))
    window = make_window()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024, f"tab {tab} needs {hint.width()} px"
        assert hint.height() <= 700, f"tab {tab} needs {hint.height()} px"


def test_the_history_sits_on_cards_in_the_theme_colours(
    make_window: WindowFactory, store: HistoryStore, catalog: Catalog, qapp: QApplication
) -> None:
    store.insert_many(realistic_history(catalog, count=8))
    window = make_window()
    cards = {w for w in window.findChildren(QWidget) if w.objectName() == CARD}
    assert {window.overview, window.sessions, window.details, window.progress.heat} <= cards
    assert isinstance(window.overview, QFrame)
    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        for theme, colours in (("dark", DARK), ("light", LIGHT), ("dark", DARK)):
            apply_theme(qapp, theme)
            QApplication.processEvents()
            own = window.styleSheet()
            assert colours.surface in own
            assert colours.accent_tint in own  # selected rows: the tint with ordinary text
            image = window.grab().toImage()
            corner = image.pixelColor(2, image.height() - 2).name()
            assert corner == colours.background
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


@pytest.mark.usefixtures("german")
def test_fits_1024_by_700_with_german_content_and_cuts_no_label(
    qtbot: QtBot, store: HistoryStore, svg: bytes, german_catalog: Catalog
) -> None:
    # German region names ("Oberschenkelinnenseite") are what made the Progress tab wider.
    catalog = german_catalog
    store.insert_many(realistic_history(catalog))
    window = HistoryWindow(store, catalog, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024, f"tab {tab}"
        assert window.width() == 1024
        assert_fits(window)


@pytest.mark.usefixtures("german")
def test_no_tab_scrolls_sideways_at_1024x700_in_german(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, german_catalog: Catalog, svg: bytes
) -> None:
    # The German region names ("Linke Oberschenkelaußenseite") beside the map, with the
    # hidden Front/Back switch keeping its width, made Progress 1027 px: a sideways bar.
    outer = [
        make_session(f"outer{n}", at(TODAY - timedelta(days=n)), ("front-outer-thigh-left",))
        for n in range(10)
    ]
    store.insert_many([*realistic_history(catalog), *outer])
    window = HistoryWindow(store, german_catalog, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        if window.tabs.currentWidget() is window.progress:
            window.progress.choose_region("front-knee-left")
        QApplication.processEvents()
        least = window.page.content.minimumSizeHint().width()
        assert least <= window.page.viewport().width(), f"tab {tab} needs {least} px"
        assert not window.page.horizontalScrollBar().isVisible(), f"tab {tab} scrolls sideways"


@pytest.mark.parametrize("scale", [1.25, 1.5], ids=["large", "extra-large"])
@pytest.mark.usefixtures("german")
def test_large_text_stacks_the_details_under_the_list_and_cuts_nothing_off(
    qtbot: QtBot,
    store: HistoryStore,
    catalog: Catalog,
    german_catalog: Catalog,
    svg: bytes,
    scale: float,
) -> None:
    # Side by side at "Extra large" in 1024x700, the list showed a row, the steps one, and
    # the notes box and the count were cut off at the bottom of the page.
    store.insert_many(realistic_history(catalog))
    window = HistoryWindow(store, german_catalog, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.set_text_scale(scale)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    sessions, details = window.sessions, window.details
    assert details.mapTo(window.page.content, details.rect().topLeft()).y() >= (
        sessions.mapTo(window.page.content, sessions.rect().bottomLeft()).y()
    ), "the details sit under the list"
    notes = details.findChild(QPlainTextEdit)
    assert notes is not None
    bottom = notes.mapTo(window.page.content, notes.rect().bottomLeft()).y()
    assert bottom <= window.page.content.height(), "the notes box is cut off"
    inside = notes.mapTo(details, notes.rect().bottomLeft()).y()
    assert inside <= details.height(), "the notes box runs past the details card"
    split = sessions.parentWidget()
    assert split is not None
    assert split.height() >= split.minimumSizeHint().height(), "the sessions were squeezed"
    assert not window.page.horizontalScrollBar().isVisible()


def test_a_wide_window_keeps_the_details_beside_the_list_at_large_text(
    make_window: WindowFactory, store: HistoryStore, catalog: Catalog
) -> None:
    store.insert_many(realistic_history(catalog, count=8))
    window = make_window()
    window.set_text_scale(1.5)
    window.resize(1920, 1080)
    QApplication.processEvents()
    sessions, details = window.sessions, window.details
    assert (
        details.mapTo(window, details.rect().topLeft()).x()
        > sessions.mapTo(window, sessions.rect().topRight()).x()
    ), "the details sit beside the list"
    window.resize(1024, 700)
    QApplication.processEvents()
    assert details.mapTo(window, details.rect().topLeft()).x() < sessions.width()
