"""One desktop (Xvfb, a D-Bus session, the accessibility bus and its agent) per test process.

Each end-to-end test starts and quits its own app on it; starting the desktop took a second or
two of every test, and nothing of it outlives an app except the pointer's place, which the
desktop keeps track of.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.e2e.desktop import Desktop, running_desktop


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """The shared desktop (the tests skip themselves where its tools are missing)."""
    with running_desktop(tmp_path_factory.mktemp("desktop")) as running:
        yield running
