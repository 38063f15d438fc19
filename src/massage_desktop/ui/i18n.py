"""Loading the user interface's translations (Qt Linguist .qm files) for one language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from massage_desktop.resources import resources_dir


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
