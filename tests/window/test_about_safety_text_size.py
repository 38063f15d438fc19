"""About and the Safety page grow with the text size, headings and all (walk 16).

At "Extra large" both opened with a normal-size heading: About all of it, the Safety page
over a page of large text.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.about import AboutDialog
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.main_window import MainWindow

LARGEST = TEXT_SCALES["extra_large"]


def _heading_px(dialog: DesignedDialog) -> int:
    """The heading's type size as drawn, in pixels."""
    dialog.heading.ensurePolished()
    return dialog.heading.fontInfo().pixelSize()


def _about_at(window: MainWindow, monkeypatch: pytest.MonkeyPatch, scale: float) -> AboutDialog:
    """The About box the Help menu opens at the text size ``scale``."""
    opened: list[AboutDialog] = []

    def record(dialog: AboutDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", record)
    monkeypatch.setattr(AboutDialog, "deleteLater", lambda _dialog: None)  # measured after
    window.flow.actions.set_text_scale(scale)
    window.show_about()
    [dialog] = opened
    return dialog


def test_about_grows_with_the_text_size(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    normal = _about_at(window, monkeypatch, 1.0)
    large = _about_at(window, monkeypatch, LARGEST)
    assert large.scale == LARGEST
    assert _heading_px(large) == round(_heading_px(normal) * LARGEST)
    assert large.badge.width() > normal.badge.width()
    for dialog in (normal, large):
        dialog.setParent(None)
        dialog.deleteLater()


def test_the_safety_pages_heading_grows_with_the_text_size(window: MainWindow) -> None:
    safety = window.show_safety()
    normal = _heading_px(safety)
    badge = safety.badge.width()
    window.flow.actions.set_text_scale(LARGEST)
    safety = window.show_safety()  # open already: the text size changed under it
    QApplication.processEvents()
    assert _heading_px(safety) == round(normal * LARGEST)
    assert safety.badge.width() > badge
    window.flow.actions.set_text_scale(1.0)
    safety = window.show_safety()
    QApplication.processEvents()
    assert _heading_px(safety) == normal
    assert safety.badge.width() == badge
    safety.close()
