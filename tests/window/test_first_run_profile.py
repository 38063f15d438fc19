"""The first run's health-profile button opens the profile once the notes have closed."""

from __future__ import annotations

import pytest

from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.safety.first_run import FirstRunDialog


def test_profile_button_opens_the_health_profile_after_the_notes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(window, "edit_health_profile", lambda: opened.append(True))

    def press_profile(dialog: FirstRunDialog) -> int:
        assert not opened  # not while the notes are still open
        dialog.profile_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", press_profile)
    window.first_run(force=True)
    assert opened == [True]
    assert window.preferences is None or window.preferences.settings.first_run_acknowledged


def test_i_understand_does_not_open_the_profile(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(window, "edit_health_profile", lambda: opened.append(True))
    monkeypatch.setattr(FirstRunDialog, "exec", lambda dialog: dialog.accept() or 1)
    window.first_run(force=True)
    assert opened == []
