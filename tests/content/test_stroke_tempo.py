"""Every stroke has a tempo: validated, sourced like any number, and out of translators' reach."""

from __future__ import annotations

from pathlib import Path

import pytest

from massage_desktop.content import ContentError, check_folder, load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import SUGGESTED, TEMPO_RANGE_S, StrokeReturn
from massage_desktop.domain.enums import Heading, StrokePattern

FLUSHING = "techniques/flushing.yaml"
TEMPO_LINE = "      tempo_s: 6\n"


def problems(pack: Path) -> list[str]:
    return [str(p) for p in check_folder(pack)]


def edit(pack: Path, old: str, new: str, rel: str = FLUSHING) -> None:
    path = pack / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_every_shipped_stroke_has_a_sourced_tempo_in_range(catalog: Catalog) -> None:
    low, high = TEMPO_RANGE_S
    strokes = 0
    for technique in catalog.techniques.values():
        for step in technique.steps:
            if step.stroke is None:
                continue
            strokes += 1
            assert low <= step.stroke.tempo_s <= high, technique.id
            source = step.stroke.tempo_source
            assert source == SUGGESTED or source in technique.sources, (technique.id, source)
    assert strokes > 50


def test_effleurage_is_slow_and_friction_quick(catalog: Catalog) -> None:
    """The pattern's character shows in the numbers: long glides are slower than small circles."""
    glides, circles = [], []
    for technique in catalog.techniques.values():
        for step in technique.steps:
            stroke = step.stroke
            if stroke is None:
                continue
            if stroke.pattern is StrokePattern.GLIDE and len(stroke.path) >= 3:
                glides.append(stroke.tempo_s)
            if stroke.pattern is StrokePattern.CIRCLES and stroke.heading is Heading.IN_PLACE:
                circles.append(stroke.tempo_s)
    assert glides
    assert circles
    assert min(glides) >= max(circles)
    assert sum(glides) / len(glides) >= 2 * sum(circles) / len(circles)


@pytest.mark.parametrize(
    ("technique_id", "returns"),
    [
        ("flushing", StrokeReturn.SIDES),  # brushing down the sides of the calf
        ("knee-warm-up-effleurage", StrokeReturn.SIDES),  # back up along its sides
        ("leg-effleurage-self", StrokeReturn.LIGHT),  # glide back down lightly
        ("arm-effleurage", StrokeReturn.LIGHT),  # back down to the wrist with a light touch
        ("thigh-push", StrokeReturn.LIFT),  # a slightly different strip each time
        ("knuckling", StrokeReturn.SAME),  # up and down
    ],
)
def test_the_way_back_follows_the_instruction(
    catalog: Catalog, technique_id: str, returns: StrokeReturn
) -> None:
    stroke = catalog.techniques[technique_id].steps[0].stroke
    assert stroke is not None
    assert stroke.returns is returns


def test_in_place_percussion_strikes_once_a_beat(catalog: Catalog) -> None:
    step = catalog.techniques["pummelling"].steps[0]
    assert step.stroke is not None
    assert step.tempo_bpm is not None
    assert step.stroke.tempo_s == pytest.approx(60 / step.tempo_bpm)


def test_a_missing_tempo_is_an_error_at_its_stroke(pack: Path) -> None:
    edit(pack, TEMPO_LINE, "")
    assert problems(pack) == [f"{FLUSHING}:19: steps.0.stroke.tempo_s: Field required"]


@pytest.mark.parametrize("value", ["0.1", "60", "fast"])
def test_a_tempo_out_of_range_is_an_error(pack: Path, value: str) -> None:
    edit(pack, TEMPO_LINE, f"      tempo_s: {value}\n")
    [problem] = problems(pack)
    assert problem.startswith(f"{FLUSHING}:20: steps.0.stroke.tempo_s: ")


def test_a_tempo_from_an_unknown_guide_is_an_error(pack: Path) -> None:
    edit(pack, "      tempo_source: suggested\n", "      tempo_source: nobody\n")
    assert problems(pack) == [
        f"{FLUSHING}:21: steps.0.stroke.tempo_source: unknown guide 'nobody': "
        "name a guide id or write 'suggested'"
    ]


def test_a_tempo_from_a_guide_the_technique_cites_is_accepted(pack: Path) -> None:
    edit(pack, "      tempo_source: suggested\n", "      tempo_source: demo\n")
    assert problems(pack) == []
    stroke = load_catalog(pack).techniques["flushing"].steps[0].stroke
    assert stroke is not None
    assert stroke.tempo_from_guide


def test_an_unknown_way_back_is_an_error(pack: Path) -> None:
    edit(pack, TEMPO_LINE, TEMPO_LINE + "      returns: bounce\n")
    [problem] = problems(pack)
    assert problem.startswith(f"{FLUSHING}:21: steps.0.stroke.returns: Input should be 'lift'")


def test_in_place_taps_off_the_beat_are_an_error(pack: Path) -> None:
    edit(pack, "      heading: up\n", "      heading: in_place\n")
    edit(pack, "towards the heart\n", "towards the heart\n    tempo_bpm: 120\n")
    [problem] = problems(pack)
    assert "must be one beat of tempo_bpm 120 (0.5 s)" in problem


@pytest.mark.parametrize(
    ("field", "value"),
    [("tempo_s", "2"), ("tempo_source", "demo"), ("returns", "same")],
)
def test_a_translation_cannot_change_the_tempo(pack: Path, field: str, value: str) -> None:
    path = pack / "translations/de" / FLUSHING
    path.parent.mkdir(parents=True)
    path.write_text(
        f"id: flushing\nsteps:\n  - stroke:\n      label: zum Herzen\n      {field}: {value}\n",
        encoding="utf-8",
    )
    assert problems(pack) == [
        f"translations/de/{FLUSHING}:5: steps.0.stroke.{field}: "
        + (
            "only texts can be translated; this field is not a text"
            if field != "returns"
            else "the English file has no such field to translate"
        )
    ]
    with pytest.raises(ContentError):
        load_catalog(pack, "de")


def test_shipped_german_content_keeps_every_tempo(catalog: Catalog, repo: Path) -> None:
    german = load_catalog(repo / "data", "de")
    for technique_id, english in catalog.techniques.items():
        steps = german.techniques[technique_id].steps
        for step, translated in zip(english.steps, steps, strict=True):
            if step.stroke is None:
                continue
            assert translated.stroke is not None
            assert (translated.stroke.tempo_s, translated.stroke.returns) == (
                step.stroke.tempo_s,
                step.stroke.returns,
            )
            assert translated.stroke.tempo_source == step.stroke.tempo_source
