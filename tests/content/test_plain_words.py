"""Plain words first in titles and steps; an anatomical name at most once, in brackets.

Walk 6, finding 12: the guide for the right front of the hip and the knee said "vastus
lateralis", "TFL", "rectus femoris", "vastus medialis", "retinacula" and "Patellar
mobilisation" in its titles and steps, and "iliotibial band" under the name.
"""

from __future__ import annotations

import re

import pytest

from massage_desktop.content.search import SearchIndex
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique

JARGON = (
    "vastus medialis",
    "vastus lateralis",
    "tfl",
    "rectus femoris",
    "retinacul",
    "retinakul",
    "iliotibial",
    "patellar mobilisation",
    "patella-mobilisation",
    "tractus",
)


def _bare(text: str) -> list[str]:
    """The jargon in ``text`` outside brackets."""
    outside = re.sub(r"\([^)]*\)", "", text).casefold()
    return [word for word in JARGON if word in outside]


def _read(technique: Technique) -> list[str]:
    """What the guide reads out as text: name, term, summary, steps and what it does."""
    return [
        technique.name,
        technique.term or "",
        technique.summary,
        *(step.instruction for step in technique.steps),
        *technique.benefits,
    ]


@pytest.mark.parametrize("language", ["en", "de"])
def test_steps_and_names_say_it_in_plain_words(
    language: str, catalog: Catalog, german_catalog: Catalog
) -> None:
    shown = catalog if language == "en" else german_catalog
    for technique in shown.techniques.values():
        assert not _bare(technique.name), technique.name
        assert not _bare(technique.term or ""), (technique.id, technique.term)
        for step in technique.steps:
            assert not _bare(step.instruction), (technique.id, step.instruction)
        text = " ".join(_read(technique)).casefold()
        for word in JARGON:
            assert text.count(word) <= 1, (technique.id, word, "at most once")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_anatomical_names_are_kept_once(
    language: str, catalog: Catalog, german_catalog: Catalog
) -> None:
    """Every fact stays: the muscles the guide names are still named, once, in brackets."""
    shown = catalog if language == "en" else german_catalog
    thigh = " ".join(_read(shown.techniques["quadriceps-thumb-stripping"]))
    for muscle in ("(vastus medialis)", "(rectus femoris)", "(vastus lateralis)"):
        assert muscle in thigh.casefold(), muscle
    hip = " ".join(_read(shown.techniques["it-band-strokes"])).casefold()
    assert "(vastus lateralis)" in hip
    assert "(tfl)" in hip
    # The term is no longer in the title's brackets: the search still finds it by its alias.
    assert any("band" in a.casefold() for a in shown.techniques["it-band-strokes"].aliases)


TITLE_JARGON = (
    "effleurage",
    "petrissage",
    "stripping",
    "flushing",
    "it band",
    "it-band",
    "quadriceps",
    "hamstring",
    "patellar",
)
"""Walk 7, finding 13: technique terms a newcomer does not know, as titles."""
BOOKKEEPING = (
    "guide's order",
    "the guide gives",
    "order the knee guide",
    "massage guides describe",
)
"""Walk 7, finding 13: where a text came from, said to the user as if it were help."""


def test_titles_and_routines_say_it_in_plain_words_first(catalog: Catalog) -> None:
    for technique in catalog.techniques.values():
        name = technique.name.casefold()
        assert not [w for w in TITLE_JARGON if w in name], technique.name
        # The term stays once, in brackets after the plain name, so search still finds it.
        bracket = technique.title.removeprefix(technique.name)
        assert bracket.count("(") <= 1, technique.title
    for region in catalog.regions.values():
        assert "it band" not in region.name.casefold(), region.name
    texts = [r.summary for r in catalog.routines.values()]
    texts += [c.text for c in catalog.contraindications.values()]
    for text in texts:
        assert not [b for b in BOOKKEEPING if b in text.casefold()], text


@pytest.mark.parametrize(
    ("term", "technique"),
    [
        ("flushing", "flushing"),
        ("effleurage", "leg-effleurage-partner"),
        ("quadriceps thumb stripping", "quadriceps-thumb-stripping"),
        ("hamstring", "hamstring-kneading-stripping"),
        ("IT band", "it-band-strokes"),
    ],
)
def test_the_old_term_still_finds_the_technique(
    catalog: Catalog, term: str, technique: str
) -> None:
    index = SearchIndex(catalog)
    assert technique in [hit.id for hit in index.search(term)]


def test_safety_texts_and_guide_summaries_say_it_in_plain_words(catalog: Catalog) -> None:
    """Walk 7, finding 13: the varicose-veins note opened with "Flushing, the thumb stroke…"."""
    texts = [c.text for c in catalog.contraindications.values()]
    texts += [c.advice or "" for c in catalog.contraindications.values()]
    texts += [c.hint or "" for c in catalog.conditions.values()]
    texts += [r.reason for c in catalog.conditions.values() for r in c.rules]
    texts += [g.summary for g in catalog.guides.values()]
    texts += [r.summary for r in catalog.routines.values()]
    for text in texts:
        outside = re.sub(r"\([^)]*\)", "", text).casefold()
        assert not [w for w in TITLE_JARGON if w in outside], text
