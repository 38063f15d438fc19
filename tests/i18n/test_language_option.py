"""``--language`` chooses the language of this run, the window's too, and leaves the setting."""

from __future__ import annotations

from pathlib import Path

from massage_desktop.cli import build_parser
from massage_desktop.services import build_services


def test_the_language_option_sets_this_runs_language_and_keeps_the_setting(
    tmp_path: Path,
) -> None:
    services = build_services(str(tmp_path / "data"), "de")
    try:
        assert services.language == "de"
        assert services.catalog.routines["knee-care"].name == "Kniepflege"
        assert services.settings.load().language == "system"
    finally:
        services.close()


def test_the_language_option_keeps_every_other_setting_in_force(tmp_path: Path) -> None:
    # With --language the settings were never read: the run showed the Welcome again, in
    # the light theme, to a German user who had set dark and read the notes (walk 7).
    first = build_services(str(tmp_path / "data"))
    try:
        first.settings.save(
            first.settings.settings.model_copy(
                update={"theme": "dark", "first_run_acknowledged": True}
            )
        )
    finally:
        first.close()
    services = build_services(str(tmp_path / "data"), "de")
    try:
        assert services.language == "de"
        assert services.settings.settings.theme == "dark"  # as the window reads them
        assert services.settings.settings.first_run_acknowledged
    finally:
        services.close()


def test_without_the_option_the_setting_decides(tmp_path: Path) -> None:
    services = build_services(str(tmp_path / "data"))
    try:
        services.settings.save(services.settings.load().model_copy(update={"language": "de"}))
    finally:
        services.close()
    again = build_services(str(tmp_path / "data"), build_parser().parse_args([]).language)
    try:
        assert again.language == "de"
    finally:
        again.close()


def test_the_help_no_longer_ties_the_option_to_the_card() -> None:
    text = build_parser().format_help()
    assert "the language of the window" in " ".join(text.split())
