"""Where user data goes: override, environment, platform folders, private permissions."""

from __future__ import annotations

from pathlib import Path

import pytest

from massage_desktop.storage.paths import ENV_DATA_DIR, resolve_paths


def test_argument_beats_environment(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "arg", environ={ENV_DATA_DIR: str(tmp_path / "env")})
    assert paths.data == tmp_path / "arg"
    assert paths.config == tmp_path / "arg" / "config"
    assert paths.database.parent == paths.data


def test_environment_used_without_argument(tmp_path: Path) -> None:
    paths = resolve_paths(None, environ={ENV_DATA_DIR: str(tmp_path / "env")})
    assert paths.data == tmp_path / "env"


def test_platform_folders_by_default(isolated_home: Path) -> None:
    paths = resolve_paths(None, environ={})
    # The autouse fixture points XDG_* at a temporary home: the real home is never used.
    assert isolated_home in paths.data.parents
    assert paths.data.name == "massage-desktop"
    assert paths.config != paths.data


def test_default_environment_is_the_isolated_one(isolated_home: Path) -> None:
    assert isolated_home in resolve_paths().data.parents


def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    # Folders the app creates; one the user chose and made keeps its mode (tests/faults/
    # test_privacy.py). Creating "d" here first passed only after another test had left the
    # process's umask at 077, and failed when this test ran alone.
    paths = resolve_paths(tmp_path / "d")
    paths.ensure()
    for folder in (paths.data, paths.config, paths.cache):
        assert folder.is_dir()
        assert folder.stat().st_mode & 0o777 == 0o700


def test_ensure_reports_unwritable_parent(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError, match=r"exists|directory"):
        resolve_paths(blocker / "data").ensure()
