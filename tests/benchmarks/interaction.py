"""Clicks and hover on the body map, in the real main window (offscreen, 1280x800).

``click``: a mouse click on a point inside every region in turn (front then back, several
rounds), timed from the press to the end of the event processing it caused: the map's selection,
the region list and the guide panel updated and repainted. ``hover``: the pointer moved onto
each region in turn, timed to the end of the repaint; and the map's paint alone. The baselines
are the same gestures on plain Qt widgets: a button whose click sets a label's text, and a
widget of the map's size that paints one cached pixmap.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from tempfile import TemporaryDirectory

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from tests.benchmarks.common import Result, emit, median, percentile

from massage_desktop.content import load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import View
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.clock import Clock, monotonic
from massage_desktop.messages import MessageBus
from massage_desktop.resources import data_dir, resource_path
from massage_desktop.services import Services
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.storage.settings import SettingsStore
from massage_desktop.ui.bodymap import BodyMapWidget
from massage_desktop.ui.main_window import MainWindow

CLICK_BUDGET_MS = 8.0
HOVER_BUDGET_MS = 2.0
ROUNDS = 5


def app() -> QApplication:
    """The QApplication of this process."""
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([])


@contextmanager
def main_window(
    catalog: Catalog | None = None,
    recorder: InMemoryRecorder | None = None,
    clock: Clock = monotonic,
    interactive: bool = True,
) -> Iterator[MainWindow]:
    """The real main window with real stores in a folder, shown.

    Args:
        catalog: The content; the shipped content by default.
        recorder: Where sessions are written; a fresh in-memory one by default.
        clock: The player's clock.
        interactive: False answers the player's questions automatically.
    """
    with TemporaryDirectory(prefix="bench-window-") as tmp:
        paths, bus = resolve_paths(Path(tmp)), MessageBus()
        paths.ensure()
        health = HealthStore(health_file(paths), bus)
        catalog = catalog or load_catalog(data_dir())
        svg = resource_path("body_map.svg").read_bytes()
        history, _report = open_history(paths, bus)
        services = Services(
            paths=paths,
            catalog=catalog,
            messages=bus,
            body_map_svg=svg,
            recorder=InMemoryRecorder() if recorder is None else recorder,
            health=health,
            history=history,
            settings=SettingsStore(paths.settings_file, bus),
            own_routines=OwnRoutines(paths.routines, catalog, bus),
        )
        window = MainWindow(services, clock=clock, interactive=interactive)
        window.resize(1280, 800)
        window.show()
        settle()
        try:
            yield window
        finally:
            window.close()
            window.deleteLater()
            settle()
            history.close()


def settle() -> None:
    """Process every pending event, twice (a paint may post a layout request and back)."""
    for _ in range(2):
        app().processEvents()


def inside_point(body_map: BodyMapWidget, region_id: str) -> QPoint:
    """A point where the map's own hit test finds ``region_id``, near its middle.

    Raises:
        LookupError: when no pixel of the region's box hits it (not drawn in this view).
    """
    rect: QRect = body_map.region_rect(region_id)
    centre = rect.center()
    candidates = sorted(
        (QPoint(x, y) for x in range(rect.left(), rect.right() + 1) for y in (centre.y(),)),
        key=lambda p: abs(p.x() - centre.x()),
    )
    candidates += [
        QPoint(x, y)
        for y in range(rect.top(), rect.bottom() + 1, 2)
        for x in range(rect.left(), rect.right() + 1, 2)
    ]
    for point in candidates:
        if body_map.region_at(QPointF(point)) == region_id:
            return point
    raise LookupError(region_id)


def targets(window: MainWindow) -> dict[View, list[tuple[str, QPoint]]]:
    """For each view, every drawn region with a point inside it."""
    body_map = window.map_pane.map
    catalog_regions = window._catalog.regions
    found: dict[View, list[tuple[str, QPoint]]] = {}
    for view in (View.FRONT, View.BACK):
        window.set_view(view.value)
        settle()
        ids = [r for r in body_map.region_ids() if catalog_regions[r].view is view]
        found[view] = [(r, inside_point(body_map, r)) for r in ids]
    return found


def timed(action: Callable[[], None]) -> float:
    """Milliseconds for ``action`` and all the event processing it caused."""
    started = time.perf_counter()
    action()
    settle()
    return (time.perf_counter() - started) * 1000


def _click(widget: QWidget, point: QPoint) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)


def measure_clicks(
    window: MainWindow, plan: dict[View, list[tuple[str, QPoint]]], rounds: int = ROUNDS
) -> list[float]:
    """Click every region ``rounds`` times; the guide must follow each click.

    Raises:
        AssertionError: when a click did not reach the guide.
    """
    body_map, samples = window.map_pane.map, []
    for _ in range(rounds):
        for view, regions in plan.items():
            window.set_view(view.value)
            settle()
            for region_id, point in regions:
                samples.append(timed(partial(_click, body_map, point)))
                assert window.guide.region() == region_id, (region_id, window.guide.region())
    return samples


def _move(widget: QWidget, point: QPoint) -> None:
    # A real pointer move, sent as the platform would: QTest.mouseMove warps QCursor instead.
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def measure_hover(
    window: MainWindow, plan: dict[View, list[tuple[str, QPoint]]]
) -> tuple[list[float], list[float]]:
    """Hover every region in turn; returns (move to repainted, paint alone) in ms."""
    body_map = window.map_pane.map
    moves: list[float] = []
    paints: list[float] = []
    for _ in range(ROUNDS):
        for view, regions in plan.items():
            window.set_view(view.value)
            settle()
            for region_id, point in regions:
                moves.append(timed(partial(_move, body_map, point)))
                assert body_map._input.hovered() == region_id, region_id
                paints.append(timed(body_map.repaint))
    return moves, paints


class _PixmapWidget(QWidget):
    """The hover baseline: paints one cached pixmap, like the map's background."""

    def __init__(self) -> None:
        super().__init__()
        self.pixmap = QPixmap(552, 724)
        self.pixmap.fill(QColor("#f4efe8"))
        self.setMouseTracking(True)
        self.toggle = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.toggle = not self.toggle
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap)
        painter.end()


def baselines(count: int) -> tuple[list[float], list[float], list[float]]:
    """Plain Qt: button click -> label text; move -> repaint; paint alone."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    button, label = QPushButton("Select", holder), QLabel("", holder)
    layout.addWidget(button)
    layout.addWidget(label)
    button.clicked.connect(lambda: label.setText(f"Region {time.perf_counter_ns()}"))
    holder.resize(1280, 800)
    holder.show()
    canvas = _PixmapWidget()
    canvas.resize(552, 724)
    canvas.show()
    settle()
    clicks, moves, paints = [], [], []
    centre = button.rect().center()
    for n in range(count):
        clicks.append(
            timed(lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=centre))
        )
        moves.append(timed(partial(_move, canvas, QPoint(10 + n % 400, 10 + n % 500))))
        paints.append(timed(canvas.repaint))
    holder.close()
    canvas.close()
    return clicks, moves, paints


def run() -> list[Result]:
    """Measure clicks and hover over every region."""
    app()
    with main_window() as window:
        plan = targets(window)
        regions = sum(len(v) for v in plan.values())
        # One unmeasured round: the first visit of each region fills caches (arrows, HTML).
        measure_clicks(window, plan, rounds=1)
        clicks = measure_clicks(window, plan)
        moves, paints = measure_hover(window, plan)
    base_clicks, base_moves, base_paints = baselines(len(clicks))
    note = f"p95 of {len(clicks)}: {regions} regions x {ROUNDS}"
    results = [
        Result(
            "click.guide_updated_p95",
            percentile(clicks, 0.95),
            "ms",
            CLICK_BUDGET_MS,
            percentile(base_clicks, 0.95),
            "QPushButton click sets a QLabel",
            note,
        ),
        Result(
            "click.guide_updated_median",
            median(clicks),
            "ms",
            None,
            median(base_clicks),
            "QPushButton click sets a QLabel",
            f"median of {len(clicks)}",
        ),
        Result(
            "hover.repainted_p95",
            percentile(moves, 0.95),
            "ms",
            HOVER_BUDGET_MS,
            percentile(base_moves, 0.95),
            "move repaints a cached pixmap",
            note,
        ),
        Result(
            "hover.paint_p95",
            percentile(paints, 0.95),
            "ms",
            HOVER_BUDGET_MS,
            percentile(base_paints, 0.95),
            "paint of a cached pixmap",
            note,
        ),
    ]
    return [emit(r) for r in results]
