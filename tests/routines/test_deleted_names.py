"""A deleted own routine keeps its name in History (walk 17).

History lists a session by its routine's id. Once the routine was deleted, its sessions read
"my-evening-knee (routine)", and the user could not get the name back after the Undo bar had
gone. The file is now kept aside, so the name stays, across a restart too.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.routines.conftest import make_routine
from tests.sessions import build_session

from massage_desktop.domain.catalog import Catalog
from massage_desktop.messages import MessageBus
from massage_desktop.storage.opening import open_history
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.ui.history.session_list import SessionListPane

TODAY = date(2026, 5, 29)


def test_a_deleted_routine_keeps_its_name_and_its_id(
    store: OwnRoutines, own_catalog: Catalog
) -> None:
    routine = make_routine()
    assert store.save(routine)
    assert own_catalog.former_routine_name(routine.id) is None  # not deleted: no former name
    assert store.delete(routine.id) == routine
    assert routine.id not in own_catalog.routines
    assert own_catalog.former_routine_name(routine.id) == "Evening knee"
    assert not (store.folder / f"{routine.id}.yaml").exists()
    # A new routine of the same name takes another id: the old sessions keep their name.
    assert store.new_id("Evening knee") != routine.id
    # After a restart too.
    built_in = {k: v for k, v in own_catalog.routines.items() if not own_catalog.is_own(k)}
    fresh_catalog = dataclasses.replace(own_catalog, routines=built_in)
    fresh = OwnRoutines(store.folder, fresh_catalog, MessageBus())
    assert fresh.load() == []
    assert fresh.get(routine.id) is None
    assert fresh_catalog.former_routine_name(routine.id) == "Evening knee"
    assert fresh.new_id("Evening knee") != routine.id


def test_undo_takes_the_routine_back_out_of_the_deleted_ones(
    store: OwnRoutines, own_catalog: Catalog
) -> None:
    routine = make_routine()
    store.save(routine)
    store.delete(routine.id)
    assert store.save(routine)  # what Undo does
    assert own_catalog.former_routine_name(routine.id) is None
    fresh = OwnRoutines(store.folder, own_catalog, MessageBus())
    assert fresh.load() == []
    assert fresh.get(routine.id) == routine
    assert own_catalog.former_routine_name(routine.id) is None


def test_history_names_a_deleted_routine_s_sessions(
    qtbot: QtBot, store: OwnRoutines, own_catalog: Catalog, tmp_path: Path
) -> None:
    routine = make_routine()
    store.save(routine)
    started = datetime(2026, 5, 29, 19, 0, tzinfo=timezone(timedelta(hours=2)))
    record = build_session(
        "evening", started, regions=["front-knee-right"], kind="routine", subject_id=routine.id
    )
    history, _report = open_history(resolve_paths(tmp_path / "data"))
    with history:
        history.insert_many([record])
        store.delete(routine.id)
        pane = SessionListPane(history, own_catalog, lambda: TODAY)
        qtbot.addWidget(pane)
        pane.resize(500, 600)
        pane.show()
        pane.reload()
        assert str(pane.model.index(1, 1).data()) == "Evening knee (deleted routine)"
        store.save(routine)  # undo
        pane.reload()
        assert str(pane.model.index(1, 1).data()) == "Evening knee (routine)"
