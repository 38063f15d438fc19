"""Shared by the translation tests: the tool that runs lupdate, and the committed files.

``tools/translations.py`` is a script, not a package module: it is loaded from its file here,
while mypy reads it as ``tools.translations`` through ``mypy_path``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parents[2]
TS_FILE = REPO / "resources" / "translations" / "massage_desktop_de.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
UPDATE_HINT = (
    "run `python tools/translations.py update`, translate the new strings (pyside6-linguist), "
    "then `python tools/translations.py release`"
)

if TYPE_CHECKING:
    import tools.translations as translations
else:
    _spec = importlib.util.spec_from_file_location(
        "massage_desktop_translations_tool", REPO / "tools" / "translations.py"
    )
    assert _spec is not None
    assert _spec.loader is not None
    translations = importlib.util.module_from_spec(_spec)
    sys.modules[_spec.name] = translations  # dataclasses look their module up while defined
    _spec.loader.exec_module(translations)

__all__ = ["QM_FILE", "REPO", "TS_FILE", "UPDATE_HINT", "translations"]
