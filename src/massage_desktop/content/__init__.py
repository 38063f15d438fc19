"""Loading and validating the content in ``data/`` (or a content pack laid out like it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from massage_desktop.content.problems import ContentError, ContentProblem

if TYPE_CHECKING:
    from massage_desktop.content.loader import check_folder, load_catalog

__all__ = ["ContentError", "ContentProblem", "check_folder", "load_catalog"]


def __getattr__(name: str) -> object:
    """``check_folder`` and ``load_catalog``, imported on first use.

    The loader brings yaml and the models' validators with it (~20 ms); a start that finds the
    checked content in its cache (``storage.content_cache``) needs neither.
    """
    if name in ("check_folder", "load_catalog"):
        from massage_desktop.content import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
