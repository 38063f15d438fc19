"""Generate the player's cue sounds into resources/sounds/ (stdlib only, reproducible).

Soft sine chimes with a gentle attack and a long decay, so a cue is noticed without startling
someone lying down with their eyes closed. Run: ``python tools/make_sounds.py``. The sounds
are synthesised here, so they carry the project's MIT licence and no third-party rights.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# name -> list of (start seconds, frequency Hz, length seconds, loudness 0-1)
CUES: dict[str, list[tuple[float, float, float, float]]] = {
    # One sound per phase, told apart by pitch and shape rather than loudness.
    "get_ready": [(0.0, 587.3, 0.7, 0.4)],  # one soft D5: read the next instruction
    "step_start": [(0.0, 659.3, 0.35, 0.45), (0.15, 880.0, 0.8, 0.45)],  # E5 up to A5: begin
    "switch_sides": [(0.0, 523.3, 0.5, 0.45), (0.22, 784.0, 0.8, 0.45)],  # C5 then G5, rising
    "last_seconds": [(0.0, 987.8, 0.1, 0.3), (0.2, 987.8, 0.1, 0.3)],  # two short B5 ticks
    "finished": [(0.0, 784.0, 1.2, 0.4), (0.25, 659.3, 1.2, 0.4), (0.5, 523.3, 1.6, 0.45)],
    "stopped": [(0.0, 392.0, 1.4, 0.45), (0.0, 466.2, 1.4, 0.3)],  # low G4 + B♭4, calm and dark
    "half_time": [(0.0, 1046.5, 0.12, 0.25)],  # a short, quiet tick
    "beat": [(0.0, 880.0, 0.06, 0.2)],  # tempo beat for tapping and pummelling
}


def render(notes: list[tuple[float, float, float, float]]) -> list[int]:
    """16-bit mono samples of a few overlapping chime notes."""
    length = max(start + dur for start, _, dur, _ in notes) + 0.05
    samples = [0.0] * int(length * RATE)
    for start, freq, dur, loud in notes:
        first = int(start * RATE)
        for i in range(int(dur * RATE)):
            t = i / RATE
            attack = min(1.0, t / 0.008)  # 8 ms fade-in avoids a click
            decay = math.exp(-4.0 * t / dur)
            tone = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
            samples[first + i] += loud * attack * decay * tone / 1.25
    peak = max(1.0, max(abs(s) for s in samples))
    return [int(32767 * 0.8 * s / peak) for s in samples]


def main() -> None:
    """Write every cue as a WAV file."""
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        data = render(notes)
        with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(struct.pack(f"<{len(data)}h", *data))
        print(OUT / f"{name}.wav")


if __name__ == "__main__":
    main()
