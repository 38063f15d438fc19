"""The shipped content loads cleanly and keeps the guides' techniques, numbers and warnings."""

from __future__ import annotations

import pytest

from massage_desktop.content import check_folder, load_catalog
from massage_desktop.content.search import SearchIndex
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Heading, Severity, View
from massage_desktop.resources import data_dir


def test_every_shipped_file_is_clean() -> None:
    assert [str(p) for p in check_folder(data_dir())] == []


def test_regions_cover_the_guides_body_parts(catalog: Catalog) -> None:
    assert len(catalog.regions) >= 40
    parts = {r.part.split("-", 1)[1] for r in catalog.regions.values()}
    for part in (
        "face", "jaw", "temple", "neck", "skull-base", "shoulder", "armpit", "upper-back",
        "lower-back", "chest", "abdomen", "buttock", "biceps", "triceps", "forearm", "wrist",
        "hand", "palm", "fingers", "hip", "thigh", "inner-thigh", "outer-thigh", "hamstring",
        "kneecap", "knee", "shin", "calf", "ankle", "heel", "foot", "sole", "toes",
    ):  # fmt: skip
        assert part in parts, part
    for view in View:
        assert catalog.regions_in_view(view)


@pytest.mark.parametrize(
    "query",
    [
        "warm-up effleurage", "effleurage", "arm effleurage", "petrissage", "kneading",
        "finger rotations", "circular thumb pressure", "knuckling", "pummelling", "cupping",
        "tapping", "toe stretch", "finger massage", "palm", "base of the skull", "nutcracker",
        "grab", "armpit", "dimple", "ankle thumbing", "flushing", "calf kneading", "wringing",
        "thumbing the knee", "thigh push", "heel of the hand", "thumb circles", "fingertip circles",
        "fanning", "thumb stripping", "hamstring", "patellar mobilisation", "circular friction",
        "IT band", "finishing strokes", "warm your hands", "oil",
    ],
)  # fmt: skip
def test_every_guide_technique_can_be_found(catalog: Catalog, query: str) -> None:
    hits = SearchIndex(catalog).search(query)
    assert any(h.kind == "technique" for h in hits), f"no technique for {query!r}"


def test_numbers_from_the_guides_are_kept(catalog: Catalog) -> None:
    ranges = {
        tuple(s.duration_range_s)
        for t in catalog.techniques.values()
        for s in t.steps
        if s.duration_range_s
    }
    assert (5, 15) in ranges  # rub the hands for 5-15 seconds
    assert (120, 180) in ranges  # 2-3 minutes of warm-up
    reps = [s.repetitions_range for t in catalog.techniques.values() for s in t.steps]
    assert reps.count((5, 6)) >= 2  # flushing and the thigh push: five to six times
    thirty = [t.id for t in catalog.techniques.values() if any(s.duration_s == 30 for s in t.steps)]
    assert "ankle-thumbing" in thirty
    assert "calf-kneading" in thirty


def test_knee_care_routine_fits_five_to_ten_minutes(catalog: Catalog) -> None:
    routine = catalog.routines["knee-care"]
    assert routine.minutes == (5, 10)
    total = 0
    for item in routine.items:
        seconds = item.duration_s or catalog.techniques[item.technique].planned_seconds
        assert seconds is not None
        total += seconds
    assert 5 * 60 <= total <= 10 * 60
    first, last = routine.items[0].technique, routine.items[-1].technique
    assert catalog.techniques[first].phase == "warm_up"
    assert catalog.techniques[last].phase == "finish"


def test_required_routines_exist(catalog: Catalog) -> None:
    for routine_id in (
        "knee-care", "partner-leg", "partner-knee-thigh", "self-massage-tour",
        "neck-shoulders-kneading", "arms-kneading", "thighs-calves-kneading",
        "ankles-kneading", "hands-kneading", "stomach-kneading",
    ):  # fmt: skip
        assert routine_id in catalog.routines


def test_safety_content(catalog: Catalog) -> None:
    principles = {p.id: p for p in catalog.principles}
    stop = principles["stop-on-pain"].text.lower()
    for word in ("sharp pain", "numbness", "tingling"):
        assert word in stop
    severities = {c.severity for c in catalog.contraindications.values()}
    assert severities == set(Severity)
    assert len(catalog.seek_help) >= 5
    flushing = catalog.techniques["flushing"]
    assert any("varicose" in c.title.lower() for c in catalog.warnings_for(flushing))


@pytest.mark.parametrize(
    ("technique_id", "heading"),
    [
        ("leg-effleurage-partner", Heading.UP),  # towards the heart
        ("leg-effleurage-self", Heading.UP),  # from the foot up
        ("quadriceps-thumb-stripping", Heading.ALONG),  # knee to hip
        ("thigh-fanning", Heading.OUTWARD),  # inner to outer thigh
        ("it-band-strokes", Heading.DOWN),  # hip down towards the knee
        ("calf-kneading-stripping", Heading.UP),  # ankle towards the knee
    ],
)
def test_stroke_directions_follow_the_guides(
    catalog: Catalog, technique_id: str, heading: Heading
) -> None:
    strokes = [s.stroke for s in catalog.techniques[technique_id].steps if s.stroke]
    assert strokes
    assert all(s.heading is heading for s in strokes)


def test_stomach_is_kneaded_clockwise(catalog: Catalog) -> None:
    strokes = [s.stroke for s in catalog.techniques["kneading-stomach"].steps if s.stroke]
    assert strokes[0].heading is Heading.CLOCKWISE


def test_german_content_translates_knee_care_and_safety(catalog: Catalog) -> None:
    german = load_catalog(data_dir(), "de")
    routine = german.routines["knee-care"]
    assert routine.name != catalog.routines["knee-care"].name
    for item in routine.items:
        de, en = german.techniques[item.technique], catalog.techniques[item.technique]
        assert de.summary != en.summary, item.technique
        for de_step, en_step in zip(de.steps, en.steps, strict=True):
            assert de_step.instruction != en_step.instruction, item.technique
            assert de_step.duration_s == en_step.duration_s  # numbers never change
    for key, warning in german.contraindications.items():
        assert warning.text != catalog.contraindications[key].text, key
    stop = next(p for p in german.principles if p.id == "stop-on-pain").text
    for word in ("stechenden Schmerzen", "Taubheit", "Kribbeln"):
        assert word in stop
    assert german.regions["front-knee-left"].name == "Linkes Knie"
