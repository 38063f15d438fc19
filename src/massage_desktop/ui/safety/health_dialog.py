"""The health profile dialog: tick conditions, say where, and whether a professional cleared it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Condition
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.headings import bold
from massage_desktop.ui.safety.region_picker import RegionPicker


class _ConditionRow(QFrame):
    """One condition: its checkbox and hint, and when ticked the questions it asks."""

    def __init__(self, catalog: Catalog, condition: Condition, parent: QWidget) -> None:
        super().__init__(parent)
        self.condition = condition
        # Bold: names stand out from their hints when scanning the list.
        self.check = bold(QCheckBox(condition.name, self))
        self.hint = QLabel(condition.hint or "", self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(condition.hint is not None)
        self.hint.setIndent(24)  # lines up with the checkbox text, not the box
        self.check.setAccessibleDescription(condition.hint or "")
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(24, 4, 0, 4)
        self.picker: RegionPicker | None = None
        self.cleared: QCheckBox | None = None
        if condition.asks_regions:
            self.picker = RegionPicker(catalog, condition.name, self.details)
            details.addWidget(self.picker)
        if condition.asks_clearance:
            self.cleared = QCheckBox(
                QCoreApplication.translate(
                    "HealthProfileDialog",
                    "My doctor, surgeon or physical therapist has said massage is fine",
                ),
                self.details,
            )
            self.cleared.setAccessibleDescription(condition.name)
            details.addWidget(self.cleared)
        self.details.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.check)
        layout.addWidget(self.hint)
        layout.addWidget(self.details)
        self.check.toggled.connect(self._on_check_toggled)

    def load(self, profile: HealthProfile) -> None:
        self.check.setChecked(profile.has(self.condition.id))
        if self.picker is not None:
            self.picker.set_selected(profile.regions_for(self.condition.id))
        if self.cleared is not None:
            self.cleared.setChecked(profile.is_cleared(self.condition.id))
        self._on_check_toggled(self.check.isChecked())

    def _on_check_toggled(self, checked: bool) -> None:
        # Details only matter once the condition is ticked; hiding them keeps the list short.
        self.details.setVisible(checked and (self.picker or self.cleared) is not None)


class HealthProfileDialog(QDialog):
    """Edits a copy of a ``HealthProfile``; read ``result_profile()`` after OK.

    Args:
        catalog: The loaded content; one checkbox per condition, in its order.
        profile: The profile to start from; never modified.
        parent: The owning window.

    Signals:
        None of its own: ``accepted`` after Save, ``rejected`` after Cancel.
    """

    def __init__(
        self, catalog: Catalog, profile: HealthProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HealthProfileDialog", "Health profile"))
        self.setObjectName("healthProfileDialog")
        self.resize(600, 720)
        intro = QLabel(
            QCoreApplication.translate(
                "HealthProfileDialog",
                "Tick anything that applies to you, or to the partner you massage. The app then "
                "leaves out, or asks you to go gently with, the massage that could do harm. "
                "This is not a diagnosis: if you are unsure, ask your doctor.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.rows = {c.id: _ConditionRow(catalog, c, self) for c in catalog.conditions.values()}
        body = QWidget(self)
        column = QVBoxLayout(body)
        for row in self.rows.values():
            column.addWidget(row)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        for row in self.rows.values():
            row.load(profile)

    def result_profile(self) -> HealthProfile:
        """The profile as the widgets show it (details of unticked conditions are dropped)."""
        ticked = [cid for cid, row in self.rows.items() if row.check.isChecked()]
        regions = {
            cid: tuple(picker.selected())
            for cid in ticked
            if (picker := self.rows[cid].picker) is not None and picker.selected()
        }
        cleared = [
            cid for cid in ticked if (box := self.rows[cid].cleared) is not None and box.isChecked()
        ]
        return HealthProfile(conditions=tuple(ticked), regions=regions, cleared=tuple(cleared))

    def _on_buttons_accepted(self) -> None:
        self.accept()

    def _on_buttons_rejected(self) -> None:
        self.reject()
