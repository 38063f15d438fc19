"""The start-up order the entry point relies on: the app module brings the core, not Qt.

``cli.main`` imports ``massage_desktop.app`` before anything loads PySide6, so that the content,
storage and pydantic modules come in before PySide6's import hook starts reading the source of
every module imported after it (~10 ms and ~7 MB at start-up). That only holds while importing
``app`` pulls in the core and leaves Qt to its functions.
"""

from __future__ import annotations

import subprocess
import sys

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
