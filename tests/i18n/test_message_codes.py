"""Storage and start-up messages carry codes, and the window shows them in the user's language."""

from __future__ import annotations

import errno
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from massage_desktop.messages import Code, Level, Message, MessageBus, Part, Reason, Why
from massage_desktop.storage.errors import StoreTooNewError, translate
from massage_desktop.storage.health import HealthStore
from massage_desktop.storage.settings import SettingsStore
from massage_desktop.ui.message_text import TITLES, message_text, part_text
from massage_desktop.ui.message_view import MessagePresenter


def _received(tmp_path: Path, content: str, store: type[SettingsStore | HealthStore]) -> Message:
    path = tmp_path / "file.json"
    path.write_text(content, encoding="utf-8")
    bus = MessageBus()
    seen: list[Message] = []
    bus.subscribe(seen.append)
    store(path, bus).load()
    assert len(seen) == 1
    return seen[0]


@pytest.mark.usefixtures("qapp")
def test_every_code_has_a_title_and_a_text() -> None:
    assert set(TITLES) == set(Code)
    for code in Code:
        for count in (1, 3):
            text = part_text(Part(code, ("A", "B"), count))
            assert text.strip(), code
            assert "%" not in text, (code, text)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    ("content", "store"),
    [
        ("{not json", SettingsStore),
        ("{not json", HealthStore),
        ('{"version": 99}', HealthStore),
    ],
)
def test_english_ui_text_matches_the_core_text(
    tmp_path: Path, content: str, store: type[SettingsStore | HealthStore]
) -> None:
    message = _received(tmp_path, content, store)
    assert message.parts
    assert message_text(message) == (message.title, message.text)


@pytest.mark.usefixtures("german")
def test_a_storage_message_is_shown_in_german(tmp_path: Path, qtbot: QtBot) -> None:
    raw = {"theme": "dark", "get_ready_s": 999, "reminder_time": "25:99"}
    message = _received(tmp_path, json.dumps(raw), SettingsStore)
    assert message.text.startswith("These settings")  # the core stays English
    window = QMainWindow()
    qtbot.addWidget(window)
    presenter = MessagePresenter(window)
    presenter.show_message(message)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
    box = window.findChildren(QMessageBox)[0]
    assert box.windowTitle() == "Einige Einstellungen wurden zurückgesetzt"
    assert box.text().startswith("Diese 2 Einstellungen hatten Werte")
    # The setting names are the dialog's German ones, not the model's English titles.
    assert "Vorbereitungszeit" in box.text()
    assert "Get-ready" not in box.text()
    assert "Eine Kopie der alten Datei wurde als" in box.text()
    box.close()


@pytest.mark.usefixtures("german")
def test_plural_and_date_in_german() -> None:
    newest = datetime(2026, 5, 4, 9, 30, tzinfo=UTC).astimezone()
    one = part_text(Part(Code.HISTORY_BACKUPS, (newest,), 1))
    three = part_text(Part(Code.HISTORY_BACKUPS, (newest,), 3))
    assert one.startswith("Es gibt 1 Sicherungskopie vom 4. Mai 2026")
    assert three.startswith("Es gibt 3 Sicherungskopien, die neueste vom 4. Mai 2026")
    message = Message(Level.INFO, "Backup restored", "…", (Part(Code.BACKUP_RESTORED, ("x",)),))
    assert message_text(message) == (
        "Sicherung wiederhergestellt",
        "Ihr Sitzungsverlauf wurde aus x wiederhergestellt.",
    )


@pytest.mark.usefixtures("german")
def test_every_reason_is_said_in_german() -> None:
    for why in Why:
        if why is Why.OTHER:
            continue
        english = f"english words for {why}"
        text = part_text(Part(Code.SESSIONS_NOT_SAVED, (Reason(why, english),)))
        assert english not in text, why


@pytest.mark.usefixtures("german")
def test_other_reasons_keep_the_systems_words() -> None:
    text = part_text(Part(Code.SETTINGS_NOT_SAVED, (Reason(Why.OTHER, "Strange failure"),)))
    assert "(Strange failure)" in text


@pytest.mark.usefixtures("german")
def test_an_os_error_inside_a_german_sentence_is_german() -> None:
    error = OSError(errno.EIO, "Input/output error")
    text = part_text(Part(Code.HEALTH_NOT_SAVED, ("/x/health.json", Reason.of_os_error(error))))
    assert "Lese- oder Schreibfehler" in text
    assert "Input/output" not in text
    assert str(Reason.of_os_error(error)) == "Input/output error"  # the log keeps English


@pytest.mark.usefixtures("german")
def test_a_full_disk_while_recording_is_said_in_german() -> None:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"
    failure = translate(error, "save the step")
    assert "the disk is full" in str(failure)
    text = part_text(Part(Code.SESSIONS_NOT_SAVED, (failure.reason,)))
    assert text.startswith("Der Datenträger ist voll.")
    assert "disk" not in text


def test_store_errors_carry_their_kind() -> None:
    assert StoreTooNewError("newer").reason.why is Why.HISTORY_TOO_NEW
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorname = "SQLITE_BUSY"
    assert translate(busy, "save").reason.why is Why.HISTORY_BUSY
