"""Verdicts of the health screening, and the quick check before each session. No Qt."""

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
    """

    effect: RuleEffect | None = None
    reasons: tuple[str, ...] = ()
    advice: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    blocked_regions: tuple[str, ...] = ()

    @property
    def blocked(self) -> bool:
        """Whether it may not start at all."""
        return self.effect is RuleEffect.BLOCK

    @property
    def text(self) -> str:
        """Reasons then advice as one paragraph, e.g. for a tooltip."""
        return " ".join((*self.reasons, *self.advice))


TODAY_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "swelling",
        "Is there any new swelling, redness or warmth?",
        "New swelling, redness or warmth can point to an injury or an infection.",
    ),
    ("sharp_pain", "Do you have any sharp pain?", "Sharp pain is a warning sign to stop."),
    (
        "new_injury",
        "Have you hurt yourself since you last massaged?",
        "A fresh injury needs to be checked before anyone massages it.",
    ),
)
"""The check before each session: ``TodayCheck`` field, question, and why a yes stops it."""


@dataclass(frozen=True)
class TodayCheck:
    """Answers to the quick check before a session; True means "yes"."""

    swelling: bool = False
    sharp_pain: bool = False
    new_injury: bool = False

    def verdict(self) -> Verdict:
        """BLOCK with stop advice when any answer is yes, else a clear verdict."""
        said = tuple(reason for key, _, reason in TODAY_QUESTIONS if getattr(self, key))
        if not said:
            return Verdict()
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
    if all(v.blocked for _, v in items):
        return Verdict(RuleEffect.BLOCK, reasons, advice)
    if any(v.blocked for _, v in items):
        advice = (*advice, "Steps your profile rules out are skipped and shown as left out.")
    return Verdict(RuleEffect.CAUTION, reasons, advice)
