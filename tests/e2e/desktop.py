"""A real X server with an accessibility bus, driven from outside the app as a user would.

``Xvfb`` is the screen (its frame buffer is also a file, read for screenshots), ``xdotool``
moves the pointer, clicks and types, and ``atspi_agent.py``, run by the system Python inside
``dbus-run-session``, reads the accessibility tree. Every process is started in its own process
group and killed with it.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

AGENT = Path(__file__).with_name("atspi_agent.py")
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SCREEN = (1280, 1024)
APP_NAME = "Massage Desktop"
# ``window=`` for a query: search the app's dialogs only (each is a top-level window), not the
# main window's whole tree, which costs about 0.5 s a walk.
DIALOG = ("dialog", None)
MAIN = ("frame", APP_NAME)
# ``within=`` for the map's regions (painted, each an accessible push button).
BODY_MAP = ("filler", "Body map")


@functools.cache  # each test module asks at collection; the answer costs two processes
def missing_tools() -> str | None:
    """Why the end-to-end tests cannot run here, or None when everything is installed."""
    for tool in ("Xvfb", "xdotool", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: apt-get install xvfb xdotool dbus)"
    if not Path(LAUNCHER).exists():
        return f"{LAUNCHER} is missing (Debian: apt-get install at-spi2-core)"
    probe = (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
        )
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (Debian: apt-get install python3-pyatspi)"
    from massage_desktop.qtcheck import check_platform

    return check_platform({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"})


def kill_group(process: subprocess.Popen[Any], grace: float = 3.0) -> None:
    """Stop a process and everything it started (its process group)."""
    if process.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=grace)
    else:  # the leader is gone; children may remain in its group
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)


def wait_for(check: Callable[[], Any], timeout: float, what: str, interval: float = 0.1) -> Any:
    """Poll ``check`` until it returns something truthy; return that.

    Raises:
        TimeoutError: naming ``what`` when the time runs out.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


@dataclass(frozen=True)
class Node:
    """One accessible object as the agent described it."""

    role: str
    name: str
    x: int
    y: int
    w: int
    h: int
    states: tuple[str, ...]

    @property
    def centre(self) -> tuple[int, int]:
        """The middle of its extents, in screen pixels."""
        return self.x + self.w // 2, self.y + self.h // 2

    def contains(self, x: int, y: int) -> bool:
        """Whether a screen point lies inside the extents."""
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h


class Desktop:
    """The X display, the accessibility agent and the input tools."""

    def __init__(
        self, display: str, framebuffer: Path, agent: subprocess.Popen[str], logs: Path
    ) -> None:
        self.display = display
        self.framebuffer = framebuffer
        self.logs = logs  # the X server's and the agent's logs
        self._agent = agent
        assert agent.stdout is not None
        ready = json.loads(agent.stdout.readline() or "{}")
        if not ready.get("ready"):
            raise RuntimeError("the AT-SPI agent did not start")
        self.bus: str = ready["bus"]
        # Xvfb starts with the pointer in the middle of the screen.
        self._pointer: tuple[int, int] = (SCREEN[0] // 2, SCREEN[1] // 2)

    def env(self) -> dict[str, str]:
        """The environment for a program on this display and accessibility bus."""
        env = {
            k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
        }
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus,
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="1",
        )
        return env

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        stdin: IO[str] | None = self._agent.stdin
        stdout: IO[str] | None = self._agent.stdout
        assert stdin is not None
        assert stdout is not None
        stdin.write(json.dumps(request) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise RuntimeError("the AT-SPI agent stopped")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def nodes(self, **query: Any) -> list[Node]:
        """Every accessible node of the app matching the query (see ``atspi_agent``)."""
        query.setdefault("app", APP_NAME)
        reply = self._ask({"op": "find", "query": query})
        return [
            Node(n["role"], n["name"], n["x"], n["y"], n["w"], n["h"], tuple(n["states"]))
            for n in reply.get("nodes", [])
        ]

    def find(self, timeout: float = 15.0, **query: Any) -> Node:
        """The first node matching the query that is shown with a size; waits for it."""
        query.setdefault("showing", True)

        def shown() -> Node | None:
            return next((n for n in self.nodes(**query) if n.w > 0 and n.h > 0), None)

        node: Node = wait_for(shown, timeout, f"an accessible node {query}")
        return node

    def acknowledge_first_run(self) -> None:
        """Go through the first-run screens as a user does: Next, "None of these", Next, OK."""
        self.click_node(self.find(role="push button", name="Next", window=DIALOG))
        # A checkable chip: AT-SPI may call it a push or a toggle button.
        self.click_node(self.find(name="None of these", window=DIALOG))
        self.click_node(self.find(role="push button", name="Next", window=DIALOG))
        self.click_node(self.find(role="push button", name="I understand", window=DIALOG))

    def act(self, **query: Any) -> None:
        """Perform the default action of the first matching node (menu items, buttons).

        Raises:
            RuntimeError: when there is no such node or it has no action.
        """
        query.setdefault("app", APP_NAME)
        reply = self._ask({"op": "action", "query": query})
        if not reply.get("ok"):
            raise RuntimeError(f"no action for {query}: {reply.get('error')}")

    def menu(self, **query: Any) -> None:
        """Perform a main-window menu item (e.g. ``menu(prefix="History")``).

        Only the main window's first five levels are walked (window, menu bar, the menu's own
        item, the menu, its items): the closed menus are not shown, so a ``showing`` walk cannot
        be used to skip the rest of the tree, and a whole walk took twice as long.
        """
        self.act(role="menu item", window=MAIN, depth=5, **query)

    def xdotool(self, *args: str) -> None:
        """Run one xdotool command on this display."""
        subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            check=True,
            timeout=20,
            capture_output=True,
        )

    def click(self, x: int, y: int) -> None:
        """Move the pointer to a screen point and click the left button.

        ``mousemove --sync`` waits for the pointer to leave where it was, so a move to where it
        already is waits out xdotool's whole retry budget (15 s) before clicking (xdotool issue
        463, fixed after Debian 12's 3.20160805): clicking the same button twice, as the
        first-run screens' "Next" asks, took 15 s a click. Only this class moves the pointer on
        its own X server, so it remembers where it left it and syncs only on a real move.
        """
        if (x, y) == self._pointer:
            self.xdotool("click", "1")
        else:
            self.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")
            self._pointer = (x, y)

    def click_node(self, node: Node) -> None:
        """Click the middle of a node."""
        self.click(*node.centre)

    def key(self, *keys: str) -> None:
        """Press and release keys, e.g. ``key("Right")`` or ``key("ctrl+q")``."""
        self.xdotool("key", "--delay", "40", *keys)

    def screenshot(self, target: Path) -> Path:
        """Save the whole screen as a PNG, from Xvfb's frame buffer file (XWD format).

        Raises:
            ValueError: for a frame buffer layout this reader does not know.
        """
        from PySide6.QtGui import QImage

        data = self.framebuffer.read_bytes()
        header = struct.unpack(">25I", data[:100])
        header_size, width, height = header[0], header[4], header[5]
        byte_order, bits, stride, ncolors = header[7], header[11], header[12], header[19]
        if bits != 32 or byte_order != 0:
            raise ValueError(f"unexpected frame buffer: {bits} bits, byte order {byte_order}")
        start = header_size + 12 * ncolors
        pixels = data[start : start + stride * height]
        image = QImage(pixels, width, height, stride, QImage.Format.Format_RGB32).copy()
        if not image.save(str(target)):
            raise ValueError(f"could not write {target}")
        return target


@contextmanager
def failure_report(desktop: Desktop, folder: Path) -> Iterator[None]:
    """On a failure, print what the screen showed and the end of every log.

    The logs are those in ``folder`` (the app's) and the desktop's (X server, agent).
    """
    try:
        yield
    except BaseException:
        with suppress(Exception):
            print(f"screen: {desktop.screenshot(folder / 'failed.png')}")
        for log in sorted({*folder.glob("*.log"), *desktop.logs.glob("*.log")}):
            print(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}")
        raise


def _free_display_number() -> int:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number between :90 and :199")


@contextmanager
def running_desktop(workdir: Path) -> Iterator[Desktop]:
    """Xvfb, a D-Bus session with the accessibility bus, and the agent; all stopped after."""
    fbdir = workdir / "framebuffer"
    fbdir.mkdir()
    with ExitStack() as stack:
        log = stack.enter_context((workdir / "xvfb.log").open("wb"))
        xvfb, display = _start_xvfb(fbdir, log, workdir)
        stack.callback(kill_group, xvfb)
        agent_log = stack.enter_context((workdir / "agent.log").open("wb"))
        agent = subprocess.Popen(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(AGENT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=agent_log,
            text=True,
            env={**os.environ, "DISPLAY": display},
            start_new_session=True,
        )
        stack.callback(_stop_agent, agent)
        yield Desktop(display, fbdir / "Xvfb_screen0", agent, workdir)


def _start_xvfb(fbdir: Path, log: IO[bytes], workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    for _ in range(5):  # another test run may take the same number at the same moment
        number = _free_display_number()
        xvfb = subprocess.Popen(
            [
                *("Xvfb", f":{number}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24"),
                *("-fbdir", str(fbdir), "-nolisten", "tcp", "-noreset"),
            ],
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        socket = Path(f"/tmp/.X11-unix/X{number}")

        def up(socket: Path = socket, xvfb: subprocess.Popen[bytes] = xvfb) -> bool:
            return socket.exists() or xvfb.poll() is not None

        with suppress(TimeoutError):
            wait_for(up, 10, "Xvfb")
        if xvfb.poll() is None and socket.exists():
            return xvfb, f":{number}"
        kill_group(xvfb)
    raise RuntimeError(f"Xvfb did not start; see {workdir / 'xvfb.log'}")


def _stop_agent(agent: subprocess.Popen[str]) -> None:
    if agent.stdin is not None:
        with suppress(OSError):
            agent.stdin.write(json.dumps({"op": "exit"}) + "\n")
            agent.stdin.flush()
    with suppress(subprocess.TimeoutExpired):
        agent.wait(timeout=5)
    kill_group(agent)
    for pipe in (agent.stdin, agent.stdout):
        if pipe is not None:
            with suppress(OSError):
                pipe.close()


@contextmanager
def running_app(desktop: Desktop, data_dir: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The app on the desktop with its own data folder; killed (with its group) if still up."""
    with log.open("ab") as out:
        app = subprocess.Popen(
            [sys.executable, "-m", "massage_desktop", "--data-dir", str(data_dir)],
            env=desktop.env(),
            stdout=out,
            stderr=out,
            start_new_session=True,
        )
        try:
            yield app
        finally:
            kill_group(app)
