"""Verdicts of the health screening, and today's quick check before the day's first session.

No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from massage_desktop.domain.enums import RuleEffect


@dataclass(frozen=True)
class Verdict:
    """What the screening says about a technique, a region or a routine item.

    Attributes:
        effect: The strongest effect, or None when nothing applies.
        reasons: Why, in plain sentences, strongest first.
        advice: What to do instead, strongest first.
        conditions: The condition ids behind it.
        blocked_regions: Where it must not be done, when only some of the regions are blocked.
        left_out: Names of what is left out (techniques "here", or regions "on"), kept apart
            from the reasons so the interface can word the sentence in the user's language.
        left_out_where: "here" (techniques left out on a region) or "on" (regions a technique
            is left out on); empty when nothing is left out.
        elsewhere: The person's own conditions that are about a place they named, none of
            it here: (condition id, the region ids named). The guide says "yours is at the
            left knee, not here" instead of "Do not massage if you have: Fresh injury".
        unticked: The conditions the health profile asks about that this person, who ticked
            others, did not tick: named in one line, not listed as if they applied.
    """

    effect: RuleEffect | None = None
    reasons: tuple[str, ...] = ()
    advice: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    blocked_regions: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()
    left_out_where: str = ""
    elsewhere: tuple[tuple[str, tuple[str, ...]], ...] = ()
    unticked: tuple[str, ...] = ()

    @property
    def blocked(self) -> bool:
        """Whether it may not start at all."""
        return self.effect is RuleEffect.BLOCK

    @property
    def left_out_text(self) -> str:
        """The English sentence naming what is left out, e.g. "Left out here: Flushing."."""
        if not self.left_out:
            return ""
        names = self.left_out
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f"Left out {self.left_out_where}: {listed}."

    @property
    def text(self) -> str:
        """What is left out, the reasons, then the advice as one paragraph (English)."""
        return " ".join(t for t in (self.left_out_text, *self.reasons, *self.advice) if t)


TODAY_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "swelling",
        "Is there any new swelling, redness or warmth?",
        "New swelling, redness or warmth can point to an injury or an infection.",
    ),
    ("sharp_pain", "Is there any sharp pain?", "Sharp pain is a warning sign to stop."),
    (
        "new_injury",
        "Has there been an injury since the last massage?",
        "A fresh injury needs to be checked before anyone massages it.",
    ),
)
"""Today's quick check, asked before the first session of each day (a pass holds for the
rest of that day): ``TodayCheck`` field, question, and why a yes stops it."""


WHOLE_BODY = "The check does not ask where, so a yes rules out massage anywhere today."
"""Why a yes to today's check stops every session, not only one area's."""


@dataclass(frozen=True)
class TodayCheck:
    """Answers to today's quick check; True means "yes"."""

    swelling: bool = False
    sharp_pain: bool = False
    new_injury: bool = False

    def verdict(self) -> Verdict:
        """BLOCK with stop advice when any answer is yes, else a clear verdict."""
        said = tuple(reason for key, _, reason in TODAY_QUESTIONS if getattr(self, key))
        if not said:
            return Verdict()
        # The questions do not ask where, so a yes cannot be kept to one area as the health
        # profile's located injury is (its rule blocks the regions named): say so, rather
        # than lock the whole body without a word (walk 4).
        said = (*said, WHOLE_BODY)
        advice = (
            "Do not massage today.",
            "Have it checked by a doctor or other health professional before you massage again.",
            *(
                ("If a calf is swollen, warm or red, get medical care now.",)
                if self.swelling
                else ()
            ),
        )
        return Verdict(RuleEffect.BLOCK, said, advice, ("acute-injury",))


def routine_verdict(items: Sequence[tuple[int, Verdict]]) -> Verdict:
    """One verdict for a whole routine.

    Blocked only when every item is; otherwise a caution naming every item's reasons,
    because blocked items are passed over, not run.
    """
    if not items or all(v.effect is None for _, v in items):
        return Verdict()
    reasons = tuple(dict.fromkeys(r for _, v in items for r in v.reasons))
    advice = tuple(dict.fromkeys(a for _, v in items for a in v.advice))
    wheres = sorted({v.left_out_where for _, v in items if v.left_out})
    left_out = tuple(dict.fromkeys(n for _, v in items for n in v.left_out))
    where = wheres[0] if len(wheres) == 1 else ""
    if len(wheres) > 1:  # techniques and regions cannot share one sentence: keep each apart
        reasons = (*(v.left_out_text for _, v in items if v.left_out), *reasons)
        left_out = ()
    if all(v.blocked for _, v in items):
        return Verdict(RuleEffect.BLOCK, reasons, advice)
    if any(v.blocked for _, v in items):
        advice = (*advice, "Steps your profile rules out are skipped and shown as left out.")
    return Verdict(RuleEffect.CAUTION, reasons, advice, left_out=left_out, left_out_where=where)
