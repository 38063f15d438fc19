"""The card's words for sides, counts and what the profile leaves out."""

from __future__ import annotations

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.card import routine_card
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.card import text

pytestmark = pytest.mark.usefixtures("qapp")

INJURED = HealthProfile(conditions=("acute-injury",), regions={"acute-injury": ("back-calf-left",)})


def test_a_step_on_both_sides_says_each_side_right_first(catalog: Catalog) -> None:
    card = routine_card(catalog, catalog.routines["partner-leg"])
    step = next(s for s in card.steps if len(s.sides) == 2)
    assert "each side (right first)" in text.amount_text(catalog, step)
    assert text.side_order_text(card) == (
        "Sides: the whole routine on the right side first, then on the left."
    )


def test_a_side_left_out_leaves_the_other_side_only_and_points_to_the_reason(
    catalog: Catalog,
) -> None:
    card = routine_card(catalog, catalog.routines["partner-leg"], Screening(catalog, INJURED))
    first, later = [s for s in card.steps if s.left_out_sides][:2]
    assert "right side only" in text.amount_text(catalog, first)
    assert text.left_out_text(first).startswith("Left side left out by the health profile: ")
    assert text.left_out_text(later, first.number) == (
        f"Left side left out by the health profile (see step {first.number})."
    )
    count = card.count
    assert count.one_sided == card.left_out  # each marked step keeps its other side
    # Counted once, in the guide's unit (each side a part); the line under it points below.
    assert text.routine_count_text(card) == (
        f"24 parts (13 steps, 11 of them on each side), {count.one_sided} parts left out"
    )
    assert text.screening_text(card) == (
        "Checked against the health profile: what it leaves out is marked below."
    )


def test_step_lists_and_counts() -> None:
    assert text.step_numbers_text((3,)) == "Step 3"
    assert text.step_numbers_text((2, 5, 7)) == "Steps 2, 5, 7"
    assert text.page_text(2, 3) == "Page 2 of 3"


def test_a_step_gives_its_amount_without_naming_the_guide(catalog: Catalog) -> None:
    """The card is read at the massage table: the amount is what helps there.

    Walk 7, finding 13: its first step said "from the guide “Partner knee and thigh massage”".
    """
    card = routine_card(catalog, catalog.routines["partner-leg"])
    amounts = [text.amount_text(catalog, step) for step in card.steps]
    assert amounts[0] == "1 time"
    assert not [a for a in amounts if "guide" in a or "suggested" in a]
