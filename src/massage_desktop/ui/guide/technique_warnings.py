"""A technique's warnings as boxes: each once, strongest first, general conditions grouped.

Shared by the guide's card (which shows them) and the full guide (which shows them only when
nothing above does, e.g. printed or read on its own).
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Contraindication, Technique, TechniqueWarning
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.guide.warning_boxes import (
    Box,
    GuideColours,
    distinct,
    grouped_conditions_html,
    is_general,
    source_tag,
    verdict_html,
    warning_rows,
)


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
    """Every warning of a technique here, each once: the profile's verdict, then by severity.

    Warnings about this technique or region are shown whole; the general "do not massage if"
    conditions (injury, DVT, osteoporosis...) apply to many techniques, so they share one box
    per severity with a link to the safety page. The boxes come strongest first, the general
    "do not massage" box before a specific "avoid". When the health profile rules the
    technique out, the verdict's box says why first, and the warnings of the conditions it
    names (DVT ticked: the DVT warning) are not repeated under it.

    Returns:
        The box of a verdict that rules it out (empty otherwise), which the guide's card
        puts above the steps, and the other boxes (a caution's verdict first).
        ``place`` heads a block about one place (``verdict_html``).
    """
    named = _verdict_contraindications(catalog, verdict)
    specific, general = split_warnings(catalog, technique, region_id)
    specific = [c for c in specific if c.id not in named]
    general = [c for c in general if c.id not in named]
    items = [
        Box(c.severity, f"{c.title}. {c.text}", c.advice, source_tag(catalog, c.sources))
        for c in specific
    ]
    items += [Box(w.severity, w.text) for w in technique.warnings]
    ranked = [
        (box.severity.rank, warning_rows(colours, [box]))
        for box in distinct(sorted(items, key=lambda i: i.severity.rank))
    ]
    ranked += [
        (
            severity.rank,
            grouped_conditions_html(
                colours, [(c.severity, c.title) for c in general if c.severity is severity]
            ),
        )
        for severity in {c.severity for c in general}
    ]
    ranked.sort(key=lambda part: part[0])
    first = verdict_html(colours, verdict, place) if verdict is not None else ""
    rest = "".join(html for _rank, html in ranked)
    if verdict is not None and verdict.blocked:
        return first, rest
    return "", first + rest


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


def split_warnings(
    catalog: Catalog, technique: Technique, region_id: str | None
) -> tuple[list[Contraindication], list[Contraindication]]:
    """A technique's shared warnings: those about it or the region, and the general ones."""
    region_ids = set(catalog.regions[region_id].contraindications) if region_id else set()
    shared = catalog.warnings_for(technique, region_id)
    general = [c for c in shared if c.id not in region_ids and is_general(c.severity)]
    return [c for c in shared if c not in general], general
