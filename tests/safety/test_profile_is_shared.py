"""The health profile says it counts for every session, yours and your partner's (walk 9).

A person ticked an injury at their own left knee on the Welcome and found the partner leg
massage "partly ruled out": nothing had said the profile is one for everyone massaged.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.safety.first_run import FirstRunDialog
from massage_desktop.ui.safety.health_dialog import HealthProfileDialog

SAID = "it counts for every session, yours and theirs"


def shown_texts(dialog: FirstRunDialog | HealthProfileDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_the_welcome_says_the_profile_counts_for_everyone(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = FirstRunDialog(catalog, page=1)  # the conditions' chips
    qtbot.addWidget(dialog)
    dialog.show()
    assert any(SAID in text for text in shown_texts(dialog))


def test_the_health_profile_says_it_too(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(dialog)
    dialog.show()
    assert any(SAID in text for text in shown_texts(dialog))
