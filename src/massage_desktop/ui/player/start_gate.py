"""Whether a session may start, on which side, and what the "Before you start" sheet asks.

``SessionFlow`` starts every session (button, shortcut, search, routine, resume) through the
checks here, so the health screening, today's rests and today's quick check cannot be
bypassed; the flow then runs what the person chose on the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import Performer, Side
from massage_desktop.domain.history import SessionRecord
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.one_side import no_side
from massage_desktop.engine.pain_rest import PainRest, Person, leave_out_resting, massaged
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.rated import picked_if_worked
from massage_desktop.engine.resume_plan import resumed_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.sides import side_of
from massage_desktop.ui.player.questions import (
    BeforeStart,
    DailyCheck,
    Questions,
    StartAnswers,
    StartChoice,
)
from massage_desktop.ui.player.side_note import (
    choose_side,
    hatched_regions,
    no_side_text,
    rest_reason,
    rested_regions,
    whose_names,
)
from massage_desktop.ui.player.start_sheet import before_start_sheet


@dataclass(frozen=True)
class StartGate:
    """What a start is checked against, as the flow holds it when the person starts.

    Made again at each start: the preferences change the timing and who is massaged, and
    tests answer with other questions, between sessions.

    Attributes:
        catalog: The loaded content.
        questions: Who answers: dialogs in the app, automatic in tests.
        screening: The health profile's screening, or None without a profile.
        pain_rest: Areas stopped for pain today, by whose.
        daily: Today's quick check, asked before the day's first session.
        timing: The session's timing (the person's get-ready), for the sheet's Start.
        default_performer: Who is massaged when content suits both and nobody says.
    """

    catalog: Catalog
    questions: Questions
    screening: Screening | None
    pain_rest: PainRest
    daily: DailyCheck
    timing: Timing
    default_performer: Performer

    def map_states(self, who: Person | None = None) -> dict[str, tuple[str, str]]:
        """The map's hatched regions: what the health profile rules out, and today's rests.

        Args:
            who: Only this person's rests (for a session massaging them); None: everyone's.
        """
        return hatched_regions(self.catalog, self.screening, self.pain_rest, who)

    def rests_here(self, technique: Technique, region_id: str | None, verdict: Verdict) -> bool:
        """Whether ``technique`` was started from an area resting today; says so if it was.

        Started from the area that hurt: not on to the other shoulder in its place.
        """
        who = massaged(technique.performer, self.default_performer)
        if region_id is None or verdict.blocked or not self.pain_rest.resting([region_id], who):
            return False
        self.questions.rest_today(whose_names(self.catalog, [region_id], who))
        return True

    def resumed(self, record: SessionRecord) -> Plan | None:
        """The plan that carries on ``record``, or None (said why) when nothing may run.

        The screening applies as at any start: a step the profile now rules out is passed over.
        """
        if record.kind == "technique":
            subject: Technique | Routine = self.catalog.techniques[record.subject_id]
        else:
            subject = self.catalog.routines[record.subject_id]
        plan = resumed_plan(self.catalog, subject, record)
        if self.screening is not None:
            plan = self.screening.screen_plan(plan)
        resting = self.pain_rest.resting(rested_regions(plan), record.performer)
        plan = leave_out_resting(self.catalog, plan, resting, rest_reason())
        if resting and not plan.runnable:
            self.questions.rest_today(whose_names(self.catalog, resting, record.performer))
            return None
        return plan

    def checked(
        self, plan: Plan, verdict: Verdict, routine: Routine | None, chosen: str | None
    ) -> tuple[StartChoice, StartAnswers] | None:
        """Check a start, then ask the sheet: the choice to run and the answers, or None.

        Args:
            plan: The plan as built, one pass.
            verdict: The screening's verdict on the whole technique or routine.
            routine: The routine, for a routine's session.
            chosen: The region the person picked (the guide's).

        Returns:
            None when the start is refused (said why) or cancelled.
        """
        # Only the rests of the person massaged count: the partner's knee rests, not yours.
        who = massaged(plan.performer, self.default_performer)
        # One knee: away from a ruled-out knee, not thigh strokes just above it.
        states = self.map_states(who)
        picked = picked_if_worked(self.catalog, plan, chosen)
        side = choose_side(self.catalog, plan, routine, picked, states)
        if side is not None and routine is not None:
            # One knee: the steps of the side it runs on, as the sheet offers it first.
            here = (side_of(side.region) if side.region is not None else None) or Side.RIGHT
            ran = build_plan(self.catalog, routine, side=here)
        else:
            ran = plan
        screened = self.screening.screen_plan(ran) if self.screening is not None else ran
        if verdict.blocked or not screened.runnable:
            self.questions.refuse(verdict)
            return None
        hatched = {r for r, (state, _why) in states.items() if state == "blocked"}
        out = no_side(plan, hatched) if side is not None else ()
        if out:
            # One knee injured, the other resting: no knee is left to offer (walk 7, #3).
            profile = self.screening.blocked_map() if self.screening is not None else {}
            blocked = {r for r, (state, _why) in profile.items() if state == "blocked"}
            self.questions.no_side(no_side_text(self.catalog, out, blocked))
            return None
        # Steps over an area stopped for pain today are left out, as the profile's are; only
        # when nothing else is left does Start say why it is held.
        resting = self.pain_rest.resting(rested_regions(ran), who)
        if not leave_out_resting(self.catalog, screened, resting, rest_reason()).runnable:
            self.questions.rest_today(whose_names(self.catalog, resting, who))
            return None
        # The day's quick check first, on its own screen: a yes stops here, before the sheet
        # asks anything about this session.
        if not self.daily.ask(self.questions):
            return None

        def sheet_for(person: Person) -> BeforeStart:
            return before_start_sheet(
                self.catalog,
                plan,
                verdict,
                routine=routine,
                chosen=picked,
                states=self.map_states(person),
                screening=self.screening,
                resting=self.pain_rest.resting(self.catalog.regions, person),
                timing=self.timing,
                performer=Performer.PARTNER if person == "partner" else Performer.SELF,
            )

        sheet = sheet_for(who)
        answers = self.questions.before_start(sheet)
        if answers is None:
            return None
        if answers.performer != who:
            # Content for both, answered for the other person: their rests are left out, not
            # the ones the sheet was worked out with.
            sheet = sheet_for(answers.performer)
            if answers.choice >= len(sheet.choices):
                return None
            if not sheet.choices[answers.choice].plan.runnable:
                rests = self.pain_rest.resting(rested_regions(ran), answers.performer)
                self.questions.rest_today(whose_names(self.catalog, rests, answers.performer))
                return None
        return sheet.choices[answers.choice], answers
