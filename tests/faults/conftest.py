"""Fault tests run with the usual umask, and leave it as they found it."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """A umask of 022, as most desktops have: files would be readable by everyone."""
    before = os.umask(0o022)
    yield
    os.umask(before)
