"""HTML for the guide browser: a technique and the safety page (routines: routine_page).

Qt's rich text supports a subset of HTML 4 and CSS; tables with cell backgrounds are the
reliable way to draw coloured warning boxes in a QTextBrowser. Sizes are relative so the
text follows the system font size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Contraindication, Technique, TechniqueWarning
from massage_desktop.domain.enums import RuleEffect, Severity
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.core_text import severity_label, verdict_advice, verdict_reasons
from massage_desktop.ui.guide.formatting import (
    performer_text,
    pressure_scale,
    step_amount,
    stroke_text,
)
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

STOP_RULE = QT_TRANSLATE_NOOP("Guide", "Stop at once on sharp pain, numbness or tingling.")
"""The stop rule in English; ``stop_rule()`` gives it in the user's language."""
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


def stop_rule() -> str:
    """The stop rule, shown on every guide and player page, in the user's language."""
    return QCoreApplication.translate("Guide", STOP_RULE)


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


def _box_row(paper: str, ink: str, heading: str, body: str, padding: int = 6) -> str:
    """One coloured warning cell: ``heading`` (plain text, escaped here) in bold, then ``body``.

    ``body`` is markup the caller has built from escaped text; it may hold a link or a line break.
    """
    return (
        f'<tr><td bgcolor="{paper}" style="color:{ink}; padding:{padding}px;">'
        f"<b>{escape(heading)}</b> {body}</td></tr>"
    )


def _boxes(rows: list[str]) -> str:
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


def warning_rows(
    colours: GuideColours, items: Sequence[tuple[Severity, str, str | None] | Box]
) -> str:
    """Coloured warning boxes, strongest first; items are (severity, text, advice) or Boxes."""
    rows = []
    boxes = [Box(*item) for item in items]
    for severity, text, advice, source in _distinct(sorted(boxes, key=lambda i: i[0].rank)):
        paper, ink = colours.severity_fill[severity], colours.severity_text[severity]
        extra = f"<br/>{escape(advice)}" if advice else ""
        tag = f'<br/><span style="font-size:small;">{escape(source)}</span>' if source else ""
        heading = f"⚠ {severity_label(severity)}:"
        rows.append(_box_row(paper, ink, heading, f"{escape(text)}{extra}{tag}"))
    return _boxes(rows)


def _stop_rule_box(colours: GuideColours) -> str:
    """The stop rule in the red box, as a rule of its own.

    A "Do not massage:" heading in front of "stop at once on sharp pain" read oddly.
    """
    severity = Severity.DO_NOT_MASSAGE
    paper, ink = colours.severity_fill[severity], colours.severity_text[severity]
    return _boxes([_box_row(paper, ink, "⚠", escape(stop_rule()))])


def _distinct(items: list[Box]) -> list[Box]:
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


def warnings_html(
    catalog: Catalog,
    colours: GuideColours,
    shared: list[Contraindication],
    own: list[TechniqueWarning],
) -> str:
    """Every warning of a technique (and of the region in view), strongest first."""
    items = [
        Box(c.severity, f"{c.title}. {c.text}", c.advice, source_tag(catalog, c.sources))
        for c in shared
    ]
    items += [Box(w.severity, w.text) for w in own]
    return warning_rows(colours, items)


def _technique_warnings(
    catalog: Catalog, technique: Technique, region_id: str | None, colours: GuideColours
) -> str:
    """Specific warnings in full; the general "do not massage if" conditions grouped.

    The general conditions (injury, DVT, osteoporosis...) apply to many techniques; listing
    each in full pushed the steps off screen, so they share one box per severity with a link
    to the safety page, while warnings about this technique or region stay whole.
    """
    specific, general = split_warnings(catalog, technique, region_id)
    html = warnings_html(catalog, colours, specific, technique.warnings)
    return html + grouped_conditions_html(colours, [(c.severity, c.title) for c in general])


def split_warnings(
    catalog: Catalog, technique: Technique, region_id: str | None
) -> tuple[list[Contraindication], list[Contraindication]]:
    """A technique's shared warnings: those about it or the region, and the general ones."""
    region_ids = set(catalog.regions[region_id].contraindications) if region_id else set()
    shared = catalog.warnings_for(technique, region_id)
    general = [c for c in shared if c.id not in region_ids and c.severity in _GENERAL_SEVERITIES]
    return [c for c in shared if c not in general], general


def is_general(severity: Severity) -> bool:
    """Whether warnings of this severity are general conditions, shown grouped by title."""
    return severity in _GENERAL_SEVERITIES


def grouped_conditions_html(colours: GuideColours, items: list[tuple[Severity, str]]) -> str:
    """One box per severity listing condition titles, with a link to the safety page."""
    html = ""
    for severity in sorted({s for s, _ in items}, key=lambda s: s.rank):
        titles = list(dict.fromkeys(t for s, t in items if s is severity))
        paper, ink = colours.severity_fill[severity], colours.severity_text[severity]
        heading = if_you_have(severity)
        why = QCoreApplication.translate("Guide", "Why? See Safety")
        link = f'<a href="safety:" style="color:{ink};">{escape(why)}</a>'
        html += _boxes(
            [_box_row(paper, ink, f"⚠ {heading}", f"{escape('; '.join(titles))}. {link}")]
        )
    return html


def technique_html(
    catalog: Catalog,
    technique: Technique,
    region_id: str | None,
    colours: GuideColours,
    current_step: int | None = None,
    verdict: Verdict | None = None,
) -> str:
    """The whole guide for one technique; steps link to ``step:N`` to show them on the map."""
    parts = [f"<h2>{escape(technique.title)}</h2>", f"<p><i>{escape(technique.summary)}</i></p>"]
    if verdict is not None:
        parts.append(verdict_html(colours, verdict))

    parts.append(_technique_warnings(catalog, technique, region_id, colours))

    parts.append(_pressure_html(catalog, technique, region_id, colours))
    who = QCoreApplication.translate("Guide", "Who:")
    position = QCoreApplication.translate("Guide", "Position:")
    parts.append(f"<p><b>{escape(who)}</b> {escape(performer_text(technique.performer))}<br/>")
    parts.append(f"<b>{escape(position)}</b> {escape(technique.position)}</p>")
    if technique.preparation:
        items = "".join(f"<li>{escape(p)}</li>" for p in technique.preparation)
        before = QCoreApplication.translate("Guide", "Before you start:")
        parts.append(f"<p><b>{escape(before)}</b></p><ul>{items}</ul>")
    steps = QCoreApplication.translate("Guide", "Steps")
    parts.append(f"<h3>{escape(steps)}</h3><ol>")
    direction_label = QCoreApplication.translate("Guide", "Direction:")
    for index, step in enumerate(technique.steps):
        style = f' style="background-color:{colours.current};"' if index == current_step else ""
        direction = (
            f"<br/><b>{escape(direction_label)}</b> {escape(stroke_text(step.stroke))}"
            if step.stroke
            else ""
        )
        link = f'<a href="step:{index}" style="color:{colours.text}; text-decoration:none;">'
        how_much = escape(step_amount(step, catalog.guides))
        amount = f'<span style="color:{colours.muted};">{how_much}</span>'
        parts.append(
            f"<li{style}>{link}{escape(step.instruction)}</a><br/>{amount}{direction}</li>"
        )
    parts.append("</ol>")
    if technique.benefits:
        items = "".join(f"<li>{escape(b)}</li>" for b in technique.benefits)
        does = QCoreApplication.translate("Guide", "What the guides say it does")
        parts.append(f"<h3>{escape(does)}</h3><ul>{items}</ul>")
    sources = ", ".join(escape(catalog.guides[s].title) for s in technique.sources)
    source = fill(escape(QCoreApplication.translate("Guide", "Source: %1")), sources)
    parts.append(f'<p style="color:{colours.muted};">{source}</p>')
    return "".join(parts)


def _in_sentence(names: str) -> str:
    """Area names inside a sentence: lower case in English; German nouns keep their capital."""
    #: Translate as "keep" when the names of body areas keep their capital letters inside a
    #: sentence, as German nouns do; anything else writes them in lower case.
    if QCoreApplication.translate("Guide", "area names in lower case") == "keep":
        return names
    return names.lower()


def _pressure_html(
    catalog: Catalog, technique: Technique, region_id: str | None, colours: GuideColours
) -> str:
    pressure = technique.pressure
    area = catalog.regions[region_id].area if region_id else None
    label = escape(QCoreApplication.translate("Guide", "Pressure:"))
    lines = [f"<b>{label}</b> {escape(pressure_scale(pressure.level))}. {escape(pressure.advice)}"]
    for band in pressure.by_area:
        here = area in band.areas
        names = ", ".join(catalog.areas[a].name for a in band.areas)
        text = fill(
            QCoreApplication.translate("Guide", "%1 for %2: %3"),
            pressure_scale(band.level),
            _in_sentence(names),
            band.advice,
        )
        lines.append(
            f"<b>{escape(text)}</b>"
            if here
            else f'<span style="color:{colours.muted};">{escape(text)}</span>'
        )
    return "<p>" + "<br/>".join(lines) + "</p>"


def safety_html(catalog: Catalog, colours: GuideColours) -> str:
    """The safety page: the stop rule, every contraindication, principles, when to get help."""
    intro = QCoreApplication.translate(
        "Guide",
        "Massage Desktop teaches what five massage guides describe. It is not medical advice "
        "and cannot tell whether massage is safe for you. If in doubt, ask a doctor or physical "
        "therapist first.",
    )
    title = QCoreApplication.translate("Guide", "Massage safely")
    when_not = QCoreApplication.translate("Guide", "When not to massage, or to take care")
    principles = QCoreApplication.translate("Guide", "General principles")
    parts = [
        f"<h2>{escape(title)}</h2>",
        _stop_rule_box(colours),
        f"<p>{escape(intro)}</p>",
        f"<h3>{escape(when_not)}</h3>",
        warnings_html(catalog, colours, list(catalog.contraindications.values()), []),
        f"<h3>{escape(principles)}</h3><ul>",
    ]
    parts += [f"<li><b>{escape(p.title)}.</b> {escape(p.text)}</li>" for p in catalog.principles]
    seek = QCoreApplication.translate("Guide", "When to see a professional")
    parts.append(f"</ul><h3>{escape(seek)}</h3><ul>")
    parts += [f"<li><b>{escape(p.title)}.</b> {escape(p.text)}</li>" for p in catalog.seek_help]
    parts.append("</ul>")
    return "".join(parts)


def verdict_html(colours: GuideColours, verdict: Verdict) -> str:
    """What the user's health profile says here, above everything else in the guide."""
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
    return _boxes([_box_row(paper, ink, f"{sign} {heading}:", f"{body}{advice}", padding=8)])
