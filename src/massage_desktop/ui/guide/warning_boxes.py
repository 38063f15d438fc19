"""Warning boxes: coloured cells for the guide's, the safety page's and the player's warnings.

Qt's rich text supports a subset of HTML 4 and CSS; tables with cell backgrounds are the
reliable way to draw coloured warning boxes in a QTextBrowser or a QLabel. Each distinct
warning about this place or move, and each of this person's own conditions, is one coloured
box, the strongest first; the conditions anyone may have ("do not massage if you have") share
one calm box, listed by name with their advice and a link to the safety page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import RuleEffect, Severity
from massage_desktop.domain.rules import Contraindication
from massage_desktop.engine.entry import StepWarning
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.core_text import severity_label, verdict_advice, verdict_reasons
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

# The heading of a box that lists general conditions by name, per severity.
_IF_YOU_HAVE = {
    Severity.DO_NOT_MASSAGE: QT_TRANSLATE_NOOP("Guide", "Do not massage if you have:"),
    Severity.AVOID: QT_TRANSLATE_NOOP("Guide", "Avoid this area or technique if you have:"),
    Severity.LIGHT_PRESSURE: QT_TRANSLATE_NOOP("Guide", "Light pressure only if you have:"),
    Severity.ASK_PROFESSIONAL: QT_TRANSLATE_NOOP("Guide", "Ask a professional first if you have:"),
    Severity.TAKE_CARE: QT_TRANSLATE_NOOP("Guide", "Take care if you have:"),
}


def if_you_have(severity: Severity) -> str:
    """The heading of a box of conditions listed by name, in the user's language."""
    return QCoreApplication.translate("Guide", _IF_YOU_HAVE[severity])


# Reasons not to massage at all, or to ask first: the same for many techniques, so grouped.
_GENERAL_SEVERITIES = frozenset({Severity.DO_NOT_MASSAGE, Severity.ASK_PROFESSIONAL})


@dataclass(frozen=True)
class GuideColours:
    """Colours taken from the palette, so warnings read well in light and dark themes."""

    text: str
    muted: str
    link: str
    current: str
    severity_fill: dict[Severity, str]
    severity_text: dict[Severity, str]


_BOX_TABLE = '<table width="100%" cellspacing="0" cellpadding="0" style="margin:4px 0;">'


def box_row(paper: str, ink: str, heading: str, body: str, padding: int = 6) -> str:
    """One coloured warning cell: ``heading`` (plain text, escaped here) in bold, then ``body``.

    ``body`` is markup the caller has built from escaped text; it may hold a link or a line break.
    """
    return (
        f'<tr><td bgcolor="{paper}" style="color:{ink}; padding:{padding}px;">'
        f"<b>{escape(heading)}</b> {body}</td></tr>"
    )


def boxes(rows: list[str]) -> str:
    """The warning cells stacked in one full-width table; nothing for no cells."""
    return f"{_BOX_TABLE}{''.join(rows)}</table>" if rows else ""


OWN_ADVICE = "own-advice"
"""The pseudo-guide of advice that is Massage Desktop's own and in none of the guides."""


class Box(NamedTuple):
    """One warning box: its severity, text, advice and a source tag (empty: none shown)."""

    severity: Severity
    text: str
    advice: str | None = None
    source: str = ""
    condition: bool = False


def source_tag(catalog: Catalog, sources: Sequence[str]) -> str:
    """``Source: Massage Desktop's advice``, for a warning that is the app's own advice.

    The guides' own warnings carry no tag; advice the app adds says so in a small source
    line, as a guide's sources are shown, rather than in the opening words of its text.
    """
    if OWN_ADVICE not in sources:
        return ""
    names = [
        QCoreApplication.translate("Guide", "Massage Desktop's advice")
        if source == OWN_ADVICE
        else catalog.guides[source].title
        for source in sources
        if source == OWN_ADVICE or source in catalog.guides
    ]
    return fill(QCoreApplication.translate("Guide", "Source: %1"), ", ".join(names))


def warning_source(catalog: Catalog, warning: StepWarning) -> str:
    """``source_tag`` of a step's shared warning (none for a technique's own warning)."""
    known = catalog.contraindications.get(warning.contraindication_id or "")
    return source_tag(catalog, known.sources) if known is not None else ""


def warning_rows(
    colours: GuideColours, items: Sequence[tuple[Severity, str, str | None] | Box]
) -> str:
    """Coloured warning boxes, strongest first; items are (severity, text, advice) or Boxes.

    A condition's box is headed as the conditions box heads it ("Do not massage if you
    have:"), a place's or a move's by its severity ("Where not to press:", "Take care:").
    """
    rows = []
    given = [Box(*item) for item in items]
    for box in distinct(sorted(given, key=lambda i: i.severity.rank)):
        severity, text, advice, source = box.severity, box.text, box.advice, box.source
        paper, ink = colours.severity_fill[severity], colours.severity_text[severity]
        extra = f"<br/>{escape(advice)}" if advice else ""
        tag = f'<br/><span style="font-size:small;">{escape(source)}</span>' if source else ""
        title = f"⚠ {warning_heading(severity, box.condition)}"
        rows.append(box_row(paper, ink, title, f"{escape(text)}{extra}{tag}"))
    return boxes(rows)


def distinct(items: list[Box]) -> list[Box]:
    """One box per distinct message, at its strongest severity (items come strongest first).

    A text said twice (by a condition and by the technique, or at two severities) used to
    stack two boxes saying the same.
    """
    seen: set[str] = set()
    kept = []
    for box in items:
        key = " ".join(box.text.casefold().split()).rstrip(".")
        if key not in seen:
            seen.add(key)
            kept.append(box)
    return kept


def is_general(severity: Severity) -> bool:
    """Whether warnings of this severity are general conditions, shown grouped by title."""
    return severity in _GENERAL_SEVERITIES


def screened_ids(catalog: Catalog) -> frozenset[str]:
    """The contraindications a condition of the health profile asks about."""
    return frozenset(i for c in catalog.conditions.values() for i in c.contraindications)


def is_condition(catalog: Catalog, contraindication: Contraindication) -> bool:
    """Whether a shared warning is about a condition someone may have, not about a place.

    Conditions ("do not massage if you have: DVT") are listed by name in one calm box; a
    warning about this place or move ("never press the front of the throat") is shown whole.
    """
    return is_general(contraindication.severity) or contraindication.id in screened_ids(catalog)


def is_condition_warning(warning: StepWarning) -> bool:
    """``is_condition`` for a step's warning: a shared one the profile asks about, or general."""
    return bool(warning.contraindication_id) and (is_general(warning.severity) or warning.screened)


def place_label(severity: Severity) -> str:
    """The label of a warning about this place or move (not a condition), without a colon.

    An "avoid" warning about a place says where not to press ("Where not to press: Press
    beside the spine, never on it"): headed "Avoid this area or technique" on the very
    technique being shown, it read as "avoid this technique" (walk 6, finding 13). The other
    severities keep their label ("Light pressure only", "Take care").
    """
    if severity is Severity.AVOID:
        return QCoreApplication.translate("Guide", "Where not to press")
    return severity_label(severity)


def warning_heading(severity: Severity, condition: bool) -> str:
    """A warning's heading: "Do not massage if you have:" for a condition, else "Take care:".

    One wording per severity wherever a condition is named (guide, player, printed card): the
    same DVT warning was headed "Do not massage:" on the thigh and "Do not massage if you
    have:" on the shoulder. A place's "avoid" warning says where not to press (``place_label``).
    """
    return if_you_have(severity) if condition else f"{place_label(severity)}:"


class Condition(NamedTuple):
    """One condition in the conditions box: its severity, title and a line of advice."""

    severity: Severity
    title: str
    advice: str | None = None


class Elsewhere(NamedTuple):
    """One of this person's conditions, about places they named, none of them here."""

    title: str
    places: str


def place_names(catalog: Catalog, region_ids: Sequence[str]) -> str:
    """The places a person named, as the map names them: "Left knee, Left kneecap"."""
    return ", ".join(catalog.regions[r].name for r in region_ids if r in catalog.regions)


def _calm_lines(elsewhere: Sequence[Elsewhere], unticked: Sequence[str]) -> list[str]:
    """The person's own conditions that are not here, and those they did not tick, briefly.

    Walk 5, findings 2 and 3: "Do not massage if you have: Fresh injury or inflammation" on the
    right hip of someone whose injury is at the left knee read as the app contradicting itself,
    and conditions the person had not ticked were listed as if they applied.
    """
    sections = []
    if elsewhere:
        lines = [f"• {escape(e.title)} ({escape(e.places)})" for e in dict.fromkeys(elsewhere)]
        sections.append(f"<b>{escape(not_here_heading())}</b><br/>" + "<br/>".join(lines))
    if unticked:
        names = "; ".join(dict.fromkeys(unticked))
        sections.append(f"<b>{escape(unticked_heading())}</b> {escape(names)}.")
    return sections


def not_here_heading() -> str:
    """The heading of the person's own conditions at places they named, none of them here."""
    return QCoreApplication.translate("Guide", "In your health profile, not here:")


def unticked_heading() -> str:
    """The heading of the conditions the health profile asks about and the person did not tick."""
    return QCoreApplication.translate("Guide", "Not ticked in your health profile:")


def grouped_conditions_html(
    colours: GuideColours,
    items: Sequence[Condition],
    elsewhere: Sequence[Elsewhere] = (),
    unticked: Sequence[str] = (),
) -> str:
    """The conditions that stop or delay massage as ONE calm box, with a link to Safety.

    Grouped by severity under "Do not massage if you have:" and the like, each condition on a
    line of its own with its advice. The box is neutral, not red: it names conditions this
    person may not have (their own come first, in the colour of their severity), and ten red
    boxes taught people to skip every warning. This person's own conditions at places they
    named, none of them here (``elsewhere``), and the ones they did not tick (``unticked``,
    by name) end it, briefly.
    """
    if not (items or elsewhere or unticked):
        return ""
    sections = []
    for severity in sorted({i.severity for i in items}, key=lambda s: s.rank):
        lines = []
        seen: set[str] = set()
        for item in items:
            if item.severity is not severity or item.title in seen:
                continue
            seen.add(item.title)
            advice = f" – {escape(item.advice)}" if item.advice else ""
            lines.append(f"• {escape(item.title)}{advice}")
        sections.append(f"<b>{escape(if_you_have(severity))}</b><br/>" + "<br/>".join(lines))
    sections += _calm_lines(elsewhere, unticked)
    why = QCoreApplication.translate("Guide", "Why? See Safety")
    link = f'<a href="safety:" style="color:{colours.link};">{escape(why)}</a>'
    paper = colours.severity_fill[Severity.TAKE_CARE]
    body = "<br/>".join(sections) + f"<br/>{link}"
    return boxes(
        [f'<tr><td bgcolor="{paper}" style="color:{colours.text}; padding:6px;">{body}</td></tr>']
    )


def verdict_html(colours: GuideColours, verdict: Verdict, place: str = "") -> str:
    """What the user's health profile says here, above everything else in the guide.

    ``place``: the heading of a block that is about one place ("Not on your left knee: fresh
    injury or inflammation", ``start_words.located_heading``) instead of the general one.
    """
    if verdict.effect is None:
        return ""
    severity = {
        RuleEffect.BLOCK: Severity.DO_NOT_MASSAGE,
        RuleEffect.CAUTION: Severity.LIGHT_PRESSURE,
        RuleEffect.INFO: Severity.TAKE_CARE,
    }[verdict.effect]
    heading = {
        RuleEffect.BLOCK: QCoreApplication.translate(
            "Guide", "Not for you right now (your health profile)"
        ),
        RuleEffect.CAUTION: QCoreApplication.translate(
            "Guide", "Take care: light pressure only (your health profile)"
        ),
        RuleEffect.INFO: QCoreApplication.translate("Guide", "Note from your health profile"),
    }[verdict.effect]
    body = escape(" ".join(verdict_reasons(verdict)))
    advice = f"<br/><b>{escape(' '.join(verdict_advice(verdict)))}</b>" if verdict.advice else ""
    paper, ink = colours.severity_fill[severity], colours.severity_text[severity]
    sign = "⊘" if verdict.blocked else "⚠"
    title = f"{sign} {place}." if place and verdict.blocked else f"{sign} {heading}:"
    return boxes([box_row(paper, ink, title, f"{body}{advice}", padding=8)])
