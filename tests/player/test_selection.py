"""One selection everywhere after a session; routines start only when chosen; ratings order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QPushButton
from tests.player.conftest import massage_through

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.health import TodayCheck
from massage_desktop.ui.guide.strokes import stroke_shapes
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers


def _selection(window: MainWindow) -> tuple[str | None, str | None, str | None]:
    return (
        window.map_pane.map.selected_region(),
        window.region_list.current_region(),
        window.guide.region(),
    )


def test_map_list_and_guide_agree_after_a_session(window: MainWindow) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    window.flow.command(PlayerCommand.SKIP)
    window.flow.command(PlayerCommand.SKIP)
    window.flow.command(PlayerCommand.HURT)
    assert window.flow.controller is None
    assert _selection(window) == ("front-knee-left",) * 3
    # Saving the health profile afterwards keeps the one selection too.
    window.apply_health_profile()
    assert _selection(window) == ("front-knee-left",) * 3


def _start_button(window: MainWindow) -> QPushButton:
    [button] = [
        b for b in window.guide.findChildren(QPushButton) if b.objectName() == "primaryButton"
    ]
    return button


def test_start_routine_needs_a_chosen_routine(window: MainWindow) -> None:
    # The one start button starts what is shown: a region's technique, never a routine
    # picked silently; a routine only once the person has chosen it.
    routines: list[str] = []
    techniques: list[str] = []
    window.guide.startRoutineRequested.connect(routines.append)
    window.guide.startTechniqueRequested.connect(techniques.append)
    window.select_region("front-knee-left")
    button = _start_button(window)
    button.click()
    assert routines == []
    assert techniques == [window.guide.technique()]
    window.flow.command(PlayerCommand.STOP)
    window.guide.show_routine("knee-care")
    button.click()
    assert routines == ["knee-care"]
    window.flow.command(PlayerCommand.STOP)


class _Ratings(AutomaticAnswers):
    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.asked: list[list[str]] = []

    def ratings(
        self, regions: Sequence[tuple[str, str]], previous: Mapping[str, int] | None
    ) -> dict[str, int]:
        self.asked.append([region_id for region_id, _name in regions])
        return {"front-knee-left": 6} if previous is None else {}


def test_the_picked_region_is_rated_first(window: MainWindow, clock: ManualClock) -> None:
    questions = _Ratings()
    window.flow.questions = questions
    window.select_region("back-knee-left")
    assert window.flow.start_routine("partner-leg")
    massage_through(window, clock)
    before, after = questions.asked
    assert before[0] == "back-knee-left"
    assert after[0] == "back-knee-left"
    assert len(set(before)) == len(before)


def test_a_picked_region_the_session_does_not_work_is_not_rated(window: MainWindow) -> None:
    # The area last clicked was asked about even when the session never touched it: a hand
    # routine rated "Left armpit" (walk 8). Partner leg massage works the back of the knee.
    questions = _Ratings()
    window.flow.questions = questions
    window.select_region("front-knee-left")
    assert window.flow.start_routine("partner-leg")
    window.flow.command(PlayerCommand.STOP)
    [before] = questions.asked[:1]
    assert before == ["leg-right", "leg-left"]


def test_knee_warm_up_arrow_goes_down_over_the_chosen_knee(
    window: MainWindow, catalog: Catalog
) -> None:
    window.select_region("front-knee-left")
    assert window.flow.start_routine("knee-care")
    body_map = window.map_pane.map
    # Both knees are worked in this step; the map and the arrows stay on the chosen one.
    assert body_map.selected_region() == "front-knee-left"
    front = {r: body_map.region_outline(r) for r in body_map.region_ids()}
    technique = catalog.techniques["knee-warm-up-effleurage"]
    [shape] = stroke_shapes(catalog, technique, front, body_map.selected_region())
    start, end = shape.points[0], shape.points[-1]
    assert end.y() > start.y()  # down over the knee, as the instruction says
    assert all(r.endswith("-left") for r in shape.region_ids)
    assert "front-knee-left" in shape.region_ids
