"""The content says what the guides say: directions, names, benefits and German wording."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from massage_desktop.content import load_catalog
from massage_desktop.content.search import SearchIndex
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Heading
from massage_desktop.resources import data_dir


@pytest.fixture(scope="module")
def german() -> Catalog:
    """The shipped content in German."""
    return load_catalog(data_dir(), "de")


def test_arm_effleurage_is_one_step_and_its_advice_names_the_apps_choice_and_the_guides(
    catalog: Catalog,
) -> None:
    technique = catalog.techniques["arm-effleurage"]
    assert len(technique.steps) == 1
    step = technique.steps[0]
    assert step.stroke is not None
    assert step.stroke.heading is Heading.UP  # firm stroke towards the heart...
    advice = technique.pressure.advice
    assert "this app's choice" in advice  # ...said to be the app's choice
    assert "from shoulder to" in advice  # the guide's version stays visible
    assert "gentle strokes downwards" in advice
    # The step holds only what to do: the numbered list once read as a debate of sources.
    assert "guide" not in step.instruction
    assert "choice" not in step.instruction


def test_knee_warm_up_arrow_follows_its_text(catalog: Catalog) -> None:
    step = catalog.techniques["knee-warm-up-effleurage"].steps[0]
    assert step.stroke is not None
    text = step.instruction.lower()
    # The text: sweep down over the knee from above it to below it, then back up the sides.
    assert text.index("down over the knee") < text.index("back up")
    assert step.stroke.heading is Heading.DOWN
    assert step.stroke.path[0] == "front-thigh"
    assert step.stroke.path[-1] == "front-shin"
    assert step.stroke.label.startswith("down over the knee")
    assert "heart" not in step.stroke.label


def test_tour_thigh_kneading_uses_fingertips_and_thumbs(catalog: Catalog) -> None:
    tour = catalog.routines["self-massage-tour"]
    thigh = [
        i
        for i in tour.items
        if catalog.techniques[i.technique].variant_of == "kneading"
        and "front-thigh" in (i.regions or catalog.techniques[i.technique].regions)
    ]
    assert len(thigh) == 1
    technique = catalog.techniques[thigh[0].technique]
    steps = " ".join(s.instruction for s in technique.steps).lower()
    assert "fingertips" in steps or "tips of your fingers" in steps
    assert "thumbs" in steps
    assert "heel of your hand" not in steps
    assert "self-massage" in technique.sources


@pytest.mark.parametrize(
    "words",
    [
        ("oxygen", "nutrients", "waste"),  # improved circulation
        ("range of motion", "flexibility"),
        ("adhesions", "fascia"),
        ("soreness", "tissue repair"),
        ("where the joint is", "proprioception"),
        ("joint mobility",),
    ],
)
def test_knee_guide_benefits_are_credited_and_hedged(
    catalog: Catalog, words: tuple[str, ...]
) -> None:
    knee = [t for t in catalog.techniques.values() if "knee-clinical" in t.sources]
    lines = [b for t in knee for b in t.benefits if all(w in b for w in words)]
    assert lines, words
    for line in lines:
        assert "knee guide" in line  # credited to its guide
        assert any(h in line for h in ("can", "may", "aim")), line  # and hedged


def test_knee_anatomy_is_explained_before_the_warm_up(catalog: Catalog) -> None:
    preparation = " ".join(catalog.techniques["knee-warm-up-effleurage"].preparation)
    for word in ("hinge joint", "femur", "tibia", "patella", "ligaments", "fascia", "IT band"):
        assert word in preparation, word


@pytest.mark.parametrize(
    ("query", "technique_id"),
    [
        ("retinacula", "peripatellar-friction"),
        ("quadriceps tendon", "peripatellar-friction"),
        ("foam roller", "it-band-strokes"),
    ],
)
def test_named_structures_can_be_found(catalog: Catalog, query: str, technique_id: str) -> None:
    hits = SearchIndex(catalog).search(query)
    assert any(h.kind == "technique" and h.id == technique_id for h in hits), query


def test_peripatellar_friction_names_the_structures(catalog: Catalog) -> None:
    steps = " ".join(s.instruction for s in catalog.techniques["peripatellar-friction"].steps)
    for name in ("retinacula", "patellar tendon", "quadriceps tendon"):
        assert name in steps, name
    it_band = catalog.techniques["it-band-strokes"].pressure.advice
    assert "foam roller" in it_band
    assert "firmer" in it_band


def test_kneading_explains_the_pump(catalog: Catalog) -> None:
    benefits = " ".join(catalog.techniques["kneading"].benefits)
    for word in ("pump", "heart", "lymph nodes", "deep stroking"):
        assert word in benefits, word


def test_german_wording(german: Catalog) -> None:
    deeper = next(p for p in german.seek_help if p.id == "deeper-techniques")
    assert "Kinesiologie" not in deeper.text
    assert "Sport- und Bewegungstherapie" in deeper.text
    name = german.techniques["flushing"].name
    assert name == "Ausstreichen der Wade mit den Daumen"
    texts = [c.text for c in german.contraindications.values()]
    texts += [c.advice or "" for c in german.contraindications.values()]
    texts += [r.reason for c in german.conditions.values() for r in c.rules]
    texts += [r.advice or "" for c in german.conditions.values() for r in c.rules]
    texts += [g.summary for g in german.guides.values()]
    texts += [r.summary for r in german.routines.values()]
    texts += [i.note or "" for r in german.routines.values() for i in r.items]
    assert not [t for t in texts if "Flushing" in t]
    assert any(name in t for t in texts)
    rotation = german.techniques["finger-thumb-rotations"].steps[0].instruction
    assert "oberen Hälfte" not in rotation
    assert "in der die Bewegung nach oben geht" in rotation


def test_a_title_is_the_plain_name_and_the_term_stays_for_the_search(
    catalog: Catalog, german: Catalog
) -> None:
    # "Kneading (petrissage)" put a term a newcomer does not know in every list (walk 8, 9).
    assert catalog.techniques["thigh-fanning"].title == "Thigh fanning"
    assert catalog.techniques["kneading"].title == "Kneading"
    assert "petrissage" in catalog.techniques["kneading"].aliases
    for shown in (catalog, german):
        for technique in shown.techniques.values():
            assert technique.title == technique.name
            assert "(" not in technique.title, technique.title


def test_number_ranges_use_a_dash_not_a_hyphen(repo: Path) -> None:
    # "5-15 seconds" read as a typo beside "5–15 s" on the card and the German "5–15 Sekunden".
    hyphenated = re.compile(r"\b\d+-\d+ ?(seconds|minutes|times|Sekunden|Minuten|Mal)\b")
    found = [
        f"{path.relative_to(repo)}: {match.group(0)}"
        for path in sorted((repo / "data").rglob("*.yaml"))
        for match in hyphenated.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not found, found
