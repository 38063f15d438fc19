"""The running step's warnings: a short pinned text to glance at, the full boxes behind "More…"."""

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
from massage_desktop.ui.guide.warning_boxes import (
    Box,
    Condition,
    Elsewhere,
    is_condition_warning,
    place_label,
    place_names,
    warning_source,
)


def _text(warning: StepWarning) -> str:
    # A technique's own warning is titled with its severity label, which the box shows anyway.
    if warning.contraindication_id is None:
        return warning.text
    return f"{warning.title}. {warning.text}"


def _general(entry: PlanEntry) -> list[StepWarning]:
    # The person's own conditions are not among them: those are shown whole and first; nor
    # are their conditions elsewhere or the ones they did not tick, which end the box briefly.
    return [
        w
        for w in entry.warnings
        if is_condition_warning(w) and not (w.personal or w.elsewhere or w.unticked)
    ]


def step_warnings_html(catalog: Catalog, colours: GuideColours, entry: PlanEntry) -> str:
    """This step's cautions in full, then the conditions someone may have in one calm box.

    Those conditions were on the guide before the session started; while the step runs they
    stay one press away ("More…") without crowding out the cue. The person's own conditions
    come first, whole. Advice that is the app's own says so, as on the guide.
    """
    general = _general(entry)
    away = [w for w in entry.warnings if w.elsewhere]
    unticked = [w.title for w in entry.warnings if w.unticked and not w.elsewhere]
    shown = [w for w in entry.warnings if w not in general and w not in away and not w.unticked]

    def box(w: StepWarning) -> Box:
        return Box(
            w.severity, _text(w), w.advice, warning_source(catalog, w), is_condition_warning(w)
        )

    mine = [box(w) for w in shown if w.personal]
    rest = [box(w) for w in shown if not w.personal]
    grouped = [Condition(w.severity, w.title, w.advice or w.text) for w in general]
    elsewhere = [Elsewhere(w.title, place_names(catalog, w.elsewhere)) for w in away]
    return (
        warning_rows(colours, mine)
        + warning_rows(colours, rest)
        + grouped_conditions_html(colours, grouped, elsewhere, unticked)
    )


@dataclass(frozen=True)
class WarningLine:
    """The step's warnings as short lines of text, coloured as the severity read first.

    The same lines in the player and in room mode: none points to "More…", which room mode
    does not have.
    """

    severity: Severity
    text: str


def warning_line(entry: PlanEntry) -> WarningLine | None:
    """The warnings that apply to this step and this person as short lines, or None.

    One line a severity, strongest first: what to take care of while massaging written out
    ("Light pressure only: Very light pressure on the kneecap"), the person's own cautions
    among them; then a line a region always shows (a blood clot on every leg step); then the
    person's own reasons not to massage or to ask first. Conditions the health profile asks
    about and this person does not have are left to "More…": ten of them, counted, told the
    person nothing about their step. Nothing is cut: the views wrap the text.
    """
    shown = entry.glance_warnings
    if not shown:
        return None
    during: list[tuple[Severity, str]] = []
    before: list[tuple[Severity, str]] = []
    seen: set[str] = set()
    for warning in shown:
        # Read at a glance: a shared warning by its title (the whole text, with where the
        # advice comes from, is under "More…"); the strip showed "Massage Desktop's own
        # advice, not from the guides: …" cut before the advice itself.
        text = warning.title if warning.contraindication_id else warning.text
        key = " ".join(text.casefold().split()).rstrip(".")
        if key in seen:
            continue
        seen.add(key)
        if warning.step_line is not None:
            before.append((warning.severity, warning.step_line))
        elif is_general(warning.severity) and warning.contraindication_id:
            before.append((warning.severity, f"{if_you_have(warning.severity)} {text}."))
        elif is_general(warning.severity):
            before.append(
                (warning.severity, f"{severity_label(warning.severity)}: {_sentence(text)}")
            )
        elif during and during[-1][0] is warning.severity:
            # One line a severity: "Take care: No pinching. · Wipe oily feet…".
            during[-1] = (warning.severity, f"{during[-1][1]} · {_sentence(text)}")
        else:
            during.append((warning.severity, f"{place_label(warning.severity)}: {_sentence(text)}"))
    # Coloured as the line read first: the step's own caution when it has one, not the red
    # of the blood clot line after it (which would make every leg step red).
    first = (during or before)[0][0]
    return WarningLine(first, "\n".join(text for _severity, text in during + before))


def _sentence(text: str) -> str:
    """``text`` ending as a sentence: a warning's title has no full stop of its own.

    "Where not to press: Press beside the spine, never on it" stood without one beside
    lines that had it ("Do not massage if you might have a blood clot (DVT).").
    """
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."
