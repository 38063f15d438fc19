"""Explain a missing system library for Qt in one line, naming the Debian package to install.

Without this a user sees a traceback about ``libxkbcommon.so.0`` or, worse, Qt aborting with
"Could not load the Qt platform plugin xcb" (a qFatal, which Python cannot catch).
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Mapping

# Shared library -> Debian package. The xcb list is what Qt 6's xcb platform plugin loads.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
_XCB_LIBS = [name for name in DEBIAN_PACKAGES if "xcb" in name or "x11" in name]
_MISSING_LIB = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")


def _advice(libs: list[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in libs})
    return (
        f"Qt needs system libraries that are missing: {', '.join(libs)}.\n"
        f"On Debian or Ubuntu install them with: sudo apt-get install {' '.join(packages)}"
    )


def check_qt_import() -> str | None:
    """Import QtWidgets; return advice in plain words if a system library is missing."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        return explain_import_error(str(exc))
    return None


def explain_import_error(text: str) -> str:
    """Advice for an ImportError raised while loading Qt."""
    match = _MISSING_LIB.search(text)
    if match:
        return _advice([match.group(1)])
    return f"Qt could not be loaded: {text}"


def check_platform(environ: Mapping[str, str] | None = None) -> str | None:
    """On Linux, check the display and the xcb plugin's libraries before Qt aborts on them."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: Qt reports those itself
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "No display was found (DISPLAY is not set). Start Massage Desktop from a desktop "
            "session; for a screenshot without a display use --screenshot."
        )
    if env.get("WAYLAND_DISPLAY") and not platform:
        return None  # Qt will pick Wayland first
    missing = []
    for lib in _XCB_LIBS:
        try:
            ctypes.CDLL(lib)
        except OSError:
            missing.append(lib)
    return _advice(missing) if missing else None


def main(argv: list[str] | None = None) -> int:
    """``python -m massage_desktop.qtcheck [--offscreen]``: exit 1 with advice if Qt fails."""
    args = sys.argv[1:] if argv is None else argv
    problem = check_qt_import()
    if problem is None and "--offscreen" not in args:
        problem = check_platform()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
