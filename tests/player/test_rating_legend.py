"""The 0-10 scale is explained once, above the rows, each end over its pill (walk 9, P2-g).

At the largest text size in German the whole sentence "0 = keine Verspannung, kein Schmerz;
10 = so schlimm wie vorstellbar" sat beside the first row's pills, wrapped into five lines and
pushed those pills far below their area's name.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.plan import build_plan
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.pills import RatingLegend, RatingScale
from massage_desktop.ui.player.ratings import RatingsDialog, rated_regions
from massage_desktop.ui.player.start_sheet import before_start_sheet

LARGEST = TEXT_SCALES["extra_large"]


def _top(widget: QWidget, root: QWidget) -> int:
    return widget.mapTo(root, QPoint(0, 0)).y()


def _left(widget: QWidget, root: QWidget) -> int:
    return widget.mapTo(root, QPoint(0, 0)).x()


def _check(root: QWidget, scales: list[RatingScale]) -> None:
    QApplication.processEvents()
    legends = root.findChildren(RatingLegend)
    assert len(legends) == 1, "said once"
    legend = legends[0]
    assert legend.isVisible()
    assert legend.low.text().startswith("0 = ")
    assert legend.high.text().startswith("10 = ")
    first = scales[0]
    # Above every row, not beside the first one's pills.
    assert _top(legend, root) + legend.height() <= _top(first.label, root)
    for scale in scales:
        zero, ten = scale.pills[0], scale.pills[10]
        # The pills right under their area's name, in every row alike.
        gap = _top(zero, root) - (_top(scale.label, root) + scale.label.height())
        assert gap <= 12, f"{scale.label.text()}: {gap} px between the name and its pills"
        # "0 = …" starts over 0; on one line "10 = …" ends over 10, on two it starts over 0.
        assert abs(_left(legend.low, root) - _left(zero, root)) <= 2
        if legend.side_by_side:
            right = _left(legend.high, root) + legend.high.width()
            assert abs(right - (_left(ten, root) + ten.width())) <= 2
        else:
            assert abs(_left(legend.high, root) - _left(zero, root)) <= 2
    # Compact: two lines at most, each end whole.
    assert legend.height() <= 2 * legend.low.fontMetrics().lineSpacing() + 8
    for end in (legend.low, legend.high):
        assert end.fontMetrics().horizontalAdvance(end.text()) <= end.contentsRect().width()


@pytest.mark.usefixtures("german")
def test_the_rating_dialog_explains_the_scale_once_above_the_rows(
    qtbot: QtBot, german_catalog: Catalog
) -> None:
    catalog = german_catalog
    plan = build_plan(catalog, catalog.routines["self-massage-tour"])
    regions = rated_regions(catalog, plan, None)
    assert len(regions) > 1
    dialog = RatingsDialog("Wie fühlt es sich an?", "Wie viel?", regions, None, large=LARGEST)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _check(dialog, list(dialog.scales.values()))


@pytest.mark.usefixtures("german")
def test_the_sheet_before_a_session_explains_the_scale_once_above_the_rows(
    qtbot: QtBot, german_catalog: Catalog
) -> None:
    catalog = german_catalog
    routine = catalog.routines["self-massage-tour"]
    sheet = before_start_sheet(catalog, build_plan(catalog, routine), Verdict(), routine=routine)
    dialog = BeforeStartSheet(catalog, sheet, large=LARGEST)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.scales) > 1
    _check(dialog, dialog.scales)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_legend_is_one_line_or_two_at_the_left_never_one_end_alone_at_the_right(
    qtbot: QtBot, request: pytest.FixtureRequest, language: str
) -> None:
    # German, extra-large text: "10 = so schlimm wie vorstellbar" sat alone, right-aligned
    # under "0 = …" near the middle of the card, where English has both on one line.
    if language == "de":
        request.getfixturevalue("german")
    dialog = RatingsDialog("Vorher", "Wie viel?", [("back", "Rücken")], None, large=LARGEST)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    legend = dialog.legend
    low, high = legend.low, legend.high
    if language == "en":
        assert legend.side_by_side
        assert _top(low, dialog) == _top(high, dialog), "one line"
        assert _left(high, dialog) > _left(low, dialog) + low.width()
    else:
        assert not legend.side_by_side, "too long for one line over the pills"
        assert _top(high, dialog) >= _top(low, dialog) + low.height() - 2, "under it"
        assert _left(high, dialog) == _left(low, dialog), "both at the left"
