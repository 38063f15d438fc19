"""A card printed on a rest day says so at the top, as the guide's notice does (walk 16).

After today's quick check said not to massage today, the guide showed "Rest day: no massage
today." but a card printed then said nothing of it: only "Stop – it hurts" rests were named.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.card.conftest import pdf_pages
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.card import RoutineCard
from massage_desktop.services import Services
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import write_pdf
from massage_desktop.ui.i18n import local_date
from massage_desktop.ui.main_window import MainWindow


def _text(tmp_path: Path, catalog: Catalog, figure: CardFigure, card: RoutineCard) -> str:
    target = tmp_path / "card.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    return " ".join(words for _, _, words in pdf_pages(target))


def _window(qtbot: QtBot, services: Services, days_ago: int) -> MainWindow:
    window = MainWindow(services, interactive=False)
    qtbot.addWidget(window)
    day = window.flow.pain_rest.today() - timedelta(days=days_ago)
    settings = services.settings
    settings.save(settings.settings.model_copy(update={"rest_day_on": day}))
    return window


def test_a_card_printed_on_a_rest_day_says_so_first(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    window = _window(qtbot, make_services(), 0)
    card = window.card_actions.card("partner-leg")
    text = _text(tmp_path, catalog, figure, card)
    day = local_date(window.flow.pain_rest.today(), "dddd d MMMM yyyy")
    # Right under the title, before anything else on the page.
    assert text.startswith(f"{card.routine.name} ⚠ Rest day ({day}): no massage today. ")
    assert "Today's quick check said so. Rest, and have anything new checked by a doctor" in text
    # The card is still whole: a rest day leaves no step out, it says not to massage today.
    assert card.count.left_out == 0
    assert "Stop at once on sharp pain, numbness or tingling." in text


def test_yesterdays_rest_day_is_not_printed(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    window = _window(qtbot, make_services(), 1)
    text = _text(tmp_path, catalog, figure, window.card_actions.card("partner-leg"))
    assert "Rest day" not in text


@pytest.mark.usefixtures("german")
def test_the_german_card_says_it_is_a_rest_day(
    qtbot: QtBot, make_services: MakeServices, german_catalog: Catalog, svg: bytes, tmp_path: Path
) -> None:
    window = _window(qtbot, make_services(catalog=german_catalog), 0)
    card = window.card_actions.card("partner-leg")
    text = _text(tmp_path, german_catalog, CardFigure(german_catalog, svg), card)
    assert text.startswith(f"{card.routine.name} ⚠ Ruhetag (")
    assert "Rest day" not in text
