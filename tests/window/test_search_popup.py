"""The search drop-down: designed rows that fit, a "no match" line, Escape, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.ui.design.tokens import colours, contrast
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.search_popup import MIN_ROWS

# Tests whose text or fit differs by language run in both; those of focus, keys and colours,
# the same code in either language, in one (each window costs about half a second of CPU).
ONE_LANGUAGE = pytest.mark.parametrize("window", ["de"], indirect=True)


@pytest.fixture(params=["en", "de"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, make_services: MakeServices) -> MainWindow:
    """The main window at 1024x700, where the walk found three rows and a scroll bar."""
    language = str(request.param)
    if language == "de":
        request.getfixturevalue("german")
    services = make_services(
        catalog=request.getfixturevalue("german_catalog" if language == "de" else "catalog")
    )
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    win.search.setFocus()
    return win


def _field(window: MainWindow) -> QWidget:
    field = window.search.focusProxy()
    assert field is not None
    return field


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = _field(window)
    field.setFocus()
    QTest.keyClicks(field, text)


def test_results_show_at_least_six_rows_without_a_horizontal_bar(
    window: MainWindow, qtbot: QtBot
) -> None:
    _type(qtbot, window, "Knie" if _de() else "knee")
    popup = window.search.popup
    results = popup.list
    assert popup.isVisible()
    assert results.count() >= MIN_ROWS
    assert results.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not results.horizontalScrollBar().isVisible()
    shown = results.viewport().height() / results.sizeHintForRow(0)
    assert shown >= MIN_ROWS
    for row in range(results.count()):
        item = results.item(row)
        assert item.toolTip() == item.text(), "the whole name is in the tooltip"
        rect = results.visualItemRect(item)
        assert rect.width() <= results.viewport().width(), "rows are elided, not scrolled"


@ONE_LANGUAGE
def test_the_popup_uses_the_design_colours(window: MainWindow) -> None:
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert "QFrame#searchPopup" in sheet
    assert "QListWidget#searchResults" in sheet
    for theme in ("light", "dark"):
        c = colours(theme)
        # The kind beside each name is muted text on the row, hovered or chosen.
        for background in (c.surface, c.raised, c.accent_tint):
            assert contrast(c.muted, background) >= 4.5, (theme, background)
            assert contrast(c.text, background) >= 4.5, (theme, background)


def test_a_query_without_results_says_so(window: MainWindow, qtbot: QtBot) -> None:
    _type(qtbot, window, "sciatica")
    QTest.keyClick(_field(window), Qt.Key.Key_Return)
    popup = window.search.popup
    assert popup.isVisible()
    assert popup.empty.isVisible()
    expected = {
        "en": "No body part or technique matches “sciatica”",
        "de": "Keine Körperstelle und keine Technik passt zu „sciatica“",
    }["de" if _de() else "en"]
    assert popup.empty.text() == expected
    assert popup.empty.height() >= popup.empty.heightForWidth(popup.empty.width())


@ONE_LANGUAGE
def test_escape_clears_then_hands_the_focus_to_the_map(window: MainWindow, qtbot: QtBot) -> None:
    _type(qtbot, window, "neck" if not _de() else "Nacken")
    field = window.search.focusProxy()
    assert field is not None
    assert window.search.results()
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert not window.search.popup.isVisible()
    assert field.hasFocus()
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert window.map_pane.map.hasFocus()


def _de() -> bool:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SearchBox", "Search") != "Search"


@pytest.mark.parametrize("window", ["en"], indirect=True)  # as the walk typed it
def test_ctrl_f_selects_the_old_query_so_typing_replaces_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    # The walk typed "knee", chose a result, pressed Ctrl+F and typed "neck": "kneeneck".
    _type(qtbot, window, "knee")
    window.map_pane.map.setFocus()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(_field(window), "neck")
    assert window.search.text() == "neck"


@ONE_LANGUAGE
def test_clicking_elsewhere_closes_the_results(window: MainWindow, qtbot: QtBot) -> None:
    _type(qtbot, window, "Knie" if _de() else "knee")
    assert window.search.popup.isVisible()
    window.map_pane.map.setFocus(Qt.FocusReason.MouseFocusReason)
    assert not window.search.popup.isVisible()


def test_a_narrow_field_still_gets_whole_rows(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(window.minimumSizeHint())
    _type(qtbot, window, "Knie" if _de() else "knee")
    results = window.search.popup.list
    assert not results.horizontalScrollBar().isVisible()
    widths = {results.visualItemRect(results.item(r)).width() for r in range(results.count())}
    assert widths == {results.viewport().width()}


def test_a_long_name_is_cut_before_the_alias_that_matched(window: MainWindow, qtbot: QtBot) -> None:
    """Walk 5, finding 21: "(hamstring m…" cut the very words that said why a row was there."""
    _type(qtbot, window, "Knie" if _de() else "back of thigh")
    popup = window.search.popup
    # As wide as the field, as on a screen with no room to widen it (it widens where there
    # is room).
    popup.resize(_field(window).width(), popup.height())
    QApplication.processEvents()
    results = popup.list
    cut = []
    for row in range(results.count()):
        item = results.item(row)
        hit = item.data(Qt.ItemDataRole.UserRole)
        shown = popup.shown_name(row)
        # The name: beside the alias that matched, without its own term in brackets.
        name = hit.label.split(" (")[0]
        assert item.toolTip().startswith(name), "the whole name is in the tooltip"
        if hit.matched.casefold() not in hit.label.casefold():
            assert shown.endswith(f"({hit.matched})"), shown
            if "…" in shown:
                cut.append(shown)
    assert cut, "a long name was cut, and its alias stayed whole"


@pytest.mark.parametrize("window", ["en"], indirect=True)  # as the walk typed it
def test_a_row_names_the_matched_alias_once_in_brackets(window: MainWindow, qtbot: QtBot) -> None:
    # "Thumb strokes up the calf (flushing) (calf flushing)": the label's own term and the
    # alias that matched, two brackets side by side (walk 9, P3-e).
    _type(qtbot, window, "calf flushing")
    results = window.search.popup.list
    rows = [results.item(row).text() for row in range(results.count())]
    flushing = next(r for r in rows if r.startswith("Thumb strokes up the calf"))
    assert flushing.startswith("Thumb strokes up the calf (calf flushing) — "), flushing
    assert not [r for r in rows if r.count("(") > 1], rows


@ONE_LANGUAGE
def test_the_popup_widens_to_show_every_name_whole_when_the_screen_has_room(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Walk 15 (G3): "Daumenstreichunge… (Nacken reiben)" and "Kneten von Nacken … (Nacken
    # kneten)" under a field of 400 px, with the rest of the 1024 px window beside them.
    _type(qtbot, window, "Nacken")
    popup = window.search.popup
    assert popup.isVisible()
    names = [popup.shown_name(row) for row in range(popup.list.count())]
    assert names
    assert not [name for name in names if "…" in name], names
    assert popup.width() > _field(window).width()
    screen = window.screen().availableGeometry()
    assert screen.contains(popup.frameGeometry())
