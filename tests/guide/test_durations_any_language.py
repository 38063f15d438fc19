"""A routine lasts as long in German as in English (issue 17).

"Self-massage tour" was 32 min in English and 33 min in German: the time given to read a step's
instruction before it (``Timing.get_ready_for``) counted the words of the translation, and the
German wording is longer in places. It now counts the original's words in every language.
"""

from __future__ import annotations

import re
from pathlib import Path

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.resources import data_dir
from massage_desktop.storage.content_cache import load_catalog_cached
from massage_desktop.ui.guide.lists import routine_length


def _totals(catalog: Catalog) -> dict[str, float]:
    timing = Timing()
    totals = {
        f"routine {rid}": build_plan(catalog, r).total_s(timing)
        for rid, r in catalog.routines.items()
    }
    totals |= {
        f"technique {tid}": build_plan(catalog, t).total_s(timing)
        for tid, t in catalog.techniques.items()
    }
    return totals


def test_every_routine_and_technique_lasts_as_long_in_german(
    catalog: Catalog, german_catalog: Catalog
) -> None:
    german = german_catalog
    tour = build_plan(german, german.routines["self-massage-tour"])
    worded = [len(e.instruction.split()) for e in tour.entries]
    assert worded != [e.reading_words for e in tour.entries], "German words some steps longer"
    assert _totals(german) == _totals(catalog)


def test_the_cached_german_catalog_keeps_the_original_words(
    catalog: Catalog, tmp_path: Path
) -> None:
    cold = load_catalog_cached(data_dir(), "de", tmp_path)
    warm = load_catalog_cached(data_dir(), "de", tmp_path)  # read back from the cache file
    assert cold.reading_words
    assert warm.reading_words == cold.reading_words
    assert _totals(warm) == _totals(catalog)


def test_the_cards_give_the_same_minutes_in_both_languages(
    catalog: Catalog, german_catalog: Catalog
) -> None:
    german = german_catalog
    for routine_id, routine in catalog.routines.items():
        english = re.findall(r"\d+", routine_length(catalog, routine))
        assert english == re.findall(r"\d+", routine_length(german, german.routines[routine_id]))
    assert routine_length(catalog, catalog.routines["self-massage-tour"]) == "31 min"
