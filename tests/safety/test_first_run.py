"""The first-run screens: welcome, the conditions as chips, the stop rule acknowledged."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.design.tokens import LIGHT, S
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import technique_html
from massage_desktop.ui.guide.safety_page import safety_page_html
from massage_desktop.ui.safety import FirstRunDialog
from massage_desktop.ui.safety.chips import screening_conditions
from massage_desktop.ui.safety.health_dialog import HealthProfileDialog

OLD_PAGES = (Severity.DO_NOT_MASSAGE, Severity.ASK_PROFESSIONAL)
"""The severities the old four-page notes listed in full, to everyone."""


def _click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _plain(html: str) -> str:
    return " ".join(QTextDocumentFragment.fromHtml(html).toPlainText().split())


def _dialog(qtbot: QtBot, catalog: Catalog, profile: HealthProfile | None = None) -> FirstRunDialog:
    dialog = FirstRunDialog(catalog, profile=profile)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_three_screens_then_i_understand(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _dialog(qtbot, catalog)
    text = dialog.text()
    assert "It is not medical care" in text
    assert "ask a doctor or physical therapist first" in text
    assert not dialog.back_button.isVisible()
    _click(dialog.next_button)
    assert dialog.page() == 1
    assert dialog.heading.text() == "Does any of these apply to you?"
    # Nothing is assumed: Next waits for an answer, "None of these" included.
    assert not dialog.next_button.isEnabled()
    assert dialog.focusWidget() not in dialog.chips.chips.values()  # no chip looks chosen
    _click(dialog.chips.none_chip)
    assert dialog.next_button.isEnabled()
    assert not dialog.stop_rule.isVisible()
    _click(dialog.next_button)
    assert dialog.page() == 2
    assert dialog.heading.text() == "Stop at once on sharp pain, numbness or tingling."
    assert dialog.stop_rule.isVisible()
    assert dialog.stop_rule.accessibleName() == "Stop rule"
    for words in ("Sharp pain", "numbness", "tingling", "See a doctor"):
        assert words in dialog.text()
    assert dialog.understand_button.isVisible()
    assert dialog.understand_button.isDefault()
    assert not dialog.next_button.isVisible()
    _click(dialog.back_button)
    assert dialog.page() == 1
    assert dialog.chips.none_chip.isChecked()
    _click(dialog.next_button)
    _click(dialog.understand_button)
    assert dialog.acknowledged()
    assert dialog.answered()
    assert dialog.profile() == HealthProfile()


def test_not_now_is_not_acknowledged(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _dialog(qtbot, catalog)
    _click(dialog.not_now_button)
    assert not dialog.acknowledged()
    assert not dialog.answered()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_chips_are_the_health_profile_conditions(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _dialog(qtbot, catalog)
    offered = list(dialog.chips.chips)
    profile = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(profile)
    # One list in both places, "Mild, long-standing knee pain" included (walk 3, finding 16).
    assert offered == list(profile.chips.chips) == list(catalog.conditions)
    assert offered == [c.id for c in screening_conditions(catalog)]
    assert "mild-knee-pain" in offered
    for cid, chip in dialog.chips.chips.items():
        assert chip.text() == catalog.conditions[cid].name
        assert chip.accessibleDescription() == (catalog.conditions[cid].hint or "")
        assert not chip.isChecked()  # nothing ticked for the user
    assert not dialog.chips.none_chip.isChecked()
    _click(dialog.next_button)
    _click(dialog.chips.chips["dvt"])
    _click(dialog.chips.none_chip)  # "None of these" and a condition exclude each other
    assert dialog.chips.ticked() == []
    _click(dialog.chips.chips["dvt"])
    assert not dialog.chips.none_chip.isChecked()
    assert dialog.chips.ticked() == ["dvt"]


def test_ticking_a_chip_moves_no_chip(qtbot: QtBot, catalog: Catalog) -> None:
    """The chips stay where they are under the pointer: a tick neither widens nor reflows.

    A condition that asks where opens its picker under its own line: the lines below move
    down, all by the same height, and nothing moves sideways.
    """
    dialog = _dialog(qtbot, catalog)
    _click(dialog.next_button)
    chips = [*dialog.chips.chips.values(), dialog.chips.none_chip]

    def places() -> list[QRect]:
        QApplication.processEvents()  # the layout requests the ticks posted
        return [chip.geometry() for chip in chips]

    before = places()
    for cid, chip in [*dialog.chips.chips.items(), ("", dialog.chips.none_chip)]:
        _click(chip)
        after = places()
        if cid in dialog.where.asked:
            below = dialog.where.cards[cid].height() + S
            for old, new in zip(before, after, strict=True):
                moved = below if old.y() > chip.y() else 0
                assert new == old.translated(0, moved), (chip.text(), old, new)
        else:
            assert after == before, chip.text()
        _click(chip)
        assert places() == before, chip.text()
    # Ticked all at once too, with the meaning of each shown under the chips.
    for cid, chip in dialog.chips.chips.items():
        if cid not in dialog.where.asked:
            _click(chip)
    assert dialog.meaning.isVisible()
    assert places() == before


def test_chips_fill_the_health_profile(qtbot: QtBot, catalog: Catalog) -> None:
    before = HealthProfile(
        conditions=("mild-knee-pain", "recent-surgery", "bleeding-disorder"),
        regions={"recent-surgery": ("front-knee-left",)},
        cleared=("recent-surgery", "bleeding-disorder"),
    )
    dialog = _dialog(qtbot, catalog, before)
    assert dialog.chips.ticked() == ["bleeding-disorder", "recent-surgery", "mild-knee-pain"]
    _click(dialog.next_button)
    _click(dialog.chips.chips["dvt"])
    _click(dialog.chips.chips["bleeding-disorder"])  # untick: its clearance goes with it
    assert dialog.profile() == HealthProfile(
        conditions=("dvt", "recent-surgery", "mild-knee-pain"),
        regions={"recent-surgery": ("front-knee-left",)},  # the places named stay
        cleared=("recent-surgery",),
    )


def test_a_ticked_condition_shows_what_its_warnings_say(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _dialog(qtbot, catalog)
    _click(dialog.next_button)
    assert not dialog.meaning.isVisible()
    _click(dialog.chips.chips["dvt"])
    assert dialog.meaning.isVisible()
    dvt = catalog.contraindications["dvt"]
    assert dvt.title in dialog.text()
    assert dvt.text in dialog.text()
    _click(dialog.chips.chips["dvt"])
    assert not dialog.meaning.isVisible()
    assert dvt.text not in dialog.text()


def test_every_warning_of_the_old_notes_is_still_shown(qtbot: QtBot, catalog: Catalog) -> None:
    """The old notes listed every "do not massage" and "ask first" warning: each still shows.

    On the safety page always; on the questions screen when its condition is ticked; and a
    warning tied to a part of the body (the knee's, the stomach's) in that part's guides.
    """
    colours = guide_colours(FirstRunDialog(catalog).palette())
    safety = _plain(safety_page_html(catalog, LIGHT))  # the safety dialog's page
    asked = {w: c.id for c in screening_conditions(catalog) for w in c.contraindications}
    old = [w for w in catalog.contraindications.values() if w.severity in OLD_PAGES]
    assert {"mild-chronic-knee-pain", "stomach-ask-first"} <= {w.id for w in old}
    for warning in old:
        assert warning.title in safety, warning.id
        assert warning.text in safety, warning.id
        if warning.id in asked:
            dialog = _dialog(qtbot, catalog)
            _click(dialog.next_button)
            _click(dialog.chips.chips[asked[warning.id]])
            assert warning.title in dialog.text(), warning.id
            assert warning.text in dialog.text(), warning.id
            continue
        assert warning.regions, f"{warning.id} is neither asked about nor tied to a place"
        regions = catalog.expand(warning.regions)
        assert regions, warning.id
        for region_id in regions:
            assert warning.id in catalog.regions[region_id].contraindications, region_id
            for technique in catalog.techniques_for_region(region_id):
                guide = _plain(technique_html(catalog, technique, region_id, colours))
                assert warning.title in guide, (warning.id, region_id, technique.id)


def test_profile_button_only_when_details_are_asked(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _dialog(qtbot, catalog)
    _click(dialog.next_button)
    _click(dialog.chips.chips["dvt"])  # nothing more to tell about a clot
    _click(dialog.next_button)
    assert not dialog.profile_button.isVisible()
    _click(dialog.back_button)
    _click(dialog.chips.chips["recent-surgery"])  # where, and has a surgeon cleared it?
    _click(dialog.next_button)
    assert dialog.profile_button.isVisible()
    with qtbot.waitSignal(dialog.healthProfileRequested):
        _click(dialog.profile_button)
    assert dialog.acknowledged()


def test_tab_walks_the_chips_in_the_order_shown(qtbot: QtBot, catalog: Catalog) -> None:
    """Walk 5, finding 26: Tab on the conditions page started at "None of these", the last chip."""
    dialog = _dialog(qtbot, catalog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _click(dialog.next_button)
    assert dialog.focusWidget() is dialog.heading
    chips = [*dialog.chips.chips.values(), dialog.chips.none_chip]
    walked = []
    focused = QApplication.focusWidget()
    for _ in chips:
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QAbstractButton)
        walked.append(focused.text())
    assert walked == [c.text() for c in chips]
