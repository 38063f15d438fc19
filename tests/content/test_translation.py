"""Translated content: overlays replace texts only, and their mistakes are reported like any."""

from __future__ import annotations

from pathlib import Path

from massage_desktop.content import check_folder, load_catalog


def write(pack: Path, rel: str, text: str) -> None:
    path = pack / "translations" / "de" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_overlay_replaces_texts_and_keeps_everything_else(pack: Path) -> None:
    write(
        pack,
        "techniques/flushing.yaml",
        "id: flushing\nname: Ausstreichen\nsteps:\n  - instruction: Daumen nach oben gleiten.\n"
        "    stroke:\n      label: zum Herzen\n",
    )
    write(
        pack,
        "contraindications.yaml",
        "principles:\n  - id: stop-on-pain\n    title: Sofort aufhören\n",
    )
    english = load_catalog(pack)
    german = load_catalog(pack, "de")
    flushing = german.techniques["flushing"]
    assert flushing.name == "Ausstreichen"
    assert flushing.steps[0].instruction == "Daumen nach oben gleiten."
    assert flushing.steps[0].stroke is not None
    assert flushing.steps[0].stroke.label == "zum Herzen"
    assert flushing.steps[0].repetitions == english.techniques["flushing"].steps[0].repetitions
    assert flushing.steps[1].instruction == english.techniques["flushing"].steps[1].instruction
    assert german.principles[0].title == "Sofort aufhören"
    assert english.techniques["flushing"].name == "Flushing"
    assert check_folder(pack) == []


def test_numbers_cannot_be_translated(pack: Path) -> None:
    write(pack, "techniques/flushing.yaml", "id: flushing\nsteps:\n  - repetitions: 9\n")
    assert [str(p) for p in check_folder(pack)] == [
        "translations/de/techniques/flushing.yaml:3: steps.0.repetitions: "
        "only texts can be translated; this field is not a text"
    ]


def test_unknown_field_id_and_extra_item(pack: Path) -> None:
    write(
        pack,
        "techniques/flushing.yaml",
        "id: flushing\ncolour: rot\nsteps: [{}, {}, {instruction: x}]\n",
    )
    write(pack, "regions.yaml", "regions:\n  - id: front-elbow-left\n    name: Ellbogen\n")
    lines = [str(p) for p in check_folder(pack)]
    flushing = "translations/de/techniques/flushing.yaml"
    assert f"{flushing}:2: colour: the English file has no such field to translate" in lines
    assert f"{flushing}:3: steps.2: the English list has only 2 items" in lines
    assert (
        "translations/de/regions.yaml:2: regions.0.id: no item with id 'front-elbow-left' "
        "in the English file"
    ) in lines


def test_changed_id_and_empty_text(pack: Path) -> None:
    write(pack, "techniques/flushing.yaml", "id: rinsing\nname: '  '\n")
    lines = [str(p) for p in check_folder(pack)]
    flushing = "translations/de/techniques/flushing.yaml"
    assert f"{flushing}:1: id: id 'rinsing' does not match the English 'flushing'" in lines
    empty = "the translation is empty; leave the field out to keep English"
    assert f"{flushing}:2: name: {empty}" in lines


def test_broken_overlay_file_falls_back_to_english(pack: Path) -> None:
    write(pack, "routines/demo.yaml", "name: [unclosed\n")
    lines = [str(p) for p in check_folder(pack)]
    assert len(lines) == 1
    assert lines[0].startswith("translations/de/routines/demo.yaml:")
