"""Spoken guidance through Qt's mock speech engine: what is said, and when."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.player.conftest import needs_speech, wake

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.session import Session
from massage_desktop.ui.player.audio import Voice, audio_note, audio_summary
from massage_desktop.ui.player.controller import PlayerController


def test_the_voice_guides_a_whole_technique(qtbot: QtBot, catalog: Catalog) -> None:
    needs_speech()
    voice = Voice(engine="mock")
    clock = ManualClock()
    plan = build_plan(catalog, catalog.techniques["ankle-thumbing"])  # 30 s right, 30 s left
    session = Session(
        plan,
        InMemoryRecorder(),
        clock=clock,
        wall=clock.wall,
        timing=Timing(get_ready_s=5.0, reading_words_per_s=1000.0),
        performer="self",
    )
    controller = PlayerController(session, voice=voice)
    heard: list[tuple[float, str]] = []
    controller.start()
    heard.extend((0.0, words) for words in voice.spoken)
    for _ in range(80 * 4):
        clock.advance(0.25)
        before = len(voice.spoken)
        wake(controller)  # as the wake-up timer would
        heard.extend((clock() - 1000.0, words) for words in voice.spoken[before:])

    said: dict[str, float] = {}
    for when, words in heard:
        said.setdefault(words, when)  # the first time each sentence is said
    assert heard[0][1].startswith("Right side. Ankle thumbing. "), "side and technique first"
    assert said["Begin: 30 seconds."] == 5.0
    # A few seconds before the end; the step's number as the "Next:" line gives it.
    assert said["Next: Ankle thumbing, left side, step 1"] == 5.0 + 30 - 6
    assert said["Switch to the left side."] == 35.0
    assert heard[-1] == (5.0 + 30 + 5 + 30, "Session complete. Well done.")
    voice.shutdown()


@pytest.mark.parametrize(("language", "spoken_in"), [("nb_NO", "nb_NO"), ("de_DE", "en_GB")])
def test_the_voice_speaks_the_apps_language_when_the_engine_has_it(
    qapp: QApplication, language: str, spoken_in: str
) -> None:
    needs_speech()
    before = QLocale()
    QLocale.setDefault(QLocale(language))  # as install_translators does for the app's language
    try:
        voice = Voice(engine="mock")  # Qt's mock engine has en_GB, en_US, nb_NO, nn_NO, fi_FI
        assert voice.say("Hei")
        assert voice.locale_name == spoken_in
        voice.shutdown()
    finally:
        QLocale.setDefault(before)


def test_without_a_voice_for_the_apps_language_the_player_says_so(qapp: QApplication) -> None:
    """German words read by an English voice sounded like a fault: the audio line names it."""
    needs_speech()
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))  # the mock engine has no German voice
    try:
        voice = Voice(engine="mock")
        assert voice.say("Linke Seite.")  # the German words are still spoken
        assert not voice.speaks_app_language
        assert audio_summary(None, voice) == "Voice on, no Deutsch voice."
        note = audio_note(None, voice)
        assert "no Deutsch voice" in note
        assert "read by its default voice" in note
        voice.shutdown()
        QLocale.setDefault(QLocale("nb_NO"))  # one the mock engine speaks
        voice = Voice(engine="mock")
        assert voice.speaks_app_language
        assert audio_summary(None, voice) == "Voice on, sounds off."
        voice.shutdown()
    finally:
        QLocale.setDefault(before)


@pytest.mark.usefixtures("german")
def test_the_missing_voice_is_named_in_german_too(qapp: QApplication) -> None:
    needs_speech()
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        voice = Voice(engine="mock")
        assert audio_summary(None, voice) == "Sprachausgabe an, keine Stimme für Deutsch."
        voice.shutdown()
    finally:
        QLocale.setDefault(before)
