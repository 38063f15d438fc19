"""The start-up cache of the checked content: used when it matches, never trusted when not."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from tests.conftest import StartServices
from tests.processes import fresh_start

import massage_desktop.storage.content_cache as content_cache
from massage_desktop.content import ContentError
from massage_desktop.domain.catalog import Catalog
from massage_desktop.resources import data_dir
from massage_desktop.storage.content_cache import cache_file, fingerprint, load_catalog_cached


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the shipped content that a test may edit."""
    root = tmp_path / "data"
    shutil.copytree(data_dir(), root)
    return root


def _no_full_load(root: Path, language: str | None = None) -> None:
    raise AssertionError("the content was parsed again instead of coming from the cache")


def test_second_load_comes_from_the_cache_and_equals_a_full_load(
    content: Path, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = load_catalog_cached(content, None, cache)
    assert cache_file(cache, None).is_file()
    monkeypatch.setattr(content_cache, "full_load", _no_full_load)
    second = load_catalog_cached(content, None, cache)
    assert second == first == catalog  # the shipped content, loaded in full
    # The per-region index survives the round trip, not only the fields.
    technique_ids = [t.id for t in second.techniques_for_region("front-knee-left")]
    assert technique_ids == [t.id for t in first.techniques_for_region("front-knee-left")]
    assert technique_ids


def test_an_edited_content_file_is_loaded_again(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog_cached(content, None, cache)
    regions = content / "regions.yaml"
    regions.write_text(
        regions.read_text(encoding="utf-8").replace("name: Left knee", "name: Knee on the left"),
        encoding="utf-8",
    )
    assert load_catalog_cached(content, None, cache).regions["front-knee-left"].name == (
        "Knee on the left"
    )


def test_each_language_has_its_own_cache(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    english = load_catalog_cached(content, None, cache)
    german = load_catalog_cached(content, "de", cache)
    assert cache_file(cache, None) != cache_file(cache, "de")
    assert fingerprint(content, None) != fingerprint(content, "de")
    assert english.regions["front-knee-left"].name != german.regions["front-knee-left"].name
    assert load_catalog_cached(content, "de", cache) == german


@pytest.fixture(scope="module")
def good_cache(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The cache file of the shipped English content, as a first start writes it."""
    cache = tmp_path_factory.mktemp("cache")
    load_catalog_cached(data_dir(), None, cache)
    return cache_file(cache, None).read_bytes()


def _file(key: bytes, body: bytes) -> bytes:
    """A cache file as ``digest_cache`` writes it, around any body."""
    return b"massage-desktop content\n" + key + b"\n" + hashlib.sha256(body).digest() + body


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda key: key + b"\ngarbage that is no cache", id="garbage"),
        pytest.param(lambda key: _file(key, b'{"not": "a catalog"}'), id="wrong-shape"),
        pytest.param(lambda key: _file(key, b"{not json"), id="not-json"),
        pytest.param(lambda key: _file(key[:-1], b"{}"), id="truncated-key"),
        pytest.param(lambda key: b"", id="empty"),
    ],
)
def test_a_damaged_cache_means_a_full_load_and_a_new_cache(
    damage: object, good_cache: bytes, catalog: Catalog, tmp_path: Path
) -> None:
    assert callable(damage)
    path = cache_file(tmp_path / "cache", None)
    path.parent.mkdir()
    path.write_bytes(damage(fingerprint(data_dir(), None)))
    assert load_catalog_cached(data_dir(), None, path.parent) == catalog
    assert path.read_bytes() == good_cache


def test_an_unwritable_cache_folder_costs_only_speed(
    content: Path, catalog: Catalog, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    assert load_catalog_cached(content, None, blocked) == catalog
    assert blocked.read_text(encoding="utf-8") == "a file where the cache folder should be"


def test_broken_content_raises_and_is_not_cached(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (content / "regions.yaml").write_text("regions: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"regions\.yaml"):
        load_catalog_cached(content, None, cache)
    assert not cache_file(cache, None).exists()


def test_the_cache_file_is_private(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog_cached(content, None, cache)
    assert cache_file(cache, None).stat().st_mode & 0o077 == 0


def test_a_start_with_a_warm_cache_never_parses_yaml(
    tmp_path: Path, start_services: StartServices
) -> None:
    """What makes the cache worth having: yaml and the content loader stay unimported."""
    cold = start_services(tmp_path, warm=False)  # the first start: parses, fills the cache
    cold.close()  # as the app does at exit, before the next start
    assert list(cold.paths.cache.glob("catalog-*.json"))
    script = (
        "import sys\n"
        "from massage_desktop.services import build_services\n"
        f"build_services({str(tmp_path)!r}).close()\n"
        "print(sorted(m for m in ('yaml', 'massage_desktop.content.loader') if m in sys.modules))\n"
    )
    assert fresh_start(script) == "[]"
