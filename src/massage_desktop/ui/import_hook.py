"""A cheaper check in PySide6's import hook, which reads every module's source.

Importing PySide6 replaces ``__import__``; after every later import it asks whether the new module
mentions "PySide6" (PYSIDE-2029: modules that do may switch ``__feature__`` options such as
``snake_case``). It finds out with ``inspect.getsource``, which goes through ``linecache``: at
start-up that read ~120 modules for ~5 ms and kept their text, ~2.9 MB, for the whole run.
The same question is answered here by reading the file's bytes, cached nowhere.

This replaces a private function of PySide6 (``shibokensupport.feature._mod_uses_pyside``, seen
in PySide6 6.5 to 6.11); it works around the ``linecache`` side effect of that behaviour, for
which no upstream bug is known. A PySide6 without that function is left as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def lighten_pyside_import_hook() -> bool:
    """Replace PySide6's per-import source check; False when this PySide6 has none to replace.

    Call it right after importing PySide6. A later PySide6 that changes its internals is left
    alone: it only costs the speed.
    """
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "_reads_bytes", False):
        return True
    setattr(feature, _CHECK, _bytes_check(original))
    return True


def _bytes_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)  # built-in, compiled or zipped modules: as PySide6 does it

    uses_pyside._reads_bytes = True  # type: ignore[attr-defined]
    return uses_pyside
