"""A session stopped in its first part names the side it began on (walk 17).

Two sessions of one routine, both stopped in part 1 on the right, said "Side: Both sides"
(both legs rated before) and "Side: Right side": with no step done, the side came from the
ratings. The CSV said "right" for both.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.sessions import build_session

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import StepStatus
from massage_desktop.ui.history.steps_table import session_side

STARTED = datetime(2026, 5, 29, 19, 0, tzinfo=timezone(timedelta(hours=2)))


def test_a_part_begun_on_the_right_says_right_whatever_was_rated(catalog: Catalog) -> None:
    record = build_session(
        "stopped",
        STARTED,
        regions=["back-calf-right"],
        steps=1,
        status=StepStatus.SKIPPED,
        ratings_before={"back-calf-right": 4, "back-calf-left": 3},
    )
    begun = record.steps[0].model_copy(update={"side": Side.RIGHT, "actual_s": 6.0})
    assert session_side(catalog, record.model_copy(update={"steps": [begun]})) == "right"
    # Nothing massaged at all: the ratings are all there is to say it.
    untouched = begun.model_copy(update={"actual_s": 0.0})
    assert session_side(catalog, record.model_copy(update={"steps": [untouched]})) == "both"
