"""The routine editor's layout: the steps take the height, the fields stay small and whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory
from pytestqt.qtbot import QtBot

from massage_desktop.ui.design.tokens import colours
from massage_desktop.ui.i18n import install_translators
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.routine_editor.controller import RoutineEditorController
from massage_desktop.ui.theme import style_name


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    locale = QLocale()
    installed = install_translators(qapp, request.param) if request.param != "en" else []
    yield str(request.param)
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def _knee_care(qtbot: QtBot, window: MainWindow) -> RoutineEditorController:
    window.select_region("front-knee-right")
    editor = window.routine_actions.copy("knee-care")
    view = editor.view
    view.resize(980, 680)  # what fit_screen gives on a 1024x700 screen
    qtbot.waitExposed(view)
    view.steps.setCurrentRow(1)
    view.steps.doItemsLayout()  # lays out the rows now rather than at the next paint
    return editor


def test_the_steps_take_most_of_the_height(qtbot: QtBot, window: MainWindow, language: str) -> None:
    editor = _knee_care(qtbot, window)
    view = editor.view
    assert view.steps.count() >= 9
    viewport = view.steps.viewport().rect()
    whole = [
        row
        for row in range(view.steps.count())
        if viewport.contains(view.steps.visualItemRect(view.steps.item(row)))
    ]
    assert len(whole) >= 8, f"{len(whole)} whole rows in {viewport.height()} px ({language})"
    # The steps take most of what the routine's fields and the buttons leave.
    below_fields = view.buttons.geometry().top() - view.fields.geometry().bottom()
    assert view.steps.height() > 0.6 * below_fields
    # Every row says its side and time; the total sits above the list.
    for row in range(view.steps.count()):
        text = view.steps.item(row).text()
        assert any(unit in text for unit in (" s", "min", "×", "mal", "times")), text
    assert view.total_label.geometry().bottom() <= view.steps.geometry().top()
    assert view.total_label.isVisible()


def test_side_order_is_not_cut(qtbot: QtBot, window: MainWindow, language: str) -> None:
    view = _knee_care(qtbot, window).view
    box = view.sides_box
    for index in range(box.count()):
        box.setCurrentIndex(index)
        wanted = box.fontMetrics().horizontalAdvance(box.currentText())
        assert wanted + 40 <= box.width(), f"{box.currentText()!r} in {box.width()} px"


def test_description_folds_to_one_line_and_opens_on_focus(qtbot: QtBot, window: MainWindow) -> None:
    view = _knee_care(qtbot, window).view
    edit = view.summary_edit
    assert edit.toPlainText()  # knee care has a description
    assert edit.is_folded()
    assert edit.height() < view.name_edit.height() + 12  # about one line, as the name
    assert edit.toolTip() == edit.toPlainText()  # the whole of it, by pointing
    view.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: not edit.is_folded())
    view.name_edit.setFocus()
    qtbot.waitUntil(edit.is_folded)


def test_the_chosen_steps_title_is_normal_text(qtbot: QtBot, window: MainWindow) -> None:
    view = _knee_care(qtbot, window).view
    title = view.step_title
    assert title.text() == window._catalog.techniques["quadriceps-kneading"].title
    dark = view.palette().color(QPalette.ColorRole.Window).lightness() < 128
    shown = title.palette().color(title.foregroundRole()).name()
    assert (
        shown == colours("dark" if dark else "light").text
    )  # not the muted grey that looked disabled
    assert title.font().bold()


class _IconStyle(QProxyStyle):
    """A style that, like the X11 platform themes, puts icons on standard dialog buttons."""

    def styleHint(self, hint: QStyle.StyleHint, *args: object) -> int:  # noqa: N802
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, *args)  # type: ignore[arg-type]


def test_save_and_cancel_carry_words_alone_where_the_platform_adds_icons(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    # Under openbox the editor showed a floppy disk on Save and a red ✗ on Cancel (walk 8).
    # By name also under the app's style sheet, whose style answers an empty name: the
    # factory then made no style, and this test left its icon style (and a Python call for
    # every style hint) to every later test of its worker.
    before = style_name(qapp)
    qapp.setStyle(_IconStyle(QStyleFactory.create(before)))
    try:
        editor = window.routine_actions.copy("knee-care")
        qtbot.waitExposed(editor.view)
        for button in editor.view.buttons.buttons():
            assert button.icon().isNull(), button.text()
            assert button.text()
    finally:
        qapp.setStyle(QStyleFactory.create(before))
    # The style is back: no icons on dialog buttons, as before the test.
    assert not qapp.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons)
