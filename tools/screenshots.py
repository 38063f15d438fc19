"""Make the screenshot gallery into docs/screenshots/ (offscreen, no display needed).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py``. Every scene is
taken as a user would see it, at 1024x700, 1280x800 and 1920x1080, in the light and dark
themes, in English and German: the main window before and after choosing a region, a
technique's guide, the routine editor, the player mid-session, room mode and the mini timer,
then the designed dialogs (first-run screens, stop advice, summary, ratings, resume, crash) at
their own size. Files are named ``<scene>-<width>x<height>-<theme>-<language>.png``; page 1 of
the knee-care routine card (A4, as printed) is ``card-knee-care-a4-<language>.png``. Options
narrow the set for a quick look: ``--sizes 1280x800 --themes dark --languages de --out /tmp/shots``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from massage_desktop.domain.catalog import Catalog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZES = ("1024x700", "1280x800", "1920x1080")


def _settle(app: QApplication) -> None:
    # Layouts, style sheet polish and the map's cached background settle over a few passes.
    for _ in range(4):
        app.processEvents()


def _session(app: QApplication, out: Path, size: str, theme: str, language: str) -> None:
    from massage_desktop.engine.clock import ManualClock
    from massage_desktop.engine.health import TodayCheck
    from massage_desktop.services import build_services
    from massage_desktop.storage.settings import Settings
    from massage_desktop.ui.main_window import MainWindow
    from massage_desktop.ui.player.commands import PlayerCommand
    from massage_desktop.ui.player.questions import AutomaticAnswers

    folder = tempfile.mkdtemp(prefix="md-shots-")
    services = build_services(folder)
    services.settings.save(Settings(theme=theme, language=language))
    services = build_services(folder)
    clock = ManualClock()
    width, height = (int(n) for n in size.split("x"))
    suffix = f"{size}-{theme}-{language}"

    def shot(widget: QWidget, scene: str) -> None:
        _settle(app)
        path = out / f"{scene}-{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    window = MainWindow(services, clock=clock, interactive=False)
    # A staged session: its imaginary person answers today's check "no" three times.
    window.flow.questions = AutomaticAnswers(TodayCheck())
    window.resize(width, height)
    window.show()
    shot(window, "welcome")
    window.select_region("front-knee-left")
    shot(window, "region")
    window.guide.show_technique(_first(window), 0)
    shot(window, "guide")
    window.set_view("back")
    window.select_region("back-calf-left")
    window.guide.show_technique("flushing")
    shot(window, "back")
    window.set_view("front")
    _editor(window, shot, width, height)
    window.select_region("front-knee-left")
    window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    for _ in range(40):
        clock.advance(1)
        controller._on_timer_timeout()
    shot(window, "player")
    _extra_views(window, shot)
    window.flow.command(PlayerCommand.STOP)
    _dialogs(window, services.catalog, shot)
    window.close()
    window.deleteLater()
    _settle(app)


def _editor(window: object, shot: Callable[[QWidget, str], None], width: int, height: int) -> None:
    """The routine editor on a copy of the knee routine, a timed step chosen."""
    window.select_region("front-knee-right")  # type: ignore[attr-defined]
    editor = window.routine_actions.copy("knee-care")  # type: ignore[attr-defined]
    editor.view.resize(min(width, 980), min(height, 680))
    editor.view.steps.setCurrentRow(1)
    shot(editor.view, "editor")
    editor.view.close()


def _first(window: object) -> str:
    """The first technique the guide lists for the region shown."""
    guide = window.guide  # type: ignore[attr-defined]
    return str(guide.technique())


def _extra_views(window: object, shot: Callable[[QWidget, str], None]) -> None:
    """Room mode and the mini timer, through the player's own buttons."""
    from massage_desktop.ui.player.commands import PlayerCommand

    flow = window.flow  # type: ignore[attr-defined]
    flow.command(PlayerCommand.ROOM)
    if flow.room is not None:
        shot(flow.room, "room")
        flow.room.close()
    flow.command(PlayerCommand.MINI)
    if flow._mini is not None:
        shot(flow._mini, "mini")
        flow._mini.close()


def _card(out: Path, language: str) -> None:
    """Page 1 of the knee-care routine card, drawn by the same code as the PDF and printer."""
    from massage_desktop.engine.card import routine_card
    from massage_desktop.services import build_services
    from massage_desktop.storage.settings import Settings
    from massage_desktop.ui.card.document import Paper
    from massage_desktop.ui.card.figure import CardFigure
    from massage_desktop.ui.card.output import render_page

    folder = tempfile.mkdtemp(prefix="md-card-")
    build_services(folder).settings.save(Settings(language=language))
    services = build_services(folder)
    catalog = services.catalog
    card = routine_card(catalog, catalog.routines["knee-care"])
    figure = CardFigure(catalog, services.body_map_svg)
    path = out / f"card-knee-care-a4-{language}.png"
    render_page(catalog, card, figure, Paper.A4, dpi=110).save(str(path))
    print(path)


def _dialogs(window: QWidget, catalog: Catalog, shot: Callable[[QWidget, str], None]) -> None:
    """The designed dialogs: first-run screens, stop advice, summary, ratings, resume, crash.

    Each is shown without a modal loop, taken at its own size (a dialog is its own window),
    then closed; the summary is also taken as room mode shows it (large).
    """
    from datetime import UTC, datetime

    from PySide6.QtCore import QCoreApplication

    from massage_desktop.domain.history import Outcome, SessionRecord
    from massage_desktop.engine.summary import SessionSummary
    from massage_desktop.ui.crash_dialog import CrashDialog
    from massage_desktop.ui.design.screen import DesignedDialog
    from massage_desktop.ui.interrupted import ResumeDialog
    from massage_desktop.ui.player.dialogs import StopAdviceDialog, SummaryDialog
    from massage_desktop.ui.player.ratings import RatingsDialog
    from massage_desktop.ui.safety.first_run import FirstRunDialog

    def take(dialog: DesignedDialog, scene: str) -> None:
        dialog.show()
        shot(dialog, scene)
        dialog.close()
        dialog.deleteLater()

    first = FirstRunDialog(catalog, window)
    first.show()
    for page in range(4):
        shot(first, f"first-run-{page + 1}")
        first.next_button.click()
    first.close()
    first.deleteLater()
    take(StopAdviceDialog(catalog, window), "stop-advice")
    summary = SessionSummary(
        Outcome.COMPLETED, 545, 480, 65, 0, 14, 1, 0, {"front-knee-left": (6, 3)}
    )
    take(SummaryDialog(catalog, summary, window), "summary")
    pain = SessionSummary(Outcome.STOPPED_FOR_PAIN, 130, 100, 30, 0, 2, 0, 0, {}, "Sharp pain")
    take(SummaryDialog(catalog, pain, window), "summary-pain")
    regions = [(r, catalog.regions[r].name) for r in ("front-knee-left", "front-thigh-left")]
    title = QCoreApplication.translate("SessionQuestions", "How does it feel?")
    again = QCoreApplication.translate(
        "SessionQuestions", "And now? Rate the same areas again (optional)."
    )
    take(RatingsDialog(title, again, regions, {"front-knee-left": 6}, window), "ratings")
    large = SummaryDialog(catalog, summary, window, large=True)
    large.fit_over(window)
    take(large, "summary-room")
    record = SessionRecord(
        id="shots",
        started_at=datetime(2026, 12, 4, 18, 30, tzinfo=UTC),
        kind="routine",
        subject_id="knee-care",
        performer="self",
    )
    take(ResumeDialog(catalog, record, window), "resume")
    take(CrashDialog(Path("~/.local/state/massage-desktop/log/massage-desktop.log")), "crash")


def main() -> int:
    """Render the gallery; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=list(SIZES))
    parser.add_argument("--themes", nargs="+", default=["light", "dark"])
    parser.add_argument("--languages", nargs="+", default=["en", "de"])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from massage_desktop.ui.i18n import install_translators

    app = QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages:
        installed = install_translators(app, language)
        for theme in args.themes:
            for size in args.sizes:
                _session(app, args.out, size, theme, language)
        _card(args.out, language)  # paper: one size, one theme
        for translator in installed:
            app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
