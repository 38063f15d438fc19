"""PySide6's per-import source check, answered without filling ``linecache``."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from massage_desktop.ui.import_hook import lighten_pyside_import_hook


def test_modules_are_still_told_apart_but_their_source_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    # Whatever is installed now comes back after the test.
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    (tmp_path / "hook_probe_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "hook_probe_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()

    assert lighten_pyside_import_hook()
    replacement = feature._mod_uses_pyside
    assert lighten_pyside_import_hook()
    assert feature._mod_uses_pyside is replacement, "a second call keeps it, unwrapped"
    for name in ("hook_probe_qt", "hook_probe_plain"):
        # Recorded as absent, so that undoing removes what the import adds.
        for table in (sys.modules, feature.pyside_feature_dict):
            monkeypatch.setitem(table, name, None)
            del table[name]
        __import__(name)  # the hook replaces __import__; importlib.import_module bypasses it

    # PYSIDE-2029's meaning is kept: 0 for a module that uses PySide6, -1 to ignore one.
    assert feature.pyside_feature_dict["hook_probe_qt"] == 0
    assert feature.pyside_feature_dict["hook_probe_plain"] == -1
    assert not any(key.startswith(str(tmp_path)) for key in linecache.cache)


def test_a_pyside6_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert not lighten_pyside_import_hook()


def test_the_installed_pyside6_still_has_the_check_we_replace() -> None:
    # The replacement targets a private PySide6 function; a PySide6 that renames or drops it
    # would silently lose the saving (the fallback above keeps the app working). Fail loudly
    # here instead, so the hook is looked at again on every PySide6 upgrade.
    import PySide6

    feature = sys.modules.get("shibokensupport.feature")
    assert feature is not None, f"PySide6 {PySide6.__version__} has no shibokensupport.feature"
    check = getattr(feature, "_mod_uses_pyside", None)
    assert callable(check), (
        f"PySide6 {PySide6.__version__} no longer has feature._mod_uses_pyside: "
        "revisit massage_desktop/ui/import_hook.py"
    )
    assert isinstance(feature.pyside_feature_dict, dict)
