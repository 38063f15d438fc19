"""Fixtures for the translation tests: committed and extracted messages, German translators."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from tests.i18n.helpers import TS_FILE, translations

from massage_desktop.ui.i18n import install_translators


@pytest.fixture(scope="session")
def committed() -> list[translations.Message]:
    """The messages of the committed German .ts file."""
    return translations.read_ts(TS_FILE)


@pytest.fixture(scope="session")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[translations.Message]:
    """What lupdate extracts from the code today, into a fresh .ts file."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "massage_desktop_de.ts"
    translations.extract(ts_file, "de")
    return translations.read_ts(ts_file)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German translators installed; removed afterwards, so other tests stay English."""
    locale = QLocale()
    installed = install_translators(qapp, "de")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
