"""The dialogs of a session that does not start: the profile, a rest, neither side.

Each says what stops it, why in a red card, and what to do instead. The texts keep the
translation context "SessionQuestions" they were translated in, from when the questions'
module said them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.i18n import fill


class Refusal(NamedTuple):
    """A refusal's words: the heading, what happened, why (in red), what to do instead."""

    heading: str
    text: str
    why: str
    after: str = ""


def _instead() -> str:
    return QCoreApplication.translate(
        "SessionQuestions",
        "Choose another area, or come back tomorrow. If the pain is still there, or the "
        "area is swollen, red or warm, see a doctor or physical therapist.",
    )


def refusal_words(verdict: Verdict) -> Refusal:
    """The health profile rules the session out."""
    return Refusal(
        QCoreApplication.translate("SessionQuestions", "Not today"),
        QCoreApplication.translate("SessionQuestions", "Your health profile rules this out."),
        verdict_text(verdict),
    )


def rest_today_words(region_names: Sequence[str]) -> Refusal:
    """The areas stopped for pain today rest until tomorrow."""
    return Refusal(
        QCoreApplication.translate("SessionQuestions", "Rest this area today"),
        fill(
            QCoreApplication.translate(
                "SessionQuestions", "Today a session was stopped because it hurt: %1."
            ),
            ", ".join(region_names),
        ),
        # Not the stop dialog's "The session has stopped": this one has not started.
        QCoreApplication.translate(
            "SessionQuestions", "Rest the area and do not massage it again today."
        ),
        _instead(),
    )


def no_side_words(reason: str) -> Refusal:
    """A one-side routine may run on neither side today."""
    return Refusal(
        QCoreApplication.translate("SessionQuestions", "Not today"),
        QCoreApplication.translate(
            "SessionQuestions", "This routine is for one side, and neither may be massaged."
        ),
        reason,
        _instead(),
    )


def refusal_dialog(parent: QWidget, words: Refusal, large: bool | float) -> DesignedDialog:
    """The dialog saying ``words``: the text, the reason in a red card, then what to do."""
    dialog = DesignedDialog(
        words.heading,
        words.heading,
        "shield",
        tone=Severity.DO_NOT_MASSAGE,
        large=large,
        parent=parent,
    )
    dialog.add_text(escape(words.text))
    dialog.add_card(Severity.DO_NOT_MASSAGE).add_text(escape(words.why))
    if words.after:
        dialog.add_text(escape(words.after))
    dialog.set_primary(QCoreApplication.translate("SessionQuestions", "OK"))
    return dialog
