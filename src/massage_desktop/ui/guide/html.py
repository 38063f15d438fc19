"""HTML for the guide browser: a technique and the safety page (routines: routine_page).

The warning boxes are built in ``warning_boxes`` (re-exported here for their older users).
Sizes are relative so the text follows the system font size.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.guide.formatting import (
    performer_text,
    pressure_scale,
    step_amount,
    stroke_text,
)
from massage_desktop.ui.guide.technique_warnings import technique_warnings
from massage_desktop.ui.guide.warning_boxes import GuideColours as GuideColours
from massage_desktop.ui.guide.warning_boxes import (
    grouped_conditions_html as grouped_conditions_html,
)
from massage_desktop.ui.guide.warning_boxes import if_you_have as if_you_have
from massage_desktop.ui.guide.warning_boxes import is_general as is_general
from massage_desktop.ui.guide.warning_boxes import warning_rows as warning_rows
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

STOP_RULE = QT_TRANSLATE_NOOP("Guide", "Stop at once on sharp pain, numbness or tingling.")
"""The stop rule in English; ``stop_rule()`` gives it in the user's language."""


def stop_rule() -> str:
    """The stop rule, shown on every guide and player page, in the user's language."""
    return QCoreApplication.translate("Guide", STOP_RULE)


def technique_html(
    catalog: Catalog,
    technique: Technique,
    region_id: str | None,
    colours: GuideColours,
    current_step: int | None = None,
    verdict: Verdict | None = None,
    *,
    warnings_above: bool = False,
    place: str = "",
    named: bool = True,
) -> str:
    """The whole guide for one technique; steps link to ``step:N`` to show them on the map.

    With ``warnings_above`` the warnings are on screen already (the guide panel's card above
    the guide shows each once, with the name and summary): the guide then points up to them
    instead of repeating them, and leaves out the summary. Without ``named`` it leaves out
    the name too: the guide follows its own card directly, and a second heading said the
    same name again (walk 6, finding 12).
    ``place`` heads a block that rules it out on one place (``located_heading``).
    """
    parts = [f"<h2>{escape(technique.title)}</h2>"] if named else []
    if not warnings_above:
        parts.append(f"<p><i>{escape(technique.summary)}</i></p>")
    warnings = technique_warnings(catalog, technique, region_id, colours, verdict, place)
    if warnings and warnings_above:
        see = QCoreApplication.translate("Guide", "See the warnings above before you start.")
        parts.append(f"<p><b>⚠ {escape(see)}</b></p>")
    else:
        parts.append(warnings)

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
            f"<li{style}>{link}{escape(step.instruction_for())}</a><br/>{amount}{direction}</li>"
        )
    parts.append("</ol>")
    if technique.benefits:
        items = "".join(f"<li>{escape(b)}</li>" for b in technique.benefits)
        does = QCoreApplication.translate("Guide", "What the guides say it does")
        parts.append(f"<h3>{escape(does)}</h3><ul>{items}</ul>")
    sources = ", ".join(escape(catalog.guides[s].title) for s in technique.sources)
    source = fill(escape(QCoreApplication.translate("Guide", "Source: %1")), sources)
    if technique.term:
        # The term once, where it helps: to find the move in other guides and books.
        called = QCoreApplication.translate("Guide", "Massage guides call it: %1")
        source += "<br/>" + fill(escape(called), escape(technique.term))
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
