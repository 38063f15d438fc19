"""Each kind of bad content gives one clear line naming file and field, and never hides others."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from massage_desktop.content import ContentError, check_folder, load_catalog


def problems_text(root: Path) -> list[str]:
    return [str(p) for p in check_folder(root)]


def test_valid_pack_is_clean(pack: Path) -> None:
    assert problems_text(pack) == []
    catalog = load_catalog(pack)
    assert catalog.expand(["front-knee"]) == ["front-knee-right", "front-knee-left"]


def test_malformed_yaml_names_file_and_line(pack: Path) -> None:
    (pack / "routines/demo.yaml").write_text("id: demo\nname: [unclosed\n")
    [line] = problems_text(pack)
    assert line.startswith("routines/demo.yaml:")
    assert "malformed YAML" in line


def test_wrong_type_points_at_field_and_line(pack: Path) -> None:
    path = pack / "techniques/flushing.yaml"
    path.write_text(path.read_text().replace("duration_s: 10", "duration_s: -3"))
    [line] = problems_text(pack)
    assert line == (
        "techniques/flushing.yaml:26: steps.1.duration_s: Input should be greater than 0"
    )


def test_unknown_key_is_an_error(pack: Path) -> None:
    path = pack / "techniques/flushing.yaml"
    path.write_text(path.read_text().replace("order: 1\n", "order: 1\ncolour: red\n"))
    [line] = problems_text(pack)
    assert line == "techniques/flushing.yaml:6: colour: Extra inputs are not permitted"


def test_dangling_references_each_reported(pack: Path) -> None:
    path = pack / "techniques/flushing.yaml"
    text = path.read_text().replace("regions: [front-knee]", "regions: [front-knee, front-elbow]")
    path.write_text(text.replace("contraindications: [varicose]", "contraindications: [nope]"))
    lines = problems_text(pack)
    assert "techniques/flushing.yaml:11: regions.1: unknown region 'front-elbow'" in lines
    assert (
        "techniques/flushing.yaml:12: contraindications.0: unknown contraindication 'nope'" in lines
    )


def test_routine_naming_missing_technique(pack: Path) -> None:
    path = pack / "routines/demo.yaml"
    path.write_text(path.read_text().replace("technique: flushing", "technique: gone"))
    assert problems_text(pack) == [
        "routines/demo.yaml:7: items.0.technique: unknown technique 'gone'"
    ]


def test_empty_file(pack: Path) -> None:
    (pack / "routines/demo.yaml").write_text("  \n")
    assert problems_text(pack) == ["routines/demo.yaml: the file is empty"]


def test_binary_file(pack: Path) -> None:
    (pack / "routines/demo.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert problems_text(pack) == ["routines/demo.yaml: this is a binary file, not YAML text"]


def test_not_utf8(pack: Path) -> None:
    (pack / "routines/demo.yaml").write_bytes(b"id: demo\nname: caf\xe9\n")
    assert problems_text(pack) == ["routines/demo.yaml:2: the file is not UTF-8 text"]


def test_huge_file_is_refused_without_reading_it(pack: Path) -> None:
    path = pack / "routines/demo.yaml"
    with path.open("wb") as f:
        f.truncate(50_000_000)  # sparse: 50 MB on paper, instant to make
    assert problems_text(pack) == [
        "routines/demo.yaml: file is 50.0 MB; content files may be at most 1 MB"
    ]


def test_alias_bomb_is_refused(pack: Path) -> None:
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (pack / "routines/demo.yaml").write_text("\n".join(levels) + "\n")
    [line] = problems_text(pack)
    assert line == "routines/demo.yaml:1: YAML anchors and aliases (&name, *name) are not allowed"


def test_duplicate_key(pack: Path) -> None:
    path = pack / "routines/demo.yaml"
    path.write_text(path.read_text() + "name: Again\n")
    assert problems_text(pack) == ["routines/demo.yaml:8: name: this key appears twice"]


def test_deep_nesting(pack: Path) -> None:
    (pack / "routines/demo.yaml").write_text("x: " + "[" * 200 + "]" * 200 + "\n")
    assert problems_text(pack) == ["routines/demo.yaml:1: nested deeper than 64 levels"]


def test_top_level_list_instead_of_mapping(pack: Path) -> None:
    (pack / "routines/demo.yaml").write_text("- a\n- b\n")
    assert problems_text(pack) == ["routines/demo.yaml:1: expected a mapping of fields, found list"]


def test_file_name_must_match_id(pack: Path) -> None:
    (pack / "routines/demo.yaml").rename(pack / "routines/other.yaml")
    assert problems_text(pack) == [
        "routines/other.yaml:1: id: the file must be named demo.yaml after its id"
    ]


def test_missing_file_and_folder(pack: Path) -> None:
    (pack / "guides.yaml").unlink()
    for p in (pack / "routines").iterdir():
        p.unlink()
    (pack / "routines").rmdir()
    lines = problems_text(pack)
    assert "guides.yaml: required file is missing" in lines
    assert "routines: required folder is missing" in lines


def test_one_bad_file_does_not_stop_the_others(pack: Path) -> None:
    (pack / "routines/demo.yaml").write_bytes(b"\x00")
    path = pack / "techniques/flushing.yaml"
    path.write_text(path.read_text().replace("level: light", "level: crushing"))
    lines = problems_text(pack)
    assert len(lines) == 2
    assert lines[0].startswith("routines/demo.yaml")
    assert lines[1].startswith("techniques/flushing.yaml:8: pressure.level: Input should be")


def test_model_rule_errors_are_plain(pack: Path) -> None:
    path = pack / "techniques/flushing.yaml"
    path.write_text(
        path.read_text().replace("repetitions_range: [5, 6]", "repetitions_range: [7, 9]")
    )
    [line] = problems_text(pack)
    assert line == "techniques/flushing.yaml:15: steps.0: repetitions 5 lies outside its range 7-9"


def test_uncovered_region_is_reported(pack: Path) -> None:
    path = pack / "techniques/flushing.yaml"
    path.write_text(path.read_text().replace("regions: [front-knee]", "regions: [front-knee-left]"))
    assert problems_text(pack) == [
        "regions.yaml:4: regions.0.id: no technique works on 'front-knee-right'"
    ]


def test_load_catalog_raises_with_every_problem(pack: Path) -> None:
    (pack / "routines/demo.yaml").write_text("")
    (pack / "guides.yaml").write_text("guides: []\n")
    with pytest.raises(ContentError) as info:
        load_catalog(pack)
    assert len(info.value.problems) >= 2
    assert "problems in the content" in str(info.value)


def test_impossible_date_names_file_line_and_field(pack: Path) -> None:
    path = pack / "routines/demo.yaml"
    path.write_text(path.read_text().replace("name: Demo routine", "name: 2026-02-30"))
    [line] = problems_text(pack)
    assert line.startswith("routines/demo.yaml:2: name: this date cannot be read (")


def test_huge_integer_names_file_line_and_field(pack: Path) -> None:
    path = pack / "techniques/flushing.yaml"
    path.write_text(path.read_text().replace("order: 1\n", f"order: {'9' * 5000}\n"))
    [line] = problems_text(pack)
    assert line.startswith("techniques/flushing.yaml:5: order: this number cannot be read (")


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"], ids=lambda e: e
)
def test_other_unicode_encodings_are_named(pack: Path, encoding: str) -> None:
    path = pack / "routines/demo.yaml"
    path.write_bytes(path.read_text().encode(encoding))
    name = encoding.upper().split("-")[0] + "-" + encoding.split("-")[1][:2]
    assert problems_text(pack) == [f"routines/demo.yaml: the file is {name} text; save it as UTF-8"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_not_waited_on_nor_called_missing(pack: Path) -> None:
    path = pack / "routines/demo.yaml"
    path.unlink()
    os.mkfifo(path)
    assert problems_text(pack) == [
        "routines/demo.yaml: not a regular file (a device, FIFO or folder)"
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_is_not_read(pack: Path) -> None:
    path = pack / "regions.yaml"
    path.unlink()
    path.symlink_to("/dev/zero")
    assert "regions.yaml: not a regular file (a device, FIFO or folder)" in problems_text(pack)
