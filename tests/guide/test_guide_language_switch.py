"""Every text of the guide pane follows a switch of language (issue 17).

"Not with your health profile" was seen in English in the German interface: the guide wrote its
texts when it showed something and never again. A guide built in English and switched to German
must read exactly as one built after the switch, in each of its states.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.guide_parts import start_button

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.i18n import install_translators

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)
DVT = HealthProfile(conditions=("dvt",))
State = Callable[[GuidePanel, Catalog], None]


def _welcome(panel: GuidePanel, catalog: Catalog) -> None:
    panel.set_screening(Screening(catalog, LEFT_KNEE))
    panel.show_region(None)


def _held_technique(panel: GuidePanel, catalog: Catalog) -> None:
    panel.set_screening(Screening(catalog, LEFT_KNEE))
    panel.set_resting(["front-thigh-left"])
    panel.show_region("front-knee-left")
    panel.show_technique(catalog.techniques_for_region("front-knee-left")[0].id, 1)


def _partial_routine(panel: GuidePanel, catalog: Catalog) -> None:
    panel.set_screening(Screening(catalog, LEFT_KNEE))
    panel.show_region("front-kneecap-left")
    panel.show_routine("knee-care")


def _everywhere(panel: GuidePanel, catalog: Catalog) -> None:
    panel.set_screening(Screening(catalog, DVT))
    panel.show_region("front-shin-left")
    panel.show_technique("leg-effleurage-self")


def _texts(panel: GuidePanel) -> list[str]:
    """Everything the pane shows or says, widget by widget, in creation order."""
    out: list[str] = []
    for widget in panel.findChildren(QWidget):
        if not widget.isVisibleTo(panel):
            continue
        said = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            said.append(widget.text())
        if isinstance(widget, QTextBrowser):
            said.append(widget.toPlainText())
        if isinstance(widget, QListWidget):
            items = (widget.item(row) for row in range(widget.count()))
            said += [f"{item.text()} | {item.toolTip()}" for item in items]
        out += [f"{type(widget).__name__}: {text}" for text in said if text]
    return out


@pytest.fixture
def english_then_german(qapp: QApplication) -> Iterator[Callable[[], None]]:
    """Switches the running interface to German when called; back to English afterwards."""
    installed = []
    locale = QLocale()

    def switch() -> None:
        installed.extend(install_translators(qapp, "de"))
        qapp.processEvents()  # LanguageChange is posted to the widgets

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    qapp.processEvents()


@pytest.mark.parametrize("state", [_welcome, _held_technique, _partial_routine, _everywhere])
def test_a_live_switch_reads_as_a_guide_built_in_german(
    qtbot: QtBot,
    catalog: Catalog,
    english_then_german: Callable[[], None],
    state: State,
) -> None:
    before = GuidePanel(catalog)
    qtbot.addWidget(before)
    before.set_player_available(True)
    state(before, catalog)
    english = _texts(before)
    english_then_german()
    after = GuidePanel(catalog)
    qtbot.addWidget(after)
    after.set_player_available(True)
    state(after, catalog)
    german = _texts(after)
    assert german != english, "the German translation is installed"
    assert _texts(before) == german


def test_the_reason_beside_start_is_german_after_the_switch(
    qtbot: QtBot, catalog: Catalog, english_then_german: Callable[[], None]
) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.set_player_available(True)
    _held_technique(panel, catalog)
    assert panel.start_reason().startswith("Ruled out by your health profile")
    english_then_german()
    reason = panel.start_reason()
    assert reason.startswith("Von Ihrem Gesundheitsprofil ausgeschlossen"), reason
    assert reason.index("Gesundheitsprofil") < reason.index("Heute schonen"), "the profile first"
    assert "Ruled out" not in reason
    assert start_button(panel).text().startswith("Starten")
