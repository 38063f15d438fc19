"""The running step's warnings: a short pinned text to glance at, the full boxes behind "More…"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.engine.entry import PlanEntry, StepWarning
from massage_desktop.ui.core_text import severity_label
from massage_desktop.ui.guide.html import (
    GuideColours,
    grouped_conditions_html,
    if_you_have,
    is_general,
    warning_rows,
)
from massage_desktop.ui.guide.warning_boxes import Box, warning_source


def _text(warning: StepWarning) -> str:
    # A technique's own warning is titled with its severity label, which the box shows anyway.
    if warning.contraindication_id is None:
        return warning.text
    return f"{warning.title}. {warning.text}"


def _general(entry: PlanEntry) -> list[StepWarning]:
    return [w for w in entry.warnings if w.contraindication_id and is_general(w.severity)]


def step_warnings_html(catalog: Catalog, colours: GuideColours, entry: PlanEntry) -> str:
    """This step's cautions in full; conditions that rule out massage listed by name.

    Those conditions were on the guide before the session started; while the step runs they
    stay one press away ("More…") without crowding out the cue. Advice that is the app's own
    says so, as on the guide.
    """
    general = _general(entry)
    full = [
        Box(w.severity, _text(w), w.advice, warning_source(catalog, w))
        for w in entry.warnings
        if w not in general
    ]
    grouped = [(w.severity, w.title) for w in general]
    return warning_rows(colours, full) + grouped_conditions_html(colours, grouped)


@dataclass(frozen=True)
class WarningLine:
    """The step's warnings as short lines of text, coloured as the severity read first."""

    severity: Severity
    text: str
    """The lines as the player shows them, pointing to its "More…" for what is counted."""
    plain: str = ""
    """The same without that pointer, for room mode, which has no "More…" (default: text)."""

    def __post_init__(self) -> None:
        if not self.plain:
            object.__setattr__(self, "plain", self.text)


LISTED = 2
"""Up to this many reasons not to massage or to ask first are written out; more are counted."""


def _counted(severities: set[Severity], count: int) -> tuple[str, str]:
    """Many conditions as one sentence: with the pointer to "More…", and without it."""
    if severities == {Severity.DO_NOT_MASSAGE}:
        return (
            QCoreApplication.translate(
                "StepWarnings",
                "Do not massage if you have one of %n conditions (see More).",
                None,
                count,
            ),
            QCoreApplication.translate(
                "StepWarnings", "Do not massage if you have one of %n conditions.", None, count
            ),
        )
    if severities == {Severity.ASK_PROFESSIONAL}:
        return (
            QCoreApplication.translate(
                "StepWarnings",
                "Ask a professional first if you have one of %n conditions (see More).",
                None,
                count,
            ),
            QCoreApplication.translate(
                "StepWarnings",
                "Ask a professional first if you have one of %n conditions.",
                None,
                count,
            ),
        )
    return (
        QCoreApplication.translate(
            "StepWarnings",
            "With %n conditions, do not massage or ask a professional first (see More).",
            None,
            count,
        ),
        QCoreApplication.translate(
            "StepWarnings",
            "With %n conditions, do not massage or ask a professional first.",
            None,
            count,
        ),
    )


def _before_start(reasons: list[tuple[Severity, str]]) -> tuple[list[str], list[str]]:
    """Reasons not to massage or to ask first: written out if few, else counted.

    They are read before the session (the guide lists them, the health profile screens
    them); while the step runs, ten of them cut mid-word on one line told nobody anything.
    The count says what there is and, in the player, where to read it.
    """
    if len(reasons) <= LISTED:
        texts = [text for _severity, text in reasons]
        return texts, texts
    pointed, plain = _counted({severity for severity, _text in reasons}, len(reasons))
    return [pointed], [plain]


def warning_line(entry: PlanEntry) -> WarningLine | None:
    """The step's warnings as short lines of text, or None when it has none.

    One line a severity, strongest first: what to take care of while massaging written out
    ("Light pressure only: Very light pressure on the kneecap"); then the reasons not to
    massage or to ask first (the step's own and the general conditions), written out if
    there are one or two, else counted. Nothing is cut: the views wrap the text, and
    "More…" has every warning with its advice and source.
    """
    if not entry.warnings:
        return None
    general = _general(entry)
    during: list[tuple[Severity, str]] = []
    before: list[tuple[Severity, str]] = []
    seen: set[str] = set()
    for warning in sorted(entry.warnings, key=lambda w: w.severity.rank):
        if warning in general:
            continue
        # Read at a glance: a shared warning by its title (the whole text, with where the
        # advice comes from, is under "More…"); the strip showed "Massage Desktop's own
        # advice, not from the guides: …" cut before the advice itself.
        text = warning.title if warning.contraindication_id else warning.text
        key = " ".join(text.casefold().split()).rstrip(".")
        if key not in seen:
            seen.add(key)
            if is_general(warning.severity):
                before.append((warning.severity, f"{severity_label(warning.severity)}: {text}"))
            elif during and during[-1][0] is warning.severity:
                # One line a severity: "Take care: No pinching · Wipe oily feet…".
                during[-1] = (warning.severity, f"{during[-1][1]} · {text}")
            else:
                during.append((warning.severity, f"{severity_label(warning.severity)}: {text}"))
    for severity in sorted({w.severity for w in general}, key=lambda s: s.rank):
        titles = list(dict.fromkeys(w.title for w in general if w.severity is severity))
        before.extend((severity, f"{if_you_have(severity)} {title}.") for title in titles)
    pointed, plain = _before_start(before) if before else ([], [])
    texts = [text for _severity, text in during]
    # Coloured as the line read first: the step's own caution when it has one, not the red
    # of the general conditions after it (which would make every step red).
    first = (during or before)[0][0]
    return WarningLine(first, "\n".join(texts + pointed), "\n".join(texts + plain))
