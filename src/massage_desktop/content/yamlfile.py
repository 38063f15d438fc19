"""Reading one YAML file defensively: size, encoding, aliases, duplicate keys, nesting.

Content packs come from users, so a file may be empty, binary, enormous, or a "billion laughs"
alias bomb. Each case becomes one ``ContentProblem`` instead of a traceback or a hang.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from massage_desktop.content.problems import ContentProblem

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
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return ContentProblem(
                rel, None, "", f"file is {size / 1e6:.1f} MB; content files may be at most 1 MB"
            )
        raw = path.read_bytes()
    except OSError as exc:
        return ContentProblem(rel, None, "", f"cannot read the file: {exc.strerror or exc}")
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


def _parse(text: str, rel: str) -> YamlDocument | ContentProblem:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return ContentProblem(rel, None, "", "the file holds no YAML document")
        problem = _check_tree(node, rel)
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


def _check_tree(root: yaml.Node, rel: str) -> ContentProblem | None:
    """Reject aliases, duplicate keys and deep nesting in one linear walk.

    An alias makes two places share one node; meeting a node twice is how an alias shows up in
    the composed tree. Stopping at the first repeat keeps the walk linear even for an alias bomb,
    whose expanded form would be exponential.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
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
                stack.append((key_node, depth + 1))
                stack.append((value_node, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
    return None
