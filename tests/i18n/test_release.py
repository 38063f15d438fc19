"""The shipped .qm file says what the .ts file says (it was compiled after the last edit)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from tests.i18n.helpers import QM_FILE, UPDATE_HINT, translations


def test_the_qm_file_is_compiled_from_the_ts_file(
    committed: list[translations.Message],
) -> None:
    # Compared message by message, not byte by byte: another lrelease version may lay the
    # same translations out differently.
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"{QM_FILE.name} does not load"
    stale = []
    for message in committed:
        comment = message.comment or None
        counts = (1, 2) if message.numerus else (-1,)
        for count, expected in zip(counts, message.translations, strict=True):
            found = translator.translate(message.context, message.source, comment, count)
            if found != expected:
                stale.append(f"[{message.context}] {message.source!r}: {found!r} != {expected!r}")
    assert not stale, f"{QM_FILE.name} is out of date; {UPDATE_HINT}:\n" + "\n".join(stale)
