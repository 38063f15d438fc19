"""Before and after ratings: how tense or sore each region feels, 0 to 10, all optional."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.plan import Plan
from massage_desktop.ui.i18n import fill

_MAX_ROWS = 8  # a routine can touch many regions; ratings for the first few are enough


def rated_regions(catalog: Catalog, plan: Plan, chosen: str | None) -> list[tuple[str, str]]:
    """The regions to rate, as (id, name): the one the person picked first, then the plan's.

    The picked region leads even when the plan does not list it, since it is the reason for
    the session and the dialog shows only the first few rows.
    """
    ids = [chosen] if chosen in catalog.regions else []
    for entry in plan.runnable:
        ids.extend(r for r in entry.region_ids if r not in ids)
    return [(region_id, catalog.regions[region_id].name) for region_id in ids]


class RatingsDialog(QDialog):
    """Asks for an optional 0-10 rating per region; unticked regions are not recorded."""

    def __init__(
        self,
        title: str,
        question: str,
        regions: Sequence[tuple[str, str]],
        previous: Mapping[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._rows: dict[str, tuple[QCheckBox, QSlider]] = {}
        intro = QLabel(question, self)
        intro.setWordWrap(True)
        form = QFormLayout()
        for region_id, name in list(regions)[:_MAX_ROWS]:
            box = QCheckBox(name, self)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setAccessibleName(
                fill(
                    QCoreApplication.translate("RatingsDialog", "%1, tension or pain from 0 to 10"),
                    name,
                )
            )
            value = QLabel(self)
            value.setMinimumWidth(24)
            slider.valueChanged.connect(lambda v, label=value: label.setText(str(v)))
            slider.valueChanged.connect(lambda _v, b=box: b.setChecked(True))
            before = (previous or {}).get(region_id)
            slider.setValue(before if before is not None else 0)
            box.setChecked(before is not None)
            value.setText(str(slider.value()))
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(value)
            form.addRow(box, row)
            self._rows[region_id] = (box, slider)
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            QCoreApplication.translate("RatingsDialog", "Continue"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            QCoreApplication.translate("RatingsDialog", "Skip"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "RatingsDialog", "0 = none, 10 = the worst you can imagine"
                ),
                self,
            )
        )
        layout.addWidget(buttons)

    def set_rating(self, region_id: str, value: int) -> None:
        """Rate one region (ticks it)."""
        box, slider = self._rows[region_id]
        slider.setValue(value)
        box.setChecked(True)

    def ratings(self) -> dict[str, int]:
        """The ticked regions' ratings; empty when the dialog was skipped."""
        if self.result() != QDialog.DialogCode.Accepted:
            return {}
        return {rid: slider.value() for rid, (box, slider) in self._rows.items() if box.isChecked()}
