"""File ▸ Print routine…: the routine shown in the guide, or one picked, via the print dialog."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot
from tests.card.conftest import pdf_pages
from tests.conftest import MakeServices
from tests.sessions import build_session

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.card.chooser import RoutineChooser
from massage_desktop.ui.card.preview import CardPreview
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.guide.cards import split_row
from massage_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, make_services: MakeServices) -> MainWindow:
    win = MainWindow(make_services(), interactive=False)
    qtbot.addWidget(win)
    return win


def _print_to(
    monkeypatch: pytest.MonkeyPatch,
    target: Path,
    *,
    accept: bool = True,
    paper: QPageSize.PageSizeId | None = None,
) -> list[str]:
    """Answer the print dialog with "Print to file" at ``target``; returns the dialogs' titles."""
    titles: list[str] = []

    def exec_(dialog: QPrintDialog) -> int:
        titles.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        if paper is not None:
            printer.setPageSize(QPageSize(paper))
        code = QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
        return int(code.value)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    _preview_answers(monkeypatch, titles)
    return titles


def _preview_answers(
    monkeypatch: pytest.MonkeyPatch, titles: list[str], *, accept: bool = True
) -> None:
    """Answer the card's preview with "Print…" (or "Cancel"), recording its title first."""

    def exec_(dialog: CardPreview) -> int:
        dialog.show()
        QApplication.processEvents()
        titles.append(f"{dialog.windowTitle()} ({dialog.pages} pages)")
        dialog.hide()
        code = QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
        return int(code.value)

    monkeypatch.setattr(CardPreview, "exec", exec_)


def test_print_routine_prints_the_routine_shown_in_the_guide(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    action = window.menu_actions["Print routine…"]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.guide.show_routine("knee-care")
    titles = _print_to(monkeypatch, tmp_path / "card.pdf")
    action.trigger()
    # The card as it will print first (walk 6, finding 24), then the system's print dialog.
    assert titles[0].startswith("Preview “Knee care” (")
    assert titles[1:] == ["Print “Knee care”"]
    pages = pdf_pages(tmp_path / "card.pdf")
    assert len(pages) > 1
    assert "Knee care" in pages[0][2]


def test_without_a_routine_shown_the_person_picks_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    offered: list[list[str]] = []

    def pick(dialog: RoutineChooser) -> int:
        names = _names(dialog)
        offered.append(names)
        dialog.routines.setCurrentRow(names.index("Partner leg massage"))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RoutineChooser, "exec", pick)
    _print_to(monkeypatch, tmp_path / "picked.pdf")
    window.card_actions.print_routine()
    assert "Knee care" in offered[0]
    assert "Partner leg massage" in pdf_pages(tmp_path / "picked.pdf")[0][2]


def test_cancelling_the_dialog_prints_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.guide.show_routine("knee-care")
    _print_to(monkeypatch, tmp_path / "cancelled.pdf", accept=False)
    assert window.card_actions.print_routine() == 0
    assert not (tmp_path / "cancelled.pdf").exists()


def test_the_printed_card_is_screened_with_the_saved_profile(
    make_services: MakeServices, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    services = make_services()
    services.health.save(HealthProfile(conditions=("varicose-veins",)))
    window = MainWindow(services, interactive=False)
    qtbot.addWidget(window)
    window.guide.show_routine("partner-leg")
    _print_to(monkeypatch, tmp_path / "screened.pdf")
    window.card_actions.print_routine()
    text = " ".join(words for _, _, words in pdf_pages(tmp_path / "screened.pdf"))
    assert "Left out by the health profile" in text


@pytest.mark.parametrize(
    ("chosen", "size"),
    [
        (QPageSize.PageSizeId.Letter, (612, 792)),
        (QPageSize.PageSizeId.Legal, (612, 792)),  # a US size: laid out for Letter
        (QPageSize.PageSizeId.A4, (595, 842)),
    ],
)
def test_the_card_is_laid_out_for_the_paper_chosen_in_the_dialog(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    chosen: QPageSize.PageSizeId,
    size: tuple[int, int],
) -> None:
    window.guide.show_routine("stomach-kneading")
    _print_to(monkeypatch, tmp_path / "card.pdf", paper=chosen)
    window.card_actions.print_routine()
    pages = pdf_pages(tmp_path / "card.pdf")
    assert all((round(w), round(h)) == size for w, h, _ in pages)


def _names(dialog: RoutineChooser) -> list[str]:
    """The routines' names, as their cards' titles show them."""
    items = (dialog.routines.item(row) for row in range(dialog.routines.count()))
    return [split_row(item.text())[0] for item in items]


def _offered(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], int]]:
    """Record the routine list and the row it starts at; cancel the choice."""
    offered: list[tuple[list[str], int]] = []

    def pick(dialog: RoutineChooser) -> int:
        offered.append((_names(dialog), dialog.routines.currentRow()))
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(RoutineChooser, "exec", pick)
    return offered


def test_the_chooser_is_a_designed_dialog_of_cards_with_time_and_steps(
    window: MainWindow, qtbot: QtBot, catalog: Catalog
) -> None:
    # It was a stock input box with a drop-down of names (walk 5, finding 28).
    dialog = RoutineChooser(catalog, ["knee-care", "partner-leg"], "partner-leg", parent=window)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, DesignedDialog)
    assert dialog.heading.text() == "Print routine"
    title, detail = split_row(dialog.routines.item(0).text())
    assert title == "Knee care"
    assert " min" in detail
    assert "steps" in detail
    assert dialog.chosen_routine() == "partner-leg"
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Cancel", "&Print…"]
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.routines, Qt.Key.Key_Return)
    assert dialog.chosen_routine() == "partner-leg"


def test_the_list_is_alphabetical_and_starts_at_a_routine_for_the_region_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, catalog: Catalog
) -> None:
    # The walk: a temple shown, File ▸ Print routine offered "Ankle kneading" (the first).
    window.select_region("front-knee-left")
    offered = _offered(monkeypatch)
    assert window.card_actions.print_routine() == 0
    names, row = offered[0]
    assert names == sorted(names, key=str.casefold)
    for_knee = {r.name for r in catalog.routines_for_region("front-knee-left")}
    assert names[row] in for_knee


def test_with_nothing_shown_the_routine_last_massaged_comes_first(
    make_services: MakeServices, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = make_services()
    assert services.history is not None
    session = build_session(
        str(uuid.uuid4()),
        datetime(2026, 12, 1, 9, tzinfo=UTC),
        kind="routine",
        subject_id="partner-leg",
    )
    services.history.insert_many([session])
    window = MainWindow(services, interactive=False)
    qtbot.addWidget(window)
    offered = _offered(monkeypatch)
    window.card_actions.print_routine()
    names, row = offered[0]
    assert names[row] == "Partner leg massage"


def test_the_chooser_opens_at_the_text_size_setting(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    scales: list[float] = []

    def record(dialog: RoutineChooser) -> int:
        scales.append(dialog.scale)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(RoutineChooser, "exec", record)
    window.flow.actions.set_text_scale(1.5)  # what Preferences does for "Extra large"
    assert window.card_actions.print_routine() == 0
    assert scales == [1.5]


def test_the_preview_shows_the_pages_and_cancel_prints_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Ctrl+P went straight to a bare system dialog defaulting to a PDF file (walk 6, #24)."""
    window.guide.show_routine("knee-care")
    asked: list[str] = []

    def ask(dialog: QPrintDialog) -> int:
        asked.append(dialog.windowTitle())
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QPrintDialog, "exec", ask)
    shown: list[str] = []
    _preview_answers(monkeypatch, shown, accept=False)
    assert window.card_actions.print_routine() == 0
    assert asked == [], "cancelled in the preview: no print dialog"
    assert len(shown) == 1
    assert shown[0].startswith("Preview “Knee care” (")
    pages = int(shown[0].split("(")[1].split()[0])
    assert pages > 1, "every page of Knee care's card was painted in the preview"
