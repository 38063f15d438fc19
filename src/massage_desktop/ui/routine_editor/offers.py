"""What the editor's left column offers: the techniques of a place, for the person chosen.

Each row says the time the step will get, whether the technique is written for the other
person, and what the health profile says. For a partner, the words say where partner
techniques exist so far: partner massage covers the legs only, and the editor offered the
hands "On a partner" and refused them at Save (walk 9, P3-a).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer, Phase
from massage_desktop.engine.screening import Screening
from massage_desktop.storage.routine_draft import RoutineDraft
from massage_desktop.ui.bodymap.state import view_label
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.guide.cards import SEPARATOR
from massage_desktop.ui.guide.formatting import performer_text
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.routine_editor.checks import DraftChecks
from massage_desktop.ui.routine_editor.picker import Offer
from massage_desktop.ui.routine_editor.rows import FOR_OTHER_TIP, FOR_WHOM, mark, time_text, tr


def place_choices(catalog: Catalog) -> list[tuple[str, str]]:
    """Every region by name for the "Where" box: id and name, in the order of the names.

    A name gets its view only where another region has the same name: the names say front
    or back themselves where it matters ("Right outer thigh (back view)"); "(front view)"
    after every one cut them in the box (walk 6, finding 8).
    """
    regions = sorted(catalog.regions.values(), key=lambda r: (r.name.casefold(), r.view))
    names = [r.name for r in regions]
    return [
        (r.id, f"{r.name} ({view_label(r.view)})" if names.count(r.name) > 1 else r.name)
        for r in regions
    ]


def partner_zones(catalog: Catalog) -> str:
    """The parts of the body the content has partner techniques for: "Legs, Feet and ankles".

    Preparing ("Warming the oil", in the masseur's palms) works no part of the partner.
    """
    zone_of_area = {area: zone for zone in catalog.zones.values() for area in zone.areas}
    worked = set()
    for technique in catalog.techniques.values():
        if technique.performer is not Performer.PARTNER or technique.phase is Phase.PREPARE:
            continue
        for region_id in catalog.expand(technique.regions):
            zone = zone_of_area.get(catalog.regions[region_id].area)
            if zone is not None:
                worked.add(zone.id)
    return ", ".join(z.name for z in catalog.zones.values() if z.id in worked)


def partner_place(catalog: Catalog, current: str) -> str:
    """``current`` if a partner technique works it, else the first such place by name.

    With "For: On a partner" the "Where" box stayed on the face, and a partner's legs were
    to be found among some 80 places (walk 10).
    """
    worked = {
        region_id
        for technique in catalog.techniques.values()
        if technique.performer is not Performer.SELF and technique.phase is not Phase.PREPARE
        for region_id in catalog.expand(technique.regions)
    }
    if current in worked:
        return current
    return next((rid for rid, _name in place_choices(catalog) if rid in worked), current)


def performer_choice(catalog: Catalog, performer: Performer) -> str:
    """The "For" choice's words: a partner's says where partner techniques exist so far."""
    zones = partner_zones(catalog)
    if performer is not Performer.PARTNER or not zones:
        return performer_text(performer)
    return fill(
        QCoreApplication.translate("RoutineEditor", "%1 (so far: %2)"),
        performer_text(performer),
        zones,
    )


def partner_tip(catalog: Catalog) -> str:
    """The "For" box's tooltip: where a routine for a partner can go, so far."""
    zones = partner_zones(catalog)
    if not zones:
        return ""
    return fill(
        QCoreApplication.translate(
            "RoutineEditor",
            "Techniques for massaging a partner are written so far for: %1. Everywhere else "
            "the techniques are for massaging yourself.",
        ),
        zones,
    )


def no_partner_technique(catalog: Catalog) -> str:
    """The line over a place with no technique for a partner: where to find one."""
    text = QCoreApplication.translate("RoutineEditor", "No partner technique here yet")
    zones = partner_zones(catalog)
    return (
        text + SEPARATOR + fill(QCoreApplication.translate("RoutineEditor", "So far: %1"), zones)
        if zones
        else text
    )


def added_time(catalog: Catalog, technique_id: str, region_id: str) -> str:
    """The time (or count) a technique gets as a step added here: the step's own words.

    The list gave the guide's whole time over both sides, "3 min", and the step added from
    it said "1 min 30 s"; a counted technique said nothing (walk 9, P3-k).
    """
    trial = RoutineDraft(catalog)
    return time_text(trial, trial.add(technique_id, region_id))


def offer_rows(
    catalog: Catalog,
    checks: DraftChecks,
    screening: Screening | None,
    region_id: str,
    *,
    performer: Performer,
    fade: bool,
) -> list[Offer]:
    """The techniques of ``region_id`` as the picker shows them.

    Args:
        catalog: The loaded content.
        checks: The draft's checks: which techniques are for the other person.
        screening: The health profile's screening, or None without a profile.
        region_id: The place chosen.
        performer: Whom the routine is for.
        fade: Whether techniques for the other person are faded (not addable): once the
            user has chosen "For"; until then the first technique added says it.
    """
    rows: list[Offer] = []
    for technique in catalog.techniques_for_region(region_id):
        verdict = screening.technique_verdict(technique.id, region_id) if screening else None
        odd = checks.for_other(technique)
        other = tr(FOR_WHOM[technique.performer]) if odd else ""
        details = [added_time(catalog, technique.id, region_id), other, mark(verdict)]
        text = technique.title + SEPARATOR + " · ".join(d for d in details if d)
        tip = verdict_text(verdict) if verdict and verdict.effect else technique.summary
        if odd:
            tip = tr(FOR_OTHER_TIP[technique.performer]) + "\n" + tip
        rows.append((technique.id, text, tip, not (odd and fade)))
    if performer is Performer.PARTNER and not any(row[3] for row in rows):
        rows.insert(0, ("", no_partner_technique(catalog), partner_tip(catalog), False))
    return rows
