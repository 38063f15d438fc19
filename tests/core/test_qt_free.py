"""The core packages never import Qt: proven in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

CORE = ["domain", "content", "engine", "storage"]

SCRIPT = """
import importlib, pkgutil, sys
import massage_desktop
for name in {core!r}:
    package = importlib.import_module("massage_desktop." + name)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
import massage_desktop.cli, massage_desktop.messages, massage_desktop.resources
from massage_desktop.content import load_catalog
from massage_desktop.resources import data_dir
load_catalog(data_dir())
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(leaked))
"""


def test_core_packages_do_not_import_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(core=CORE)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "", f"Qt imported by the core: {result.stdout}"


def test_the_check_would_catch_a_qt_import() -> None:
    # Guards the guard: the same probe reports Qt once something does import it.
    script = "import PySide6.QtCore\n" + SCRIPT.format(core=CORE)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "PySide6.QtCore" in result.stdout
