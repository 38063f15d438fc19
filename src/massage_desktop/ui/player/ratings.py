"""Before and after ratings: how tense or sore each region feels, 0 to 10, all optional."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, side_of
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import M, S
from massage_desktop.ui.i18n import fill

SHORT_S = 180.0
"""A single technique shorter than this (3 minutes) is rated on one area only."""


def rated_regions(catalog: Catalog, plan: Plan, chosen: str | None) -> list[tuple[str, str]]:
    """The one or two regions to rate, as (id, name): the one picked first, or the main area.

    The picked region leads even when the plan does not list it, since it is the reason for
    the session; the plan's main area (the region it works longest, on the picked side)
    follows only when the picked region is not among those worked, so what was massaged is
    rated too. Without a pick the main area alone is rated. Eight sliders for a routine that
    touches eight regions was a form to fill in, not a question; and a single technique of
    under three minutes is rated on one area only.
    """
    seconds: dict[str, float] = {}
    for entry in plan.runnable:
        for region_id in entry.region_ids:
            seconds[region_id] = seconds.get(region_id, 0.0) + entry.estimated_s
    picked = chosen if chosen is not None and chosen in catalog.regions else None
    side = side_of(picked) if picked is not None else None
    order = list(seconds)

    def rank(region_id: str) -> tuple[bool, float, int]:
        other_side = side is not None and side_of(region_id) not in (side, None)
        return (other_side, -seconds[region_id], order.index(region_id))

    main = sorted((r for r in seconds if r in catalog.regions), key=rank)[:1]
    ids = [picked] if picked is not None else []
    if picked is None or picked not in seconds:
        ids += [r for r in main if r not in ids]
    short = plan.kind == "technique" and plan.total_s(Timing()) < SHORT_S
    return [(region_id, catalog.regions[region_id].name) for region_id in ids[: 1 if short else 2]]


class JumpSlider(QSlider):
    """A rating slider that goes to where it is clicked.

    Qt's slider moves one page step towards a click on its groove (QStyle's
    SH_Slider_AbsoluteSetButtons is off in Fusion), so a click in the middle of 0–10 moved it
    from 0 to 1; a person rating their pain expects the click to set the value.
    """

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Jump to the clicked value, then let Qt start a drag from there."""
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            control = QStyle.ComplexControl.CC_Slider
            handle = style.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, self)
            point = event.position().toPoint()
            if not handle.contains(point):
                groove = style.subControlRect(
                    control, option, QStyle.SubControl.SC_SliderGroove, self
                )
                span = groove.width() - handle.width()
                at = point.x() - groove.x() - handle.width() // 2
                self.setValue(
                    QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), at, span)
                )
        super().mousePressEvent(event)


class RatingsDialog(DesignedDialog):
    """Asks for an optional 0-10 rating per region; unticked regions are not recorded.

    Args:
        title: The heading (and window title).
        question: What is asked, under the heading.
        regions: (id, name) of the regions to rate (one or two: ``rated_regions``).
        previous: The ratings before the session, shown as the starting values after it.
        parent: The window the dialog is shown over (room mode's, when it is open).
        large: Room mode's larger sizes.
    """

    def __init__(
        self,
        title: str,
        question: str,
        regions: Sequence[tuple[str, str]],
        previous: Mapping[str, int] | None = None,
        parent: QWidget | None = None,
        *,
        large: bool | float = False,
    ) -> None:
        super().__init__(title, title, "spa", large=large, parent=parent)
        self._rows: dict[str, tuple[QCheckBox, QSlider]] = {}
        self.add_text(escape(question))
        card = self.add_card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(M)
        grid.setVerticalSpacing(S)
        for row, (region_id, name) in enumerate(regions):
            box = QCheckBox(name, card)
            # The region's name never shrinks below its text: the dialog widens instead.
            box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            slider = JumpSlider(Qt.Orientation.Horizontal, card)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setMinimumWidth(round(160 * self.scale))
            slider.setAccessibleName(
                fill(
                    QCoreApplication.translate("RatingsDialog", "%1, tension or pain from 0 to 10"),
                    name,
                )
            )
            value = QLabel(card)
            value.setProperty("role", "title")
            value.setMinimumWidth(round(28 * self.scale))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda v, label=value: label.setText(str(v)))
            slider.valueChanged.connect(lambda _v, b=box: b.setChecked(True))
            before = (previous or {}).get(region_id)
            slider.setValue(before if before is not None else 0)
            if before is not None:
                # After the session the slider starts where it was, but nothing is recorded
                # until it is moved or ticked: a pre-ticked "before" value saved "no change"
                # for anyone who just pressed Continue.
                label = QCoreApplication.translate("RatingsDialog", "%1 (before: %2)")
                box.setText(fill(label, name, before))
            box.setChecked(False)
            value.setText(str(slider.value()))
            grid.addWidget(box, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            self._rows[region_id] = (box, slider)
        grid.setColumnStretch(1, 1)
        card.body.addLayout(grid)
        self.add_text(
            escape(
                QCoreApplication.translate(
                    "RatingsDialog", "0 = none, 10 = the worst you can imagine"
                )
            ),
            "muted",
        )
        skip = self.add_secondary(QCoreApplication.translate("RatingsDialog", "Skip"))
        skip.clicked.connect(self.reject)
        self.set_primary(QCoreApplication.translate("RatingsDialog", "Continue"))

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
