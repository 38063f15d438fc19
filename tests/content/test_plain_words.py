"""Plain words first in titles and steps; an anatomical name at most once, in brackets.

Walk 6, finding 12: the guide for the right front of the hip and the knee said "vastus
lateralis", "TFL", "rectus femoris", "vastus medialis", "retinacula" and "Patellar
mobilisation" in its titles and steps, and "iliotibial band" under the name.
"""

from __future__ import annotations

import re

import pytest

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
    assert shown.techniques["it-band-strokes"].title.endswith(")"), "the term in brackets"
