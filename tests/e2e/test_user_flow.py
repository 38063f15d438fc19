"""A whole session on a real X server, driven from outside the app as a user would.

Under Xvfb the app is found through its accessibility tree (AT-SPI) and used with real clicks
and key presses (xdotool): read the first-run notes, click "Left knee" on the body map, see its
techniques, start the knee-care routine, answer the quick check and the ratings, skip through
every step with the → key (nothing massaged: no rating after), close the summary and quit;
then start the app again on the same data folder and find the session in the history window.
The last screen is saved as ``history.png`` in the test's folder (and in ``$E2E_SCREENSHOTS``
when that is set).
"""

from __future__ import annotations

import os
import shutil
import time
from contextlib import suppress
from pathlib import Path

import pytest
from tests.e2e.desktop import (
    APP_NAME,
    BODY_MAP,
    DIALOG,
    MAIN,
    Desktop,
    Node,
    failure_report,
    missing_tools,
    running_app,
    wait_for,
)

from massage_desktop.content import load_catalog
from massage_desktop.resources import data_dir

REASON = missing_tools()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(REASON is not None, reason=f"end-to-end tests skipped: {REASON}"),
]
REGION = "front-knee-left"
ROUTINE = "knee-care"


class Steps:
    """Prints how long each part of the flow took (shown with ``pytest -s`` or on failure)."""

    def __init__(self) -> None:
        self.started = self.last = time.monotonic()

    def done(self, what: str) -> None:
        now = time.monotonic()
        print(f"{now - self.started:6.2f} s  (+{now - self.last:5.2f})  {what}")
        self.last = now


def click_inside(desktop: Desktop, name: str, title: str) -> None:
    """Click a map region by its accessible name, avoiding smaller regions drawn inside it.

    AT-SPI gives a region's bounding box only, and the left knee's box holds the kneecap: try
    points of the box outside every other region's box, nearest the middle first, until the
    guide's title shows the region.
    """
    regions = wait_for(
        lambda: [n for n in desktop.nodes(role="push button", within=BODY_MAP, showing=True)],
        15,
        "the body map's regions",
    )
    target = next(n for n in regions if n.name == name and n.w > 0)
    others = [n for n in regions if n.name != name and n.w > 0]
    cx, cy = target.centre
    points = sorted(
        (
            (x, y)
            for x in range(target.x + 2, target.x + target.w - 1, 3)
            for y in range(target.y + 2, target.y + target.h - 1, 3)
            if not any(o.contains(x, y) for o in others)
        ),
        key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2,
    )
    for x, y in points[:6]:
        desktop.click(x, y)
        try:
            desktop.find(role="label", name=title, timeout=2, window=MAIN)
            return
        except TimeoutError:
            continue
    raise AssertionError(f"no click inside {name!r} selected it")


def press_until(desktop: Desktop, key: str, done: Node | None, query: dict[str, object]) -> Node:
    """Press ``key`` until a node matching ``query`` shows up; at most 60 presses.

    The node is looked for in the app's dialogs only: with none open, a look is one D-Bus call
    instead of a walk of the main window.
    """
    query = {"window": DIALOG, **query}
    for _ in range(60):
        found = [n for n in desktop.nodes(showing=True, **query) if n.w > 0]
        if found:
            return found[0]
        desktop.key(key)
    raise AssertionError(f"{query} did not appear")


def test_knee_care_from_the_body_map_to_the_history(desktop: Desktop, tmp_path: Path) -> None:
    with failure_report(desktop, tmp_path):
        run_the_flow(desktop, tmp_path)


def run_the_flow(desktop: Desktop, tmp_path: Path) -> None:
    """The user's steps, in order."""
    catalog = load_catalog(data_dir())
    region = catalog.regions[REGION]
    routine = catalog.routines[ROUTINE]
    data = tmp_path / "data"
    steps = Steps()

    with running_app(desktop, data, tmp_path / "app.log") as app:
        desktop.find(role="frame", name=APP_NAME, timeout=30, depth=1)
        steps.done("main window shown")
        desktop.acknowledge_first_run()
        steps.done("first-run safety notes acknowledged")

        click_inside(desktop, f"{region.name}, front view", region.name)
        steps.done(f"clicked {region.name!r} on the body map")
        techniques = "Techniques for this region"
        listed = wait_for(
            lambda: [
                n.name
                for n in desktop.nodes(role="list item", within=["list", techniques], window=MAIN)
            ],
            10,
            "the region's techniques",
        )
        for technique in catalog.techniques_for_region(REGION):
            assert any(name.startswith(technique.name) for name in listed), technique.name
        steps.done(f"{len(listed)} techniques listed in the accessibility tree")

        # The guide's Techniques | Routines switch, then the routine's card, then the one
        # primary button, which now names the routine.
        # Qt exposes a checkable tool button as a check box.
        desktop.click_node(desktop.find(role="check box", prefix="Routines (", window=MAIN))
        routines = ["list", "Routines that include this region"]
        desktop.click_node(
            desktop.find(role="list item", prefix=routine.name, within=routines, window=MAIN)
        )
        start = f"Start: {routine.name}"
        desktop.click_node(desktop.find(role="push button", prefix=start, window=MAIN))
        steps.done(f"chose {routine.name!r} under Routines and pressed {start!r}")
        desktop.find(role="dialog", prefix="Quick check", depth=1)
        for answer in desktop.nodes(role="radio button", prefix="No:", showing=True, window=DIALOG):
            desktop.click_node(answer)
        desktop.click_node(desktop.find(role="push button", name="Start", window=DIALOG))
        steps.done("quick check answered")
        # One sheet before the start: the side (the chosen knee's, already selected), an
        # optional rating, and Start.
        desktop.find(role="dialog", prefix="Before you start", depth=1)
        rating = f"{region.name}, tension or pain from 0 to 10: 3"
        desktop.click_node(desktop.find(role="radio button", name=rating, window=DIALOG))
        wait_for(
            lambda: any(
                "checked" in n.states
                for n in desktop.nodes(role="radio button", name=rating, window=DIALOG)
            ),
            5,
            "the rating to be chosen",
        )
        desktop.click_node(desktop.find(role="push button", prefix="Start", window=DIALOG))
        steps.done("one knee, rated 3 before the session, started from the sheet")

        desktop.click_node(desktop.find(role="label", name="Current instruction", window=MAIN))
        # Nothing was massaged, so nothing is asked after it: the summary comes at once.
        press_until(desktop, "Right", None, {"role": "push button", "name": "Close"})
        steps.done("skipped through every step with the → key")
        desktop.click_node(desktop.find(role="push button", name="Close", window=DIALOG))
        desktop.find(role="push button", prefix=start, window=MAIN)  # back to the guide
        steps.done("rated after the session; summary closed")

        # With no window manager, closing a dialog leaves the keyboard nowhere: a click on
        # the window (its guide title: the routine shown, which the session ran) gives it back,
        # as a user would do anyway.
        desktop.click_node(desktop.find(role="label", name=routine.name, window=MAIN))
        desktop.key("ctrl+q")
        assert wait_for(lambda: app.poll() is not None, 15, "the app to quit")
        assert app.returncode == 0
        steps.done("quit with Ctrl+Q")

    with running_app(desktop, data, tmp_path / "app2.log") as app:
        desktop.find(role="frame", name=APP_NAME, timeout=30, depth=1)
        steps.done("started again on the same data folder")
        desktop.menu(prefix="History")
        # The history window is a top-level widget: AT-SPI calls it a filler, not a frame.
        history = (None, f"History \u2014 {APP_NAME}")
        found = desktop.find(role="table cell", prefix=routine.name, timeout=15, window=history)
        steps.done(f"the session is in the history window: {found.role} {found.name!r}")
        shot = desktop.screenshot(tmp_path / "history.png")
        if os.environ.get("E2E_SCREENSHOTS"):
            target = Path(os.environ["E2E_SCREENSHOTS"])
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, target / shot.name)
        with suppress(RuntimeError):  # the app may be gone before the action is answered
            desktop.menu(name="Quit")
        assert wait_for(lambda: app.poll() is not None, 15, "the app to quit")
        assert app.returncode == 0
        steps.done("quit from the File menu")
