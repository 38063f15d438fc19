"""Extract the user interface's strings into Qt Linguist files, and compile the translations.

Run from the repository root:

    .venv/bin/python tools/translations.py update    # lupdate: refresh each .ts from the code
    .venv/bin/python tools/translations.py release   # lrelease: compile each .ts to its .qm
    .venv/bin/python tools/translations.py status    # count messages; exit 1 if any is unfinished
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/translations.py screenshots de /tmp/shots

``update`` keeps every existing translation, adds new strings as unfinished and drops strings
the code no longer has; translate the new ones (Qt Linguist: ``.venv/bin/pyside6-linguist
resources/translations/massage_desktop_de.ts``), then ``release``. Both commands are
idempotent. A new language starts with ``update --language xx``.

How strings are found: pyside6-lupdate reads ``QCoreApplication.translate("Context", "text")``
and ``QT_TRANSLATE_NOOP("Context", "text")`` with literal arguments in src/massage_desktop/ui.
Its Python parser has two blind spots that this script covers:

* It marks a message as a plural (numerus) message only when the count is a literal number:
  ``translate(ctx, text, None, count)`` reads ``count`` as a PyQt4 "encoding" argument, and
  ``translate(ctx, text, None, len(items))`` is skipped altogether. So every call with a count
  is also written, with the count ``1``, to a generated file that lupdate reads first.
* It does not look inside f-strings, nor at calls passing ``n=`` by keyword. ``problems()``
  lists such calls; tests/i18n fails on them.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import functools
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from massage_desktop.storage.settings import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "massage_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
PREFIX = "massage_desktop_"
DEFAULT_LANGUAGES = tuple(code for code in LANGUAGES if code != "en")


@dataclass(frozen=True)
class Marked:
    """One translatable string found in the code.

    Attributes:
        context: The translation context.
        source: The English text.
        comment: The disambiguation, or "" for none.
        numerus: Whether it is translated with a count (plural forms).
        where: ``file:line``, for messages about it.
    """

    context: str
    source: str
    comment: str
    numerus: bool
    where: str

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the message in a .ts file."""
        return self.context, self.source, self.comment


def sources() -> list[Path]:
    """The Python files of the user interface, in a stable order."""
    return sorted(UI.rglob("*.py"))


def qt_tool(name: str) -> str:
    """The path of a Qt tool shipped with PySide6 (``lupdate``, ``lrelease``)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this environment")
    return found


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "QT_TRANSLATE_NOOP"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    )


def _text(node: ast.expr | None) -> str | None:
    """A literal string argument (None: not a literal; the empty string for ``None``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Constant) and node.value is None:
        return ""
    return None


def _calls(path: Path) -> Iterator[tuple[ast.Call, bool]]:
    """Every translate call in a file, and whether it sits inside an f-string."""
    stat = path.stat()
    return iter(_parsed_calls(path, stat.st_mtime_ns, stat.st_size))


# marked() and problems() read every file of the interface, and the translation tests and
# `update` ask for both: parsing ~150 files took about a second each time. A changed file has
# another time or size, so it is parsed again.
@functools.lru_cache(maxsize=1024)
def _parsed_calls(path: Path, mtime_ns: int, size: int) -> tuple[tuple[ast.Call, bool], ...]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    in_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            in_fstring.update(id(inner) for inner in ast.walk(node))
    return tuple(
        (node, id(node) in in_fstring)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _is_translate(node)
    )


def marked(paths: Sequence[Path] | None = None) -> list[Marked]:
    """Every string marked with literal arguments, as Python reads the code."""
    found = []
    for path in paths if paths is not None else sources():
        for call, _ in _calls(path):
            args = call.args
            context = _text(args[0]) if args else None
            source = _text(args[1]) if len(args) > 1 else None
            comment = _text(args[2]) if len(args) > 2 else ""
            if not context or not source or comment is None:
                continue  # translating a marked table entry: the table holds the literal
            numerus = len(args) > 3 or any(k.arg == "n" for k in call.keywords)
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            found.append(Marked(context, source, comment, numerus, where))
    return found


def problems(paths: Sequence[Path] | None = None) -> list[str]:
    """Calls that lupdate cannot read correctly, with the reason."""
    found = []
    for path in paths if paths is not None else sources():
        for call, in_fstring in _calls(path):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if in_fstring:
                found.append(f"{where}: translate() inside an f-string is invisible to lupdate")
            if call.keywords:
                found.append(f"{where}: pass the count as the fourth argument, not by keyword")
            if not call.args or _text(call.args[0]) in (None, ""):
                found.append(f"{where}: the context must be a literal string")
    return found


def numerus_hints(messages: Sequence[Marked]) -> str:
    """Python source repeating each counted message with a literal count, for lupdate."""
    lines = ["# Generated by tools/translations.py: plural messages for lupdate.\n"]
    for message in messages:
        if message.numerus:
            comment = repr(message.comment) if message.comment else "None"
            lines.append(
                f"QCoreApplication.translate({message.context!r}, {message.source!r},"
                f" {comment}, 1)\n"
            )
    return "".join(lines)


def extract(ts_file: Path, language: str) -> None:
    """Run lupdate over the user interface into ``ts_file`` (created or merged)."""
    files = sources()
    with tempfile.TemporaryDirectory(prefix="md-lupdate-") as folder:
        hints = Path(folder) / "numerus_hints.py"
        hints.write_text(numerus_hints(marked(files)), encoding="utf-8")
        command = [
            qt_tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            str(hints),  # first: the first sighting of a message decides its plural flag
            *(str(path) for path in files),
            "-ts",
            str(ts_file),
        ]
        subprocess.run(command, check=True)


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the message."""
        return self.context, self.source, self.comment


def read_ts(ts_file: Path) -> list[Message]:
    """The messages of a .ts file, vanished and obsolete ones left out."""
    messages = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ("",)
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    texts,
                    kind == "unfinished",
                )
            )
    return messages


def ts_files() -> list[Path]:
    """The committed translation sources."""
    return sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts"))


def language_of(ts_file: Path) -> str:
    """``de`` for ``massage_desktop_de.ts``."""
    return ts_file.stem.removeprefix(PREFIX)


def update(languages: Sequence[str] = ()) -> None:
    """Refresh each .ts file (and create those of ``languages`` that do not exist yet)."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    wanted = {language_of(path) for path in ts_files()} | set(languages)
    for language in sorted(wanted or DEFAULT_LANGUAGES):
        ts_file = TRANSLATIONS / f"{PREFIX}{language}.ts"
        extract(ts_file, language)
        print(f"{ts_file.relative_to(ROOT)}: {_summary(read_ts(ts_file))}")


def release() -> None:
    """Compile each .ts file into the .qm file the app loads."""
    for ts_file in ts_files():
        qm_file = ts_file.with_suffix(".qm")
        command = [qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
        subprocess.run(command, check=True)
        print(qm_file.relative_to(ROOT))


def status() -> int:
    """Print how much of each language is translated; 1 when anything is unfinished."""
    result = 0
    for ts_file in ts_files():
        messages = read_ts(ts_file)
        print(f"{ts_file.relative_to(ROOT)}: {_summary(messages)}")
        for message in messages:
            if message.unfinished or not all(message.translations):
                print(f"  unfinished: [{message.context}] {message.source}")
                result = 1
    return result


def screenshots(language: str, folder: Path) -> list[Path]:
    """Render the main window in ``language`` at 1280x800, to look for text that does not fit.

    Three pictures: the guide of a knee technique, the back of the figure, and the player a
    few seconds into the knee routine. Run offscreen: ``QT_QPA_PLATFORM=offscreen``.
    """
    from PySide6.QtWidgets import QApplication

    from massage_desktop.content import load_catalog
    from massage_desktop.engine.clock import ManualClock
    from massage_desktop.engine.health import TodayCheck
    from massage_desktop.resources import data_dir
    from massage_desktop.services import build_services
    from massage_desktop.ui.i18n import install_translators
    from massage_desktop.ui.main_window import MainWindow
    from massage_desktop.ui.player.questions import AutomaticAnswers

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_translators(app, language)
    services = build_services(tempfile.mkdtemp(prefix="md-i18n-shots-"))
    services = dataclasses.replace(
        services,
        catalog=load_catalog(data_dir(), language),  # the content in the same language
        language=language,
    )
    folder.mkdir(parents=True, exist_ok=True)
    clock = ManualClock()
    window = MainWindow(services, clock=clock, interactive=False)
    # A staged session: its imaginary person answers today's check "no" three times.
    window.flow.questions = AutomaticAnswers(TodayCheck())
    window.resize(1280, 800)
    window.show()
    written = []

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = folder / f"{language}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    window.select_region("front-knee-left")
    shot("guide")
    window.set_view("back")
    window.select_region("back-calf-left")
    shot("back")
    window.select_region("front-knee-left")
    window.flow.start_routine("knee-care")
    controller = window.flow.controller
    if controller is not None:
        for _ in range(12):
            clock.advance(1)
            controller._on_timer_timeout()  # what the session's wake-up timer does
    shot("player")
    window.close()
    return written


def _summary(messages: Sequence[Message]) -> str:
    unfinished = sum(1 for m in messages if m.unfinished or not all(m.translations))
    plural = sum(1 for m in messages if m.numerus)
    return f"{len(messages)} messages ({plural} with plural forms), {unfinished} unfinished"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: update, release or status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    update_parser = commands.add_parser("update", help="refresh the .ts files from the code")
    update_parser.add_argument(
        "--language", action="append", default=[], help="also create this language's .ts"
    )
    commands.add_parser("release", help="compile the .ts files into .qm files")
    commands.add_parser("status", help="count messages; exit 1 when any is unfinished")
    shots = commands.add_parser("screenshots", help="render the window in a language (offscreen)")
    shots.add_argument("language", help="e.g. de")
    shots.add_argument("folder", type=Path, help="where to write the PNG files")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.language)
        return 0
    if args.command == "release":
        release()
        return 0
    if args.command == "screenshots":
        for path in screenshots(args.language, args.folder):
            print(path)
        return 0
    return status()


if __name__ == "__main__":
    sys.exit(main())
