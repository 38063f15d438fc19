"""Reads the accessibility tree over AT-SPI for the end-to-end test; run by the system Python.

Debian's ``python3-pyatspi`` lives in the system interpreter (``/usr/bin/python3``), not in the
project's virtual environment, so the test talks to this script through JSON lines on stdin and
stdout. Start it inside ``dbus-run-session``: it starts the accessibility bus launcher, prints
``{"ready": true, "bus": <session bus address>}`` and then answers one request per line:

``{"op": "find", "query": {...}}``
    Every node matching the query, with its role, name, screen extents and states.
``{"op": "action", "query": {...}, "index": 0}``
    Performs the first action (press, click, toggle) of the index-th match.
``{"op": "exit"}``
    Stops the bus launcher and exits.

A query may give ``app`` (application name), ``role`` (AT-SPI role name, e.g. "push button"),
``name`` (exact), ``prefix``, ``contains`` (case-insensitive), ``within`` (role, or null for
any, and name of an ancestor), ``window`` (role, or null for any, and name prefix, or null for
any, of the application's top-level windows to search: the others are not walked), ``depth``
(1 for the top-level windows only) and ``showing`` (only nodes shown on screen; hidden
subtrees are skipped).

Every node costs several D-Bus round trips, about 5 ms each, so a walk of the whole app (about
170 nodes with a dialog open) took 0.5 to 1.3 s: ``window`` and ``within`` keep walks small.
The container a ``within`` names is remembered and searched directly the next time, as long as
it still has that role and name and is shown (a hidden or destroyed one means a full walk).
Each request's node count and time go to stderr, which the test keeps as ``agent.log``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]  # only in the system Python

LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
MAX_DEPTH = 40
# (role, name) of a ``within`` container -> the node last found for it.
CONTAINERS: dict[tuple[str | None, str], Any] = {}
VISITED = [0]  # nodes walked for the current request


def _states(node: Any) -> list[str]:
    try:
        return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())
    except Exception:
        return []


def _extents(node: Any) -> tuple[int, int, int, int]:
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except Exception:
        return (0, 0, 0, 0)
    return (box.x, box.y, box.width, box.height)


def _matches(role: str, name: str, query: dict[str, Any]) -> bool:
    if query.get("role") and role != query["role"]:
        return False
    if "name" in query and name != query["name"]:
        return False
    if query.get("prefix") and not name.startswith(query["prefix"]):
        return False
    return not (query.get("contains") and query["contains"].lower() not in name.lower())


def _walk(node: Any, query: dict[str, Any], inside: bool, depth: int, out: list[Any]) -> None:
    VISITED[0] += 1
    if depth > query.get("depth", MAX_DEPTH):
        return
    try:
        role, name = node.getRoleName(), node.name or ""
        count = node.childCount
    except Exception:
        return
    showing = query.get("showing", False)
    if showing and depth > 1 and "showing" not in _states(node):
        return
    within = query.get("within")
    if within and not inside and within[0] in (None, role) and name == within[1]:
        inside = True
        CONTAINERS[(within[0], within[1])] = node
    elif (inside or not within) and _matches(role, name, query):
        out.append(node)
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            _walk(child, query, inside, depth + 1, out)


def _is_window(top: Any, window: list[str | None] | None) -> bool:
    if not window:
        return True
    try:
        role, name = top.getRoleName(), top.name or ""
    except Exception:
        return False
    return window[0] in (None, role) and (not window[1] or name.startswith(window[1]))


def _known_container(query: dict[str, Any]) -> Any:
    """The remembered ``within`` container, if it is still that node and shown; else None."""
    within = query.get("within")
    if not within:
        return None
    key = (within[0], within[1])
    node = CONTAINERS.get(key)
    try:
        if (
            node is not None
            and within[0] in (None, node.getRoleName())
            and (node.name or "") == within[1]
            and "showing" in _states(node)
        ):
            return node
    except Exception:
        pass
    CONTAINERS.pop(key, None)
    return None


def find(query: dict[str, Any]) -> list[Any]:
    """Nodes matching ``query`` in the named application (or in all of them)."""
    found: list[Any] = []
    container = _known_container(query)
    if container is not None:
        for index in range(container.childCount):
            child = container.getChildAtIndex(index)
            if child is not None:
                _walk(child, query, True, 2, found)
        return found
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is None or (query.get("app") and app.name != query["app"]):
            continue
        VISITED[0] += 1
        for top_index in range(app.childCount):
            top = app.getChildAtIndex(top_index)
            if top is not None and _is_window(top, query.get("window")):
                _walk(top, query, False, 1, found)
    return found


def describe(node: Any) -> dict[str, Any]:
    """A JSON-ready summary of one node."""
    x, y, w, h = _extents(node)
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "x": x,
        "y": y,
        "w": w,
        "h": h,
        "states": _states(node),
    }


def answer(request: dict[str, Any]) -> dict[str, Any]:
    """Handle one request."""
    op = request.get("op")
    if op == "find":
        return {"ok": True, "nodes": [describe(n) for n in find(request["query"])]}
    if op == "action":
        nodes = find(request["query"])
        index = request.get("index", 0)
        if index >= len(nodes):
            return {"ok": False, "error": "no such node"}
        action = nodes[index].queryAction()
        if action.nActions == 0:
            return {"ok": False, "error": "the node has no action"}
        return {"ok": bool(action.doAction(0)), "action": action.getName(0)}
    return {"ok": False, "error": f"unknown op {op!r}"}


def main() -> int:
    """Serve requests until ``exit`` or end of input."""
    launcher = subprocess.Popen(
        [LAUNCHER, "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.2)  # the launcher registers the accessibility bus on the session bus
        print(json.dumps({"ready": True, "bus": os.environ.get("DBUS_SESSION_BUS_ADDRESS")}))
        sys.stdout.flush()
        for line in sys.stdin:
            request = json.loads(line)
            if request.get("op") == "exit":
                break
            VISITED[0], started = 0, time.monotonic()
            try:
                reply = answer(request)
            except Exception as error:
                reply = {"ok": False, "error": repr(error)}
            took = time.monotonic() - started
            print(f"{took:5.2f} s {VISITED[0]:4} nodes {json.dumps(request)}", file=sys.stderr)
            print(json.dumps(reply))
            sys.stdout.flush()
    finally:
        launcher.terminate()
        try:
            launcher.wait(timeout=5)
        except subprocess.TimeoutExpired:
            launcher.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
