"""The filters above the session list: region (with search), technique or routine, result."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import View
from massage_desktop.domain.history import Outcome
from massage_desktop.storage.listing import SessionFilter
from massage_desktop.ui.design.combo import QuietComboBox
from massage_desktop.ui.design.tokens import S
from massage_desktop.ui.history import wording
from massage_desktop.ui.i18n import fill

_OUTCOMES = (
    Outcome.COMPLETED,
    Outcome.STOPPED_EARLY,
    Outcome.STOPPED_FOR_PAIN,
    Outcome.INTERRUPTED,
)


class FilterBar(QWidget):
    """Three combo boxes that narrow the session list, and a button that clears them.

    The region box is editable: typing part of a name ("knee") lists the matching regions.

    Signals:
        filterChanged(): A filter changed; ``current_filter()`` has the new one.
    """

    filterChanged = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        """Fill the boxes from the catalog.

        Args:
            catalog: Regions, techniques and routines to offer.
            parent: The parent widget.
        """
        super().__init__(parent)
        self._region = QuietComboBox(self)
        self._region.setEditable(True)
        self._region_edit = QLineEdit(self._region)
        self._region.setLineEdit(self._region_edit)
        self._region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._region.addItem(QCoreApplication.translate("FilterBar", "Any region"), None)
        views = {
            View.FRONT: QCoreApplication.translate("FilterBar", "front"),
            View.BACK: QCoreApplication.translate("FilterBar", "back"),
        }
        for region in catalog.regions.values():
            self._region.addItem(f"{region.name} \u2014 {views[region.view]}", region.id)
        completer = QCompleter(self._region.model(), self._region)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._region.setCompleter(completer)
        self._region_edit.setPlaceholderText(
            QCoreApplication.translate("FilterBar", "Type to search regions")
        )

        self._subject = QuietComboBox(self)
        self._subject.addItem(
            QCoreApplication.translate("FilterBar", "Any technique or routine"), None
        )
        for routine in sorted(catalog.routines.values(), key=lambda r: r.name):
            self._subject.addItem(
                fill(QCoreApplication.translate("FilterBar", "Routine: %1"), routine.name),
                f"routine:{routine.id}",
            )
        for technique in sorted(catalog.techniques.values(), key=lambda t: t.name):
            self._subject.addItem(technique.name, f"technique:{technique.id}")

        self._outcome = QuietComboBox(self)
        self._outcome.addItem(QCoreApplication.translate("FilterBar", "Any result"), None)
        for outcome in _OUTCOMES:
            self._outcome.addItem(_outcome_choice(outcome), outcome.value)

        self._clear = QPushButton(QCoreApplication.translate("FilterBar", "Clea&r filters"), self)
        self._clear.setEnabled(False)
        self._build_layout()
        self._region.currentIndexChanged.connect(self._on_box_changed)
        self._region_edit.editingFinished.connect(self._on_region_editing_finished)
        self._subject.currentIndexChanged.connect(self._on_box_changed)
        self._outcome.currentIndexChanged.connect(self._on_box_changed)
        self._clear.clicked.connect(self._on_clear_clicked)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # The style's few pixels left "Technique:" touching its box at the large text size
        # (walk 17): a gap of the design's spacing between each label and its box.
        form.setHorizontalSpacing(S)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, box, name in (
            (
                QCoreApplication.translate("FilterBar", "Re&gion:"),
                self._region,
                QCoreApplication.translate("FilterBar", "Filter by region"),
            ),
            (
                QCoreApplication.translate("FilterBar", "&Technique:"),
                self._subject,
                QCoreApplication.translate("FilterBar", "Filter by technique or routine"),
            ),
            (
                QCoreApplication.translate("FilterBar", "R&esult:"),
                self._outcome,
                QCoreApplication.translate("FilterBar", "Filter by result"),
            ),
        ):
            box.setAccessibleName(name)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            box.setMinimumContentsLength(12)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            form.addRow(text, box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def current_filter(self) -> SessionFilter:
        """The filter the boxes describe."""
        subject: str | None = self._subject.currentData()
        kind, _, subject_id = subject.partition(":") if subject else (None, "", None)
        outcome: str | None = self._outcome.currentData()
        return SessionFilter(
            region_id=self._region.currentData(),
            kind="routine" if kind == "routine" else "technique" if kind else None,
            subject_id=subject_id,
            outcomes=frozenset({Outcome(outcome)}) if outcome else frozenset(),
        )

    def set_region(self, region_id: str | None) -> None:
        """Choose a region (None: any), as picking it in the box would."""
        self._select(self._region, region_id)

    def set_subject(self, kind: str | None, subject_id: str | None = None) -> None:
        """Choose a technique or routine (None: any)."""
        self._select(self._subject, f"{kind}:{subject_id}" if kind else None)

    def set_outcome(self, outcome: Outcome | None) -> None:
        """Choose a result (None: any)."""
        self._select(self._outcome, outcome.value if outcome else None)

    def clear(self) -> None:
        """Show every session again."""
        for box in (self._region, self._subject, self._outcome):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._on_box_changed()

    @staticmethod
    def _select(box: QComboBox, data: object) -> None:
        index = box.findData(data)
        box.setCurrentIndex(max(index, 0))

    def _on_box_changed(self, _index: int = 0) -> None:
        self._clear.setEnabled(self.current_filter() != SessionFilter())
        self.filterChanged.emit()

    def _on_region_editing_finished(self) -> None:
        # Enter on part of a name picks the first region containing it; text that names no
        # region goes back to the current choice instead of lingering beside another filter.
        box = self._region
        typed = self._region_edit.text().strip()
        if not typed:
            box.setCurrentIndex(0)
        elif typed != box.itemText(box.currentIndex()):
            match = box.findText(typed, Qt.MatchFlag.MatchContains)
            if match >= 0:
                box.setCurrentIndex(match)
        self._region_edit.setText(box.itemText(box.currentIndex()))

    def _on_clear_clicked(self) -> None:
        self.clear()


def _outcome_choice(outcome: Outcome) -> str:
    """The result filter's words for ``outcome``.

    A run to the end is listed "Completed" or, with steps skipped, "Finished"
    (``wording.result_text``); the one filter for both names both, or a "Completed" filter
    listed "Finished · 1 of 4 done".
    """
    if outcome is Outcome.COMPLETED:
        return QCoreApplication.translate("FilterBar", "Completed or finished")
    return wording.outcome_text(outcome)
