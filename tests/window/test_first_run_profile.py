"""The first run's health-profile button opens the profile once the notes have closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.services import Services
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.safety.first_run import FirstRunDialog


def test_profile_button_opens_the_health_profile_after_the_notes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(window, "edit_health_profile", lambda: opened.append(True))

    def press_profile(dialog: FirstRunDialog) -> int:
        assert not opened  # not while the notes are still open
        dialog.profile_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", press_profile)
    window.first_run(force=True)
    assert opened == [True]
    assert window.preferences is None or window.preferences.settings.first_run_acknowledged


def test_i_understand_does_not_open_the_profile(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(window, "edit_health_profile", lambda: opened.append(True))
    monkeypatch.setattr(FirstRunDialog, "exec", lambda dialog: dialog.accept() or 1)
    window.first_run(force=True)
    assert opened == []


def test_ticked_chips_are_saved_as_the_health_profile(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(dialog: FirstRunDialog) -> int:
        dialog.next_button.click()
        dialog.chips.chips["high-blood-pressure"].click()
        dialog.not_now_button.click()  # an answer counts even when the notes wait
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    window.first_run(force=True)
    assert services.health.profile.conditions == ("high-blood-pressure",)
    assert services.health.load().conditions == ("high-blood-pressure",)  # on disk too
    # The player screens against it at once: high blood pressure rules out every routine.
    screening = window.flow.screening
    assert screening is not None
    assert all(verdict.blocked for _item, verdict in screening.routine_verdicts("knee-care"))


def test_the_welcome_has_its_own_title_not_the_before_session_sheet_s(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Walk 4: the welcome was titled "Before you start", like the sheet before each session.
    shown: list[tuple[str, str]] = []

    def look(dialog: FirstRunDialog) -> int:
        shown.append((dialog.windowTitle(), dialog.text()))
        return 0

    monkeypatch.setattr(FirstRunDialog, "exec", look)
    help_entry = window.menu_actions["Welcome…"]
    assert help_entry.text() == "&Welcome…"
    help_entry.trigger()
    [(title, text)] = shown
    assert title == "Welcome"
    # Under it, a line on what the app does.
    assert "Step-by-step massage at home, for yourself or a partner." in text


@pytest.mark.usefixtures("german")
def test_the_german_welcome_is_titled_willkommen(german_catalog: Catalog) -> None:
    dialog = FirstRunDialog(german_catalog)
    try:
        assert dialog.windowTitle() == "Willkommen"
        assert dialog.heading.text() == "Willkommen bei Massage Desktop"
        assert "Massage zu Hause, Schritt für Schritt" in dialog.text()
    finally:
        dialog.deleteLater()


@pytest.mark.usefixtures("german")
def test_the_conditions_screen_keeps_its_opening_line_in_sight_when_scrolled(
    qtbot: QtBot, german_catalog: Catalog
) -> None:
    """Walk 8: scrolled to the last chips, "Wählen Sie aus, was …" had gone out of view."""
    dialog = FirstRunDialog(german_catalog, page=1)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.width(), 560)  # short: the chips scroll
    dialog.show()
    qtbot.waitExposed(dialog)
    lead = next(
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text().startswith("Wählen Sie aus, was")
    )
    area = next(a for a in dialog.findChildren(QScrollArea) if a.isVisible())
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the chips scroll at this height"
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    top = lead.mapTo(dialog, QPoint(0, 0)).y()
    assert top >= dialog.heading.geometry().bottom()
    assert not lead.visibleRegion().isEmpty()
    assert lead.visibleRegion().boundingRect().height() == lead.height(), "whole, not cut"
    assert "Wählen Sie aus, was auf Sie" in dialog.text()
