"""Ending a running session early: asked with the clock standing still."""

from __future__ import annotations

from massage_desktop.ui.player.controller import PlayerController
from massage_desktop.ui.player.questions import Questions


def end_confirmed(controller: PlayerController, questions: Questions) -> bool:
    """Ask whether to end the session now; its clock stands still while the question is open.

    A "no" lets it run on as before (still paused when it was paused).
    """
    was_paused = controller.session.paused
    if not was_paused:
        controller.toggle_pause()
    if questions.confirm_end():
        return True
    if not was_paused:
        controller.toggle_pause()
    return False
