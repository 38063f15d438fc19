"""History at 1024x700 with extra-large German text: nothing clipped, a session always shown.

Walk 9, P2-d: the details sit under the list there; after a filter that matched nothing and
"Filter zurücksetzen" they were a large empty box until a session was clicked.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.history.conftest import TODAY, realistic_history
from tests.window.test_clipping import HEIGHT, WIDTH, assert_fits

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.history import HistoryWindow


@pytest.mark.usefixtures("german")
def test_the_sessions_tab_fits_and_shows_a_session_after_the_filters_are_cleared(
    qtbot: QtBot, store: HistoryStore, german_catalog: Catalog, svg: bytes
) -> None:
    store.insert_many(realistic_history(german_catalog))
    window = HistoryWindow(store, german_catalog, svg, lambda: TODAY)
    qtbot.addWidget(window)
    window.set_text_scale(TEXT_SCALES["extra_large"])
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert_fits(window)
    newest = window.details.session_id()
    assert newest is not None
    filters = window.sessions.filters
    filters.set_subject("technique", "kneading-hands-wrists")
    QApplication.processEvents()
    assert_fits(window)
    assert window.details.session_id() == window.sessions.current_session_id() is not None
    filters.set_region("back-neck")  # nothing matches both
    QApplication.processEvents()
    assert window.sessions.empty_text() == "Keine Sitzungen passen zu diesen Filtern."
    filters.clear()
    QApplication.processEvents()
    assert_fits(window)
    assert window.details.isVisible()
    assert window.details.session_id() == newest
    assert window.details.texts()["title"]
