"""Read-only views of a session for the UI: progress while it runs, a summary at the end."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import (
    Outcome,
    StepRecord,
    StepStatus,
    left_by_back,
    rating_order,
)
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.step_count import (
    StepKey,
    counts_parts,
    part_number,
    side_place,
    step_key,
    step_number,
    step_sides,
)


@dataclass(frozen=True)
class Progress:
    """How far the session is.

    Attributes:
        index: Plan index of the current entry; ``total`` once the session has completed, the
            entry it was stopped at when it ended early.
        total: Number of plan entries, blocked ones included (they are shown as skipped).
        fraction: Share of the estimated working time of the runnable entries behind us,
            0.0 to 1.0; counted steps are estimated from their tempo or a default pace.
        step: The current entry's step as a person counts it (both sides of a step are one
            step, as on the routine card); the last step once the session has completed.
        steps: The plan's steps counted that way.
        side: The current entry's side when its step runs on more than one side, so that
            "Step 1 of 1" can say which side it is on; None otherwise.
        side_place: With ``side``, 1 on the step's first side and 2 on its second: "right
            side, then left", "left side (2nd side)"; 0 otherwise.
        part: With ``parts``, the current entry's part of the session, each side one part
            (``step_count.part_number``); the last once the session has completed.
        parts: The parts that run when the plan is counted by parts (its step numbers go
            back, ``step_count.counts_parts``), else 0: "Part 14 of 19 · step 6 of 13".
    """

    index: int
    total: int
    fraction: float
    step: int = 0
    steps: int = 0
    side: Side | None = None
    side_place: int = 0
    part: int = 0
    parts: int = 0


MASSAGED_S = 0.5
"""Work below this shows as "0 s": nothing was massaged, so there is nothing to aftercare."""

MOVE_AFTER_S = 30.0
"""Work in skipped steps after which "move the area gently" still follows: half a minute of
massage before a skip. Less, with no step done or under way, is skipping through: 13 s over
16 skipped steps got "move the area gently" after "0 of 16 done" (walk 6, finding 21)."""


class Aftercare(StrEnum):
    """What to do once a session is over."""

    REST = "rest"  # stopped because it hurt: rest the area, no more massage today
    MOVE = "move"  # something was massaged: move the area gently, as the guides suggest


@dataclass(frozen=True)
class SessionSummary:
    """What a session amounted to.

    Attributes:
        outcome: How it ended (in progress while it runs).
        total_s: Running time from start to end, pauses excluded.
        work_s: Massage time: the seconds of the steps that work a region (the records'
            actual seconds, less those of the steps that only get the hands ready).
        lead_in_s: Time spent in get-ready and switch-sides phases.
        paused_s: Time spent paused.
        done: Steps done.
        skipped: Steps skipped.
        blocked: Steps passed over as blocked.
        ratings: Region id -> (rating before, rating after); either may be missing.
        stop_reason: Why the session was stopped for pain, if it was.
        planned: Steps in the plan (both sides counted), so "14 done, 1 skipped" can say
            "of 16"; None where it is not known (sessions listed from the store).
        stopped_step: The step (numbered as the player numbers it) the session was ended in,
            when it ended early with a step under way; that step counts neither as done nor
            as skipped ("Stop – it hurts" is not a skip). None otherwise.
        one_sided: Steps of ``done`` done on one side only, the other side not (skipped,
            stopped or not reached); a side left out for safety is no gap.
        one_side: The side those steps were done on, when it is the same for all of them.
        not_reached: Steps the session never came to; None where it is not known.
        skipped_work_s: Of ``work_s``, the seconds in steps the person skipped (the step
            under way at an early end is not skipped).
        both_sided: Steps of ``done`` done on two sides: "1 of 1 done" after the header
            said "Step 1 of 1" on each thigh is said with "both sides".
        by_parts: The counts are parts, each side of a step one, as the player counted them
            ("Part 14 of 19") in a session that works one side, then the other
            (``counts_parts``); else steps, their sides folded together.
        prepared_s: The seconds in steps that only get the hands ready (pouring and warming
            the oil), whatever became of them: no area was massaged in them, so they are not
            in ``work_s``.

    With a plan (``summarise``'s ``plan``), every count is of steps as the card and the player
    number them: both sides of a step are one step ("1 of 7", never "1 of 12"). A step counts
    as done when a side of it was done, as stopped when the session ended in it, as skipped
    when it was skipped, and as left out for safety when no side of it may run.
    """

    outcome: Outcome
    total_s: float
    work_s: float
    lead_in_s: float
    paused_s: float
    done: int
    skipped: int
    blocked: int
    ratings: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    stop_reason: str | None = None
    planned: int | None = None
    stopped_step: int | None = None
    one_sided: int = 0
    one_side: Side | None = None
    not_reached: int | None = None
    skipped_work_s: float = 0.0
    both_sided: int = 0
    prepared_s: float = 0.0
    by_parts: bool = False

    @property
    def length_s(self) -> float:
        """The session's length as every screen gives it: the time spent on its steps.

        One definition for the summary, the history list, its details and the week chart (the
        history stores this sum as ``active_s``): the massage steps' recorded seconds, from the
        first step to the last, resumed parts included. Getting ready, switching sides and pauses
        are left out. ``total_s`` (running time) counted them, and only since a resume: the
        summary said "1 min 38 s" where the history said "1 min", and "28 s" with "30 s of it
        massaging". Warming the oil is left out too (``prepared_s``): 7 s of it read as "7 s"
        of massage time beside "no part finished".
        """
        return self.work_s

    @property
    def massaged(self) -> bool:
        """Whether any massage was done (at least what shows as "1 s" of work)."""
        return self.work_s >= MASSAGED_S

    @property
    def aftercare(self) -> Aftercare | None:
        """The advice for after the session, or None when nothing was massaged.

        A stop for pain always gets the stop advice, even after 0 s: the pain is the
        reason for the advice, not the massage. Otherwise "move gently" follows massage only:
        some work in steps done or under way at the end, or ``MOVE_AFTER_S`` before skips.
        """
        if self.outcome is Outcome.STOPPED_FOR_PAIN:
            return Aftercare.REST
        # Steps done, and the one under way; pouring the oil (not in ``work_s``) is no massage
        # to move after (walk 7: "move the area gently" after 1 of 13 steps, the oil poured).
        kept = self.work_s - self.skipped_work_s
        worked = kept >= MASSAGED_S or self.skipped_work_s >= MOVE_AFTER_S
        return Aftercare.MOVE if self.massaged and worked else None

    @property
    def steps_run(self) -> int | None:
        """The plan's steps that could run (those not left out for safety); None unknown.

        The count "of" which steps are done, as the player counts "Step 1 of 14" where the
        health profile leaves 2 of 16 out: "0 of 16 done · 2 left out" counted the left-out
        ones twice (walk 8, finding 4).
        """
        return None if self.planned is None else self.planned - self.blocked

    @property
    def finished_with_gaps(self) -> bool:
        """Run to the end with some step that could run not done (or done on one side only)."""
        runnable = (self.planned or 0) - self.blocked
        gaps = self.done < runnable or self.one_sided > 0
        return self.outcome is Outcome.COMPLETED and gaps

    @property
    def mostly_skipped(self) -> bool:
        """Run to the end with fewer than half the steps that could run done.

        "Finished" after 1 of 13 steps and 1 s of massage read as a session done (walk 7,
        finding 7); the summary, the player's last line and the history say so alike.
        """
        runnable = (self.planned or 0) - self.blocked
        return self.finished_with_gaps and self.done * 2 < runnable

    @property
    def skipped_to_end(self) -> bool:
        """Whether every step was reached, by skipping, and none done.

        The runner ends such a session early (nothing was massaged), but it was not ended
        part-way: "Stopped at step 16 of 16" and "Ended early" said it was (walk 6, #21).
        """
        return (
            self.outcome is Outcome.STOPPED_EARLY
            and self.stopped_step is None
            and self.not_reached == 0
            and self.done == 0
        )


def progress_of(plan: Plan, index: int, current_work_s: float, ended: bool) -> Progress:
    """Progress with entry ``index`` current and ``current_work_s`` worked in its run."""
    step, steps = step_number(plan, index)
    part, parts = part_number(plan, index) if counts_parts(plan) else (0, 0)
    if ended:
        return Progress(len(plan), len(plan), 1.0, steps, steps, part=parts, parts=parts)
    runnable = plan.runnable
    total = sum(e.estimated_s for e in runnable)
    behind = sum(e.estimated_s for e in runnable if e.index < index)
    if index < len(plan):
        behind += min(current_work_s, plan.entries[index].estimated_s)
    fraction = behind / total if total > 0 else 0.0
    sided = step_sides(plan, index) > 1
    side = plan.entries[index].side if sided else None
    place = side_place(plan, index) if sided else 0
    return Progress(
        index, len(plan), min(1.0, max(0.0, fraction)), step, steps, side, place, part, parts
    )


def summarise(
    outcome: Outcome,
    records: Sequence[StepRecord],
    times: tuple[float, float, float],
    ratings_before: Mapping[str, int],
    ratings_after: Mapping[str, int],
    stop_reason: str | None,
    planned: int | None = None,
    stopped: tuple[int, int] | None = None,
    plan: Plan | None = None,
) -> SessionSummary:
    """Build the summary from the records, ``(total, lead-in, paused)`` seconds and ratings.

    ``stopped`` is ``(plan index, step number)`` of the entry under way when the session was
    ended early. Its record says "skipped" (the step was left unfinished), but the summary
    counts it apart: after "Stop – it hurts" a "1 skipped" read as if the person had skipped.
    With ``plan``, steps are counted with their sides folded together (``fold_counts``).
    """
    if plan is not None:
        return _folded(
            summarise(
                outcome, records, times, ratings_before, ratings_after, stop_reason, None, stopped
            ),
            plan,
            records,
            stopped,
        )
    total_s, lead_in_s, paused_s = times
    counts = {status: sum(r.status is status for r in records) for status in StepStatus}
    counts[StepStatus.SKIPPED] -= len(left_by_back(records, stopped[0] if stopped else None))
    left = stopped is not None and any(
        r.position == stopped[0] and r.status is StepStatus.SKIPPED for r in records
    )
    if left:
        counts[StepStatus.SKIPPED] -= 1
    # A step that only gets the hands ready records no region (``RecordBook.record``), and
    # the history counts massage time by the same rule (``storage.codec.insert_step``).
    massage = [r for r in records if r.region_ids]
    skipped_s = sum(
        r.actual_s
        for r in massage
        if r.status is StepStatus.SKIPPED and (stopped is None or r.position != stopped[0])
    )
    regions = rating_order([*ratings_before, *ratings_after])  # the dialogs' order
    return SessionSummary(
        outcome=outcome,
        total_s=total_s,
        work_s=sum(r.actual_s for r in massage),
        lead_in_s=lead_in_s,
        paused_s=paused_s,
        done=counts[StepStatus.DONE],
        skipped=counts[StepStatus.SKIPPED],
        blocked=counts[StepStatus.BLOCKED],
        ratings={r: (ratings_before.get(r), ratings_after.get(r)) for r in regions},
        stop_reason=stop_reason,
        planned=planned,
        stopped_step=stopped[1] if stopped is not None and left else None,
        skipped_work_s=skipped_s,
        prepared_s=sum(r.actual_s for r in records if not r.region_ids),
    )


def _folded(
    base: SessionSummary,
    plan: Plan,
    records: Sequence[StepRecord],
    stopped: tuple[int, int] | None,
) -> SessionSummary:
    """``base`` with its step counts taken again, a step's sides folded into one step.

    The summary said "1 of 12 done" where the card said "7 steps" and the player "Step 2 of 7".
    Where the player counts parts, so does the summary: after "Part 14 of 19" it said "0 of 13
    done · 13 skipped" for 19 parts skipped (walk 9, P1-i).
    """
    by_parts = counts_parts(plan)
    stopped_index = stopped[0] if stopped is not None else None
    passed = left_by_back(records, stopped_index)  # not reached: left out of ``status``
    status = {r.position: r.status for r in records if r.position not in passed}
    steps: dict[StepKey | int, list[PlanEntry]] = {}
    for entry in plan.entries:
        steps.setdefault(entry.index if by_parts else step_key(entry), []).append(entry)
    done = skipped = blocked = not_reached = one_sided = both_sided = 0
    stopped_step: int | None = None
    sides: set[Side | None] = set()
    number = 0  # numbered as the player numbers them: a left-out step has no number
    for entries in steps.values():
        runnable = [e for e in entries if not e.blocked]
        number += bool(runnable)
        worked = [e for e in runnable if status.get(e.index) is StepStatus.DONE]
        if not runnable:
            blocked += 1
        elif worked:
            done += 1
            if len(worked) < len(runnable):
                one_sided += 1
                sides.update(e.side for e in worked)
            elif len(worked) > 1:
                both_sided += 1
            if any(e.index == stopped_index for e in runnable):
                stopped_step = number  # ended on the other side of a step done on one
        elif any(e.index == stopped_index for e in runnable):
            stopped_step = number
        elif any(status.get(e.index) is StepStatus.SKIPPED for e in runnable):
            skipped += 1
        else:
            not_reached += 1
    return replace(
        base,
        done=done,
        skipped=skipped,
        blocked=blocked,
        planned=len(steps),
        stopped_step=stopped_step,
        one_sided=one_sided,
        one_side=next(iter(sides)) if len(sides) == 1 else None,
        not_reached=not_reached,
        both_sided=both_sided,
        by_parts=by_parts,
    )
