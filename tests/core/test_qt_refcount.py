"""Guard against PySide6 builds that corrupt None's reference count (6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        obj.setObjectName("x")
    # A broken binding loses one reference per call; a few either way is ordinary noise.
    assert abs(sys.getrefcount(None) - before) < 50
