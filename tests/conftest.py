"""Suite-wide fixtures: every user directory points at a temporary folder, never the real home."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication

from massage_desktop.content import load_catalog
from massage_desktop.content.search import SearchBook
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder, SessionRecorder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.plan_book import PlanBook
from massage_desktop.messages import MessageBus
from massage_desktop.resources import data_dir, resource_path
from massage_desktop.services import RunMemo, Services, build_services
from massage_desktop.storage.content_cache import load_catalog_cached
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.paths import ENV_DATA_DIR, resolve_paths
from massage_desktop.storage.settings import SettingsStore
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.i18n import install_translators

# CI (.ci/run sets HYPOTHESIS_PROFILE=ci) must be repeatable: a property test finding a new
# example there would turn a landing red for a reason no commit brought. Locally the examples
# stay random, which is how the CSV quote case was found.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parent.parent


# The 1024x700 window in each language, shared by the fit and mnemonic tests.
pytest_plugins = ["tests.small_window"]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Delete the widgets a test left behind before the next test starts.

    pytest-qt closes every widget given to ``qtbot.addWidget`` and calls ``deleteLater()`` on
    it, then runs ``processEvents()``; but ``processEvents()`` outside an event loop does not
    deliver ``DeferredDelete`` events (QCoreApplication::processEvents docs), so every window of
    every test stayed alive. Each later ``QApplication.setStyleSheet`` (the theme, applied by
    every main window) then re-polished all of them: window tests grew ~0.1 s slower per test
    before them, and the suite's window tests took several times their own cost.
    """
    result = yield
    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """A umask of 022, as most desktops have, restored after the test.

    The command-line entry points set the process umask to 077 (``use_private_files``); run
    in-process, one test left it for every later test in its worker, and a folder-mode test
    passed or failed by test order.
    """
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Send HOME, the XDG folders and the app's data folder to a fresh temporary folder.

    platformdirs and Qt's QStandardPaths both read these variables at call time, so setting them
    per test is enough; nothing resolves a user folder at import time.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv(ENV_DATA_DIR, str(home / "massage-data"))
    return home


@pytest.fixture
def clock() -> ManualClock:
    """A clock that moves only when a test says so."""
    return ManualClock()


@pytest.fixture
def recorder() -> InMemoryRecorder:
    """A recorder that keeps sessions in memory."""
    return InMemoryRecorder()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The shipped content, loaded once (tests/engine overrides it with a small test catalog)."""
    return load_catalog(data_dir())


@pytest.fixture(scope="session")
def german_catalog() -> Catalog:
    """The shipped content in German, as the app loads it for a German user; loaded once.

    Shared like ``catalog``: a test that changes a catalog (adds a routine) loads its own.
    Loading took each of the German window tests about a fifth of a second of CPU.
    """
    return load_catalog(data_dir(), "de")


@pytest.fixture(scope="session")
def svg() -> bytes:
    """The shipped body-map drawing."""
    return resource_path("body_map.svg").read_bytes()


MakeServices = Callable[..., Services]


@pytest.fixture(scope="session")
def plans() -> PlanBook:
    """One run's plans for every window the suite builds, as one start of the app shares them.

    A plan is kept per catalog and subject object, so a test with content of its own gets
    plans of its own. Building the welcome's plans took a fifth of each main window's start.
    """
    return PlanBook()


@pytest.fixture(scope="session")
def searches() -> SearchBook:
    """One run's search indexes for every window the suite builds, as ``plans`` (per catalog).

    Indexing the shipped catalog took a twentieth of each main window's start.
    """
    return SearchBook()


@pytest.fixture(scope="session")
def memo() -> RunMemo:
    """One run's memo for every window the suite builds: the measured body map read once.

    Reading and decoding the cached outlines took a tenth of each main window's start.
    """
    return RunMemo()


@pytest.fixture(scope="session")
def warm_cache(
    qapp: QApplication, catalog: Catalog, svg: bytes, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A cache folder as the app leaves it after its first start: the body map measured.

    Measuring the drawing took about a tenth of a second of every main window a test built,
    since each test has a cache folder of its own. The cache tests (tests/ui/
    test_map_geometry_cache.py) cover the first start and every way a cache can be wrong.
    """
    folder = tmp_path_factory.mktemp("warm-cache")
    MapDocument(svg, list(catalog.regions.values()), folder)
    return folder


@pytest.fixture(scope="session")
def empty_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A history file as the app leaves it after its first start: every migration run, empty.

    A new file runs every migration (storage/migrations.py), about a twentieth of each main
    window a test built. The migration tests (tests/storage) start from their own files of
    every schema version.
    """
    paths = resolve_paths(tmp_path_factory.mktemp("empty-history"))
    paths.ensure()
    history, _report = open_history(paths)
    history.close()
    return paths.database


@pytest.fixture
def make_services(
    catalog: Catalog,
    svg: bytes,
    warm_cache: Path,
    plans: PlanBook,
    searches: SearchBook,
    memo: RunMemo,
    empty_history: Path,
) -> Iterator[MakeServices]:
    """Build ``Services`` as the app does: real settings, health and history stores.

    They live in the temporary data folder ``isolated_home`` points at, with the cache of a
    start before (``warm_cache``), an empty history of the current schema (``empty_history``)
    and the suite's plans (``plans``); the histories are closed afterwards. Keywords override
    a part, e.g. ``make_services(recorder=recorder)``.
    """
    with ExitStack() as stack:

        def make(
            *, recorder: SessionRecorder | None = None, catalog: Catalog = catalog
        ) -> Services:
            paths, bus = resolve_paths(), MessageBus()
            paths.ensure()
            for cached in warm_cache.iterdir():
                if not (paths.cache / cached.name).exists():
                    shutil.copy2(cached, paths.cache / cached.name)
            if not paths.database.exists():
                shutil.copy2(empty_history, paths.database)
            history, _report = open_history(paths, bus)
            stack.callback(history.close)
            return Services(
                paths=paths,
                catalog=catalog,
                messages=bus,
                body_map_svg=svg,
                recorder=InMemoryRecorder() if recorder is None else recorder,
                health=HealthStore(health_file(paths), bus),
                history=history,
                settings=SettingsStore(paths.settings_file, bus),
                own_routines=OwnRoutines(paths.routines, catalog, bus),
                plans=plans,
                searches=searches,
                memo=memo,
            )

        yield make


StartServices = Callable[..., Services]


@pytest.fixture(scope="session")
def warm_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder with the content of each language, as a start before leaves it.

    Loading the content from its YAML took about a tenth of a second of each start a test
    ran; tests/storage/test_content_cache.py covers the first start and a stale cache.
    """
    folder = tmp_path_factory.mktemp("warm-content")
    for language in (None, "de"):
        load_catalog_cached(data_dir(), language, folder)
    return folder


@pytest.fixture
def start_services(warm_cache: Path, warm_content: Path) -> Iterator[StartServices]:
    """``build_services`` on a data folder, as a start of the app runs it.

    The cache folder holds what a start before left (the content, the measured map) unless
    ``warm=False``: the first start. What it opened is closed after the test, as the app
    closes it at exit. A history left to the garbage collector keeps its file open until
    then, and Python 3.13 warns about it there: in whichever later test the collection
    happens to run.
    """
    with ExitStack() as stack:

        def start(folder: Path, *, warm: bool = True) -> Services:
            if warm:
                cache = resolve_paths(folder).cache
                cache.mkdir(mode=0o700, parents=True, exist_ok=True)
                for source in (warm_cache, warm_content):
                    for cached in source.iterdir():
                        if not (cache / cached.name).exists():
                            shutil.copy2(cached, cache / cached.name)
            services = build_services(str(folder))
            stack.callback(services.close)
            return services

        yield start


@pytest.fixture
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German translators installed; removed afterwards, so other tests stay English."""
    locale = QLocale()
    installed = install_translators(qapp, "de")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
