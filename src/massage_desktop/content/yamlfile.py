"""Reading one YAML file defensively: size, encoding, aliases, duplicate keys, nesting.

Content packs come from users, so a file may be empty, binary, enormous, or a "billion laughs"
alias bomb. Each case becomes one ``ContentProblem`` instead of a traceback or a hang.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from massage_desktop.content.problems import ContentProblem, Loc, format_loc

MAX_BYTES = 1_000_000
"""Largest content file accepted; the biggest shipped file is a few kilobytes."""

MAX_DEPTH = 64
"""Deepest nesting accepted; real content is at most six levels deep."""

# libyaml is ~10x faster than the pure-Python parser; fall back where the wheel lacks it.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class YamlDocument:
    """A parsed file: the plain data and the node tree that maps fields to lines."""

    data: Any
    node: yaml.Node


def read_yaml(path: Path, rel: str) -> YamlDocument | ContentProblem:
    """Parse one file, or describe in one problem why it cannot be used."""
    raw = _read(path, rel)
    if isinstance(raw, ContentProblem):
        return raw
    encoding = next((name for bom, name in _OTHER_ENCODINGS if raw.startswith(bom)), None)
    if encoding is None and _looks_utf16(raw):
        encoding = "UTF-16"
    if encoding is not None:
        return ContentProblem(rel, None, "", f"the file is {encoding} text; save it as UTF-8")
    if b"\x00" in raw:
        return ContentProblem(rel, None, "", "this is a binary file, not YAML text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return ContentProblem(rel, line, "", "the file is not UTF-8 text")
    if not text.strip():
        return ContentProblem(rel, None, "", "the file is empty")
    return _parse(text, rel)


# Byte-order marks of encodings other than UTF-8, longest first (UTF-32's starts like UTF-16's).
_OTHER_ENCODINGS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _looks_utf16(raw: bytes) -> bool:
    """Mostly ASCII text in UTF-16 without a mark: every other byte is zero."""
    sample = raw[:4096]
    half = len(sample) // 2
    zeros = max(sample[0::2].count(0), sample[1::2].count(0))
    return half >= 4 and zeros >= half * 0.9 and sample.count(0) <= half + 1


def _read(path: Path, rel: str) -> bytes | ContentProblem:
    """The bytes of a regular file of at most ``MAX_BYTES``.

    Opened without blocking and checked on the open file, so a FIFO is not waited on and a link
    to an endless device (/dev/zero) is not read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return ContentProblem(rel, None, "", f"cannot read the file: {exc.strerror or exc}")
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return ContentProblem(rel, None, "", "not a regular file (a device, FIFO or folder)")
        if info.st_size > MAX_BYTES:
            return ContentProblem(
                rel,
                None,
                "",
                f"file is {info.st_size / 1e6:.1f} MB; content files may be at most 1 MB",
            )
        try:
            return handle.read(MAX_BYTES + 1)
        except OSError as exc:
            return ContentProblem(rel, None, "", f"cannot read the file: {exc.strerror or exc}")


def _parse(text: str, rel: str) -> YamlDocument | ContentProblem:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return ContentProblem(rel, None, "", "the file holds no YAML document")
        problem = _check_tree(node, rel, loader)
        if problem is not None:
            return problem
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "malformed YAML"
        return ContentProblem(rel, line, "", f"malformed YAML: {reason}")
    except yaml.YAMLError as exc:
        return ContentProblem(rel, None, "", f"malformed YAML: {exc}")
    except RecursionError:
        return ContentProblem(rel, None, "", "the YAML is nested too deeply")
    finally:
        loader.dispose()
    return YamlDocument(data, node)


def _check_tree(root: yaml.Node, rel: str, loader: yaml.SafeLoader) -> ContentProblem | None:
    """Reject aliases, duplicate keys, deep nesting and unreadable values in one linear walk.

    A date that does not exist (2026-02-30) or an integer with more digits than Python converts
    would otherwise raise from the YAML library without saying where.

    An alias makes two places share one node; meeting a node twice is how an alias shows up in
    the composed tree. Stopping at the first repeat keeps the walk linear even for an alias bomb,
    whose expanded form would be exponential.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int, Loc]] = [(root, 0, ())]
    while stack:
        node, depth, loc = stack.pop()
        line = node.start_mark.line + 1
        if id(node) in seen:
            return ContentProblem(
                rel, line, "", "YAML anchors and aliases (&name, *name) are not allowed"
            )
        seen.add(id(node))
        if depth > MAX_DEPTH:
            return ContentProblem(rel, line, "", f"nested deeper than {MAX_DEPTH} levels")
        if isinstance(node, yaml.MappingNode):
            keys: set[object] = set()
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    return ContentProblem(
                        rel, key_node.start_mark.line + 1, "", "merge keys (<<) are not allowed"
                    )
                if key_node.value in keys:
                    return ContentProblem(
                        rel,
                        key_node.start_mark.line + 1,
                        str(key_node.value),
                        "this key appears twice",
                    )
                keys.add(key_node.value)
                stack.append((key_node, depth + 1, loc))
                stack.append((value_node, depth + 1, (*loc, str(key_node.value))))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1, (*loc, i)) for i, child in enumerate(node.value))
        elif isinstance(node, yaml.ScalarNode) and node.tag in _CONVERTED:
            try:
                _CONVERTED[node.tag](loader, node)
            except (ValueError, OverflowError) as exc:
                what = "date" if "timestamp" in node.tag else "number"
                return ContentProblem(
                    rel, line, format_loc(loc), f"this {what} cannot be read ({exc})"
                )
    return None


_CONVERTED = {
    "tag:yaml.org,2002:timestamp": yaml.SafeLoader.construct_yaml_timestamp,
    "tag:yaml.org,2002:int": yaml.SafeLoader.construct_yaml_int,
    "tag:yaml.org,2002:float": yaml.SafeLoader.construct_yaml_float,
}
