"""A filterable checklist of body parts, grouped by area and side, for the health profile."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.ui.i18n import fill

_ID_ROLE = Qt.ItemDataRole.UserRole
_SIDE_ORDER = (Side.CENTRE, Side.RIGHT, Side.LEFT)


class RegionPicker(QWidget):
    """Tick the parts of the body a condition affects.

    Regions are grouped by area and side ("Knee, left" holds the left knee, kneecap and back
    of the knee), so one tick on a group covers every drawn part of it; a single region can
    still be ticked on its own. Typing in the filter box hides what does not match.

    Args:
        catalog: The loaded content; its areas and regions are listed.
        name: What the regions are for, e.g. "A recent operation", for screen readers.
        parent: The owning widget.

    Signals:
        selectionChanged(): the set of ticked regions changed.
    """

    selectionChanged = Signal()

    def __init__(self, catalog: Catalog, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("RegionPicker", "Type to filter, e.g. knee")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(
            QCoreApplication.translate("RegionPicker", "Filter the parts of the body")
        )
        filter_label = QLabel(QCoreApplication.translate("RegionPicker", "&Where?"), self)
        filter_label.setBuddy(self.filter_edit)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(
            fill(QCoreApplication.translate("RegionPicker", "Parts of the body affected: %1"), name)
        )
        self.tree.setMinimumHeight(160)
        self.tree.setMaximumHeight(200)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        # Our own references: QTreeWidget's item getters are typed Optional.
        self._groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        self._fill()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)
        layout.addWidget(self.summary)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self._update_summary()

    def selected(self) -> list[str]:
        """Ticked region ids, in the order of regions.yaml."""
        ticked = {item.data(0, _ID_ROLE) for item in self._leaves() if _is_checked(item)}
        return [r for r in self._catalog.regions if r in ticked]

    def set_selected(self, region_refs: Iterable[str]) -> None:
        """Tick exactly these regions (sided parts mean both sides; unknown ids are ignored)."""
        wanted = set(self._catalog.expand(region_refs))
        self.tree.blockSignals(True)
        for item in self._leaves():
            state = Qt.CheckState.Checked if item.data(0, _ID_ROLE) in wanted else None
            item.setCheckState(0, state or Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._show_ticked()
        self._update_summary()
        self.selectionChanged.emit()

    def group_labels(self) -> list[str]:
        """The group names, top to bottom."""
        return [group.text(0) for group, _ in self._groups]

    def _fill(self) -> None:
        groups: dict[tuple[str, Side], list[str]] = {}
        for region in self._catalog.regions.values():
            groups.setdefault((region.area, region.side), []).append(region.id)
        sides = {
            Side.CENTRE: "",
            Side.RIGHT: QCoreApplication.translate("RegionPicker", ", right"),
            Side.LEFT: QCoreApplication.translate("RegionPicker", ", left"),
        }
        for area in self._catalog.areas.values():
            for side in _SIDE_ORDER:
                members = groups.get((area.id, side))
                if not members:
                    continue
                group = QTreeWidgetItem(self.tree, [f"{area.name}{sides[side]}"])
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsAutoTristate)
                group.setCheckState(0, Qt.CheckState.Unchecked)
                leaves = []
                for region_id in members:
                    leaf = QTreeWidgetItem(group, [self._catalog.regions[region_id].name])
                    leaf.setData(0, _ID_ROLE, region_id)
                    leaf.setCheckState(0, Qt.CheckState.Unchecked)
                    leaves.append(leaf)
                self._groups.append((group, leaves))

    def _show_ticked(self) -> None:
        """Open the groups with something ticked, so the user sees what was chosen."""
        first = None
        for group, _ in self._groups:
            ticked = group.checkState(0) != Qt.CheckState.Unchecked
            group.setExpanded(ticked)
            first = first or (group if ticked else None)
        if first is not None:
            self.tree.scrollToItem(first, QTreeWidget.ScrollHint.PositionAtTop)

    def _leaves(self) -> list[QTreeWidgetItem]:
        return [leaf for _, leaves in self._groups for leaf in leaves]

    def _update_summary(self) -> None:
        names = [self._catalog.regions[r].name for r in self.selected()]
        if names:
            self.summary.setText(
                fill(QCoreApplication.translate("RegionPicker", "Chosen: %1"), ", ".join(names))
            )
        else:
            self.summary.setText(
                QCoreApplication.translate(
                    "RegionPicker", "Nothing chosen yet, so the whole body is treated as affected."
                )
            )

    def _on_filter_edit_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for group, leaves in self._groups:
            group_hit = needle in group.text(0).casefold()
            any_child = False
            for leaf in leaves:
                region = self._catalog.regions[leaf.data(0, _ID_ROLE)]
                words = [region.name, *region.aliases]
                hit = group_hit or any(needle in w.casefold() for w in words)
                leaf.setHidden(not hit)
                any_child = any_child or hit
            group.setHidden(not any_child)
            group.setExpanded(bool(needle) and any_child and not group_hit)
        if not needle:
            self._show_ticked()

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        self._update_summary()
        self.selectionChanged.emit()


def _is_checked(item: QTreeWidgetItem) -> bool:
    return item.checkState(0) == Qt.CheckState.Checked
