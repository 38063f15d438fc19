"""The running step's warnings: one pinned line to glance at, and the full boxes behind "More…"."""

from __future__ import annotations

from dataclasses import dataclass

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
    """The step's warnings as one line of text, coloured as its strongest severity."""

    severity: Severity
    text: str


def warning_line(entry: PlanEntry) -> WarningLine | None:
    """The step's warnings in one line, or None when it has none.

    A step's own cautions come first, strongest first, written out ("Light pressure only:
    Only very light pressure on the kneecap…"); the general conditions follow by name, as
    in the guide. The line is cut to its width on screen; the whole text goes to its
    tooltip and to "More…".
    """
    if not entry.warnings:
        return None
    general = _general(entry)
    parts: list[tuple[Severity, str]] = []
    seen: set[str] = set()
    for warning in sorted(entry.warnings, key=lambda w: w.severity.rank):
        if warning in general:
            continue
        # One line read at a glance: a shared warning by its title (the whole text, with
        # where the advice comes from, is under "More…"); the strip showed "Massage
        # Desktop's own advice, not from the guides: …" cut before the advice itself.
        text = warning.title if warning.contraindication_id else warning.text
        key = " ".join(text.casefold().split()).rstrip(".")
        if key not in seen:
            seen.add(key)
            parts.append((warning.severity, f"{severity_label(warning.severity)}: {text}"))
    for severity in sorted({w.severity for w in general}, key=lambda s: s.rank):
        titles = list(dict.fromkeys(w.title for w in general if w.severity is severity))
        heading = if_you_have(severity)
        parts.append((severity, f"{heading} {'; '.join(titles)}."))
    # Coloured as the part that is read first: the step's own caution when it has one, not
    # the red of the general conditions listed after it (which would make every step red).
    return WarningLine(parts[0][0], " · ".join(text for _severity, text in parts))
