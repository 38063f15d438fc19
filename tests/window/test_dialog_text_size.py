"""The designed dialogs and the player's stop rule follow the text-size setting.

Settings ▸ Text size: every designed dialog the app opens is drawn at its factor, and the
player's always-visible stop banner grows with it as the guide's does.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.session_questions import SessionQuestions


def test_every_dialog_opens_at_the_chosen_text_size(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, float]] = []

    def record(dialog: DesignedDialog) -> int:
        opened.append((type(dialog).__name__, dialog.scale))
        return 0  # as if closed without an answer

    monkeypatch.setattr(DesignedDialog, "exec", record)
    preferences = window.preferences
    assert preferences is not None
    # As Settings ▸ Text size ▸ Extra large applies it.
    preferences.apply(preferences.settings.model_copy(update={"text_size": "extra_large"}))
    largest = TEXT_SCALES["extra_large"]
    window.first_run(force=True)
    window.edit_health_profile()
    questions = window.flow.questions
    assert isinstance(questions, SessionQuestions)
    questions.confirm_end()
    questions.today_check()
    questions.pain_reason()
    questions.ratings([("front-knee-left", "Left knee")], None)
    questions.rest_today(["Left knee"])
    preferences.edit()
    assert [name for name, _ in opened] == [
        "FirstRunDialog",
        "HealthProfileDialog",
        "ChoiceDialog",
        "TodayCheckDialog",
        "StopAdviceDialog",
        "RatingsDialog",
        "DesignedDialog",
        "SettingsDialog",
    ]
    assert {scale for _, scale in opened} == {largest}


def test_normal_text_size_keeps_dialogs_at_their_design_size(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[float] = []

    def record(dialog: DesignedDialog) -> int:
        opened.append(dialog.scale)
        return 0

    monkeypatch.setattr(DesignedDialog, "exec", record)
    questions = window.flow.questions
    assert isinstance(questions, SessionQuestions)
    questions.confirm_end()
    window.edit_health_profile()
    assert opened == [1.0, 1.0]


def test_the_players_stop_banner_grows_with_the_text_size(window: MainWindow) -> None:
    banner = window.player.banner
    rule = banner.findChild(QLabel)
    button = banner.findChild(QPushButton)
    assert rule is not None
    assert button is not None
    assert rule.text() == banner.text()
    normal = QApplication.font().pointSizeF()
    largest = TEXT_SCALES["extra_large"]
    window.flow.actions.set_text_scale(largest)
    assert rule.font().pointSizeF() == pytest.approx(normal * largest)
    assert rule.font().bold()
    assert button.font().pointSizeF() == pytest.approx(normal * largest)
    window.flow.actions.set_text_scale(1.0)
    assert rule.font().pointSizeF() == pytest.approx(normal)
