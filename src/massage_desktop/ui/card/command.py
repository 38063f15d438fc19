"""``--routine-card ROUTINE_ID FILE.pdf``: print a routine card to PDF without a window."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from massage_desktop.content import ContentError, load_catalog
from massage_desktop.content.languages import languages
from massage_desktop.engine.card import CardRests, routine_card
from massage_desktop.engine.screening import Screening
from massage_desktop.messages import MessageBus
from massage_desktop.resources import data_dir, resource_path
from massage_desktop.services import content_language
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.storage.settings import SettingsStore
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import CardWriteError, write_pdf
from massage_desktop.ui.i18n import install_translators


def default_paper() -> Paper:
    """Letter where the locale measures in US units, A4 everywhere else."""
    imperial = QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if QLocale.system().measurementSystem() == imperial else Paper.A4


def routine_card_command(
    data_dir_arg: str | None,
    routine_id: str,
    target: str,
    paper: str | None = None,
    language: str | None = None,
) -> int:
    """Write the card of ``routine_id`` to ``target``.

    The card is screened with the user's health profile, in the language setting's language
    unless ``language`` ("en", "de" or "system") says otherwise.

    Returns:
        0 when written, 1 when the file cannot be written, 2 for an unknown routine, 3 when
        the built-in content is damaged.
    """
    bus = MessageBus()
    bus.subscribe(lambda m: print(f"{m.title}: {m.text}", file=sys.stderr))
    paths = resolve_paths(data_dir_arg)
    settings = SettingsStore(paths.settings_file, bus).load()
    setting = language or settings.language
    code = content_language(setting, languages(data_dir()))
    try:
        catalog = load_catalog(data_dir(), code)
    except ContentError as error:
        print(f"The built-in content is damaged; please reinstall.\n{error}", file=sys.stderr)
        return 3
    # The user's own routines print like the built-in ones; a file that cannot be used is
    # reported on stderr and skipped.
    OwnRoutines(paths.routines, catalog, bus).load()
    routine = catalog.routines.get(routine_id)
    if routine is None:
        known = ", ".join(sorted(catalog.routines))
        print(f"No routine '{routine_id}'. Routines: {known}", file=sys.stderr)
        return 2
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv[:1])
    locale = QLocale()
    installed = install_translators(app, code)
    try:
        # The health profile, and no pain stops (those are the running app's); but a rest
        # day the quick check set today is in the settings, and the card says so as the
        # app's does.
        store = HealthStore(health_file(paths), bus)
        profile = store.load()
        screening = Screening(catalog, profile) if profile.conditions else None
        today = date.today()
        rests = CardRests(today, (), "", check=True) if settings.rest_day_on == today else None
        card = routine_card(catalog, routine, screening, rests=rests, answered=store.answered)
        figure = CardFigure(catalog, resource_path("body_map.svg").read_bytes())
        chosen = Paper(paper) if paper else default_paper()
        try:
            pages = write_pdf(Path(target), catalog, card, figure, chosen)
        except CardWriteError as error:
            print(f"The routine card was not written: {error}.", file=sys.stderr)
            return 1
    finally:
        # Left installed, the translators would change the language of whatever runs next
        # in this process (the tests run the command in-process).
        for translator in installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)
    print(f"Wrote the card “{routine.name}” ({pages} page{'s' if pages != 1 else ''}) to {target}")
    return 0
