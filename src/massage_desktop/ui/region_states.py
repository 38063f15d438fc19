"""What the map, the region list and the guide say is ruled out or resting today.

Kept out of the main window (house rule 9). The health profile is shared; a rest after
"Stop – it hurts" is the person's who was massaged, so in a session, or on the page of a
routine for one person, only that person's rests are hatched; otherwise everyone's, each
saying whose.
"""

from __future__ import annotations

from collections.abc import Iterable

from massage_desktop.engine.pain_rest import Person
from massage_desktop.ui.bodymap.region_list import RegionListPanel
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.main_controller import MainController
from massage_desktop.ui.map_pane import MapPane
from massage_desktop.ui.player.flow import SessionFlow


def show_map_states(
    flow: SessionFlow, map_pane: MapPane, controller: MainController, who: Person | None = None
) -> dict[str, tuple[str, str]]:
    """Hatch on the map what is ruled out, and what of ``who``'s (None: anyone's) rests today.

    Returns:
        The hatched regions' states, as ``SessionFlow.map_states`` gives them.
    """
    states = flow.map_states(who)
    map_pane.map.set_region_states(states, flow.resting_only(who))
    controller.set_avoided(r for r, (state, _) in states.items() if state == "blocked")
    return states


def show_region_states(
    flow: SessionFlow,
    regions: Iterable[str],
    parts: tuple[MapPane, MainController, GuidePanel, RegionListPanel],
    who: Person | None = None,
    *,
    session: bool = False,
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
    """
    map_pane, controller, guide, region_list = parts
    states = show_map_states(flow, map_pane, controller, who)
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
