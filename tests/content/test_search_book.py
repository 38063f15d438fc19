"""One search index per catalog and run, never a stale one (issue 16, item 8).

Every main window indexed the whole catalog again, a twentieth of its start; the run's
``SearchBook`` keeps the index while the catalog's contents are the same objects, and a
routine of the user's own, saved meanwhile, is found at once.
"""

from __future__ import annotations

from massage_desktop.content import load_catalog
from massage_desktop.content.search import HitKind, SearchBook
from massage_desktop.domain.catalog import Catalog
from massage_desktop.resources import data_dir


def test_a_catalog_is_indexed_once(catalog: Catalog) -> None:
    book = SearchBook()
    first = book.index(catalog)
    assert book.index(catalog) is first
    assert first.search("flushing")[0].id == "flushing"


def test_a_routine_added_to_the_catalog_is_found_at_once() -> None:
    catalog = load_catalog(data_dir())  # its own: the routine is added to it
    book = SearchBook()
    assert not [hit for hit in book.index(catalog).search("zebra") if hit.id == "own-zebra"]
    routine = next(iter(catalog.routines.values()))
    catalog.routines["own-zebra"] = routine.model_copy(
        update={"id": "own-zebra", "name": "Zebra evening"}
    )
    hits = book.index(catalog).search("zebra")
    assert [(hit.kind, hit.id) for hit in hits][:1] == [(HitKind.ROUTINE, "own-zebra")]


def test_another_language_gets_its_own_index(catalog: Catalog, german_catalog: Catalog) -> None:
    book = SearchBook()
    assert book.index(german_catalog).search("Rücken")
    assert book.index(catalog).search("Rücken") == []
    assert book.index(german_catalog) is not book.index(catalog)
