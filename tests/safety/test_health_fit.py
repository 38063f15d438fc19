"""The health profile fits a 1024x700 screen in English and German with its cards open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot
from tests.window.test_clipping import HEIGHT, WIDTH, assert_fits

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.safety.health_dialog import HealthProfileDialog


@pytest.fixture(params=["en", "de"])
def language_catalog(request: pytest.FixtureRequest, catalog: Catalog) -> Catalog:
    """The content in each language (translators installed for German)."""
    if request.param == "de":
        request.getfixturevalue("german")
        german: Catalog = request.getfixturevalue("german_catalog")
        return german
    return catalog


def test_the_open_cards_fit_and_nothing_is_wider_than_the_page(
    qtbot: QtBot, language_catalog: Catalog
) -> None:
    start = HealthProfile(
        conditions=("recent-surgery", "unexplained-pain"),
        regions={"recent-surgery": ("front-shin",)},
    )
    dialog = HealthProfileDialog(language_catalog, start)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.size().boundedTo(QSize(WIDTH, HEIGHT)))
    assert dialog.height() <= HEIGHT
    assert_fits(dialog)
    page = dialog.findChild(QScrollArea)
    assert page is not None
    inner = page.widget()
    assert inner is not None
    # The German clearance sentence on a check box once made the page wider than the dialog.
    assert inner.minimumSizeHint().width() <= page.viewport().width()


def test_ticking_a_condition_that_asks_more_brings_its_questions_into_view(
    qtbot: QtBot, catalog: Catalog
) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.size().boundedTo(QSize(WIDTH, HEIGHT)))
    row = dialog.rows["recent-surgery"]
    row.check.click()
    assert row.details is not None
    scroll = dialog.page.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.value() > 0)
    assert row.picker is not None
    viewport = dialog.page.viewport()
    top = row.details.mapTo(viewport, row.details.rect().topLeft()).y()
    search = row.picker.filter_edit
    bottom = search.mapTo(viewport, search.rect().bottomLeft()).y()
    assert top >= 0, "the card's title is in view"
    assert bottom < viewport.height(), "and its search field"
