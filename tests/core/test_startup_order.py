"""The start-up order the entry point relies on: the app module brings the core, not Qt.

``cli.main`` imports ``massage_desktop.app`` before anything loads PySide6, so that the content,
storage and pydantic modules come in before PySide6's import hook starts reading the source of
every module imported after it (~10 ms and ~7 MB at start-up). That only holds while importing
``app`` pulls in the core and leaves Qt to its functions.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import sys
import massage_desktop.app
print(",".join(sys.modules))
"""

CORE = ["pydantic", "massage_desktop.services", "massage_desktop.storage.settings"]
CORE += ["massage_desktop.storage.content_cache", "massage_desktop.content"]


def test_importing_the_app_loads_the_core_and_not_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(result.stdout.strip().split(","))
    assert not {m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6")}
    assert set(CORE) <= loaded, f"not loaded before Qt: {sorted(set(CORE) - loaded)}"


GC_SCRIPT = """
import gc
from massage_desktop import cli, qtcheck
def check():
    if {raised}:
        raise RuntimeError("broken Qt")
    return "Qt cannot start here"
qtcheck.check_qt_import = check
try:
    print(cli.main([]))
except RuntimeError as error:
    print(error)
print(gc.isenabled())
"""


@pytest.mark.parametrize(("raised", "ends"), [(False, "2"), (True, "broken Qt")])
def test_the_collector_is_back_on_whatever_way_start_up_ends(raised: bool, ends: str) -> None:
    # main() switches the cyclic collector off for start-up; a failed Qt check or an exception
    # before the window is built must not leave it off. A fresh interpreter, so that whatever
    # else main() sets up stays out of the test process.
    result = subprocess.run(
        [sys.executable, "-c", GC_SCRIPT.format(raised=raised)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.split()[-1:] == ["True"], result.stdout + result.stderr
    assert result.stdout.startswith(ends)
