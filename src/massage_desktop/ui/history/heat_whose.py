"""Whose places Progress's body map counts: your own, your partner's, or both together.

The map and "Most massaged regions" count every session, yours and your partner's, on one
figure: "Right calf 1 · Lower back 1" gave no word that the calf was the partner's and the
back one's own (walk 12, 91/92). Their title says whose sessions they count.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from massage_desktop.storage.history import HistoryStore
from massage_desktop.storage.listing import SessionFilter

if TYPE_CHECKING:  # the panel calls nothing here: no import at run time
    from massage_desktop.ui.history.heat_panel import HeatMapPanel


def whose_titles(own: int, partner: int) -> tuple[str, str]:
    """The heading over the map's list and the map's accessible name, saying whose places.

    Args:
        own: Sessions in the period in which you massaged yourself.
        partner: Sessions in the period in which you massaged your partner.

    Returns:
        (heading, map name). Only your own sessions keep the plain words.
    """
    if partner and own:
        return (
            QCoreApplication.translate(
                "HeatMapPanel",
                "Most massaged regions, yours and your partner's together (sessions)",
            ),
            QCoreApplication.translate(
                "HeatMapPanel", "Body map of where you massaged yourself and your partner, together"
            ),
        )
    if partner:
        return (
            QCoreApplication.translate(
                "HeatMapPanel", "Most massaged regions on your partner (sessions)"
            ),
            QCoreApplication.translate(
                "HeatMapPanel", "Body map of where you massaged your partner"
            ),
        )
    return (
        QCoreApplication.translate("HeatMapPanel", "Most massaged regions (sessions)"),
        QCoreApplication.translate("HeatMapPanel", "Body map of where you massaged"),
    )


def show_whose(panel: HeatMapPanel, store: HistoryStore, since: date | None) -> None:
    """Title ``panel`` with whose sessions of the period (from ``since``; None: all) it counts.

    Raises:
        StoreError: The history could not be read.
    """
    own = store.count_sessions(SessionFilter(performer="self", since=since))
    partner = store.count_sessions(SessionFilter(performer="partner", since=since))
    panel.set_whose(*whose_titles(own, partner))
