"""One way of counting a partly ruled-out routine's steps, in the same words everywhere.

The routine card said "9 of 13 steps left out" where the start sheet said "8 of 13 remain (4
on one side only)" and the summary "5 left out for safety" (walk 7, finding 4): the card
counted a step kept to one side as left out, the others did not. Now a step is "left out"
only when none of its sides runs, and a step kept to one side is said as such, on the card,
the routine page, the guide's start note, the start sheet and the printed card alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.engine.step_count import StepCount
from massage_desktop.ui.i18n import fill


def steps_text(steps: int) -> str:
    """``16 steps``: numbered steps, a step on both sides once (``engine.step_count``)."""
    return (
        QCoreApplication.translate("StepWords", "1 step")
        if steps == 1
        else QCoreApplication.translate("StepWords", "%n steps", None, steps)
    )


def left_out_text(count: StepCount) -> str:
    """``13 steps, 5 left out, 4 on one side only``: one count, and what the profile changes.

    A routine the player counts by parts ("Part 14 of 44 · left side") is counted in parts
    here too, with the steps they are made of (``parts_made_of``): ``44 parts (28 steps,
    16 of them on each side), 4 parts left out``. The card said "28 steps (19
    techniques), 2 on one side only, 42 parts, a side each", three numberings a new user
    could not follow, and its left-out steps stood beside the summary's left-out parts
    (walk 10, a08, b07, b103). The techniques are no longer counted: the step list says them.

    Args:
        count: The plan's steps as a person counts them, with its parts when it has them.
    """
    words: list[str] = []
    if count.parts:
        words.append(parts_made_of(count))
        if count.parts_left_out:
            # "Parts" named again: after "(13 steps, …)", "14 left out" read as steps.
            words.append(
                QCoreApplication.translate("StepWords", "1 part left out")
                if count.parts_left_out == 1
                else QCoreApplication.translate(
                    "StepWords", "%n parts left out", None, count.parts_left_out
                )
            )
    else:
        words.append(steps_text(count.total))
        if count.left_out:
            words.append(
                fill(QCoreApplication.translate("StepWords", "%1 left out"), count.left_out)
            )
        if count.one_sided:
            words.append(
                fill(
                    QCoreApplication.translate("StepWords", "%1 on one side only"),
                    count.one_sided,
                )
            )
    return QCoreApplication.translate("StepWords", ", ").join(words)


def parts_made_of(count: StepCount) -> str:
    """``24 parts (13 steps, 11 of them on each side)``: the parts and where they come from.

    A part is a step on one side, and the card's count alone did not say so: an own routine
    of one technique on both sides read "6 parts, one side then the other" where its user
    counted 2, one a side; the technique has 3 steps, each on both sides. The steps the
    parts are made of are named, so the sum can be followed (3 on each side make 6), and a
    routine counted in steps ("16 steps") beside it reads as another way to count.

    Args:
        count: A plan counted by parts (``count.parts``), its left-out parts included.
    """
    parts = count.parts + count.parts_left_out
    if not count.both_sided or parts != count.total + count.both_sided:
        # Not a side each (a step on three places): the order alone, as the player counts.
        return fill(
            QCoreApplication.translate("StepWords", "%1, one side then the other"),
            parts_text(parts),
        )
    if count.both_sided == count.total:
        return fill(
            QCoreApplication.translate("StepWords", "%1 (%2 on each side)"),
            parts_text(parts),
            steps_text(count.total),
        )
    return fill(
        QCoreApplication.translate("StepWords", "%1 (%2, %3 of them on each side)"),
        parts_text(parts),
        steps_text(count.total),
        count.both_sided,
    )


def part_meaning() -> str:
    """What a part is, for a tooltip beside a count in parts: a step on one side."""
    return QCoreApplication.translate(
        "StepWords",
        "A part is one step on one side: a step done on both sides is two parts.",
    )


def parts_text(parts: int) -> str:
    """``44 parts``: a routine the player counts by parts, each side of a step one part."""
    if parts == 1:
        return QCoreApplication.translate("StepWords", "1 part")
    return QCoreApplication.translate("StepWords", "%n parts", None, parts)


def runs_without_text(count: StepCount) -> str:
    """``Runs without 5 of its 13 steps, 4 more on one side only``: a note's opening words.

    In parts when the player counts by them (``left_out_text``): ``Runs without 4 of its 44
    parts``, the parts the summary then counts as "left out for safety".
    """
    if count.parts:
        return fill(
            QCoreApplication.translate("StepWords", "Runs without %1 of its %2 parts"),
            count.parts_left_out,
            count.parts + count.parts_left_out,
        )
    if not count.left_out:
        return fill(
            QCoreApplication.translate("StepWords", "Runs %1 of its %2 steps on one side only"),
            count.one_sided,
            count.total,
        )
    if not count.one_sided:
        return fill(
            QCoreApplication.translate("StepWords", "Runs without %1 of its %2 steps"),
            count.left_out,
            count.total,
        )
    return fill(
        QCoreApplication.translate(
            "StepWords", "Runs without %1 of its %2 steps, %3 more on one side only"
        ),
        count.left_out,
        count.total,
        count.one_sided,
    )
