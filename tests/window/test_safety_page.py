"""The safety page: one red summary box, then calm neutral cards (walk 3, finding 20)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import BODY, DARK, LIGHT, Colours, contrast
from massage_desktop.ui.guide.html import STOP_RULE
from massage_desktop.ui.guide.safety_page import SafetyDialog, safety_page_html

THEMES = pytest.mark.parametrize("c", [LIGHT, DARK], ids=["light", "dark"])


def _fills(html: str) -> list[str]:
    return re.findall(r'bgcolor="(#[0-9a-f]{6})"', html)


@THEMES
def test_only_the_summary_box_is_red(catalog: Catalog, c: Colours) -> None:
    html = safety_page_html(catalog, c)
    fills = _fills(html)
    red = c.severity[Severity.DO_NOT_MASSAGE].paper
    assert fills.count(red) == 1
    assert fills[0] == red, "the red summary comes first"
    # Every warning is a card on the neutral raised colour: no other severity paper.
    assert set(fills[1:]) == {c.raised}
    assert len(fills) == 1 + len(catalog.contraindications)
    summary = html[: html.index("</table>")]
    assert escape(STOP_RULE) in summary
    for warning in catalog.contraindications.values():
        if warning.severity is Severity.DO_NOT_MASSAGE:
            assert escape(warning.title) in summary, warning.id


@THEMES
def test_each_card_is_marked_by_its_severity_colour(catalog: Catalog, c: Colours) -> None:
    html = safety_page_html(catalog, c)
    cards = html.split("</table>")[1:]
    for warning in catalog.contraindications.values():
        card = next(card for card in cards if f"<b>{escape(warning.title)}</b>" in card)
        ink = c.severity[warning.severity].ink
        assert f'style="color:{ink}; font-size:large;"><b>⚠</b>' in card, warning.id
        assert escape(warning.text) in card
        # The text itself reads in the page's text colour, readable on the card.
        assert f'<td style="color:{c.text};">' in card
        assert contrast(ink, c.raised) >= 4.5
        assert contrast(c.text, c.raised) >= 4.5


def test_the_page_keeps_every_warning_and_its_advice(catalog: Catalog, qtbot: QtBot) -> None:
    dialog = SafetyDialog(catalog)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert STOP_RULE in text
    for warning in catalog.contraindications.values():
        assert warning.title in text
        assert " ".join(warning.text.split()) in " ".join(text.split())
        if warning.advice:
            assert " ".join(warning.advice.split()) in " ".join(text.split())


class _IconsOnButtons(QProxyStyle):
    """A style that asks for icons on dialog buttons, as Qt's X11 platform themes do."""

    def styleHint(  # noqa: N802 - Qt API
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 - Qt API
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


@pytest.fixture
def icons_on_buttons(qapp: QApplication) -> Iterator[None]:
    # The application's style may report no name (theme.py's _set_style knows); the themes
    # use Fusion, which is what the app is restored to.
    name = qapp.style().name() or "Fusion"
    base = QStyleFactory.create(name) or QStyleFactory.create("Fusion")
    assert base is not None
    QApplication.setStyle(_IconsOnButtons(base))
    yield
    QApplication.setStyle(name)


@pytest.mark.usefixtures("icons_on_buttons")
def test_the_close_button_shows_only_its_word(catalog: Catalog, qtbot: QtBot) -> None:
    # Under X11 the dialog buttons got a ✗ icon, drawn over "Close" by the button style.
    probe = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(probe)
    plain = probe.button(QDialogButtonBox.StandardButton.Close)
    assert plain is not None
    assert not plain.icon().isNull(), "the style gives dialog buttons icons"
    dialog = SafetyDialog(catalog)
    qtbot.addWidget(dialog)
    close = dialog.primary
    assert isinstance(close, QPushButton)
    assert close.text() == "Close"
    assert close.icon().isNull()


def test_the_page_is_a_designed_screen_in_the_body_type_size(
    catalog: Catalog, qtbot: QtBot
) -> None:
    # Walk 9, X-f: a dense small-type document in a plain window with a small stock "Close".
    dialog = SafetyDialog(catalog)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, DesignedDialog)
    assert dialog.heading.text() == "Massage safely"
    assert dialog.primary is not None
    assert dialog.primary.objectName() == "primaryButton"
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None
    assert browser.font().pixelSize() >= BODY
    dialog.set_text_scale(1.5)
    assert browser.font().pixelSize() == round(BODY * 1.5)
    # The stop rule opens the page, before anything else.
    assert dialog.text().lstrip().startswith("⚠ " + STOP_RULE)


@THEMES
def test_a_condition_about_a_place_says_in_that_area(catalog: Catalog, c: Colours) -> None:
    # Walk 7, finding 12: "Do not massage if you have: Fresh injury…" read as no massage at
    # all, while the app offers this person massage everywhere but the injured knee.
    page = safety_page_html(catalog, c)
    summary = page[: page.index("</table>")]
    assert escape("Fresh injury or inflammation (in that area)") in summary
    assert "Deep vein thrombosis (DVT) (in that area)" not in summary  # not about a place
