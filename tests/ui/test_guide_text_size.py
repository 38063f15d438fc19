"""The text-size setting reaches every part of the guide, not only its role labels."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from tests.guide_parts import start_button, stop_banner

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.guide.stop_banner import StopBanner

LARGEST = TEXT_SCALES["extra_large"]


def _rule_label(banner: StopBanner) -> QLabel:
    [label] = [w for w in banner.findChildren(QLabel) if w.text() == banner.text()]
    return label


def test_the_stop_rule_meter_and_start_grow_with_the_text(qtbot: QtBot, catalog: Catalog) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.show_region("front-knee-left")
    rule = _rule_label(stop_banner(panel))
    meter = panel.column.detail.pressure
    before = (QFontInfo(rule.font()).pixelSize(), meter.sizeHint(), start_button(panel).iconSize())
    panel.set_text_scale(LARGEST)
    QApplication.processEvents()
    assert QFontInfo(rule.font()).pixelSize() >= before[0] * 1.4
    assert rule.font().bold(), "the rule stays bold"
    assert meter.sizeHint().height() >= before[1].height() * 1.4
    assert start_button(panel).iconSize().width() >= before[2].width() * 1.4
    panel.set_text_scale(1.0)
    assert QFontInfo(rule.font()).pixelSize() == before[0]
    assert meter.sizeHint() == before[1]


def test_the_card_numbers_its_lines_in_a_column_of_their_own(
    qtbot: QtBot, catalog: Catalog
) -> None:
    # An <ol> in a QLabel draws its numbers in a fixed indent: at 1.5 times "1." read "L.".
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.show_region("front-knee-left")
    steps = panel.column.detail.steps.text()
    assert "<ol" not in steps
    assert '<td align="right"' in steps
    assert ">1.</td>" in steps


def test_the_player_can_size_the_stop_rule_itself(qtbot: QtBot) -> None:
    banner = StopBanner()
    qtbot.addWidget(banner)
    before = QFontInfo(_rule_label(banner).font()).pixelSize()
    banner.set_text_scale(LARGEST)
    assert QFontInfo(_rule_label(banner).font()).pixelSize() >= before * 1.4
