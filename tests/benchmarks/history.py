"""The history with a very long past: the view, the statistics and recording, at two sizes.

Sessions are generated straight into the current schema in one transaction, as a heavy user's
decade would look: about 27 sessions a day (274 at the larger size) over ten years up to
``TODAY``, five done steps each on two regions of the shipped content, rated before and after.
The same numbers are measured on an empty history (the same-run baseline: what the view costs
with nothing to show), on ``small`` sessions and on ``large`` (ten times more), whose ratio
must stay at most 10.

Measured: opening the history window (built, shown and painted: the first page of the list,
the count, the calendar, streak and weekly chart), the streak and weekly statistics alone,
writing one step of a new session (a committed transaction), opening the file itself
(integrity check, as at every start of the app), and the slowest of the list and statistics
queries (filters, counts, heat map, rating changes; these bounds were in the default suite).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from tempfile import TemporaryDirectory

from tests.benchmarks.common import Result, emit, median, percentile
from tests.bigstore import LAST_DAY, generate_history

from massage_desktop.content import load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, SessionRecord, StepRecord, StepStatus
from massage_desktop.resources import data_dir, resource_path
from massage_desktop.storage.errors import UnknownSessionError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.listing import SessionFilter
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.paths import AppPaths

TODAY = LAST_DAY
VIEW_BUDGET_MS = 150.0
STATS_BUDGET_MS = 50.0
WRITE_BUDGET_MS = 5.0
SCALE_BUDGET = 10.0
WEEKS = 12


QUERY_BUDGET_MS = 500.0


def _one_session(store: HistoryStore) -> object:
    # The empty history (the baseline) has no such session: the lookup is still measured.
    with suppress(UnknownSessionError):
        return store.get("s0050000")
    return None


QUERIES: dict[str, Callable[[HistoryStore], object]] = {
    "first page": lambda s: s.list_sessions(limit=50),
    "page 100": lambda s: s.list_sessions(limit=50, offset=5000),
    "by outcome": lambda s: s.list_sessions(
        SessionFilter(outcomes=frozenset({Outcome.STOPPED_FOR_PAIN}))
    ),
    "count": lambda s: s.count_sessions(),
    "one session": _one_session,
    "calendar year": lambda s: s.stats.days_massaged(TODAY - timedelta(days=365), TODAY),
    "heat map all time": lambda s: s.stats.region_counts(),
    "rating changes": lambda s: s.stats.rating_changes(),
    "region with no sessions": lambda s: s.list_sessions(SessionFilter(region_id="nowhere")),
}


def generate(store: HistoryStore, paths: AppPaths, catalog: Catalog, count: int) -> None:
    """Insert ``count`` finished sessions over the shipped techniques, routines and regions."""
    subjects = [("technique", t) for t in catalog.techniques]
    subjects += [("routine", r) for r in catalog.routines]
    generate_history(
        paths.database, count, subjects, list(catalog.techniques), list(catalog.regions)
    )


def slowest_query(store: HistoryStore) -> tuple[str, float]:
    """The slowest of the list and statistics queries, best of three runs each, in ms."""
    times = {
        name: min(_ms(partial(query, store)) for _ in range(3)) for name, query in QUERIES.items()
    }
    name = max(times, key=times.__getitem__)
    return name, times[name]


def _ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(
    store: HistoryStore, paths: AppPaths, catalog: Catalog, svg: bytes, repeats: int = 5
) -> dict[str, float]:
    """Median milliseconds of each operation on an open store (p95 for writing a step)."""
    from PySide6.QtWidgets import QApplication

    from massage_desktop.ui.history import HistoryWindow

    app = QApplication.instance() or QApplication([])

    # The body map measured in the cache folder, as the main map leaves it at every start
    # (the first window below measures it there).
    paths.cache.mkdir(parents=True, exist_ok=True)

    def open_view() -> None:
        window = HistoryWindow(store, catalog, svg, lambda: TODAY, cache_dir=paths.cache)
        window.show()
        app.processEvents()
        app.processEvents()
        window.close()
        window.deleteLater()

    def stats() -> None:
        store.stats.current_streak(TODAY)
        store.stats.minutes_per_week(TODAY, WEEKS)

    open_view()  # the first window pays for Qt's one-off set-up (fonts, styles)
    app.processEvents()
    view = median([_ms(open_view) for _ in range(repeats)])
    app.processEvents()
    stat = median([_ms(stats) for _ in range(repeats)])
    query_name, query_ms = slowest_query(store)
    print(f"# slowest list or statistics query: {query_name}, {query_ms:.1f} ms", flush=True)
    writes = []
    for n in range(5):
        session_id = f"bench-{n}-{time.time_ns()}"
        started = datetime.now(UTC)
        store.begin(
            SessionRecord(
                id=session_id,
                started_at=started,
                kind="technique",
                subject_id=next(iter(catalog.techniques)),
                performer="self",
            )
        )
        for position in range(10):
            step = StepRecord(
                position=position,
                technique_id=next(iter(catalog.techniques)),
                step_index=position,
                region_ids=list(catalog.regions)[:2],
                planned_s=60.0,
                actual_s=60.0,
                status=StepStatus.DONE,
                started_at=started + timedelta(minutes=position),
            )
            writes.append(_ms(partial(store.add_step, session_id, step)))
        store.finish(session_id, Outcome.COMPLETED, datetime.now(UTC), {})
    store.close()
    opened = []
    for _ in range(3):
        started_ns = time.perf_counter_ns()
        reopened, _report = open_history(paths)
        opened.append((time.perf_counter_ns() - started_ns) / 1e6)
        reopened.close()
    return {
        "view": view,
        "stats": stat,
        "write": percentile(writes, 0.95),
        "open": median(opened),
        "query": query_ms,
    }


def at_size(count: int, catalog: Catalog, svg: bytes) -> dict[str, float]:
    """Generate a history of ``count`` sessions in a temporary folder and measure it."""
    with TemporaryDirectory(prefix="bench-history-") as tmp:
        root = Path(tmp)
        paths = AppPaths(root / "data", root / "config", root / "cache")
        store, _ = open_history(paths)
        started = time.perf_counter()
        generate(store, paths, catalog, count)
        print(f"# generated {count} sessions in {time.perf_counter() - started:.1f} s", flush=True)
        return measure(store, paths, catalog, svg)


def run(small: int = 100_000, large: int = 1_000_000) -> list[Result]:
    """Measure at 0, ``small`` and ``large`` sessions."""
    catalog = load_catalog(data_dir())
    svg = resource_path("body_map.svg").read_bytes()
    empty = at_size(0, catalog, svg)
    base = at_size(small, catalog, svg)
    big = at_size(large, catalog, svg)
    factor = large / small
    empty_label = "empty history"
    names = {
        "view": ("history.view_open", VIEW_BUDGET_MS, "window shown and painted, median of 5"),
        "stats": ("history.streak_weekly", STATS_BUDGET_MS, "streak + 12 weeks, median of 5"),
        "write": ("history.write_step", WRITE_BUDGET_MS, "one committed step, p95 of 50"),
        "open": ("history.open_file", None, "open + integrity check, median of 3"),
        "query": ("history.slowest_query", QUERY_BUDGET_MS, "slowest of 9 queries, best of 3"),
    }
    results = []
    for key, (name, budget, note) in names.items():
        results.append(
            Result(
                f"{name}_{small // 1000}k", base[key], "ms", budget, empty[key], empty_label, note
            )
        )
    for key, (name, _budget, _note) in names.items():
        ratio = big[key] / base[key] if base[key] > 0 else float("inf")
        results.append(
            Result(
                f"{name}_{large // 1000}k_vs_{small // 1000}k",
                ratio,
                "x",
                SCALE_BUDGET if key not in ("open", "query") else None,
                factor,
                f"{big[key]:.1f} ms at {large:,} sessions; sizes differ {factor:.0f}x",
            )
        )
    return [emit(r) for r in results]
