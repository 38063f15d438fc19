"""Fixtures for the translation tests: committed and extracted messages, German translators."""

from __future__ import annotations

import pytest
from tests.i18n.helpers import TS_FILE, translations


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
