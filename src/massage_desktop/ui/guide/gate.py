"""What may start from the guide, worked out as the player will decide it when it starts.

The guide shows a routine's card, its Start button and the reason beside it before anything
starts; the player asks again when it starts (``SessionFlow._start``). Both must give the same
answer, so the guide follows the player's own steps: the side a one-side routine runs on
(``choose_side``, away from what the map hatches), the plan screened against the health profile
(``Screening.screen_plan``: an entry is left out when its technique is ruled out on any of its
regions, so leg strokes begun on the left shin lose their left pass over an injured left knee),
then the steps over an area resting today after "Stop – it hurts" left out too
(``leave_out_resting``). Those are the rests of the person the subject massages: after a pain
stop on your own knee a partner routine still works the partner's knee (walk 8, finding 1).
Counts and times come from that screened plan, as the player's start question gives them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import Performer, Side
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.health import Verdict, routine_verdict
from massage_desktop.engine.one_side import no_side
from massage_desktop.engine.pain_rest import PEOPLE, Person, leave_out_resting, massaged
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.sides import side_of
from massage_desktop.engine.step_count import StepCount, step_count
from massage_desktop.ui.guide.everywhere_banner import advice_lines, ruled_out_everywhere
from massage_desktop.ui.player.side_note import choose_side, rest_reason, rested_regions

DEFAULT_TIMING = Timing()
"""The player's timing until the settings give theirs."""


@dataclass(frozen=True)
class Outlook:
    """A technique or routine as it would run for this person today.

    Attributes:
        plan: The session plan, screened: entries the health profile rules out are blocked.
        verdict: The profile's verdict on the subject, as the player asks it (None without a
            profile).
        resting: Regions the session works that rest today after a pain stop; the steps
            over them are left out of ``plan``, as the player leaves them out.
        left_out: The regions an entry is left out for (its technique is ruled out there),
            to name what is left out.
        moves: The techniques left out where the area itself may be massaged (flushing on
            calves with varicose veins): named instead of their areas, which other steps
            still work.
        timing: The player's timing (its get-ready setting), so lengths are the player's.
        profile_empty: Whether the health profile alone leaves none of the plan's steps.
        here_rests: Whether the region it is started from rests today: a technique does not
            move to what else it could work (the other shoulder) when the area chosen hurt.
        no_side: A one-side routine's own parts that keep every side out (an injured left
            knee, the right one resting today); it does not start.
        no_side_profile: Those of ``no_side`` the health profile rules out (the others rest).
        moved_from: A one-side routine's regions ruled out or resting on the side chosen,
            when it runs on the other side for them (chosen on the injured left kneecap).
        moved_to: The side it then runs on.
        moved_for_rest: ``moved_from`` only rests today (the profile rules none of it out).
        who: Who it massages, whose rests ``resting`` are: yourself or your partner.
        rest_day: Today's quick check said not to massage today: the player asks the check
            again before anything starts, for whoever is massaged (one check a day covers
            the day's sessions), so nothing starts from the guide's Start either.
    """

    plan: Plan
    verdict: Verdict | None
    resting: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()
    timing: Timing = DEFAULT_TIMING
    moves: tuple[str, ...] = ()
    profile_empty: bool = False
    here_rests: bool = False
    no_side: tuple[str, ...] = ()
    no_side_profile: tuple[str, ...] = ()
    moved_from: tuple[str, ...] = ()
    moved_to: Side | None = None
    moved_for_rest: bool = False
    who: Person = "self"
    rest_day: bool = False

    @property
    def ruled_out(self) -> bool:
        """Whether the health profile leaves nothing to start."""
        blocked = self.verdict is not None and self.verdict.blocked
        side_out = bool(self.no_side) and set(self.no_side) <= set(self.no_side_profile)
        return blocked or self.profile_empty or side_out

    @property
    def rests_all(self) -> bool:
        """Whether today's rests leave nothing to start that the profile left."""
        if self.ruled_out:
            return False
        return (
            self.here_rests or bool(self.no_side) or (len(self.plan) > 0 and not self.plan.runnable)
        )

    @property
    def startable(self) -> bool:
        """Whether Start may start it."""
        held = self.ruled_out or self.rests_all or self.rest_day
        return bool(self.plan.runnable) and not held

    @property
    def rests_some(self) -> bool:
        """Whether it starts without the steps over an area resting today."""
        return bool(self.resting) and self.partial

    @property
    def partial(self) -> bool:
        """Whether it starts without some of its steps (or one of their sides)."""
        runnable = len(self.plan.runnable)
        held = self.ruled_out or self.here_rests or bool(self.no_side)
        return not held and 0 < runnable < len(self.plan)

    @property
    def count(self) -> StepCount:
        """Its steps as a person counts them (a step on both sides once), as the player does."""
        return step_count(self.plan)

    @property
    def total_s(self) -> float:
        """The session's expected length without the left-out entries, pauses included."""
        return self.plan.total_s(self.timing)

    @property
    def start_s(self) -> int:
        """The whole seconds the Start button gives, as the "Before you start" sheet does.

        The sheet's default answer runs this very plan (screened, on the side the player
        chooses), so both round the same length the same way (up, as ``clock_text``).
        """
        return math.ceil(self.total_s - 1e-9)

    @property
    def work_s(self) -> int | None:
        """Planned seconds of the entries that run, or None when one of them is counted."""
        runnable = self.plan.runnable
        if any(e.planned_s is None for e in runnable):
            return None
        return round(sum(e.planned_s or 0.0 for e in runnable))

    def kept_side(self) -> Side | None:
        """The side that still runs when exactly one side's entries are all left out."""
        blocked = {e.side for e in self.plan.entries if e.blocked}
        running = {e.side for e in self.plan.runnable}
        if len(blocked) != 1 or None in blocked or len(running) != 1 or None in running:
            return None
        (side,) = running
        return side if side not in blocked else None


class StartGate:
    """The screening of the health profile and the areas stopped for pain today.

    Outlooks are worked out once per subject, region and state: the guide lists every routine
    of a region on each click, and neither the screening nor the rests change in between.
    The plans under them come from a ``PlanBook``, kept until the subject itself changes: a
    plan depends on the catalog alone, and the main window sets the profile and the rests
    while it starts, which built each of the ~40 plans of the welcome's routine cards three
    times (a quarter of a window's start).

    Args:
        catalog: The loaded content.
        plans: The run's plans (``Services.plans``); None: a book of this gate's own.
    """

    def __init__(self, catalog: Catalog, plans: PlanBook | None = None) -> None:
        self._catalog = catalog
        self._book = PlanBook() if plans is None else plans
        self._screening: Screening | None = None
        self.rests: dict[Person, frozenset[str]] = dict.fromkeys(PEOPLE, frozenset())
        """Each person's areas resting today after a pain stop."""
        self._performer = Performer.SELF
        self._rest_day = False
        self._hatched: dict[Person, dict[str, tuple[str, str]]] = {}
        self._everywhere: list[tuple[str, str]] | None = None
        self._known: dict[tuple[str, str, str | None], tuple[object, Outlook]] = {}
        self._timing = DEFAULT_TIMING

    @property
    def screening(self) -> Screening | None:
        """The health profile's screening, or None without a profile."""
        return self._screening

    @screening.setter
    def screening(self, screening: Screening | None) -> None:
        self._screening = screening
        self._forget()

    @property
    def timing(self) -> Timing:
        """The player's timing, which the lengths of what may start are worked out with."""
        return self._timing

    @timing.setter
    def timing(self, timing: Timing) -> None:
        if timing != self._timing:
            self._timing = timing
            self._forget()

    @property
    def performer(self) -> Performer:
        """Who content for both is worked out for: the settings' usual choice."""
        return self._performer

    @performer.setter
    def performer(self, performer: Performer) -> None:
        if performer is not self._performer:
            self._performer = performer
            self._forget()

    @property
    def rest_day(self) -> bool:
        """Whether today's quick check said not to massage today."""
        return self._rest_day

    @rest_day.setter
    def rest_day(self, rest_day: bool) -> None:
        if rest_day != self._rest_day:
            self._rest_day = rest_day
            self._forget()

    def rest(self, region_ids: Iterable[str], partner: Iterable[str] = ()) -> bool:
        """Rest your ``region_ids`` and your partner's ``partner`` today (and no others).

        Returns:
            Whether that changed anything.
        """
        rests: dict[Person, frozenset[str]] = {
            "self": frozenset(region_ids),
            "partner": frozenset(partner),
        }
        changed = rests != self.rests
        self.rests = rests
        if changed:
            self._forget()
        return changed

    def who(self, performer: Performer) -> Person:
        """Who content for ``performer`` massages, as the player's sheet first assumes."""
        return massaged(performer, self._performer)

    def technique(self, technique_id: str, region_id: str | None) -> Outlook:
        """A technique started from ``region_id``, as the player would run it."""
        key = ("technique", technique_id, region_id)
        technique = self._catalog.techniques[technique_id]
        known = self._known.get(key)
        if known is not None and known[0] is technique:
            return known[1]
        screening = self._screening
        verdict = screening.technique_verdict(technique_id, region_id) if screening else None
        plan = self._plan(technique, focus=region_id)
        outlook = self._outlook(plan, verdict)
        if region_id is not None and region_id in self.rests[outlook.who]:
            outlook = replace(outlook, here_rests=True)
        self._known[key] = (technique, outlook)
        return outlook

    def routine(self, routine_id: str, region_id: str | None) -> Outlook:
        """A routine started with ``region_id`` chosen, as the player would run it."""
        routine = self._catalog.routines[routine_id]
        key = ("routine", routine_id, region_id if routine.repeat is not None else None)
        known = self._known.get(key)
        # The user's own routines change while the app runs: a saved edit is a new object.
        if known is not None and known[0] is routine:
            return known[1]
        screening = self._screening
        verdicts = screening.routine_verdicts(routine_id) if screening else None
        plan = self._plan(routine)
        # Only a one-side routine looks at the map (working it out takes ~0.1 s).
        states = self._map_states(self.who(plan.performer)) if routine.repeat is not None else {}
        side = choose_side(self._catalog, plan, routine, region_id, states)
        verdict = routine_verdict(verdicts) if verdicts is not None else None
        hatched = {r for r, (state, _why) in states.items() if state == "blocked"}
        out = no_side(plan, hatched) if side is not None else ()
        here: Side | None = None
        if side is not None:
            # The plan of the side the sheet offers first, as the player runs it.
            here = (side_of(side.region) if side.region is not None else None) or Side.RIGHT
            plan = self._plan(routine, side=here)
        outlook = self._outlook(plan, verdict)
        if out:
            profile = {r for r in out if self._profile_blocks(r)}
            outlook = replace(outlook, no_side=out, no_side_profile=tuple(sorted(profile)))
        elif side is not None and side.switched:
            # Shown on the injured knee's page, it runs on the other knee: Start says so
            # (walk 7: "Leave this area alone" above a plain "Start · 10:34").
            rests = not any(self._profile_blocks(r) for r in side.ruled_out)
            outlook = replace(
                outlook, moved_from=side.ruled_out, moved_to=here, moved_for_rest=rests
            )
        self._known[key] = (routine, outlook)
        return outlook

    def everywhere(self) -> list[tuple[str, str]]:
        """(title, advice) of the conditions that rule out every region; empty otherwise."""
        if self._everywhere is None:
            conditions = ruled_out_everywhere(self._catalog, self._screening)
            self._everywhere = advice_lines(self._catalog, conditions)
        return self._everywhere

    def _plan(
        self, subject: Technique | Routine, *, focus: str | None = None, side: Side | None = None
    ) -> Plan:
        """``build_plan`` of ``subject``, from the book while ``subject`` is the same object."""
        return self._book.plan(self._catalog, subject, focus=focus, side=side)

    def _outlook(self, plan: Plan, verdict: Verdict | None) -> Outlook:
        # The regions of the plan that runs (a one-side routine's own side), as the player;
        # only the rests of the person it massages.
        who = self.who(plan.performer)
        resting = tuple(r for r in dict.fromkeys(rested_regions(plan)) if r in self.rests[who])
        screening = self._screening
        left_out: dict[str, None] = {}
        moves: dict[str, None] = {}
        if screening is not None:
            plan = screening.screen_plan(plan)
            for entry in plan.entries:
                if not entry.blocked:
                    continue
                for region_id in entry.region_ids:
                    if not screening.technique_verdict(entry.technique_id, region_id).blocked:
                        continue
                    state = screening.region_state(region_id)
                    if state is not None and state.blocked:
                        left_out[region_id] = None
                    else:
                        # The area stays open to other steps: "rules out Right ankle" over a
                        # routine that then thumbed the right ankle read as a broken promise
                        # (walk 7); the move is what is ruled out there.
                        moves[self._catalog.techniques[entry.technique_id].name] = None
        ordered = sorted(left_out, key=lambda region_id: _region_order(self._catalog, region_id))
        return Outlook(
            leave_out_resting(self._catalog, plan, resting, rest_reason()),
            verdict,
            resting,
            tuple(ordered),
            self._timing,
            profile_empty=len(plan) > 0 and not plan.runnable,
            moves=tuple(moves),
            who=who,
            rest_day=self._rest_day,
        )

    def _map_states(self, who: Person) -> dict[str, tuple[str, str]]:
        """What the map hatches for ``who``, as the player reads it to choose a side."""
        known = self._hatched.get(who)
        if known is None:
            known = self._screening.blocked_map() if self._screening is not None else {}
            for region_id in self.rests[who]:
                known[region_id] = ("blocked", "")
            self._hatched[who] = known
        return known

    def _profile_blocks(self, region_id: str) -> bool:
        """Whether the health profile itself rules ``region_id`` out (not only today's rest)."""
        screening = self._screening
        state = screening.region_state(region_id) if screening is not None else None
        return state is not None and state.blocked

    def _forget(self) -> None:
        self._hatched = {}
        self._everywhere = None
        self._known.clear()


def _region_order(catalog: Catalog, region_id: str) -> tuple[int, int]:
    """The catalog's order of regions, sides kept together (left knee before left shin)."""
    order = list(catalog.regions)
    side = side_of(region_id)
    return (0 if side is None else 1 if side is Side.RIGHT else 2, order.index(region_id))
