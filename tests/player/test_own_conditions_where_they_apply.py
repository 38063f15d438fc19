"""The person's own conditions in the player, where they apply and only there (walk 5, #2, #3).

Walk 5, finding 2: with a fresh injury at the LEFT knee, the right hip's "More…" said "Do not
massage if you have: Fresh injury or inflammation – Leave the area alone…" above a running
step. Finding 3: with severe varicose veins, the leg stroking on the left calf never named the
veins, and "More…" listed "Ask a professional first if you have: Mild, long-standing knee
pain", which the person had not ticked.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.commands import PlayerCommand
from massage_desktop.ui.player.questions import AutomaticAnswers

INJURED_LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)
VARICOSE = HealthProfile(conditions=("varicose-veins",))


class Agrees(AutomaticAnswers):
    """A person who reads the caution before the session and goes on, lightly."""

    def confirm_caution(self, verdict: Verdict) -> bool:
        return True


def _words(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def _start(
    window: MainWindow, catalog: Catalog, profile: HealthProfile, tid: str, rid: str
) -> None:
    window.flow.screening = Screening(catalog, profile)
    window.flow.questions = Agrees(TodayCheck())
    window.select_region(rid)
    assert window.flow.start_technique(tid, rid)


def test_an_injury_at_the_left_knee_is_not_told_as_do_not_massage_on_the_right_hip(
    window: MainWindow, catalog: Catalog
) -> None:
    _start(window, catalog, INJURED_LEFT_KNEE, "it-band-strokes", "front-hip-right")
    more = _words(window.player.details.warnings.text())
    injury = catalog.contraindications["acute-injury"]
    # Not "Do not massage if you have: Fresh injury… – Leave the area alone…" on the right
    # hip: one calm line says where the person's own injury is.
    assert f"In your health profile, not here: • {injury.title} (Left knee)" in more, more
    assert injury.advice is not None
    assert injury.advice not in more
    assert more.count(injury.title) == 1
    # Conditions anyone may have are still there; a blood clot can go unnoticed.
    assert "Do not massage if you have: • Deep vein thrombosis (DVT)" in more
    assert "Not ticked in your health profile: After an operation." in more
    assert "Fresh injury" not in window.player.warnings.text()
    assert stop_rule() in window.player.banner.text()
    window.flow.command(PlayerCommand.STOP)


def test_the_injured_knee_itself_is_still_ruled_out(window: MainWindow, catalog: Catalog) -> None:
    window.flow.screening = Screening(catalog, INJURED_LEFT_KNEE)
    verdict = window.flow.screening.technique_verdict("patellar-mobilisation", "front-knee-left")
    assert verdict.blocked
    assert verdict.elsewhere == ()


def test_varicose_veins_are_named_on_the_calf_and_unticked_conditions_are_not_listed(
    window: MainWindow, catalog: Catalog
) -> None:
    _start(window, catalog, VARICOSE, "leg-effleurage-partner", "back-calf-left")
    veins = "With severe varicose veins, stroke the calves lightly."
    strip = window.player.warnings.text().splitlines()
    assert f"⚠ Light pressure only: {veins}" in strip, strip
    assert "⚠ Do not massage if you might have a blood clot (DVT)." in strip
    more = _words(window.player.details.warnings.text())
    assert f"⚠ Light pressure only: {veins} Do not press on the veins." in more, more
    # Knee pain the person did not tick is named, not listed as if it applied.
    knee = catalog.contraindications["mild-chronic-knee-pain"]
    assert f"Not ticked in your health profile: {knee.title}." in more
    assert "Ask a professional first if you have" not in more
    assert knee.advice is not None
    assert knee.advice not in more
    window.flow.command(PlayerCommand.STOP)


def test_varicose_veins_in_german(window: MainWindow, german_catalog: Catalog) -> None:
    """The German walk: "Ausstreichen des Beins zum Herzen hin" on the left calf."""
    screening = Screening(german_catalog, VARICOSE)
    plan = screening.screen_plan(
        build_plan(german_catalog, german_catalog.techniques["leg-effleurage-partner"])
    )
    calf = [e for e in plan.entries if "back-calf-left" in e.region_ids]
    assert calf
    for entry in calf:
        said = [w.text for w in entry.glance_warnings]
        assert "Mit ausgeprägten Krampfadern streichen Sie die Waden nur leicht aus." in said
