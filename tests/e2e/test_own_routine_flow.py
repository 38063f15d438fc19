"""Build a routine of one's own from the body map, run it, find it in the history, print it.

On a real X server through the accessibility tree, as ``test_user_flow`` does: click the
left knee on the map, File ▸ New routine…, add two of the knee's techniques with real clicks,
name the routine and save it; start it from the guide, skip through its steps, print its card
with File ▸ Print routine… (Ctrl+P) to a PDF through the print dialog, quit; start the app again
and find the routine's session in the history window; then print the card once more with
``--routine-card`` over the same data folder. Both PDFs are read back.
"""

from __future__ import annotations

import subprocess
import sys
from contextlib import suppress
from pathlib import Path

import pytest
from tests.card.conftest import pdf_pages
from tests.e2e.desktop import (
    APP_NAME,
    DIALOG,
    MAIN,
    Desktop,
    failure_report,
    missing_tools,
    running_app,
    wait_for,
)
from tests.e2e.test_user_flow import Steps, click_inside, press_until

from massage_desktop.content import load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.resources import data_dir
from massage_desktop.ui.guide.html import STOP_RULE

REASON = missing_tools()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(REASON is not None, reason=f"end-to-end tests skipped: {REASON}"),
]
REGION = "front-knee-left"
NAME = "My knee evening"
ROUTINE_ID = "my-my-knee-evening"
PRINT = ("dialog", "Print")  # ``window=``: the print dialog


def test_own_routine_from_the_map_to_the_history(desktop: Desktop, tmp_path: Path) -> None:
    with failure_report(desktop, tmp_path):
        run_the_flow(desktop, tmp_path)


def run_the_flow(desktop: Desktop, tmp_path: Path) -> None:
    """The user's steps, in order."""
    catalog = load_catalog(data_dir())
    region = catalog.regions[REGION]
    data = tmp_path / "data"
    steps = Steps()
    with running_app(desktop, data, tmp_path / "app.log") as app:
        desktop.find(role="frame", name=APP_NAME, timeout=30, depth=1)
        desktop.acknowledge_first_run()
        click_inside(desktop, f"{region.name}, front view", region.name)
        steps.done(f"clicked {region.name!r} on the body map")

        desktop.menu(prefix="New routine")
        offered = ["list", "Techniques for this part"]
        first = desktop.find(role="list item", within=offered, window=DIALOG)
        desktop.click_node(first)
        desktop.click_node(
            desktop.find(role="push button", name="Add to the routine", window=DIALOG)
        )
        items = desktop.nodes(role="list item", within=offered, showing=True, window=DIALOG)
        second = next(n for n in items if n.name != first.name and n.w > 0)
        desktop.click_node(second)
        desktop.click_node(
            desktop.find(role="push button", name="Add to the routine", window=DIALOG)
        )
        built = ["list", "Steps of your routine"]
        wait_for(
            lambda: (
                len(desktop.nodes(role="list item", within=built, showing=True, window=DIALOG)) == 2
            ),
            10,
            "two steps in the routine",
        )
        steps.done("added two techniques with clicks")
        desktop.click_node(desktop.find(role="text", name="Name", window=DIALOG))
        desktop.xdotool("type", "--delay", "20", NAME)
        desktop.click_node(desktop.find(role="push button", name="Save", window=DIALOG))
        saved = data / "routines" / f"{ROUTINE_ID}.yaml"
        wait_for(saved.is_file, 10, "the routine file")
        text = saved.read_text(encoding="utf-8")
        chosen = []
        for clicked in (first, second):
            matching = [
                t.id
                for t in catalog.techniques_for_region(REGION)
                if clicked.name.startswith(t.title)
            ]
            assert f"technique: {matching[0]}" in text
            chosen.append(matching[0])
        steps.done(f"saved as {saved.name}")

        start = f"Start: {NAME}"
        desktop.click_node(desktop.find(role="push button", prefix=start, window=MAIN))
        with suppress(TimeoutError):
            desktop.find(role="dialog", prefix="Quick check", timeout=5, depth=1)
            for answer in desktop.nodes(
                role="radio button", prefix="No:", showing=True, window=DIALOG
            ):
                desktop.click_node(answer)
            desktop.click_node(desktop.find(role="push button", name="Start", window=DIALOG))
        # The rating on the sheet before the session is optional: Start without it.
        desktop.find(role="dialog", prefix="Before you start", depth=1)
        desktop.click_node(desktop.find(role="push button", prefix="Start", window=DIALOG))
        steps.done("started from the sheet, without a rating")
        desktop.click_node(desktop.find(role="label", name="Current instruction", window=MAIN))
        # Without a rating before, none is asked after: the summary comes at once.
        close = press_until(desktop, "Right", None, {"role": "push button", "name": "Close"})
        desktop.click_node(close)
        desktop.find(role="push button", prefix=start, window=MAIN)
        steps.done("ran every step; summary closed")
        # Each click on the guide gives the main window the keyboard back: without a window
        # manager, no window gets it when a dialog closes. The guide's title names the
        # routine shown.
        desktop.click_node(desktop.find(role="label", name=NAME, window=MAIN))
        printed = print_from_the_menu(desktop, tmp_path / "zz-printed.pdf")
        check_card(printed, catalog, chosen)
        steps.done("File ▸ Print routine… to a PDF file through the print dialog")
        desktop.click_node(desktop.find(role="label", name=NAME, window=MAIN))
        desktop.key("ctrl+q")
        assert wait_for(lambda: app.poll() is not None, 15, "the app to quit")
        assert app.returncode == 0

    with running_app(desktop, data, tmp_path / "app2.log") as app:
        desktop.find(role="frame", name=APP_NAME, timeout=30, depth=1)
        desktop.menu(prefix="History")
        history = (None, f"History \u2014 {APP_NAME}")
        found = desktop.find(role="table cell", prefix=NAME, timeout=15, window=history)
        steps.done(f"the session is in the history window: {found.name!r}")
        with suppress(RuntimeError):
            desktop.menu(prefix="Quit")
        wait_for(lambda: app.poll() is not None, 15, "the app to quit")

    card = tmp_path / "card.pdf"
    command = [sys.executable, "-m", "massage_desktop", "--routine-card", ROUTINE_ID, str(card)]
    options = ["--data-dir", str(data), "--paper", "a4", "--language", "en"]
    result = subprocess.run(
        [*command, *options],
        env=desktop.env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pages = check_card(card, catalog, chosen)
    assert all((round(w), round(h)) == (595, 842) for w, h, _ in pages)
    steps.done(f"--routine-card printed it too: {len(pages)} A4 page(s)")


def print_from_the_menu(desktop: Desktop, target: Path) -> Path:
    """File ▸ Print routine… (Ctrl+P) on the routine in the guide, to ``target`` as a PDF.

    The shortcut, not the menu item's AT-SPI action: the action's reply waits for the modal
    print dialog to close, so the agent would time out.
    """
    desktop.key("ctrl+p")
    # The card's preview first, then the system's print dialog through its "Print…".
    desktop.find(role="dialog", name=f"Preview \u201c{NAME}\u201d", timeout=15, depth=1)
    desktop.click_node(
        desktop.find(role="push button", name="Print…", window=("dialog", "Preview"))
    )
    try:
        desktop.find(role="dialog", name=f"Print \u201c{NAME}\u201d", timeout=15, depth=1)
    except TimeoutError:
        print("dialogs:", desktop.nodes(role="dialog", depth=1))
        raise
    # Qt's own dialog without CUPS: the only printer is the PDF file (a CUPS printer set as
    # the default would be chosen here instead, and the test would say so).
    desktop.find(role="combo box", name="Print to File (PDF)", timeout=5, window=PRINT)
    desktop.click_node(desktop.find(role="text", name="Output file:", window=PRINT))
    desktop.key("ctrl+a", "BackSpace")
    # The file name matches nothing in its folder, so the line's file completer shows no
    # list over the Print button once the name is typed.
    desktop.xdotool("type", "--delay", "20", str(target))
    desktop.click_node(desktop.find(role="push button", name="Print", window=PRINT))
    wait_for(lambda: not desktop.nodes(role="dialog", prefix="Print", depth=1), 30, "print")
    assert target.is_file()
    return target


def check_card(
    pdf: Path, catalog: Catalog, techniques: list[str]
) -> list[tuple[float, float, str]]:
    """The card's pages, after checking they name the routine and its techniques."""
    pages = pdf_pages(pdf)
    assert pages
    text = " ".join(page_text for _, _, page_text in pages)
    assert NAME in pages[0][2]
    for technique_id in techniques:
        assert catalog.techniques[technique_id].name in text
    assert all(STOP_RULE in page_text for _, _, page_text in pages)
    return pages
