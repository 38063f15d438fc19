"""What the sheet before a session asks, worked out from the plan and the health profile.

The flow builds a ``BeforeStart`` here and hands it to its ``Questions``; nothing here shows
anything. Each answer to "Which side?" has its own screened plan, so the sheet can say what
is left out and how long it takes for the side chosen.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer, RuleEffect, Side
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.one_side import one_side_choice, side_options
from massage_desktop.engine.pain_rest import leave_out_resting
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.sides import side_of
from massage_desktop.ui.player.questions import BeforeStart, StartChoice
from massage_desktop.ui.player.ratings import rated_regions
from massage_desktop.ui.player.side_note import rest_reason, side_note


def before_start_sheet(
    catalog: Catalog,
    plan: Plan,
    verdict: Verdict,
    *,
    routine: Routine | None = None,
    chosen: str | None = None,
    states: Mapping[str, tuple[str, str]] | None = None,
    screening: Screening | None = None,
    resting: Collection[str] = (),
    timing: Timing | None = None,
    performer: Performer = Performer.SELF,
) -> BeforeStart:
    """The sheet for starting ``plan`` (not yet screened).

    Args:
        catalog: The loaded content.
        plan: The plan as built, one pass.
        verdict: The screening's verdict on the whole technique or routine; a caution is
            shown when nothing is left out.
        routine: The routine; one with a repeat (Knee care) asks which side.
        chosen: The region the person picked, which gives the side asked first.
        states: The map's hatched regions (``hatched_regions``); a side with one is
            ruled out while the other side is clear.
        screening: The health screening, which marks the ruled-out steps of each plan.
        resting: The regions resting today after "Stop – it hurts"; the steps over them are
            left out of each plan, after the profile's.
        timing: The session's timing, for the length on the Start button.
        performer: Who is massaged, when the plan suits both and nothing else decides.
    """

    def screened(one: Plan) -> Plan:
        one = screening.screen_plan(one) if screening is not None else one
        return leave_out_resting(catalog, one, resting, rest_reason())

    hatched = {r: why for r, (state, why) in (states or {}).items() if state == "blocked"}
    once = screened(plan)
    choices: tuple[StartChoice, ...] = (
        StartChoice(once, None, tuple(rated_regions(catalog, once, chosen))),
    )
    default, note, side_open = 0, "", False
    routine_side = routine is not None and routine.repeat is not None
    if routine is not None and routine.repeat is not None:
        first = one_side_choice(catalog, plan, chosen, hatched)
        start = (side_of(first.region) if first.region is not None else None) or Side.RIGHT
        options = side_options(catalog, plan, chosen, hatched)
        # Each answer runs its own plan: on the right knee the kneecap work is on the right
        # one, and only that side is screened (an injured left knee leaves nothing out).
        # A side that may not be massaged is never rated (walk 7: the injured left kneecap
        # was offered for a 0-10 rating); nor is an area ruled out or resting on the other.
        # Each side rates what its own plan works: rated on the both-sides plan, whose
        # shared steps an injured left knee rules out, the right knee was not among them.
        plans = [
            screened(build_plan(catalog, routine, repeat=o.both, side=o.side)) for o in options
        ]
        choices = tuple(
            StartChoice(
                one,
                o,
                tuple(
                    (r, name)
                    for r, name in rated_regions(catalog, one, o.region)
                    if o.allowed and r not in hatched and r not in resting
                ),
            )
            for o, one in zip(options, plans, strict=True)
        )
        default = next(i for i, o in enumerate(options) if o.side is start and not o.both)
        note = side_note(catalog, first)
        # Chosen on the map, the side is the person's; moved for safety, the note says why.
        side_open = side_of(chosen or "") is None and not first.switched
    return BeforeStart(
        choices,
        default,
        # A caution that only says what is ruled out on the other side is no caution here.
        caution=verdict
        if verdict.effect is RuleEffect.CAUTION and not (verdict.left_out and routine_side)
        else None,
        side_note=note,
        why_not=hatched,
        routine=routine,
        ask_performer=plan.performer is Performer.BOTH,
        default_performer=performer,
        timing=timing or Timing(),
        resting=tuple(resting),
        side_open=side_open,
    )
