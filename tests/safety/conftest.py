"""Fixtures for the safety tests: the shipped catalog, loaded once."""

from __future__ import annotations

import pytest

from massage_desktop.content import load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.resources import data_dir


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The shipped content."""
    return load_catalog(data_dir())
