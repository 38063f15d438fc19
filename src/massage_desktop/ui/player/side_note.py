"""What the map hatches, today's rests, which side a one-side routine runs on, side names."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.one_side import SideChoice, SideOption, one_side_choice
from massage_desktop.engine.pain_rest import PEOPLE, PainRest, Person
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.sides import side_of
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.i18n import fill


def hatched_regions(
    catalog: Catalog, screening: Screening | None, pain_rest: PainRest, who: Person | None = None
) -> dict[str, tuple[str, str]]:
    """The map's hatched regions: what the health profile rules out, and today's rests.

    An area stopped for pain today looked startable until Start refused it. The health
    profile is shared; a rest is the person's who was massaged when it hurt.

    Args:
        catalog: The loaded content.
        screening: The health profile's screening, or None without a profile.
        pain_rest: Today's rests.
        who: Only this person's rests (a session massaging them); None: everyone's, the
            partner's said to be the partner's (walk 8: "rest this area" over your own knee
            hatched it in a partner session that then massaged the partner's knee).
    """
    states = screening.blocked_map(verdict_text) if screening else {}
    people: tuple[Person, ...] = (who,) if who is not None else PEOPLE
    for person in people:
        for region_id in pain_rest.resting(catalog.regions, person):
            text = rest_text(person, catalog.regions[region_id].name, others=who is None)
            state, before = states.get(region_id, ("", ""))
            if state == "caution":
                # Hatched now, the map no longer says "Caution" of the profile's reason.
                caution = QCoreApplication.translate("BodyMapWidget", "Caution")
                before = f"{caution}: {before}"
            joined = f"{before}\n{text}" if before and before != text else text
            states[region_id] = ("blocked", joined)
    return states


def resting_only(
    catalog: Catalog, screening: Screening | None, pain_rest: PainRest, who: Person | None = None
) -> set[str]:
    """The hatched regions that only rest today: the health profile does not rule them out.

    The map says "Ruled out" of the profile's exclusions only; a rest said "Ruled out:
    Stopped today because it hurt" (walk 9, P1-j).
    """
    profile = screening.blocked_map() if screening is not None else {}
    people: tuple[Person, ...] = (who,) if who is not None else PEOPLE
    return {
        region_id
        for person in people
        for region_id in pain_rest.resting(catalog.regions, person)
        if profile.get(region_id, ("", ""))[0] != "blocked"
    }


def rest_text(who: Person, name: str, *, others: bool = False) -> str:
    """The map's tooltip line for an area resting today, saying whose rest it is.

    ``Your partner's Right kneecap rests today (it hurt).`` "Stopped today" said neither
    whose knee nor that it is a rest, under "Ruled out" (walk 9, P1-j, X-c).

    Args:
        who: Whose area rests: the person massaged when it hurt.
        name: The area's name.
        others: The map shows everyone's rests (no session running): a partner's rest then
            adds that your own area may be massaged.
    """
    if who == "partner":
        if others:
            text = QCoreApplication.translate(
                "SessionFlow",
                "Your partner's %1 rests today (it hurt). Your own may be massaged.",
            )
        else:
            text = QCoreApplication.translate(
                "SessionFlow", "Your partner's %1 rests today (it hurt)."
            )
        return fill(text, name)
    return fill(QCoreApplication.translate("SessionFlow", "Your %1 rests today (it hurt)."), name)


def rest_reason() -> str:
    """Why a step is left out after "Stop – it hurts": its area rests today.

    The plan is of one person's session, and only that person's rests are left out of it.
    """
    return QCoreApplication.translate(
        "SessionFlow", "Resting today: you stopped here because it hurt."
    )


def whose_names(catalog: Catalog, region_ids: Iterable[str], who: Person) -> list[str]:
    """The names of ``region_ids``; a partner's as one item, "your partner's Right knee, …".

    Whose is said once for the whole list: "your partner's Right inner thigh, your partner's
    Right front of the thigh, …" repeated it before each place (walk 16). One item, not the
    first name prefixed, because German says it after the list ("… Ihres Partners").
    """
    names = [catalog.regions[r].name for r in region_ids if r in catalog.regions]
    if who == "self" or not names:
        return names
    pattern = QCoreApplication.translate("SessionFlow", "your partner's %1")
    # Commas only, as the callers join them: a name may have "and" in it ("… and IT band").
    return [fill(pattern, ", ".join(names))]


def choose_side(
    catalog: Catalog,
    plan: Plan,
    routine: Routine | None,
    chosen: str | None,
    states: Mapping[str, tuple[str, str]],
) -> SideChoice | None:
    """For a one-side routine, its side, away from what ``states`` hatches; else None."""
    if routine is None or routine.repeat is None:
        return None
    hatched = {region for region, (state, _why) in states.items() if state == "blocked"}
    return one_side_choice(catalog, plan, chosen, hatched)


def rested_regions(plan: Plan) -> list[str]:
    """The regions a session of ``plan`` works, for the rest check.

    A one-side routine's plan is built for the side it runs on, so it lists that side only.
    """
    return [r for e in plan.entries for r in e.region_ids]


def remember_pain_stops(
    pain_rest: PainRest, history: HistoryStore, today: Callable[[], date] = date.today
) -> None:
    """Today's "Stop – it hurts" areas rest after a restart of the app as well."""
    # A damaged history was already reported by the store; the start goes on.
    with contextlib.suppress(StoreError):
        for record in history.pain_stops_since(today()):
            pain_rest.note_record(record)


def side_note(catalog: Catalog, choice: SideChoice) -> str:
    """``It runs on your right side: Left knee is ruled out.`` and the like."""
    side = side_of(choice.region) if choice.region is not None else None
    names = ", ".join(catalog.regions[r].name for r in choice.ruled_out if r in catalog.regions)
    if choice.switched:
        text = (
            QCoreApplication.translate(
                "SessionFlow", "It runs on the left side: %1 may not be massaged now."
            )
            if side is not None and side.value == "left"
            else QCoreApplication.translate(
                "SessionFlow", "It runs on the right side: %1 may not be massaged now."
            )
        )
        return fill(text, names)
    if choice.ruled_out:
        return fill(
            QCoreApplication.translate(
                "SessionFlow", "%1 may not be massaged now: its steps are left out."
            ),
            names,
        )
    if side is Side.LEFT:
        return QCoreApplication.translate("SessionFlow", "It runs on the left side.")
    return QCoreApplication.translate("SessionFlow", "It runs on the right side.")


def side_name(catalog: Catalog, option: SideOption) -> str:
    """``Left kneecap``; ``Both, one after the other: Right kneecap first``."""
    region = catalog.regions.get(option.region or "")
    if option.both:
        if region is None:
            return QCoreApplication.translate("BeforeStartSheet", "Both sides, one after the other")
        return fill(
            QCoreApplication.translate("BeforeStartSheet", "Both, one after the other: %1 first"),
            region.name,
        )
    if region is not None:
        return region.name
    return (
        QCoreApplication.translate("BeforeStartSheet", "Left side")
        if option.side is Side.LEFT
        else QCoreApplication.translate("BeforeStartSheet", "Right side")
    )


def no_side_text(catalog: Catalog, out: Sequence[str], profile: Collection[str]) -> str:
    """Why a one-side routine starts on neither side: each side's own part, and why it is out.

    ``Neither side may be massaged today. Ruled out by your health profile: Left knee, Left
    kneecap. Resting today because it hurt: Right knee, Right kneecap.`` ``profile``: the
    regions the health profile rules out; the others in ``out`` rest today after a pain stop.
    """
    regions = catalog.regions
    rests = [regions[r].name for r in out if r not in profile and r in regions]
    ruled = [regions[r].name for r in out if r in profile and r in regions]
    lines = [QCoreApplication.translate("SessionFlow", "Neither side may be massaged today.")]
    if ruled:
        lines.append(
            fill(
                QCoreApplication.translate("GuidePanel", "Ruled out by your health profile: %1."),
                ", ".join(dict.fromkeys(ruled)),
            )
        )
    if rests:
        lines.append(
            fill(
                QCoreApplication.translate("SessionFlow", "Resting today because it hurt: %1."),
                ", ".join(dict.fromkeys(rests)),
            )
        )
    return " ".join(lines)


def why_not(catalog: Catalog, option: SideOption) -> str:
    """Why ``option`` may not be chosen: the areas the health profile rules out there."""
    names = [catalog.regions[r].name for r in option.ruled_out if r in catalog.regions]
    listed = ", ".join(dict.fromkeys(names))
    if option.both:
        return fill(
            QCoreApplication.translate(
                "BeforeStartSheet", "Not both sides: %1 may not be massaged now."
            ),
            listed,
        )
    return fill(
        QCoreApplication.translate(
            "BeforeStartSheet", "Not this side: %1 may not be massaged now."
        ),
        listed,
    )
