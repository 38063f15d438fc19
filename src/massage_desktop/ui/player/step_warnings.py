"""The warnings box for the running step."""

from __future__ import annotations

from massage_desktop.engine.entry import PlanEntry, StepWarning
from massage_desktop.ui.guide.html import (
    GuideColours,
    grouped_conditions_html,
    is_general,
    warning_rows,
)


def _text(warning: StepWarning) -> str:
    # A technique's own warning is titled with its severity label, which the box shows anyway.
    if warning.contraindication_id is None:
        return warning.text
    return f"{warning.title}. {warning.text}"


def step_warnings_html(colours: GuideColours, entry: PlanEntry) -> str:
    """This step's cautions in full; conditions that rule out massage listed by name.

    Those conditions were on the guide before the session started; while the step runs they
    stay visible without crowding out the instruction.
    """
    general = [w for w in entry.warnings if w.contraindication_id and is_general(w.severity)]
    full = [(w.severity, _text(w), w.advice) for w in entry.warnings if w not in general]
    grouped = [(w.severity, w.title) for w in general]
    return warning_rows(colours, full) + grouped_conditions_html(colours, grouped)
