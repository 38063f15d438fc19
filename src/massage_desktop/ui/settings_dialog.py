"""The Preferences dialog: a calm page of cards, one per section, usable from the keyboard alone.

The rows come from ``settings_rows.ROWS`` (their ranges and choices from the model); each card
has a title and an icon, and each setting a plain line saying what it does. The page scrolls
when the screen is short rather than clip a long German note.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.storage.settings import Settings
from massage_desktop.ui import form_widgets, settings_page
from massage_desktop.ui.design.dialog_sheet import dialog_sheet, px
from massage_desktop.ui.design.fields import field_sheet
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.page import scroll_page
from massage_desktop.ui.design.parts import Card
from massage_desktop.ui.design.screen import DesignedDialog, page_height
from massage_desktop.ui.design.tokens import XL, M, S, ThemeName, colours
from massage_desktop.ui.guide.colours import is_dark
from massage_desktop.ui.settings_rows import (
    GET_READY_NOTE,
    PRIVACY,
    PRIVACY_TEXT,
    ROWS,
    SECTION_ICONS,
    SECTIONS,
    Row,
    get_ready_note,
)

__all__ = ["ROWS", "SettingsDialog"]

WIDTH = 640
"""Wide enough for a title beside its control, narrow enough for a 1024 px screen."""
_THEME_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
PAGE_HEIGHT = 440
"""The most the cards take before the page scrolls: the dialog stays under 700 px."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(DesignedDialog):
    """Edits a copy of ``Settings``; the caller reads ``result_settings()`` after Save.

    Args:
        settings: the settings to start from; never modified.
        parent: the owning window.
        sound_reason: why cue sounds cannot play here, or None when they can.
        voice_reason: why spoken guidance cannot work here, or None when it can.
        large: the scale of every size (the text-size setting), as ``DesignedDialog``'s.
        language_note: shown under Language when ``--language`` chose this run's language.

    An option that cannot work is disabled and its reason (with the command that enables it)
    is shown under it.

    Signals:
        themePreviewed(str): the user picked a theme ("system", "light" or "dark"); the caller
            may apply it at once and re-apply the saved theme if the dialog is cancelled.
        testSoundRequested(int): the "Test sound" button was pressed, with the volume set.
    """

    themePreviewed = Signal(str)
    testSoundRequested = Signal(int)
    scrolls_itself = True  # the settings are a scroll page of their own

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        sound_reason: str | None = None,
        voice_reason: str | None = None,
        large: bool | float = False,
        language_note: str | None = None,
    ) -> None:
        # The name of the menu entry that opens it (Settings ▸ App settings…): a window
        # titled otherwise looked like a different place, and "Preferences" under a menu
        # called "Settings" read as two names for one thing (walk 8, finding 9).
        title = QCoreApplication.translate("SettingsDialog", "App settings")
        super().__init__(title, title, "settings", large=large, parent=parent)
        self._original = settings
        self._unavailable = {"sound_enabled": sound_reason, "voice_enabled": voice_reason}
        self._section_icons: list[tuple[QLabel, str]] = []
        self.setMinimumWidth(self.scaled_width(WIDTH))
        self.fields: dict[str, form_widgets.Field] = {
            row.key: settings_page.field_for(row, self) for row in ROWS
        }
        self.test_sound = QPushButton(
            QCoreApplication.translate("SettingsDialog", "&Test sound"), self
        )
        self.test_sound.setObjectName("quietButton")
        self.test_sound.setAutoDefault(True)  # Enter on it plays the sound, not Save
        self.test_sound.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Play a test sound at this volume")
        )
        self.fields["sound_volume"].extras.append(self.test_sound)
        self.notes: dict[str, QLabel] = {
            key: settings_page.muted(reason, self)
            for key, reason in self._unavailable.items()
            if reason
        }
        if language_note:
            # ``--language`` chose this run's language: the field shows the setting.
            self.notes["language"] = settings_page.muted(language_note, self)
        self.titles: dict[str, QWidget] = {}
        """Each setting's title, greyed out with its field."""
        self.get_ready_note = settings_page.muted(get_ready_note(), self)
        self._area = self._page()
        self.body.addWidget(self._area)
        self.restore_button = self.add_secondary(
            QCoreApplication.translate("SettingsDialog", "Restore &defaults")
        )
        # Apart from Cancel and Save: it changes every field, so it sits on its own.
        self.footer.removeWidget(self.restore_button)
        self.footer.insertWidget(0, self.restore_button)
        self.cancel_button = self.add_secondary(
            QCoreApplication.translate("SettingsDialog", "Cancel")
        )
        self.save_button = self.set_primary(QCoreApplication.translate("SettingsDialog", "Save"))

        for row in ROWS:
            if row.enables:
                self.fields[row.key].changed.connect(self._on_switch_field_changed)
        self.fields["theme"].changed.connect(self._on_theme_field_changed)
        self.test_sound.clicked.connect(self._on_test_sound_clicked)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self._show(settings)
        self._paint_icons()

    def result_settings(self) -> Settings:
        """The settings as edited; fields the dialog does not show keep their values."""
        # An option that cannot work here is shown off but keeps its saved value, so it is
        # back as it was on a machine (or a day) where it works.
        edited = {
            key: field.value()
            for key, field in self.fields.items()
            if self._unavailable.get(key) is None
        }
        return Settings.model_validate({**self._original.model_dump(), **edited})

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme change (the previewed one too) with the dialog's own style sheet."""
        super().changeEvent(event)
        if event.type() in _THEME_EVENTS and hasattr(self, "_section_icons"):
            self._restyle()

    def style_sheet(self) -> str:
        """The dialog's sheet and its fields', in the theme the application shows.

        The application's palette tells the theme: the dialog's own palette takes the
        background of its style sheet, so once dark it stayed dark.
        """
        theme: ThemeName = "dark" if is_dark(QApplication.palette()) else "light"
        self._theme = theme
        self.colours = colours(theme)
        return dialog_sheet(self.colours, self.scale) + field_sheet(
            self.colours, theme, "#designedDialog", self.scale
        )

    def _restyle(self) -> None:
        # A theme picked here is applied to the app at once; the sheet follows it, once per
        # theme (setting a sheet polishes every field again).
        if ("dark" if is_dark(QApplication.palette()) else "light") == self._theme:
            return
        self.setStyleSheet(self.style_sheet())
        self._paint_icons()

    def _paint_icons(self) -> None:
        glyph = px(26, self.scale)
        self.badge.setPixmap(icon("settings", self.colours.accent, glyph).pixmap(glyph, glyph))
        for badge, name in self._section_icons:
            badge.setPixmap(icon(name, self.colours.accent, 20).pixmap(20, 20))

    def _page(self) -> QScrollArea:
        area, inner, column = scroll_page(self, "settingsPage")
        for section in SECTIONS:
            column.addLayout(self._section_title(section, inner))
            column.addWidget(self._card(section, inner))
        column.addLayout(self._section_title(PRIVACY, inner))
        privacy = Card(None, inner)
        privacy.setAccessibleName(_tr(PRIVACY))
        privacy.body.addWidget(settings_page.muted(_tr(PRIVACY_TEXT), privacy))
        column.addWidget(privacy)
        column.addStretch(1)
        area.setWidget(inner)
        self.ensurePolished()
        needed = column.heightForWidth(self.minimumWidth() - 2 * XL - M) + M
        area.setMinimumHeight(min(needed, page_height(PAGE_HEIGHT, self.scale)))
        return area

    def _section_title(self, section: str, parent: QWidget) -> QHBoxLayout:
        name = SECTION_ICONS[section]
        row, badge = settings_page.section_title(_tr(section), name, self.colours, parent)
        self._section_icons.append((badge, name))
        return row

    def _card(self, section: str, parent: QWidget) -> Card:
        card = Card(None, parent)
        card.setAccessibleName(_tr(section))
        column = QVBoxLayout()
        column.setSpacing(S)
        for row in ROWS:
            if row.section != section:
                continue
            self.titles[row.key] = settings_page.add_row(
                column, card, _tr(row.label), self.fields[row.key], self._row_notes(row)
            )
        card.body.addLayout(column)
        return card

    def _row_notes(self, row: Row) -> list[QLabel]:
        notes = []
        if row.note == GET_READY_NOTE:
            notes.append(self.get_ready_note)
        elif row.note:
            notes.append(settings_page.muted(_tr(row.note), self))
        if row.key in self.notes:
            notes.append(self.notes[row.key])
        return notes

    def _show(self, settings: Settings) -> None:
        """Put ``settings`` into the widgets."""
        for key, field in self.fields.items():
            field.set_value(getattr(settings, key))
        # toggled is not emitted when the state does not change: sync enabled states directly.
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        for row in ROWS:
            if not row.enables:
                continue
            works = self._unavailable.get(row.key) is None
            field = self.fields[row.key]
            field.widget.setEnabled(works)
            if not works:
                field.set_value(False)  # shown unticked: it cannot work here
            on = works and bool(field.value())
            for key in row.enables:
                follower = self.fields[key]
                for widget in (self.titles[key], follower.widget, *follower.extras):
                    widget.setEnabled(on)
                    settings_page.fade(widget, not on)

    def _on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # A scroll area follows Tab to a control, not a mnemonic: Alt+Z focused "Text size"
        # below the page's fold and the page stayed where it was (walk 6). The row's title
        # comes into view with its control (a slider's is on the line above it).
        page = self._area.widget()
        if new is None or page is None or not page.isAncestorOf(new):
            return
        for key, field in self.fields.items():
            if new is field.widget:
                self._area.ensureWidgetVisible(self.titles[key], 0, 0)
        self._area.ensureWidgetVisible(new, 0, px(S, self.scale))

    def _on_switch_field_changed(self, _checked: bool) -> None:
        self._sync_enabled()

    def _on_theme_field_changed(self, _index: int) -> None:
        self.themePreviewed.emit(self.fields["theme"].value())

    def _on_test_sound_clicked(self) -> None:
        self.testSoundRequested.emit(self.fields["sound_volume"].value())

    def _on_restore_button_clicked(self) -> None:
        self._show(Settings())
