"""History ▸ Progress at "Extra large" on a 1280x800 screen shows all of itself (walk 6, #10).

The heat map's lists sat under the map at large text whatever the width: in the 1120 px window
of a 1280x800 screen the page grew taller than the window, the before/after chart was cut at
"5" and "Most massaged" and "Not massaged in the last 14 days" were out of sight. Under the
second heading, with nothing to list, the page said the heading back as a sentence.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.history.conftest import TODAY, at, make_session, realistic_history

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.history import HistoryWindow
from massage_desktop.ui.history.heat_panel import HeatMapPanel

WINDOW = (1120, 772)
"""The history window on a 1280x800 screen: its default width, the height below a title bar."""
KNEE = "front-knee-right"


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> str:
    """English, and German with its translators installed."""
    if request.param == "de":
        request.getfixturevalue("german")
    return str(request.param)


@pytest.fixture
def shown(language: str, catalog: Catalog, german_catalog: Catalog) -> Catalog:
    """The content in ``language``."""
    return german_catalog if language == "de" else catalog


def _within_view(window: HistoryWindow, widget: QWidget) -> bool:
    """Whether all of ``widget`` is inside the page's visible part, as scrolled now."""
    viewport = window.page.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_the_progress_page_fits_a_1280x800_screen_at_extra_large_text(
    qtbot: QtBot, store: HistoryStore, shown: Catalog, svg: bytes, language: str
) -> None:
    # The walk's history: five sessions on the right knee, rated 4 before and 3 after.
    store.insert_many(
        [
            make_session(
                f"s{n}",
                at(TODAY - timedelta(days=n)),
                (KNEE,),
                ratings_before={KNEE: 4},
                ratings_after={KNEE: 3},
            )
            for n in range(5)
        ]
    )
    window = HistoryWindow(store, shown, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.set_text_scale(TEXT_SCALES["extra_large"])
    window.resize(*WINDOW)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.progress)
    for _pass in range(3):
        QApplication.processEvents()
    progress = window.progress
    heat = progress.heat
    assert isinstance(heat, HeatMapPanel)
    assert not heat.stacked(), "the lists sit beside the map in a window this wide"
    assert not window.page.verticalScrollBar().isVisible(), "the page needs no scrolling"
    assert not window.page.horizontalScrollBar().isVisible()
    assert _within_view(window, progress.chart), "the before/after chart is cut"
    assert heat.most_text()
    for label in heat.findChildren(QWidget):
        if label.isVisible():
            assert _within_view(window, label), f"{type(label).__name__} is out of sight"
    # Nothing to list under "Not massaged in the last 14 days": not the heading said back as
    # a sentence, nor "none" as if every region had been massaged (walk 10, a88).
    assert heat.untouched_names() == []
    hint = heat.untouched_hint()
    assert "14" not in hint
    assert not hint.startswith(("Keine", "None"))


def test_beside_the_map_the_lists_never_push_the_page_sideways(
    qtbot: QtBot, store: HistoryStore, catalog: Catalog, shown: Catalog, svg: bytes
) -> None:
    # A long history: long German region names in both lists ("Linke Oberschenkelaußenseite").
    store.insert_many(realistic_history(catalog))
    window = HistoryWindow(store, shown, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.set_text_scale(TEXT_SCALES["extra_large"])
    window.resize(*WINDOW)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.progress)
    window.progress.heat.set_period_days(0)  # all time: the most names
    for _pass in range(3):
        QApplication.processEvents()
    assert not window.progress.heat.stacked()
    assert not window.page.horizontalScrollBar().isVisible()
    least = window.page.content.minimumSizeHint().width()
    assert least <= window.page.viewport().width()
