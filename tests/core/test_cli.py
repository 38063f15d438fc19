"""The command line: version, region list, content checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from massage_desktop import __version__
from massage_desktop.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"massage-desktop {__version__}"


def test_list_regions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-regions"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert len(rows) >= 40
    assert all(len(row) == 4 for row in rows)
    assert ["front-knee-left", "Left knee", "front", "left"] in rows
    assert len({row[0] for row in rows}) == len(rows)


def test_check_builtin_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check-content"]) == 0
    assert capsys.readouterr().out.startswith("content OK")


def test_check_content_pack_reports_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "techniques").mkdir()
    (tmp_path / "guides.yaml").write_text("guides: 3\n")
    assert main(["--check-content", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert "guides.yaml:1: guides: Input should be a valid list" in out.out
    assert "regions.yaml: required file is missing" in out.out
    assert "routines: required folder is missing" in out.out
    assert "problems in" in out.err
