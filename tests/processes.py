"""Running Python in fresh processes, for tests of what a start imports or caches."""

from __future__ import annotations

import subprocess
import sys


def two_starts(script: str) -> list[str]:
    """The printed output of ``script`` run twice, each in a new interpreter.

    The first is a cold start that fills a cache, the second a warm one that reads it.
    """
    return [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
        ).stdout.strip()
        for _ in range(2)
    ]
