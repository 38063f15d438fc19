"""The resource helper finds every shipped file, in a source tree and in a wheel's layout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from massage_desktop import resources


def shipped(repo: Path, folder: str) -> list[str]:
    base = repo / folder
    return sorted(str(p.relative_to(base)) for p in base.rglob("*") if p.is_file())


def test_every_shipped_file_is_found(repo: Path) -> None:
    for folder, root in (("resources", resources.resources_dir()), ("data", resources.data_dir())):
        names = shipped(repo, folder)
        assert names, f"{folder}/ is empty"
        for name in names:
            assert (root / name).is_file(), f"{folder}/{name} not found through the helper"
    assert resources.resource_path("body_map.svg").is_file()


def test_wheel_carries_both_folders_into_the_package(repo: Path) -> None:
    config = tomllib.loads((repo / "pyproject.toml").read_text())
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include == {
        "resources": "massage_desktop/resources",
        "data": "massage_desktop/data",
    }


def test_helper_prefers_the_package_copy_in_an_installed_layout(repo: Path, tmp_path: Path) -> None:
    # Lay the package out as the wheel installs it (force-include puts both folders inside).
    site = tmp_path / "site"
    shutil.copytree(repo / "src" / "massage_desktop", site / "massage_desktop")
    shutil.copytree(repo / "resources", site / "massage_desktop" / "resources")
    shutil.copytree(repo / "data", site / "massage_desktop" / "data")
    script = (
        "import massage_desktop.resources as r;"
        "print(r.resources_dir()); print(r.data_dir());"
        "print(r.resource_path('body_map.svg').is_file())"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {script}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == [
        str(site / "massage_desktop" / "resources"),
        str(site / "massage_desktop" / "data"),
        "True",
    ]
