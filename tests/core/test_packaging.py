"""Packaging files agree with each other and with pyproject, and validate where tools exist."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from massage_desktop import APP_ID

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_desktop_entry(repo: Path) -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(repo / "packaging" / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "massage-desktop"
    scripts = tomllib.loads((repo / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert "massage-desktop" in scripts


def test_metainfo_matches_the_project(repo: Path) -> None:
    root = ET.parse(repo / "packaging" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    version = tomllib.loads((repo / "pyproject.toml").read_text())["project"]["version"]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == version
    for image in root.iter("image"):
        name = (image.text or "").rsplit("/main/", 1)[-1]
        assert (repo / name).is_file(), f"screenshot {name} is not in the repository"


def test_icons_exist_in_every_size(repo: Path) -> None:
    icons = repo / "resources" / "icons"
    assert (icons / f"{APP_ID}.svg").is_file()
    for size in SIZES:
        assert (icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()


def test_flatpak_manifest_parses(repo: Path) -> None:
    manifest = yaml.safe_load((repo / "packaging/flatpak" / f"{APP_ID}.yml").read_text())
    assert manifest["app-id"] == APP_ID
    assert manifest["command"] == "massage-desktop"
    assert "--share=network" not in manifest["finish-args"]


@pytest.mark.skipif(
    not (shutil.which("desktop-file-validate") and shutil.which("appstreamcli")),
    reason="desktop-file-utils and appstream are not installed (CI installs them)",
)
def test_validators_accept_the_files(repo: Path) -> None:
    result = subprocess.run(
        ["bash", str(repo / "packaging" / "validate.sh")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_version_matches_pyproject(repo: Path) -> None:
    from massage_desktop import __version__

    project = tomllib.loads((repo / "pyproject.toml").read_text())["project"]
    assert __version__ == project["version"]


def test_the_bundle_carries_the_voice_and_leaves_webengine_out(repo: Path) -> None:
    spec = (repo / "packaging" / "massage-desktop.spec").read_text(encoding="utf-8")
    assert '"miniaudio"' in spec
    assert 'hiddenimports.append("PySide6.QtTextToSpeech")' in spec
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick"):
        assert f'"PySide6.{module}"' in spec
