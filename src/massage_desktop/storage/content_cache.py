"""A start-up cache of the checked content, so a normal start skips parsing and validating.

Parsing the YAML and validating it with pydantic is ~40 ms of every start (plus building the
models' validators); the content only changes with the app. The first start after an install,
an upgrade or an edit of ``data/`` loads and checks everything as before, then keeps the
resulting ``Catalog`` in the user's cache folder, under a fingerprint of every content file, the
code that reads them and the versions involved. Any mismatch, or a cache file that cannot be
read, means a full load again: the cache can make a start faster, never different.

The file is a pickle. Unpickling runs code named in the file, so it is only as trustworthy as
the folder it is in: the user's private cache folder (0o700), which only the user's own programs
can write, and those could as well change the user's shell start-up files.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sys
from pathlib import Path

import pydantic

from massage_desktop import __version__
from massage_desktop.content.languages import TRANSLATIONS
from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.safe_files import write_atomically

FORMAT = 1
"""Bumped when the file layout changes."""

_PICKLE_PROTOCOL = 5
# The code whose output is cached: the models and everything that turns YAML into them.
_CODE_PACKAGES = ("massage_desktop.domain", "massage_desktop.content")


def cache_file(cache_dir: Path, language: str | None) -> Path:
    """Where the catalog of one language is kept."""
    return cache_dir / f"catalog-{language or 'en'}.pickle"


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
    path = cache_file(cache_dir, language)
    cached = _read(path, key)
    if cached is not None:
        return cached
    catalog = full_load(root, language)
    # A read-only or full disk only costs the next start its speed.
    with contextlib.suppress(OSError):
        write_atomically(path, key + b"\n" + pickle.dumps(catalog, protocol=_PICKLE_PROTOCOL))
    return catalog


def full_load(root: Path, language: str | None) -> Catalog:
    """Parse and check every file: ``content.load_catalog``, imported only on a cache miss.

    Raises:
        ContentError: when the content is broken.
    """
    from massage_desktop.content import load_catalog

    return load_catalog(root, language)


def _read(path: Path, key: bytes) -> Catalog | None:
    """The cached catalog if ``path`` holds one made under ``key``; None otherwise."""
    try:
        with path.open("rb") as handle:
            if handle.readline().rstrip(b"\n") != key:
                return None
            data = handle.read()
    except OSError:
        return None
    try:
        catalog = pickle.loads(data)
    # A damaged pickle can fail in almost any way (EOFError, UnpicklingError, AttributeError,
    # ImportError, ValueError...); whatever it is, a full load is the answer.
    except Exception:
        return None
    return catalog if isinstance(catalog, Catalog) else None
