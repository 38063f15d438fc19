"""A planted content cache cannot run code: the cache holds data, checked again on load."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from massage_desktop.content import load_catalog
from massage_desktop.resources import data_dir
from massage_desktop.storage.content_cache import cache_file, fingerprint, load_catalog_cached


class _Planted:
    """Unpickling this runs ``os.system``: what anyone able to write the cache folder could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_a_planted_pickle_is_never_run(tmp_path: Path) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "code-ran"
    key = fingerprint(data_dir(), None)
    payload = pickle.dumps(_Planted(marker))
    cache.mkdir()
    # Planted in the old layout (key, newline, pickle) and wrapped in the current one.
    wrapped = b"massage-desktop content\n" + key + b"\n"
    for text in (key + b"\n" + payload, wrapped + hashlib.sha256(payload).digest() + payload):
        cache_file(cache, None).write_bytes(text)
        assert load_catalog_cached(data_dir(), None, cache) == load_catalog(data_dir())
        assert not marker.exists()


def test_an_edited_cache_cannot_drop_a_warning_text(tmp_path: Path) -> None:
    """The file is validated again on load: content the models refuse is loaded afresh."""
    cache = tmp_path / "cache"
    expected = load_catalog_cached(data_dir(), None, cache)
    path = cache_file(cache, None)
    header_size = len(b"massage-desktop content\n") + len(fingerprint(data_dir(), None)) + 1
    body = path.read_bytes()[header_size + 32 :]
    warning = next(iter(expected.contraindications.values()))
    edited = body.replace(f'"id":"{warning.id}"'.encode(), b'"id":"Not A Slug!"', 1)
    assert edited != body
    path.write_bytes(path.read_bytes()[:header_size] + hashlib.sha256(edited).digest() + edited)
    assert load_catalog_cached(data_dir(), None, cache) == expected
