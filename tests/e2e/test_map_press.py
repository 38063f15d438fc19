"""A screen reader presses a body map region over AT-SPI, on a real X server (Xvfb).

The map's regions are painted, not widgets: each is a Python accessibility interface with a
Python action interface. Pressing one through AT-SPI must select it as a click would (the guide
shows the region), report it selected, and leave the app running.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.e2e.desktop import (
    APP_NAME,
    BODY_MAP,
    MAIN,
    Desktop,
    missing_tools,
    running_app,
    wait_for,
)

REASON = missing_tools()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(REASON is not None, reason=f"end-to-end tests skipped: {REASON}"),
]


def test_pressing_a_region_over_atspi_selects_it(desktop: Desktop, tmp_path: Path) -> None:
    with running_app(desktop, tmp_path / "data", tmp_path / "app.log") as app:
        desktop.find(role="frame", name=APP_NAME, timeout=30, depth=1)
        desktop.acknowledge_first_run()
        for name, title in (("Left knee, front view", "Left knee"), ("Chest, front view", "Chest")):
            desktop.act(role="push button", name=name, within=BODY_MAP, window=MAIN)
            desktop.find(role="label", name=title, timeout=10, window=MAIN)

            def selected(name: str = name) -> bool:
                states = desktop.find(role="push button", name=name, within=BODY_MAP).states
                return "checked" in states and "selected" in states

            wait_for(selected, 5, f"{name!r} to report itself selected")
        knee = desktop.find(role="push button", name="Left knee, front view", within=BODY_MAP)
        assert "checked" not in knee.states  # one region is selected at a time
        assert app.poll() is None, (tmp_path / "app.log").read_text(errors="replace")
