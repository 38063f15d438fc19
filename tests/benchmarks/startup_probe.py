"""Child process of the start-up benchmark: launch, report the first paint, quit.

Usage: ``python -m tests.benchmarks.startup_probe floor|app [DATA_DIR]``

``floor`` is a bare PySide6 program: a QMainWindow showing a small SVG in a QSvgWidget.
``app`` runs the real entry point (``massage_desktop.cli.main``), exactly as the
``massage-desktop`` script does, with a hook around ``massage_desktop.app.run`` that only adds
the measurement. In both, the first paint of the main window schedules a zero-length timer;
when the event loop runs it (the window is painted and the loop is free for input), the probe
prints ``painted <time.monotonic()> <peak RSS in KiB>`` and quits (the peak is ``VmHWM``).
"""

from __future__ import annotations

import resource
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

# The floor must stay a bare PySide6 program: the probe imports nothing at module level that a
# bare program would not (importlib.abc alone pulls in importlib.resources, pathlib, tempfile...).

SMALL_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="300" viewBox="0 0 200 300">'
    b'<circle cx="100" cy="60" r="40" fill="#c96"/>'
    b'<rect x="60" y="110" width="80" height="170" rx="20" fill="#c96"/></svg>'
)


def _peak_kib() -> int:
    """Peak resident memory of this program, in KiB.

    ``VmHWM`` counts from the ``exec`` of this program only; ``ru_maxrss`` also keeps the
    peak of the process it was forked from (the benchmark runner, which may be big).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _install_first_paint_hook(app: QApplication) -> QObject:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            peak_kib = _peak_kib()
            print(f"painted {time.monotonic():.6f} {peak_kib}", flush=True)
            app.quit()

    hook = FirstPaint()
    app.installEventFilter(hook)
    return hook


def run_floor() -> int:
    """The bare PySide6 floor."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvgWidgets import QSvgWidget
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    hook = _install_first_paint_hook(app)
    window = QMainWindow()
    window.setWindowTitle("Floor")
    svg = QSvgWidget(window)
    svg.load(QByteArray(SMALL_SVG))
    window.setCentralWidget(svg)
    window.resize(1280, 800)
    window.show()
    code = app.exec()
    del hook
    return code


def run_app(data_dir: str) -> int:
    """The real app through its entry point, with the first-paint hook added.

    ``massage_desktop.app`` is patched as the entry point imports it, not imported here first:
    the entry point decides what happens before that import (it stops the garbage collector).
    """
    from massage_desktop import cli

    kept: list[Any] = []

    def patch(app_module: Any) -> None:
        original = app_module.run

        def measured_run(args: Any) -> int:
            from PySide6.QtWidgets import QApplication

            app = QApplication(sys.argv[:1])  # run() uses an existing instance
            kept.append(_install_first_paint_hook(app))
            return int(original(args))

        app_module.run = measured_run

    patch_on_import("massage_desktop.app", patch)
    return cli.main(["--data-dir", data_dir])


def patch_on_import(name: str, patch: Callable[[Any], None]) -> None:
    """Call ``patch(module)`` right after the module called ``name`` is first executed.

    The app imports importlib.abc anyway (through importlib.metadata); the floor never gets here.
    """
    import importlib.abc
    import importlib.util
    from importlib.machinery import ModuleSpec

    class PatchOnImport(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname: str, path: Any, target: Any = None) -> ModuleSpec | None:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader

            class Patching(importlib.abc.Loader):
                def create_module(self, spec: ModuleSpec) -> Any:
                    return loader.create_module(spec)

                def exec_module(self, module: Any) -> None:
                    loader.exec_module(module)
                    patch(module)

            spec.loader = Patching()
            return spec

    sys.meta_path.insert(0, PatchOnImport())


def main(argv: list[str]) -> int:
    """Run the mode named in ``argv``."""
    if argv[:1] == ["floor"]:
        return run_floor()
    if argv[:1] == ["app"] and len(argv) == 2:
        return run_app(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
