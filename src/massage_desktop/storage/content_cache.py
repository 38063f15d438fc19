"""A start-up cache of the checked content, so a normal start skips parsing and validating.

Parsing the YAML and validating it with pydantic is ~40 ms of every start (plus building the
models' validators); the content only changes with the app. The first start after an install,
an upgrade or an edit of ``data/`` loads and checks everything as before, then keeps the
resulting ``Catalog`` in the user's cache folder, under a fingerprint of every content file, the
code that reads them and the versions involved. Any mismatch, or a cache file that cannot be
read, means a full load again: the cache can make a start faster, never different.

The file is JSON of the checked models (through ``storage.digest_cache``), validated again on
load: unlike the pickle it replaced, a planted or edited file cannot run code, and it cannot hand
the app content the models would refuse (a warning without its text, an unknown severity).
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import fields
from pathlib import Path

import pydantic
from pydantic import BaseModel, ConfigDict, ValidationError

from massage_desktop import __version__
from massage_desktop.content.languages import TRANSLATIONS
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Area, Guide, Region, Technique, Zone
from massage_desktop.domain.routines import Routine
from massage_desktop.domain.rules import Condition, Contraindication, Principle
from massage_desktop.storage import digest_cache

FORMAT = 3
"""Bumped when the file layout changes."""

_MAGIC = b"massage-desktop content\n"
# The code whose output is cached: the models and everything that turns YAML into them.
_CODE_PACKAGES = ("massage_desktop.domain", "massage_desktop.content")


def cache_file(cache_dir: Path, language: str | None) -> Path:
    """Where the catalog of one language is kept."""
    return cache_dir / f"catalog-{language or 'en'}.json"


def fingerprint(root: Path, language: str | None) -> bytes:
    """A digest of everything the loaded catalog depends on.

    Raises:
        OSError: when a content file cannot be read (the full load will then say which).
    """
    digest = hashlib.sha256()
    for part in (FORMAT, __version__, sys.version, pydantic.VERSION, language or ""):
        digest.update(f"{part}\0".encode())
    for path in _code_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for path in sorted(root.rglob("*.yaml")):
        rel = path.relative_to(root)
        if rel.parts[0] == TRANSLATIONS and rel.parts[1:2] != (language,):
            continue  # another language's texts: not part of this catalog, not worth reading
        digest.update(rel.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest().encode("ascii")


def _code_files() -> list[Path]:
    """The sources of the packages in ``_CODE_PACKAGES``; none in a bundle without sources.

    A bundled app changes only with its version, which the fingerprint holds anyway.
    """
    files: list[Path] = []
    for name in _CODE_PACKAGES:
        package = sys.modules.get(name)
        origin = getattr(package, "__file__", None)
        if origin:
            files.extend(sorted(Path(origin).parent.glob("*.py")))
    return files


def load_catalog_cached(root: Path, language: str | None, cache_dir: Path) -> Catalog:
    """The catalog of ``root``, from the cache when it matches, else loaded and then cached.

    Raises:
        ContentError: when the content is broken (from the full load; nothing is cached then).
    """
    try:
        key = fingerprint(root, language)
    except OSError:
        return full_load(root, language)  # reports the unreadable file itself
    return digest_cache.cached(
        cache_file(cache_dir, language),
        _MAGIC + key + b"\n",
        lambda: full_load(root, language),
        _encode,
        _decode,
    )


class _CatalogData(BaseModel):
    """The fields of a ``Catalog``, as one model that reads and writes JSON."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    guides: dict[str, Guide]
    areas: dict[str, Area]
    zones: dict[str, Zone] = {}
    regions: dict[str, Region]
    techniques: dict[str, Technique]
    routines: dict[str, Routine]
    contraindications: dict[str, Contraindication]
    principles: list[Principle]
    seek_help: list[Principle]
    conditions: dict[str, Condition]
    reading_words: dict[str, list[int]] = {}


_FIELDS = tuple(f.name for f in fields(Catalog) if f.init)


def _encode(catalog: Catalog) -> bytes:
    data = _CatalogData.model_construct(**{name: getattr(catalog, name) for name in _FIELDS})
    return data.model_dump_json().encode()


def _decode(body: bytes) -> Catalog | None:
    try:
        data = _CatalogData.model_validate_json(body)
    except ValidationError:
        return None
    return Catalog(**{name: getattr(data, name) for name in _FIELDS})


def full_load(root: Path, language: str | None) -> Catalog:
    """Parse and check every file: ``content.load_catalog``, imported only on a cache miss.

    Raises:
        ContentError: when the content is broken.
    """
    from massage_desktop.content import load_catalog

    return load_catalog(root, language)
