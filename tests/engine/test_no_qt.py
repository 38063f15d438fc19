"""The engine is pure Python: importing and running it never loads Qt."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import massage_desktop.engine as engine
for info in pkgutil.walk_packages(engine.__path__, "massage_desktop.engine."):
    importlib.import_module(info.name)
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.domain.content import Technique
from massage_desktop.domain.catalog import Catalog
technique = Technique.model_validate({
    "id": "t", "name": "T", "summary": "S.", "phase": "main", "order": 0,
    "performer": "self", "pressure": {"level": "light", "advice": "A."}, "position": "P.",
    "regions": ["front-knee"], "sources": ["g"],
    "steps": [{"instruction": "Do it.", "duration_s": 5, "number_source": "g"}],
})
catalog = Catalog({}, {}, {}, {"t": technique}, {}, {}, [], [])
clock = engine.ManualClock()
session = engine.Session(engine.build_plan(catalog, technique), InMemoryRecorder(), clock=clock)
session.start()
clock.advance(60)
session.update()
session.finish()
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))))
"""


def test_engine_never_imports_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt imported by the engine: {result.stdout}"
