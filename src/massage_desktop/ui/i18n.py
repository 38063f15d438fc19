"""Loading the user interface's translations (Qt Linguist .qm files) for one language.

Also the small helpers every translated string needs: Qt-style placeholders (``%1``), and
numbers and dates written the way the current locale writes them.

How strings are marked, so that ``pyside6-lupdate`` finds them (``python tools/translations.py
update``): ``QCoreApplication.translate("Context", "literal text")`` at the call site, or
``QT_TRANSLATE_NOOP("Context", "literal text")`` in a table that is translated where it is
shown. A helper that forwards a variable to ``translate`` is invisible to lupdate.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from massage_desktop.resources import resources_dir

_PLACEHOLDER = re.compile(r"%([1-9])")


def install_translators(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Install our translation and Qt's own (dialog buttons) for ``language``.

    Returns the translators installed; they are children of ``app``, which keeps them alive.
    """
    if language is None:
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"massage_desktop_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context`` and return it unchanged.

    For tables translated where they are shown: ``QCoreApplication.translate(context, entry)``.
    PySide6 has the same function typed as returning ``object``; lupdate only looks at the name.
    """
    del context  # only lupdate reads it
    return text


def fill(text: str, *values: object) -> str:
    """Replace Qt-style placeholders ``%1`` to ``%9`` with ``values``, in one pass.

    A translation may reorder the placeholders; a value that itself contains "%2" is left as
    it is. Placeholders without a value stay in the text.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def _number_locale() -> QLocale:
    locale = QLocale()
    # Qt's "C" locale writes 1234 without grouping; the English text has always said 1,234.
    if locale.language() == QLocale.Language.C:
        return QLocale("en_US")
    return locale


def number(value: int) -> str:
    """A whole number with the locale's digit grouping: "1,234" in English, "1.234" in German."""
    return _number_locale().toString(value)


def decimal(value: float, digits: int = 1) -> str:
    """A number with ``digits`` decimals and the locale's decimal sign: "3.5", German "3,5".

    Rounded as Python rounds (3.25 gives "3.2"), so English text stays as it always was.
    """
    return f"{value:.{digits}f}".replace(".", _number_locale().decimalPoint())


def local_date(day: date, qt_format: str) -> str:
    """``day`` in a Qt date format (``dddd d MMMM yyyy``) with the locale's day and month names.

    The format itself is a translatable string at the call site, so each language orders the
    parts its own way ("Monday 4 May 2026", "Montag, 4. Mai 2026").
    """
    return QLocale().toString(QDate(day.year, day.month, day.day), qt_format)
