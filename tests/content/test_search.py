"""Searching techniques, routines and regions by name or alias."""

from __future__ import annotations

import pytest

from massage_desktop.content import load_catalog
from massage_desktop.content.search import HitKind, SearchIndex, preview_regions
from massage_desktop.domain.catalog import Catalog
from massage_desktop.resources import data_dir


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_catalog(data_dir()))


def test_alias_finds_technique_and_says_which_alias(index: SearchIndex) -> None:
    first = index.search("PETRISSAGE")[0]
    assert first.kind is HitKind.TECHNIQUE
    assert first.matched == "petrissage"
    assert first.region_ids


def test_exact_name_ranks_first(index: SearchIndex) -> None:
    assert index.search("flushing")[0].id == "flushing"


def test_it_band_finds_technique_and_regions(index: SearchIndex) -> None:
    hits = index.search("IT band")
    kinds = {h.kind for h in hits}
    assert {HitKind.TECHNIQUE, HitKind.REGION} <= kinds
    assert hits[0].kind is HitKind.TECHNIQUE
    assert any(h.id == "front-outer-thigh-left" for h in hits)


def test_region_by_name(index: SearchIndex) -> None:
    hits = index.search("left knee")
    assert hits[0].kind is HitKind.REGION
    assert hits[0].id == "front-knee-left"


def test_routine_by_name(index: SearchIndex) -> None:
    assert any(h.kind is HitKind.ROUTINE for h in index.search("knee care"))


@pytest.mark.parametrize("query", ["", "   ", "zzzz-no-such-thing"])
def test_nothing_found(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("e", limit=5)) == 5


def test_knee_marks_the_knees_not_the_givers_palms(index: SearchIndex) -> None:
    # Walk finding: "knee" marked both wrists, because the partner knee routine warms the oil
    # on the giver's palms; and the routines' thighs and shins hid the knees asked for.
    hits = index.search("knee")
    routine = next(h for h in hits if h.id == "partner-knee-thigh")
    assert not any("palm" in r or "wrist" in r for r in routine.region_ids)
    marked = preview_regions(hits)
    assert set(marked) == {
        "front-knee-left",
        "front-knee-right",
        "front-kneecap-left",
        "front-kneecap-right",
        "back-knee-left",
        "back-knee-right",
    }


def test_preview_without_region_hits_marks_every_hits_regions(index: SearchIndex) -> None:
    hits = index.search("flushing")
    assert hits
    assert all(h.kind is not HitKind.REGION for h in hits)
    assert preview_regions(hits) == list(dict.fromkeys(r for h in hits for r in h.region_ids))


@pytest.mark.parametrize("language", ["en", "de"])
def test_tendons_around_the_kneecap_find_the_knee_not_the_kneecap(language: str) -> None:
    # The patellar tendon runs below the kneecap, the quadriceps tendon above it and the
    # retinacula beside it: soft tissue of the knee, not the bone (figure-reference.md).
    catalog = load_catalog(data_dir(), language)
    tendon = {"en": "patellar tendon", "de": "Patellasehne"}[language]
    kneecap = {"en": "patella", "de": "Patella"}[language]
    for side in ("left", "right"):
        assert catalog.regions[f"front-kneecap-{side}"].aliases == [kneecap]
        assert tendon in catalog.regions[f"front-knee-{side}"].aliases
    regions = [h.id for h in SearchIndex(catalog).search(tendon) if h.kind is HitKind.REGION]
    assert regions
    assert all(r.startswith("front-knee-") for r in regions)


def test_how_people_say_where_it_hurts_finds_the_part(index: SearchIndex) -> None:
    # "sore neck" and "lower back pain" found nothing in a fresh-eyes walk-through.
    assert "Back of the neck" in [h.label for h in index.search("sore neck")]
    assert "Lower back" in [h.label for h in index.search("lower back pain")]
    assert {h.label for h in index.search("tight calves")} >= {"Left calf", "Right calf"}
    assert index.search("pain") == []  # a symptom alone names no part


@pytest.mark.parametrize("query", ["back pain", "massage for back pain", "backache"])
def test_back_pain_finds_what_is_for_the_back_first(index: SearchIndex, query: str) -> None:
    """Walk 5, finding 21: "back pain" put hamstring and back-of-hand techniques first."""
    hits = index.search(query)
    top = [h.id for h in hits[:7]]
    assert {"back-lower-back", "back-upper-back", "lower-back-dimples", "knuckling"} <= set(top)
    assert "neck-shoulders-kneading" in top, "a routine for the back"
    # "Back of the hand" and "back of the thigh" are other parts' backs: after, if at all.
    for side in ("back-hand-left", "hamstring-kneading-stripping", "palm-thumbing"):
        assert side not in top


def test_german_back_pain_in_one_word_finds_the_back() -> None:
    index = SearchIndex(load_catalog(data_dir(), "de"))
    for query in ("Rückenschmerzen", "Massage gegen Rückenschmerzen"):
        labels = [h.label for h in index.search(query)[:7]]
        assert {"Oberer Rücken", "Unterer Rücken"} <= set(labels), query


def test_fillers_alone_still_search_as_typed(index: SearchIndex) -> None:
    assert index.search("pain") == []
    assert index.search("hand massage")[0].matched == "hand massage"


def test_german_umlauts_typed_out_find_the_same_as_typed(german_catalog: Catalog) -> None:
    # Walk 16: "Rue" (for "Rücken", on a keyboard without umlauts) found nothing.
    index = SearchIndex(german_catalog)
    typed = [hit.label for hit in index.search("Rücken")]
    assert typed
    assert [hit.label for hit in index.search("Ruecken")] == typed
    assert "Unterer Rücken" in [hit.label for hit in index.search("Rue")]
    # "ß" is "ss" either way.
    assert [hit.label for hit in index.search("Fuss")] == [h.label for h in index.search("Fuß")]
