"""Every number in a step says where it comes from: a guide, or the app's suggestion."""

from __future__ import annotations

from pathlib import Path

import pytest

from massage_desktop.content import ContentError, check_folder, load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import SUGGESTED

FLUSHING = "techniques/flushing.yaml"


def problems(pack: Path) -> list[str]:
    return [str(p) for p in check_folder(pack)]


def test_every_shipped_number_names_a_guide_or_is_suggested(catalog: Catalog) -> None:
    for technique in catalog.techniques.values():
        for step in technique.steps:
            source = step.number_source
            assert source == SUGGESTED or source in technique.sources, (technique.id, source)
    for routine in catalog.routines.values():
        for item in routine.items:
            if item.duration_s is not None:
                assert item.number_source in (SUGGESTED, *routine.sources), routine.id


# (technique, step number from 1, guide or 'suggested'): numbers the guides give, and the
# app's own numbers the expert read named (kneading 60 + 30 s; "several times" as 4).
@pytest.mark.parametrize(
    ("technique_id", "step", "source"),
    [
        ("flushing", 1, "partner-leg"),  # five to six times
        ("thigh-push", 1, "partner-leg"),  # five to six times
        ("ankle-thumbing", 1, "partner-leg"),  # about 30 seconds
        ("calf-kneading", 2, "partner-leg"),  # about 30 seconds
        ("warm-hands", 1, "kneading"),  # 5-15 seconds
        ("knee-warm-up-effleurage", 1, "knee-clinical"),  # 2-3 minutes
        ("kneading", 1, SUGGESTED),
        ("kneading", 2, SUGGESTED),
        ("kneecap-heel-slide", 2, SUGGESTED),
        ("kneecap-thumb-circles", 1, SUGGESTED),
        ("thigh-heel-slide", 1, SUGGESTED),
        ("thigh-fanning", 1, SUGGESTED),
        ("finishing-strokes", 1, SUGGESTED),  # "several minutes"
        ("warm-oil", 2, SUGGESTED),  # "a few seconds"
    ],
)
def test_number_sources_match_the_guides(
    catalog: Catalog, technique_id: str, step: int, source: str
) -> None:
    found = catalog.techniques[technique_id].steps[step - 1]
    assert found.number_source == source
    assert found.from_guide == (None if source == SUGGESTED else source)


def test_knee_care_times_are_suggested_except_the_guides_warm_up(catalog: Catalog) -> None:
    items = catalog.routines["knee-care"].items
    assert items[0].from_guide == "knee-clinical"
    assert all(i.number_source == SUGGESTED for i in items[1:])


def test_a_missing_source_is_an_error(pack: Path) -> None:
    path = pack / FLUSHING
    path.write_text(path.read_text().replace("    number_source: suggested\n", ""))
    assert problems(pack) == [f"{FLUSHING}:25: steps.1.number_source: Field required"]


def test_an_unknown_guide_is_an_error(pack: Path) -> None:
    path = pack / FLUSHING
    path.write_text(path.read_text().replace("number_source: demo", "number_source: nobody"))
    assert problems(pack) == [
        f"{FLUSHING}:17: steps.0.number_source: unknown guide 'nobody': "
        "name a guide id or write 'suggested'"
    ]


def test_a_guide_the_technique_does_not_cite_is_an_error(pack: Path) -> None:
    path = pack / "guides.yaml"
    path.write_text(path.read_text() + "  - id: other\n    title: Other\n    summary: Other.\n")
    flushing = pack / FLUSHING
    flushing.write_text(flushing.read_text().replace("number_source: demo", "number_source: other"))
    assert problems(pack) == [
        f"{FLUSHING}:17: steps.0.number_source: the number comes from 'other', which "
        "sources: does not list"
    ]


def test_a_routine_time_needs_its_source(pack: Path) -> None:
    path = pack / "routines/demo.yaml"
    path.write_text(path.read_text().rstrip("\n") + "\n    duration_s: 20\n")
    [problem] = problems(pack)
    assert problem.startswith("routines/demo.yaml:")
    assert "give number_source together with duration_s" in problem


def test_a_routine_count_needs_its_source(pack: Path) -> None:
    path = pack / "routines/demo.yaml"
    path.write_text(path.read_text().rstrip("\n") + "\n    repetitions: 6\n")
    [problem] = problems(pack)
    assert problem.startswith("routines/demo.yaml:7: items.0: ")
    assert "give number_source together with duration_s or repetitions" in problem
    path.write_text(path.read_text() + "    number_source: demo\n")
    assert problems(pack) == []
    assert load_catalog(pack).routines["demo"].items[0].repetitions == 6


def test_a_translation_cannot_change_a_routine_count(pack: Path) -> None:
    routine = pack / "routines/demo.yaml"
    routine.write_text(routine.read_text() + "    repetitions: 6\n    number_source: demo\n")
    path = pack / "translations/de/routines/demo.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("id: demo\nitems:\n  - repetitions: 5\n", encoding="utf-8")
    assert problems(pack) == [
        "translations/de/routines/demo.yaml:3: items.0.repetitions: "
        "only texts can be translated; this field is not a text"
    ]


def test_a_translation_cannot_change_a_source(pack: Path) -> None:
    path = pack / "translations/de" / FLUSHING
    path.parent.mkdir(parents=True)
    path.write_text("id: flushing\nsteps:\n  - number_source: suggested\n", encoding="utf-8")
    assert problems(pack) == [
        f"translations/de/{FLUSHING}:3: steps.0.number_source: "
        "only texts can be translated; this field is not a text"
    ]
    with pytest.raises(ContentError):
        load_catalog(pack, "de")
