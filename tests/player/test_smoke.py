"""``--smoke-test`` runs a routine end to end offscreen, as packaging will run it.

It runs through ``python -m massage_desktop``, so it also proves the module entry point works
(the command-line tests call ``cli.main`` in-process).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_smoke_test_exits_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "massage_desktop", "--smoke-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke test OK: knee-care completed" in result.stdout
    assert "Traceback" not in result.stderr
