"""Today's check says which places the profile already leaves out, and why a yes stops all.

Walk 4: with a swollen left knee named in the health profile (a fresh injury, left out there
alone), "Is there any new swelling?" answered yes for that knee stopped every session, the
whole body, without a word on why. The questions do not ask where, so a yes still rules out
massage anywhere (the guides: swelling can be an injury or infection, a swollen calf a clot);
now the check names the places already left out, and its advice says why a yes is for all.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.services import Services
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.session_questions import SessionQuestions
from massage_desktop.ui.safety.today_check import TodayCheckDialog

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)


def test_the_check_names_what_the_profile_already_leaves_out(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.health.save(LEFT_KNEE)
    flow_questions = window.flow.questions
    assert isinstance(flow_questions, SessionQuestions)
    shown: list[TodayCheckDialog] = []

    def answer_swelling(dialog: DesignedDialog) -> int:
        assert isinstance(dialog, TodayCheckDialog)
        shown.append(dialog)
        dialog.groups["swelling"].button(1).click()
        dialog.go_button.click()
        return dialog.result()

    monkeypatch.setattr(DesignedDialog, "exec", answer_swelling)
    assert not flow_questions.today_check()  # a yes stops the session
    [dialog] = shown
    assert dialog.known is not None
    assert dialog.known.text() == (
        "Your health profile already leaves out: Left knee. Answer about anything new."
    )
    advice = " ".join(QTextDocumentFragment.fromHtml(dialog.advice.text()).toPlainText().split())
    assert "Do not massage today." in advice
    assert "The check does not ask where, so a yes rules out massage anywhere today." in advice
    assert "If a calf is swollen, warm or red, get medical care now." in advice
    assert "Sharp pain, tingling, numbness" in advice  # the stop rule stays


def test_without_a_named_place_the_check_names_none(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = TodayCheckDialog(catalog)
    qtbot.addWidget(dialog)
    assert dialog.known is None
