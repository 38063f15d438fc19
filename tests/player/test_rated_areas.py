"""A session rates the areas it really massages, as a few questions (walk 8, finding 2)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from tests.player.conftest import massage_through

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.routines import Routine, RoutineItem
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.rated import MOST_RATED, worked_entries
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.history import wording
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.dialogs import SummaryDialog
from massage_desktop.ui.player.questions import AutomaticAnswers
from massage_desktop.ui.player.ratings import rated_regions
from massage_desktop.ui.player.start_sheet import before_start_sheet

BUILT_IN = [
    "ankles-kneading",
    "arms-kneading",
    "hands-kneading",
    "knee-care",
    "neck-shoulders-kneading",
    "partner-knee-thigh",
    "partner-leg",
    "self-massage-tour",
    "stomach-kneading",
    "thighs-calves-kneading",
]


def _zone_of(catalog: Catalog, region_id: str) -> str:
    """The zone a region is in, both sides together ("leg")."""
    area = catalog.regions[region_id].area
    return next(z.id for z in catalog.zones.values() if area in z.areas)


def _worked_zones(catalog: Catalog, plan: Plan) -> dict[str, float]:
    """Seconds each zone (both sides together) is massaged, warming the oil left out."""
    seconds: dict[str, float] = {}
    for entry in worked_entries(plan):
        for region_id in entry.region_ids:
            zone = _zone_of(catalog, region_id)
            seconds[zone] = seconds.get(zone, 0.0) + entry.estimated_s / len(entry.region_ids)
    return seconds


def _rated_zone(catalog: Catalog, key: str) -> str:
    """The zone a rated key is about: a region's zone, or the zone the key names."""
    if key in catalog.regions:
        return _zone_of(catalog, key)
    return key.removesuffix("-right").removesuffix("-left")


def test_every_built_in_routine_is_listed(catalog: Catalog) -> None:
    assert sorted(r for r in catalog.routines if not catalog.is_own(r)) == BUILT_IN


@pytest.mark.parametrize("routine_id", BUILT_IN)
@pytest.mark.parametrize("picked", [None, "front-knee-right", "front-armpit-left"])
def test_a_routine_rates_what_it_massages_and_its_main_areas(
    catalog: Catalog, routine_id: str, picked: str | None
) -> None:
    routine = catalog.routines[routine_id]
    plan = build_plan(catalog, routine, repeat=routine.repeat is not None)
    rated = rated_regions(catalog, plan, picked)
    keys = [key for key, _name in rated]
    worked = _worked_zones(catalog, plan)
    worked_regions = {r for e in worked_entries(plan) for r in e.region_ids}
    # A few questions, each about something the routine massages.
    assert 1 <= len(keys) <= MOST_RATED + (keys[0] == picked)
    assert len(set(keys)) == len(keys)
    for key in keys:
        assert _rated_zone(catalog, key) in worked, (routine_id, key)
        if key in catalog.regions:
            assert key in worked_regions, (routine_id, key)
        side = key.rpartition("-")[2]
        if side in ("right", "left"):  # "Right leg" only when the right leg is massaged
            assert any(
                r.endswith(f"-{side}") and _zone_of(catalog, r) == _rated_zone(catalog, key)
                for r in worked_regions
            ), (routine_id, key)
    # ... covering its main areas: every zone worked at least half as long as the longest.
    top = max(worked.values())
    main = {zone for zone, s in worked.items() if s >= top / 2}
    assert main <= {_rated_zone(catalog, key) for key in keys}, (routine_id, keys, worked)
    # Named as the person answers them: no region ids, no palm of the massager.
    for key, name in rated:
        assert name == catalog.place_name(key)
        assert name != key
        assert "palm" not in key or routine_id == "hands-kneading"


def test_a_leg_massage_asks_about_each_leg(catalog: Catalog) -> None:
    # It asked only about "Right ankle and Achilles tendon" (walk 8).
    plan = build_plan(catalog, catalog.routines["partner-leg"])
    assert [name for _key, name in rated_regions(catalog, plan, None)] == ["Right leg", "Left leg"]
    plan = build_plan(catalog, catalog.routines["ankles-kneading"])
    assert [name for _key, name in rated_regions(catalog, plan, None)] == [
        "Right foot and ankle",
        "Left foot and ankle",
    ]


def test_the_zones_are_named_in_german(german_catalog: Catalog) -> None:
    plan = build_plan(german_catalog, german_catalog.routines["partner-leg"])
    assert [name for _key, name in rated_regions(german_catalog, plan, None)] == [
        "Rechtes Bein",
        "Linkes Bein",
    ]


class _Rating(AutomaticAnswers):
    """Rates every place asked about: 6 before the session, 3 after it."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.asked: list[list[tuple[str, str]]] = []
        self.summaries: list[SessionSummary] = []

    def show_summary(self, summary: SessionSummary) -> None:
        self.summaries.append(summary)

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        self.asked.append(list(regions))
        return {region_id: 6 if previous is None else 3 for region_id, _name in regions}


def test_an_own_hand_routine_does_not_rate_the_area_last_clicked(
    window: MainWindow, catalog: Catalog, clock: ManualClock
) -> None:
    # A partner routine of oil warming and hand kneading, started with the left armpit
    # last clicked, asked to rate "Left armpit and lower shoulder" (walk 8).
    mine = Routine(
        id="my-partner-hands", name="Partner hands", summary="s", performer="partner",
        items=[
            RoutineItem(technique="warm-oil"),
            RoutineItem(technique="kneading-hands-wrists", regions=["front-palm-right"]),
        ],
        sources=["kneading"],
    )  # fmt: skip
    catalog.set_own_routines([mine])
    try:
        questions = _Rating()
        window.flow.questions = questions
        window.select_region("front-armpit-left")
        assert window.flow.start_routine("my-partner-hands")
        # Nor does the armpit give the palms their side: the left palm was lit as "Now". The
        # oil is warmed in the giver's hands, so none of the partner's is lit (walk 9, P1-l).
        assert window.map_pane.map.marked_regions() == frozenset()
        massage_through(window, clock)
    finally:
        catalog.set_own_routines([])
    before, after = questions.asked
    assert [name for _key, name in before] == ["Right hand"]
    assert after == before


def test_the_summary_names_the_zone_rated(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, clock: ManualClock
) -> None:
    questions = _Rating()
    window.flow.questions = questions
    assert window.flow.start_routine("partner-leg")
    massage_through(window, clock)
    [summary] = questions.summaries
    dialog = SummaryDialog(catalog, summary)
    qtbot.addWidget(dialog)
    lines = dialog.text().splitlines()
    assert "Right leg: 6 → 3" in lines
    assert "Left leg: 6 → 3" in lines


def test_the_sheet_before_asks_about_each_leg_of_the_partner(
    qtbot: QtBot, catalog: Catalog
) -> None:
    plan = build_plan(catalog, catalog.routines["partner-leg"])
    dialog = BeforeStartSheet(catalog, before_start_sheet(catalog, plan, Verdict()))
    qtbot.addWidget(dialog)
    assert [scale.label.text() for scale in dialog.scales] == [
        "<b>Right leg</b>",
        "<b>Left leg</b>",
    ]
    heading = dialog.sections["rating"].findChild(QLabel)
    assert heading is not None
    # Two rows: "in each area", not "there" as for one.
    assert "your partner feel in each area now" in heading.text()


def test_history_names_zones_and_the_regions_rated_before_them(
    catalog: Catalog, german_catalog: Catalog
) -> None:
    assert wording.region_name(catalog, "leg-left") == "Left leg"
    assert wording.region_name(german_catalog, "leg-left") == "Linkes Bein"
    assert wording.region_name(catalog, "neck-shoulders") == "Neck and shoulders"
    assert wording.region_name(catalog, "foot") == "Feet and ankles"  # both sides as one
    # Sessions rated before zones keep their region's name.
    assert wording.region_name(catalog, "front-knee-left") == "Left knee"
    assert wording.region_name(catalog, "gone-region") == "gone-region"


def test_the_tour_asks_about_every_zone_it_works_in_its_order(catalog: Catalog) -> None:
    # It asked about feet, legs, arms and neck only: never the lower back it starts with,
    # nor the belly (walk 9, P2-a).
    plan = build_plan(catalog, catalog.routines["self-massage-tour"])
    assert [name for _key, name in rated_regions(catalog, plan, None)] == [
        "Back",
        "Feet and ankles",
        "Stomach",
        "Legs",
        "Arms",
        "Hands",
        "Neck and shoulders",
    ]
    # The knee picked on the map comes first; the zones stay.
    picked = [name for _key, name in rated_regions(catalog, plan, "front-knee-right")]
    assert picked[:3] == ["Right knee", "Back", "Feet and ankles"]
    assert len(picked) == 8


def test_a_short_technique_on_both_sides_asks_about_both(catalog: Catalog) -> None:
    # Calf kneading from the right calf runs "right side, then left" and asked only about
    # the right calf (walk 9, P3-d).
    technique = catalog.techniques["calf-kneading"]
    plan = build_plan(catalog, technique, focus="back-calf-right")
    assert [name for _key, name in rated_regions(catalog, plan, "back-calf-right")] == [
        "Right calf",
        "Left calf",
    ]
    plan = build_plan(catalog, technique)
    assert [name for _key, name in rated_regions(catalog, plan, None)] == [
        "Right leg",
        "Left leg",
    ]
    # Kneading started from the left calf works that calf only, and asks about it only.
    plan = build_plan(catalog, catalog.techniques["kneading"], focus="back-calf-left")
    assert [name for _key, name in rated_regions(catalog, plan, "back-calf-left")] == ["Left calf"]
