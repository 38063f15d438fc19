"""Make the screenshot gallery into docs/screenshots/ (offscreen, no display needed).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py``. Every scene is taken
as a user would see it, at 1024x700, 1280x800 and 1920x1080, in the light and dark themes, in
English and German, over five weeks of history recorded by the app's own engine and store
(``gallery_data.py``): the main window before and after choosing a region (and with the health
check put off), a technique's guide, the routine editor, the history window (sessions with one
open, the progress trend and heat map), the player mid-session, room mode filling the screen
and the mini timer, then the designed dialogs (first-run screens, "Where is it?" under a ticked
chip, stop advice, summary, ratings, resume, crash, the sheet before a session) at their own
size; the summaries and the resume offer are those of recorded sessions. Files are named
``<scene>-<width>x<height>-<theme>-<language>.png``; page 1 of the knee-care routine card (A4,
as printed) is ``card-knee-care-a4-<language>.png``. Options narrow the set for a quick look:
``--sizes 1280x800 --themes dark --languages de --out /tmp/shots``; ``--jobs`` sets how many
processes share the work (one per core by default).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget
    from tools.gallery_data import Recorded

    from massage_desktop.domain.catalog import Catalog
    from massage_desktop.domain.health import HealthProfile
    from massage_desktop.ui.design.screen import DesignedDialog
    from massage_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ("1024x700", "1280x800", "1920x1080")
Shot = Callable[["QWidget", str], None]


def _settle(app: QApplication) -> None:
    # Layouts, style sheet polish and the map's cached background settle over a few passes.
    for _ in range(4):
        app.processEvents()


def _template(folder: Path, today: date) -> Recorded:
    """Content caches for both languages and the recorded history, copied for each scene set."""
    from tools.gallery_data import record_history

    from massage_desktop.resources import data_dir
    from massage_desktop.storage.content_cache import load_catalog_cached
    from massage_desktop.storage.opening import open_history
    from massage_desktop.storage.paths import resolve_paths

    paths = resolve_paths(folder)
    paths.ensure()
    catalog = load_catalog_cached(data_dir(), None, paths.cache)
    load_catalog_cached(data_dir(), "de", paths.cache)
    store, _report = open_history(paths)
    with store:
        return record_history(store, catalog, today)


def _session(
    app: QApplication, template: Path, recorded: Recorded, args: argparse.Namespace
) -> None:
    from PySide6.QtCore import QTimer

    from massage_desktop.engine.clock import ManualClock
    from massage_desktop.engine.health import TodayCheck
    from massage_desktop.messages import MessageBus
    from massage_desktop.services import build_services
    from massage_desktop.storage.paths import resolve_paths
    from massage_desktop.storage.settings import Settings, SettingsStore
    from massage_desktop.ui.main_window import MainWindow
    from massage_desktop.ui.player.commands import PlayerCommand
    from massage_desktop.ui.player.questions import AutomaticAnswers

    size, theme, language, out = args.size, args.theme, args.language, args.out
    # Beside the template, inside the parent's temporary directory: a worker that fails or is
    # killed before its own clean-up at the end leaves nothing behind in /tmp.
    folder = Path(tempfile.mkdtemp(prefix="md-shots-", dir=template.parent))
    shutil.copytree(template, folder, dirs_exist_ok=True)
    settings = SettingsStore(resolve_paths(folder).settings_file, MessageBus())
    settings.save(Settings(theme=theme, language=language))
    services = build_services(str(folder))
    width, height = (int(n) for n in size.split("x"))
    suffix = f"{size}-{theme}-{language}"

    def shot(widget: QWidget, scene: str) -> None:
        _settle(app)
        path = out / f"{scene}-{suffix}.png"
        widget.grab().save(str(path))
        print(path, flush=True)

    # The clock the player runs on reads the real date, like the history beside it.
    clock = ManualClock(wall_start=args.now)
    window = MainWindow(services, clock=clock, interactive=False)
    # A staged session: its imaginary person answers today's check "no" three times.
    window.flow.questions = AutomaticAnswers(TodayCheck())
    window.resize(width, height)
    window.show()
    shot(window, "welcome")
    # After "Not now" on the first-run screens: the health check offered under the map.
    store = services.settings
    assert store is not None, "the gallery's window has its settings"
    store.save(store.settings.model_copy(update={"first_run_postponed": True}))
    window.first_start.refresh()
    shot(window, "welcome-check-waiting")
    store.save(store.settings.model_copy(update={"first_run_postponed": False}))
    window.first_start.refresh()
    window.select_region("front-knee-left")
    shot(window, "region")
    window.guide.show_technique(str(window.guide.technique()), 0)
    shot(window, "guide")
    window.set_view("back")
    window.select_region("back-calf-left")
    window.guide.show_technique("flushing")
    shot(window, "back")
    window.set_view("front")
    _editor(window, shot, width, height)
    _history(window, recorded.finished, shot, width, height)
    window.select_region("front-knee-left")
    window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    # The player's one timer fired as Qt would, once a second for 40 s of the session.
    timer = controller.findChild(QTimer)
    assert timer is not None, "the player wakes on its timer"
    for _ in range(40):
        clock.advance(1)
        timer.timeout.emit()
    shot(window, "player")
    _extra_views(window, shot)
    window.flow.command(PlayerCommand.STOP)
    _dialogs(window, services.catalog, recorded, shot)
    window.close()
    window.deleteLater()
    _settle(app)
    shutil.rmtree(folder, ignore_errors=True)


def _editor(window: MainWindow, shot: Shot, width: int, height: int) -> None:
    """The routine editor on a copy of the knee routine, a timed step chosen."""
    window.select_region("front-knee-right")
    editor = window.routine_actions.copy("knee-care")
    editor.view.resize(min(width, 980), min(height, 680))
    editor.view.steps.setCurrentRow(1)
    shot(editor.view, "editor")
    editor.view.close()


def _history(window: MainWindow, session_id: str, shot: Shot, width: int, height: int) -> None:
    """The history window as the top bar's History button opens it, filling the screen.

    The newest finished session (``session_id``) is open beside the list; the Progress tab
    shows the left knee's before and after trend and the heat map of the last 30 days, then
    of all time.
    """
    history = window.history_actions.show_history()
    assert history is not None, "the gallery's history opens"
    history.resize(width, height)
    history.sessions.select_session(session_id)
    shot(history, "history")
    history.tabs.setCurrentWidget(history.progress)
    history.progress.choose_region("front-knee-left")
    shot(history, "history-progress")
    history.progress.heat.set_period_days(0)
    shot(history, "history-heat-all")
    history.progress.heat.set_period_days(30)
    history.tabs.setCurrentIndex(0)
    history.close()


def _extra_views(window: MainWindow, shot: Shot) -> None:
    """Room mode filling the screen and the mini timer, through the player's own buttons."""
    from massage_desktop.ui.player.commands import PlayerCommand
    from massage_desktop.ui.player.mini_timer import MiniTimer

    flow = window.flow
    flow.command(PlayerCommand.ROOM)
    if flow.room is not None:
        shot(flow.room, "room")
        flow.room.close()
    flow.command(PlayerCommand.MINI)
    mini = window.findChild(MiniTimer)
    if mini is not None:
        shot(mini, "mini")
        mini.close()


def _card(out: Path, language: str, template: Path) -> None:
    """Page 1 of the knee-care routine card, drawn by the same code as the PDF and printer."""
    from massage_desktop.engine.card import routine_card
    from massage_desktop.resources import data_dir, resource_path
    from massage_desktop.storage.content_cache import load_catalog_cached
    from massage_desktop.storage.paths import resolve_paths
    from massage_desktop.ui.card.document import Paper
    from massage_desktop.ui.card.figure import CardFigure
    from massage_desktop.ui.card.output import render_page

    cache = resolve_paths(template).cache
    catalog = load_catalog_cached(data_dir(), None if language == "en" else language, cache)
    card = routine_card(catalog, catalog.routines["knee-care"])
    figure = CardFigure(catalog, resource_path("body_map.svg").read_bytes())
    path = out / f"card-knee-care-a4-{language}.png"
    render_page(catalog, card, figure, Paper.A4, dpi=110).save(str(path))
    print(path, flush=True)


def _dialogs(window: MainWindow, catalog: Catalog, recorded: Recorded, shot: Shot) -> None:
    """The designed dialogs: first-run screens, stop advice, summary, ratings, resume, crash.

    Each is shown without a modal loop, taken at its own size (a dialog is its own window),
    then closed; the summary is also taken as room mode shows it (large). The summaries are
    the engine's own for two recorded sessions (one step skipped; stopped for pain at step 4).
    """
    from PySide6.QtCore import QCoreApplication

    from massage_desktop.ui.crash_dialog import CrashDialog
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
    for page in range(3):
        shot(first, f"first-run-{page + 1}")
        if page == 1:
            # A fresh injury asks where it is, under its chip: the left knee chosen.
            first.chips.chips["acute-injury"].click()
            picker = first.where.pickers["acute-injury"]
            next(p for p in picker.places if "front-knee-left" in p.regions).chip.click()
            shot(first, "first-run-where")
            # The questions screen goes on only once answered; shown answered by a person
            # to whom nothing applies.
            first.chips.none_chip.click()
        first.next_button.click()
    first.close()
    first.deleteLater()
    take(StopAdviceDialog(catalog, window), "stop-advice")
    take(SummaryDialog(catalog, recorded.summary, window), "summary")
    take(SummaryDialog(catalog, recorded.pain, window), "summary-pain")
    regions = [(r, catalog.regions[r].name) for r in ("front-knee-left", "front-thigh-left")]
    # The words the app's rating after a session uses (SessionQuestions.ratings): the
    # scene's own, older ones had no translation and showed English in the German gallery.
    title = QCoreApplication.translate("SessionQuestions", "After the massage")
    again = QCoreApplication.translate(
        "SessionQuestions", "How much tension or pain do you feel in each area now? (optional)"
    )
    take(RatingsDialog(title, again, regions, {"front-knee-left": 4}, window), "ratings")
    large = SummaryDialog(catalog, recorded.summary, window, large=True)
    large.fit_over(window)
    take(large, "summary-room")
    take(ResumeDialog(catalog, recorded.unfinished, window), "resume")
    take(CrashDialog(Path("~/.local/state/massage-desktop/log/massage-desktop.log")), "crash")
    _forms(window, catalog, take)


def _forms(
    window: MainWindow, catalog: Catalog, take: Callable[[DesignedDialog, str], None]
) -> None:
    """Settings, the health profile (a fresh injury on the left knee) and today's check."""
    from massage_desktop.domain.health import HealthProfile
    from massage_desktop.ui.safety.health_dialog import HealthProfileDialog
    from massage_desktop.ui.safety.today_check import TodayCheckDialog
    from massage_desktop.ui.settings_dialog import SettingsDialog
    from massage_desktop.ui.window_state import fit_on_screen

    assert window.preferences is not None, "the gallery's window has its settings"
    take(SettingsDialog(window.preferences.settings, window), "settings")
    injured = HealthProfile(
        conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
    )
    profile = HealthProfileDialog(catalog, injured, window)
    fit_on_screen(profile)  # as the main window opens it
    take(profile, "health-profile")
    take(TodayCheckDialog(catalog, window), "today-check")
    _before_start(window, catalog, injured, take)


def _before_start(
    window: MainWindow,
    catalog: Catalog,
    profile: HealthProfile,
    take: Callable[[DesignedDialog, str], None],
) -> None:
    """The sheet before Knee care started from the left kneecap, with that knee injured."""
    from massage_desktop.engine.health import routine_verdict
    from massage_desktop.engine.pain_rest import PainRest
    from massage_desktop.engine.plan import build_plan
    from massage_desktop.engine.screening import Screening
    from massage_desktop.ui.player.before_start import BeforeStartSheet
    from massage_desktop.ui.player.side_note import hatched_regions
    from massage_desktop.ui.player.start_sheet import before_start_sheet

    screening = Screening(catalog, profile)
    knee = catalog.routines["knee-care"]
    sheet = before_start_sheet(
        catalog,
        build_plan(catalog, knee),
        routine_verdict(screening.routine_verdicts(knee.id)),
        routine=knee,
        chosen="front-kneecap-left",
        states=hatched_regions(catalog, screening, PainRest()),
        screening=screening,
    )
    take(BeforeStartSheet(catalog, sheet, window), "before-start")


def _worker(args: argparse.Namespace) -> int:
    """Render the scene sets named on the command line in this process."""
    import pickle

    from PySide6.QtWidgets import QApplication

    from massage_desktop.ui.i18n import install_translators

    recorded = pickle.loads((args.template / "recorded.pickle").read_bytes())
    app = QApplication(sys.argv[:1])
    for job in args.work:
        kind, *rest = job.split(":")
        language = rest[-1]
        installed = install_translators(app, language)
        if kind == "card":
            _card(args.out, language, args.template)
        else:
            args.size, args.theme, args.language = rest
            _session(app, args.template, recorded, args)
        for translator in installed:
            app.removeTranslator(translator)
    return 0


def main() -> int:
    """Render the gallery; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=list(SIZES))
    parser.add_argument("--themes", nargs="+", default=["light", "dark"])
    parser.add_argument("--languages", nargs="+", default=["en", "de"])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--template", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--now", help=argparse.SUPPRESS)
    parser.add_argument("--work", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # tools.gallery_data, in this process and in the pickle
    if args.work is not None:
        args.now = datetime.fromisoformat(args.now)
        return _worker(args)
    return _run_all(args, datetime.now().astimezone())


def _run_all(args: argparse.Namespace, now: datetime) -> int:
    """Record the history once, then render each size in a process of its own.

    Each process's offscreen screen has the scene's size (Qt's offscreen ``configfile``), so
    full-screen room mode and the dialogs sized to the screen see what a user's screen would
    give them; at most ``--jobs`` processes run at once.
    """
    import json
    import pickle

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="md-gallery-") as tmp:
        template = Path(tmp) / "template"
        recorded = _template(template, now.date())
        (template / "recorded.pickle").write_bytes(pickle.dumps(recorded))
        argv = [sys.executable, __file__, "--out", str(args.out), "--template", str(template)]
        argv += ["--now", now.isoformat()]
        waiting: list[tuple[list[str], dict[str, str]]] = []
        for n, size in enumerate(args.sizes):
            width, height = (int(part) for part in size.split("x"))
            screen = Path(tmp) / f"screen-{size}.json"
            screen.write_text(json.dumps({"screens": [{"name": size, "x": 0, "y": 0,
                "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                "dpr": 1}]}), encoding="utf-8")  # fmt: skip
            work = [
                f"scene:{size}:{theme}:{language}"
                for language in args.languages
                for theme in args.themes
            ]
            if n == 0:
                work += [f"card:{language}" for language in args.languages]  # paper: one size
            env = os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
            waiting.append(([*argv, "--work", *work], env))
        running: list[subprocess.Popen[bytes]] = []
        failed = 0
        while waiting or running:
            while waiting and len(running) < max(1, args.jobs):
                command, env = waiting.pop(0)
                running.append(subprocess.Popen(command, env=env))
            first = running.pop(0)
            failed += first.wait() != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
