"""What the map, the region list and the guide say is ruled out or resting today.

Kept out of the main window (house rule 9). The health profile is shared; a rest after
"Stop – it hurts" is the person's who was massaged, so in a session, or on the page of a
routine for one person, only that person's rests are hatched; otherwise everyone's, each
saying whose. On a rest day (today's quick check said not to massage) every region rests,
on every page.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.enums import View
from massage_desktop.engine.pain_rest import Person
from massage_desktop.ui.bodymap.region_list import RegionListPanel
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.main_controller import MainController
from massage_desktop.ui.map_pane import MapPane
from massage_desktop.ui.player.flow import SessionFlow


def rest_day_text() -> str:
    """The map's tooltip line for every region on a rest day, saying why it rests."""
    return QCoreApplication.translate(
        "BodyMapWidget", "Rest day: no massage today. Today's check said so."
    )


def rest_day_states(
    states: Mapping[str, tuple[str, str]], resting: Collection[str], regions: Iterable[str]
) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """The map's states on a rest day: every region hatched as resting today, saying why.

    A routine's page hatched its areas while a technique's page showed its region plain,
    though Start was held on both. What the profile rules out still says so ("Ruled out"),
    with the rest day after it.

    Args:
        states: The hatched regions as on any day (``SessionFlow.map_states``).
        resting: Those of ``states`` hatched only because they rest after a stop for pain.
        regions: Every region id.

    Returns:
        The states for ``BodyMapWidget.set_region_states`` and the regions that only rest.
    """
    day = rest_day_text()
    shown: dict[str, tuple[str, str]] = {}
    rests = set(resting)
    for region_id in regions:
        state, reason = states.get(region_id, ("", ""))
        if state == "caution":
            # Hatched now, the map no longer says "Caution" of the profile's reason.
            caution = QCoreApplication.translate("BodyMapWidget", "Caution")
            reason = f"{caution}: {reason}"
        if state != "blocked":
            rests.add(region_id)  # not ruled out: it rests, without "Ruled out"
        shown[region_id] = ("blocked", f"{reason}\n{day}" if reason else day)
    return shown, rests


def show_map_states(
    flow: SessionFlow,
    map_pane: MapPane,
    controller: MainController,
    who: Person | None = None,
    *,
    rest_day: bool = False,
) -> dict[str, tuple[str, str]]:
    """Hatch on the map what is ruled out, and what of ``who``'s (None: anyone's) rests today.

    Args:
        flow: The session flow, which keeps the screening and today's rests.
        map_pane: The map with its buttons.
        controller: The map's controller (no strokes are drawn over what is hatched).
        who: Whose rests; None: everyone's, each tooltip saying whose.
        rest_day: Today is a rest day: every region rests.

    Returns:
        The hatched regions' states, as ``SessionFlow.map_states`` gives them (without the
        rest day, which the region list does not repeat under every name).
    """
    states = flow.map_states(who)
    resting: Collection[str] = flow.resting_only(who)
    shown = states
    if rest_day:
        every = [r for view in View for r in map_pane.map.view_region_ids(view)]
        shown, resting = rest_day_states(states, resting, every)
    map_pane.map.set_region_states(shown, resting)
    controller.set_avoided(r for r, (state, _) in shown.items() if state == "blocked")
    return states


def show_region_states(
    flow: SessionFlow,
    regions: Iterable[str],
    parts: tuple[MapPane, MainController, GuidePanel, RegionListPanel],
    who: Person | None = None,
    *,
    session: bool = False,
    rest_day: bool = False,
) -> None:
    """Hatch what is ruled out or rests today on the map; the guide holds Start for it.

    Args:
        flow: The session flow, which keeps the screening and today's rests.
        regions: Every region id.
        parts: The map pane, the map's controller, the guide and the region list.
        who: The person whose rests the map hatches: the session's, or the one the routine
            on the guide's page is for (walk 8: your own resting knee was
            hatched "Avoid" over the partner's knee being massaged; walk 9, X-a: the partner's
            resting calf was hatched on the page of a routine on yourself). None:
            everyone's, each tooltip saying whose.
        session: A session runs: only the map is hatched again; the guide and the region
            list are not in view.
        rest_day: Today is a rest day: the map hatches every region.
    """
    map_pane, controller, guide, region_list = parts
    states = show_map_states(flow, map_pane, controller, who, rest_day=rest_day)
    if session:
        return
    rests = flow.pain_rest.everyone(regions)
    guide.set_resting(rests["self"], rests["partner"])
    # Ruled out by the shared profile says more than the partner's rest: it holds for you too.
    profile = flow.screening.blocked_map() if flow.screening is not None else {}
    partner = [r for r in rests["partner"] if profile.get(r, ("", ""))[0] != "blocked"]
    # The list names every region, not the page's subject: it says whose each rest is.
    everyone = states if who is None else flow.map_states()
    region_list.set_region_states(everyone, rests["self"], partner)
