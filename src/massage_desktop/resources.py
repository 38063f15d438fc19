"""One place that finds the shipped files (``resources/`` and ``data/``).

A wheel carries both folders inside the package (hatchling ``force-include``), a frozen bundle
keeps the package layout, and an editable install or a plain source checkout has them at the
top of the repository. Everything that reads a shipped file asks this module, so all three
layouts work without special cases elsewhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent.parent  # src/massage_desktop -> repository root


@cache
def _root_for(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _SOURCE_ROOT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"the shipped folder {name!r} is missing: looked in {_PACKAGE_DIR} and {_SOURCE_ROOT}"
    )


def resources_dir() -> Path:
    """The folder with the SVG art, icons, sounds and translations."""
    return _root_for("resources")


def data_dir() -> Path:
    """The folder with the built-in content (regions, techniques, routines, warnings)."""
    return _root_for("data")


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource_path("body_map.svg")``."""
    return resources_dir().joinpath(*parts)
