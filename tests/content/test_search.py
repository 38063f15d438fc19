"""Searching techniques, routines and regions by name or alias."""

from __future__ import annotations

import pytest

from massage_desktop.content import load_catalog
from massage_desktop.content.search import HitKind, SearchIndex
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
