"""Own routines on disk: saved as content pack YAML, read back, broken files reported."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.routines.conftest import make_routine

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.messages import Code, Message, MessageBus
from massage_desktop.resources import data_dir
from massage_desktop.storage.own_routines import OwnRoutines


def test_saved_routine_is_private_yaml_and_reads_back(
    store: OwnRoutines, own_catalog: Catalog, tmp_path: Path
) -> None:
    routine = make_routine()
    assert store.problems(routine) == []
    assert store.save(routine)
    path = tmp_path / "routines" / "my-evening-knee.yaml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "technique: quadriceps-kneading" in path.read_text(encoding="utf-8")
    fresh = OwnRoutines(store.folder, own_catalog, MessageBus())
    assert fresh.load() == []
    assert fresh.get("my-evening-knee") == routine


def test_saved_routine_appears_beside_built_in_ones(
    store: OwnRoutines, own_catalog: Catalog
) -> None:
    store.save(make_routine())
    assert own_catalog.is_own("my-evening-knee")
    assert not own_catalog.is_own("knee-care")
    on_knee = [r.id for r in own_catalog.routines_for_region("front-knee-right")]
    assert on_knee[-1] == "my-evening-knee"
    assert "knee-care" in on_knee
    # The right knee only: the left one lists the routine only through the kneading item.
    plan = build_plan(own_catalog, own_catalog.routines["my-evening-knee"])
    first = [e for e in plan.entries if e.item_index == 0]
    assert first
    assert all(r.endswith("-right") for e in first for r in e.region_ids if "knee" in r)
    assert store.delete("my-evening-knee") is not None
    assert "my-evening-knee" not in own_catalog.routines
    left_thigh = own_catalog.routines_for_region("front-thigh-left")
    assert all(r.id != "my-evening-knee" for r in left_thigh)


def test_screening_sees_an_edited_routine(store: OwnRoutines, own_catalog: Catalog) -> None:
    condition = next(
        c for c in own_catalog.conditions.values() if any(r.all_regions for r in c.rules)
    )
    screening = Screening(own_catalog, HealthProfile(conditions=(condition.id,)))
    store.save(make_routine())
    assert len(screening.routine_verdicts("my-evening-knee")) == 2
    shorter = make_routine().model_copy(update={"items": make_routine().items[:1]})
    store.save(shorter)
    assert len(screening.routine_verdicts("my-evening-knee")) == 1


def test_broken_files_are_reported_with_lines_and_skipped(
    store: OwnRoutines, posted: list[Message]
) -> None:
    store.folder.mkdir()
    (store.folder / "my-good.yaml").write_text(
        _yaml("my-good", "Good one", "quadriceps-kneading"), encoding="utf-8"
    )
    (store.folder / "my-gone.yaml").write_text(
        _yaml("my-gone", "Gone", "no-such-technique"), encoding="utf-8"
    )
    (store.folder / "my-typo.yaml").write_text(
        _yaml("my-typo", "Typo", "quadriceps-kneading") + "colour: red\n", encoding="utf-8"
    )
    (store.folder / "my-twin.yaml").write_text(
        _yaml("my-twin", "good ONE", "quadriceps-kneading"), encoding="utf-8"
    )
    (store.folder / "my-binary.yaml").write_bytes(b"\x00\x01")
    problems = [str(p) for p in store.load()]
    assert [r.id for r in store.routines()] == ["my-good"]
    folder = store.folder
    gone = "items.0.technique: technique 'no-such-technique' no longer exists"
    assert f"{folder}/my-gone.yaml:7: {gone}" in problems
    assert f"{folder}/my-typo.yaml:9: colour: Extra inputs are not permitted" in problems
    twin = "name: another of your routines is called 'good ONE'"
    assert f"{folder}/my-twin.yaml:3: {twin}" in problems
    assert any(p.startswith(f"{folder}/my-binary.yaml: ") for p in problems)
    (message,) = posted
    assert message.parts[0].code is Code.OWN_ROUTINES_SKIPPED
    assert message.parts[0].count == 4
    assert "my-gone.yaml:7" in message.text


def test_region_that_no_longer_exists_is_named(store: OwnRoutines) -> None:
    store.folder.mkdir()
    text = _yaml("my-old", "Old", "quadriceps-kneading").replace(
        "  - technique: quadriceps-kneading\n",
        "  - technique: quadriceps-kneading\n    regions: [front-kneecap-middle]\n",
    )
    (store.folder / "my-old.yaml").write_text(text, encoding="utf-8")
    (problem,) = store.load()
    assert (problem.line, problem.field) == (8, "items.0.regions.0")
    assert problem.message == "region 'front-kneecap-middle' no longer exists"


def test_time_outside_what_the_content_allows_is_refused(store: OwnRoutines) -> None:
    routine = make_routine()
    items = [routine.items[0], routine.items[1].model_copy(update={"duration_s": 3000})]
    (problem,) = store.problems(routine.model_copy(update={"items": items}))
    assert problem.field == "items.1.duration_s"
    assert "22–90 s" in problem.message


def test_names_and_ids_are_unique(store: OwnRoutines) -> None:
    store.save(make_routine())
    clash = make_routine(" evening  KNEE", "my-other")
    assert [p.field for p in store.problems(clash)] == ["name"]
    builtin = make_routine("Knee care", "my-knee-care")
    assert "built-in routine" in store.problems(builtin)[0].message
    assert [p.field for p in store.problems(make_routine("X", "knee-care"))] == ["id"]
    assert store.new_id("Evening knee") == "my-evening-knee-2"
    assert store.new_id("Rücken am Abend!") == "my-ruecken-am-abend"
    assert store.free_name("Evening Knee") == "Evening Knee (2)"


def test_check_content_accepts_a_folder_of_own_routines(store: OwnRoutines, capsys: object) -> None:
    from massage_desktop.cli import main

    store.save(make_routine())
    assert main(["--check-content", str(store.folder)]) == 0
    (store.folder / "my-gone.yaml").write_text(
        _yaml("my-gone", "Gone", "no-such-technique"), encoding="utf-8"
    )
    assert main(["--check-content", str(store.folder)]) == 1
    assert main(["--check-content", str(data_dir())]) == 0


def _yaml(routine_id: str, name: str, technique: str) -> str:
    return f"""\
# made by hand
id: {routine_id}
name: {name}
summary: A test routine.
performer: self
items:
  - technique: {technique}
sources: [knee-clinical]
"""


def test_a_routine_file_on_the_command_line_is_taken_for_import() -> None:
    from massage_desktop.cli import build_parser

    args = build_parser().parse_args(["shared.yaml"])
    assert args.routine_file == "shared.yaml"
    assert build_parser().parse_args([]).routine_file is None
