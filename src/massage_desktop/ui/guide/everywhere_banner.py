"""A calm banner over the guide when the health profile rules out massage everywhere.

With DVT ticked every region is hatched and every Start is disabled, but nothing said what to
do: the condition's advice ("get medical care straight away") was one click away in a
tooltip. The banner says it in the main window, in the "do not massage" colours.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.tone_banner import ToneBanner


def ruled_out_everywhere(catalog: Catalog, screening: Screening | None) -> list[str]:
    """The conditions that rule out every region; empty when some region may be massaged.

    The conditions named on every region come first; when different conditions together
    cover the body, all of them are named.
    """
    if screening is None:
        return []
    verdicts = [screening.region_state(region_id) for region_id in catalog.regions]
    if not verdicts or not all(v is not None and v.blocked for v in verdicts):
        return []
    named = [v.conditions for v in verdicts if v is not None]
    everywhere = [c for c in named[0] if all(c in n for n in named)]
    return everywhere or list(dict.fromkeys(c for n in named for c in n))


def advice_lines(catalog: Catalog, condition_ids: list[str]) -> list[tuple[str, str]]:
    """(title, advice) of each condition's warnings, as the safety page words them.

    A condition without a warning of its own is named with the advice of its rule.
    """
    lines: list[tuple[str, str]] = []
    for condition_id in condition_ids:
        condition = catalog.conditions.get(condition_id)
        if condition is None:
            continue
        warnings = [
            catalog.contraindications[c]
            for c in condition.contraindications
            if c in catalog.contraindications
        ]
        lines += [(w.title, w.advice or w.text) for w in warnings]
        if not warnings:
            advice = next((r.advice for r in condition.rules if r.advice), "")
            lines.append((condition.name, advice))
    return list(dict.fromkeys(lines))


class EverywhereBanner(ToneBanner):
    """A "no massage for now" banner with each condition's advice and the health profile.

    Signals:
        healthProfileRequested(): the user wants to review the health profile.
    """

    healthProfileRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("everywhereBanner", Severity.DO_NOT_MASSAGE, 2, parent)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button.clicked.connect(self.healthProfileRequested)

    def retranslate(self) -> None:
        """Word the heading and the button in the user interface's language."""
        self.heading.setText(
            QCoreApplication.translate(
                "EverywhereBanner", "⊘ No massage for now: your health profile rules it out"
            )
        )
        self.button.setText(
            QCoreApplication.translate("EverywhereBanner", "Review health profile…")
        )
        self.setAccessibleName(self.heading.text())

    def show_advice(self, lines: list[tuple[str, str]]) -> None:
        """Show the banner with ``(title, advice)`` lines, or hide it for none."""
        self.advice.setText(
            "<br/>".join(f"<b>{escape(title)}:</b> {escape(advice)}" for title, advice in lines)
        )
        spoken = " ".join(f"{title}: {advice}" for title, advice in lines)
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(spoken)
        self.setVisible(bool(lines))

    def text(self) -> str:
        """The banner as read: heading, then the advice in plain words."""
        lines = self.accessibleDescription()
        return f"{self.heading.text()}\n{lines}" if lines else ""
