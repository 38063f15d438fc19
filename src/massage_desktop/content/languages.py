"""Which languages a content folder has texts for, without loading any of it."""

from __future__ import annotations

from pathlib import Path

TRANSLATIONS = "translations"
"""Folder of a content folder holding per-language text overlays."""


def languages(root: Path) -> list[str]:
    """The languages a content folder has translations for (``translations/<code>/``)."""
    folder = root / TRANSLATIONS
    return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
