"""A technique started from a region works there: narrowed, the chosen side first, resumable."""

from __future__ import annotations

from datetime import UTC, datetime

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import SessionRecord, StepRecord, StepStatus
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.resume_plan import resumed_plan


def test_a_technique_usable_anywhere_is_done_where_it_was_chosen(catalog: Catalog) -> None:
    kneading = catalog.techniques["kneading"]
    everywhere = build_plan(catalog, kneading)
    assert len(everywhere.entries[0].region_ids) > 10  # the guides allow it almost anywhere
    plan = build_plan(catalog, kneading, focus="back-upper-back")
    assert [e.region_ids for e in plan.entries] == [("back-upper-back",)] * len(everywhere)
    calf = build_plan(catalog, kneading, focus="back-calf-left")
    assert {r for e in calf.entries for r in e.region_ids} == {"back-calf-left"}


def test_strokes_along_a_limb_keep_their_path_and_start_on_the_chosen_side(
    catalog: Catalog,
) -> None:
    strokes = catalog.techniques["leg-effleurage-self"]
    assert build_plan(catalog, strokes).entries[0].side is Side.RIGHT  # the guides' order
    plan = build_plan(catalog, strokes, focus="front-knee-left")
    assert [e.side for e in plan.entries][:1] == [Side.LEFT]
    assert plan.entries[0].region_ids == build_plan(catalog, strokes).entries[1].region_ids
    assert {e.side for e in plan.entries} == {Side.LEFT, Side.RIGHT}  # both legs still


def test_a_step_on_both_sides_of_one_area_at_once_is_left_whole(catalog: Catalog) -> None:
    technique = catalog.techniques["temple-rub"]  # both temples together
    plain = build_plan(catalog, technique)
    assert build_plan(catalog, technique, focus="front-temple-left").entries == plain.entries


def test_a_step_done_on_one_knee_at_a_time_works_the_chosen_one(catalog: Catalog) -> None:
    technique = catalog.techniques["patellar-mobilisation"]
    assert technique.one_side_at_a_time
    plain = build_plan(catalog, technique)
    assert {r for e in plain.entries for r in e.region_ids} >= {
        "front-kneecap-left",
        "front-kneecap-right",
    }
    left = build_plan(catalog, technique, focus="front-kneecap-left")
    assert [e.region_ids for e in left.entries] == [("front-kneecap-left", "front-knee-left")] * 2
    first = left.entries[0]
    record = _record([(first.technique_id, first.step_index, list(first.region_ids), None)])
    assert resumed_plan(catalog, technique, record).entries == left.entries


def _record(plan_entries: list[tuple[str, int, list[str], Side | None]]) -> SessionRecord:
    when = datetime(2026, 12, 6, 9, tzinfo=UTC)
    return SessionRecord(
        id="s1",
        started_at=when,
        kind="technique",
        subject_id=plan_entries[0][0],
        performer="self",
        steps=[
            StepRecord(
                position=i,
                technique_id=t,
                step_index=s,
                region_ids=r,
                side=side,
                actual_s=10,
                status=StepStatus.DONE,
                started_at=when,
            )
            for i, (t, s, r, side) in enumerate(plan_entries)
        ],
    )


def test_an_interrupted_session_resumes_on_the_plan_it_ran(catalog: Catalog) -> None:
    strokes = catalog.techniques["leg-effleurage-self"]
    ran = build_plan(catalog, strokes, focus="front-knee-left")
    first = ran.entries[0]
    record = _record([(first.technique_id, first.step_index, list(first.region_ids), first.side)])
    assert resumed_plan(catalog, strokes, record).entries == ran.entries
    kneading = catalog.techniques["kneading"]
    ran = build_plan(catalog, kneading, focus="back-upper-back")
    first = ran.entries[0]
    record = _record([(first.technique_id, first.step_index, list(first.region_ids), None)])
    assert resumed_plan(catalog, kneading, record).entries == ran.entries


def test_a_session_matching_no_plan_resumes_on_the_plain_one(catalog: Catalog) -> None:
    kneading = catalog.techniques["kneading"]
    record = _record([("kneading", 0, ["front-no-such-region"], None)])
    assert resumed_plan(catalog, kneading, record).entries == build_plan(catalog, kneading).entries


def test_a_step_shows_the_warnings_of_its_own_regions_only(catalog: Catalog) -> None:
    """Stroking is used on the stomach too; a shoulder stroke does not warn about meals."""
    plan = build_plan(catalog, catalog.routines["neck-shoulders-kneading"])
    shoulder = next(e for e in plan.entries if e.technique_id == "stroking")
    titles = {w.title for w in shoulder.warnings}
    assert catalog.contraindications["stomach-ask-first"].title not in titles
    stomach = build_plan(catalog, catalog.routines["stomach-kneading"])
    belly = next(e for e in stomach.entries if e.technique_id == "stroking")
    assert catalog.contraindications["stomach-ask-first"].title in {w.title for w in belly.warnings}


def test_knee_care_on_one_knee_works_that_knee_and_resumes_there(catalog: Catalog) -> None:
    knee = catalog.routines["knee-care"]
    left = build_plan(catalog, knee, side=Side.LEFT)
    worked = {r for e in left.entries for r in e.region_ids}
    assert "front-kneecap-left" in worked
    assert not {r for r in worked if r.endswith("-right")}
    both = build_plan(catalog, knee, repeat=True, side=Side.LEFT)
    second = {r for e in both.entries if e.second_pass for r in e.region_ids}
    assert "front-kneecap-right" in second
    assert not {r for r in second if r.endswith("-left")}
    steps = [(e.technique_id, e.step_index, list(e.region_ids), e.side) for e in left.entries[:3]]
    record = _record(steps).model_copy(update={"kind": "routine", "subject_id": knee.id})
    assert resumed_plan(catalog, knee, record).entries == left.entries
