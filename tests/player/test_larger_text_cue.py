"""A larger text size never makes the step's instruction smaller (walk 6, finding 3).

At "Extra large" on a 1024x700 screen the warnings wrapped to six bold lines, the stop rule
to two and the ring kept its width: the how-to shrank to 15 px, smaller than at the normal
size (20 px) and the smallest text in the window. Every step of Knee care is measured here at
both sizes, in the player and in room mode over it, in English and in German.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.player.conftest import tick

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

SIZES = ((1024, 700), (1024, 672), (1280, 770))
"""Windows of 1024x700, of the walk's 1024x700 screen under a window manager's title bar, and
of a 1280x800 screen under one (where room mode's place name took the instruction's width)."""
Sizes = list[tuple[str, int, int, int]]


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def size(request: pytest.FixtureRequest) -> tuple[int, int]:
    """The window's width and height."""
    width, height = request.param
    return int(width), int(height)


@pytest.fixture(params=["en", "de"])
def window(
    request: pytest.FixtureRequest,
    size: tuple[int, int],
    qtbot: QtBot,
    make_services: MakeServices,
    clock: ManualClock,
    catalog: Catalog,
    german_catalog: Catalog,
) -> MainWindow:
    """The main window at ``size``, in English and in German."""
    if request.param == "de":
        request.getfixturevalue("german")
    services = make_services(catalog=german_catalog if request.param == "de" else catalog)
    win = MainWindow(services, clock=clock, interactive=False)
    win.flow.questions = AutomaticAnswers(TodayCheck())
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def _sizes_in_knee_care(window: MainWindow, clock: ManualClock, text_size: str) -> Sizes:
    """(step, the player's cue px, room mode's cue px, the warnings' px) for every step."""
    window.flow.actions.set_text_scale(TEXT_SCALES[text_size])
    window.select_region("front-knee-right")
    assert window.flow.start_routine("knee-care")
    controller = window.flow.controller
    assert controller is not None
    window.flow.command(PlayerCommand.ROOM)
    room = window.flow.room
    assert room is not None
    room.showNormal()  # as room mode would fill the screen
    room.resize(window.size())
    sizes: Sizes = []
    while controller.session.current is not None:
        entry = controller.session.current
        tick(window, clock, 0)
        for _pass in range(3):  # a new step's texts and style sheets lay out over a few passes
            QApplication.processEvents()
        player = window.player
        strip = player.warnings.label.fontInfo().pixelSize() if player.warnings.isVisible() else 0
        sizes.append(
            (
                entry.technique_name,
                player.instruction.fontInfo().pixelSize(),
                room.instruction.fontInfo().pixelSize(),
                strip,
            )
        )
        window.flow.command(PlayerCommand.SKIP)
    room.close()
    window.flow.command(PlayerCommand.STOP)
    QApplication.processEvents()
    return sizes


CLEARLY_LARGER = ((1024, 700), (1280, 770))
"""The sizes where extra large must be clearly larger, not merely as large (walk 8); the
walk's 1024x672 is only held to "never smaller"."""


def test_extra_large_text_never_shows_a_smaller_instruction(
    window: MainWindow, clock: ManualClock, size: tuple[int, int]
) -> None:
    """Never smaller, and at 1024x700 and 1280x770 clearly larger (walk 8).

    At 1024x700 the extra-large instruction was only about 8 % larger than the normal one
    while the ring shrank: the grown lines around it and a line of its own for "More…" took
    its height, and the map kept its share of the width. Both checks read one walk through
    Knee care at each size: measuring it again for the second took each window as long again.
    """
    normal = _sizes_in_knee_care(window, clock, "normal")
    large = _sizes_in_knee_care(window, clock, "extra_large")
    assert len(large) == len(normal) >= 8
    smaller = [(a, b) for a, b in zip(normal, large, strict=True) if b[1] < a[1] or b[2] < a[2]]
    assert not smaller, "(step, player, room, warnings) normal -> extra large:\n" + "\n".join(
        f"{a} -> {b}" for a, b in smaller
    )
    # It grows with the setting: larger on the whole, not merely as large.
    assert sum(b[1] for b in large) > sum(a[1] for a in normal)
    assert sum(b[2] for b in large) > sum(a[2] for a in normal)
    # The warnings stay at least as large as at the normal size too.
    assert all(b[3] >= a[3] for a, b in zip(normal, large, strict=True))
    if size in CLEARLY_LARGER:
        # A quarter larger on the whole, and larger from the first step on.
        assert sum(b[1] for b in large) >= 1.25 * sum(a[1] for a in normal), (normal, large)
        assert large[0][1] >= 1.15 * normal[0][1], (normal[0], large[0])
