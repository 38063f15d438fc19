"""Room mode takes time off a step as the player does: "−15 s" beside "+15 s" (walk 10, B b28)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from tests.player.test_calm_coach import _room
from tests.window.test_clipping import _start_knee_care, assert_fits

from massage_desktop.engine.clock import ManualClock
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.room_parts import ROOM_TARGET_PX


@pytest.mark.parametrize("size", ["normal", "extra_large"])
def test_room_mode_has_minus_15_s_beside_plus_15_s_at_1024x700(
    main: MainWindow, clock: ManualClock, size: str
) -> None:
    main.flow.actions.set_text_scale(TEXT_SCALES[size])
    _start_knee_care(main, clock)
    room = _room(main)
    less, more = room.less, room.more
    assert less.isVisible()
    assert more.isVisible()
    assert less.geometry().right() < more.geometry().left()  # "−15 s" first, as in the player
    # Large targets still, every button's label whole.
    for button in (less, more, *room.buttons.values()):
        assert button.width() >= ROOM_TARGET_PX, button.text()
        assert button.height() >= ROOM_TARGET_PX, button.text()
        assert button.width() >= button.sizeHint().width(), button.text()
    assert_fits(room)
    controller = main.flow.controller
    assert controller is not None
    more.click()  # first some time to take off: at its shortest "−15 s" is greyed
    remaining = controller.session.remaining_s()
    assert remaining is not None
    less.click()
    QApplication.processEvents()
    after = controller.session.remaining_s()
    assert after is not None
    assert after < remaining
    room.close()
