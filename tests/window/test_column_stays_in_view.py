"""Every routine's page fits the guide's column at extra-large text on a 1024x700 screen.

Walk 11: with the partner's calf resting, the German badge "⊘ massierte Person: teilweise
schonen" was joined by no-break spaces into one 407 px word; the column's page grew past its
view, and the card line and summary were cut at the right edge ("7 Schr…").
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.main_window import MainWindow


def test_every_routine_page_fits_the_column_at_extra_large_text(
    main: MainWindow, shown: Catalog
) -> None:
    preferences = main.preferences
    preferences.apply(preferences.settings.model_copy(update={"text_size": "extra_large"}))
    main.guide.set_resting(["back-calf-right"], ["back-calf-right"])
    column = main.guide.column
    for routine_id in shown.routines:
        main.guide.show_routine(routine_id)
        QApplication.processEvents()
        view = column.viewport().width()
        page = column.widget()
        assert page is not None
        assert page.minimumSizeHint().width() <= view, routine_id
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.minimumSizeHint().width() <= view, (routine_id, label.text()[:60])
