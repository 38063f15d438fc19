"""Loading and validating the content in ``data/`` (or a content pack laid out like it)."""

from massage_desktop.content.loader import check_folder, load_catalog
from massage_desktop.content.problems import ContentError, ContentProblem

__all__ = ["ContentError", "ContentProblem", "check_folder", "load_catalog"]
