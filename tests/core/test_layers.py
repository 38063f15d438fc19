"""The import-linter contracts in pyproject.toml hold: the layers, and no Qt below the UI.

They replace the fresh-interpreter probes that imported every core module and looked for Qt in
``sys.modules``: the contracts see every import statement, including those inside functions, and
the core makes no dynamic imports.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from importlinter.cli import EXIT_STATUS_ERROR, EXIT_STATUS_SUCCESS, lint_imports

PROBE = "layer_probe"


def test_the_project_keeps_its_contracts(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    assert lint_imports(no_cache=True, no_logo=True) == EXIT_STATUS_SUCCESS


def _contract_modules(repo: Path) -> set[str]:
    """Every project module the contracts name, so a module added to them is probed too."""
    section = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    names = set()
    for contract in section["tool"]["importlinter"]["contracts"]:
        for key in ("layers", "source_modules"):
            for entry in contract.get(key, []):
                for module in entry.split("|"):
                    names.add(module.strip().removeprefix("massage_desktop."))
    return names


def _write_probe(root: Path, imports: dict[str, str], repo: Path) -> None:
    """A package with the project's module names, each importing what ``imports`` says."""
    names = _contract_modules(repo)
    assert {"ui", "domain", "crash"} <= names
    package = root / PROBE
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in names:
        (package / f"{name}.py").write_text(imports.get(name, ""))


def _probe_config(repo: Path, tmp_path: Path) -> Path:
    """The project's own contracts, pointed at the probe package."""
    text = (repo / "pyproject.toml").read_text(encoding="utf-8")
    section = tomllib.loads(text)["tool"]["importlinter"]
    lines = ["[importlinter]", f"root_package = {PROBE}", "include_external_packages = True"]
    ids = []
    for index, contract in enumerate(section["contracts"]):
        ids.append(f"c{index}")
        lines.append(f"[importlinter:contract:c{index}]")
        for key, value in contract.items():
            if isinstance(value, str):
                lines.append(f"{key} = {value}")
            else:
                joined = "\n    ".join(v.replace("massage_desktop", PROBE) for v in value)
                lines.append(f"{key} =\n    {joined}")
    config = tmp_path / "probe.ini"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


@pytest.mark.parametrize(
    "imports",
    [
        {"domain": "import PySide6.QtCore\n"},  # Qt in the core
        {"storage": "def late():\n    from PySide6 import QtCore\n"},  # even inside a function
        {"ui": "from layer_probe import app\n"},  # the UI reaching up to the composition root
        {"engine": "from layer_probe import content\n"},  # siblings stay apart
    ],
    ids=["qt-in-domain", "qt-in-function", "ui-imports-app", "engine-imports-content"],
)
def test_the_contracts_catch_a_breach(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imports: dict[str, str]
) -> None:
    # Guards the guard: the same contracts, run on a package that breaks one of them, fail.
    _write_probe(tmp_path, imports, repo)
    config = _probe_config(repo, tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert lint_imports(str(config), no_cache=True, no_logo=True) == EXIT_STATUS_ERROR


def test_a_clean_probe_passes(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without this, a probe that fails for any other reason would make the test above pass.
    _write_probe(tmp_path, {"ui": "from layer_probe import services\n"}, repo)
    config = _probe_config(repo, tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert lint_imports(str(config), no_cache=True, no_logo=True) == EXIT_STATUS_SUCCESS
