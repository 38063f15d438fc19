"""A technique's warnings as boxes: each once, this person's first, conditions in one calm box.

Shared by the guide's card (which shows them) and the full guide (which shows them only when
nothing above does, e.g. printed or read on its own).
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.rules import Contraindication
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.guide.warning_boxes import (
    Box,
    Condition,
    Elsewhere,
    GuideColours,
    grouped_conditions_html,
    is_condition,
    place_names,
    source_tag,
    verdict_html,
    warning_rows,
)


def technique_warnings(
    catalog: Catalog,
    technique: Technique,
    region_id: str | None,
    colours: GuideColours,
    verdict: Verdict | None = None,
    place: str = "",
) -> str:
    """Every warning of a technique here as one block (``technique_warning_parts``)."""
    ruled_out, others = technique_warning_parts(
        catalog, technique, region_id, colours, verdict, place
    )
    return ruled_out + others


def technique_warning_parts(
    catalog: Catalog,
    technique: Technique,
    region_id: str | None,
    colours: GuideColours,
    verdict: Verdict | None = None,
    place: str = "",
) -> tuple[str, str]:
    """Every warning of a technique here, each once, what applies to this person first.

    The order: the health profile's verdict; the warnings of this person's own conditions
    and those about this place or move, whole and strongest first; then the conditions
    someone may have (injury, DVT, painful joints...) in ONE calm box, listed by name with
    their advice and a link to the safety page. Ten red boxes about conditions the person
    does not have buried the one that applied. When the health profile rules the technique
    out, the verdict's box says why first, and the warnings of the conditions it names (DVT
    ticked: the DVT warning) are not repeated under it.

    Returns:
        The box of a verdict that rules it out (empty otherwise), which the guide's card
        puts above the steps, and the other boxes (a caution's verdict first).
        ``place`` heads a block about one place (``verdict_html``).
    """
    named = _verdict_contraindications(catalog, verdict)
    own = _own_contraindications(catalog, verdict)
    shared = [c for c in catalog.warnings_for(technique, region_id) if c.id not in named]
    # This person's conditions at places they named, none of them here: one calm line each
    # ("Fresh injury or inflammation (Left knee)"), not "Do not massage if you have:".
    away = {
        c: regions
        for condition, regions in (verdict.elsewhere if verdict is not None else ())
        if condition in catalog.conditions
        for c in catalog.conditions[condition].contraindications
    }
    elsewhere = [
        Elsewhere(c.title, place_names(catalog, away[c.id])) for c in shared if c.id in away
    ]
    shared = [c for c in shared if c.id not in away]
    # Conditions the person did not tick are named in one line, except one this place names
    # whatever the profile says (a blood clot on every leg step: it can go unnoticed).
    insists = set(catalog.regions[region_id].contraindications) if region_id else set()
    not_ticked = {
        c
        for condition in (verdict.unticked if verdict is not None else ())
        if condition in catalog.conditions
        for c in catalog.conditions[condition].contraindications
        if not (c in insists and catalog.contraindications[c].step_line)
    }
    unticked = [c.title for c in shared if c.id in not_ticked]
    shared = [c for c in shared if c.id not in not_ticked]
    general = [c for c in shared if is_condition(catalog, c) and c.id not in own]
    personal = [c for c in shared if c.id in own]
    specific = [c for c in shared if c not in general and c not in personal]

    def box(c: Contraindication) -> Box:
        return Box(
            c.severity,
            f"{c.title}. {c.text}",
            c.advice,
            source_tag(catalog, c.sources),
            is_condition(catalog, c),
        )

    items = [box(c) for c in specific] + [Box(w.severity, w.text) for w in technique.warnings]
    first = verdict_html(colours, verdict, place) if verdict is not None else ""
    mine = warning_rows(colours, [box(c) for c in personal])
    here = warning_rows(colours, items)
    calm = grouped_conditions_html(
        colours,
        [Condition(c.severity, c.title, c.advice or c.text) for c in general],
        elsewhere,
        unticked,
    )
    if verdict is not None and verdict.blocked:
        return first, mine + here + calm
    return "", first + mine + here + calm


def _own_contraindications(catalog: Catalog, verdict: Verdict | None) -> set[str]:
    """The contraindications of the conditions behind a verdict of any effect: this person's."""
    if verdict is None or verdict.effect is None:
        return set()
    return {
        c
        for condition in verdict.conditions
        if condition in catalog.conditions
        for c in catalog.conditions[condition].contraindications
    }


def _verdict_contraindications(catalog: Catalog, verdict: Verdict | None) -> set[str]:
    """The contraindications of the conditions a verdict that rules out names.

    Only for BLOCK: a caution ("light pressure only") says less than the warning itself.
    """
    if verdict is None or not verdict.blocked:
        return set()
    return {
        c
        for condition in verdict.conditions
        if condition in catalog.conditions
        for c in catalog.conditions[condition].contraindications
    }
