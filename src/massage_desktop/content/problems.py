"""Content errors a person can act on: file, line, field path and what is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import yaml

Loc = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class ContentProblem:
    """One thing wrong with a content file.

    Attributes:
        file: Path relative to the content folder, e.g. ``techniques/flushing.yaml``.
        line: 1-based line of the offending node, or None when the file has no usable text.
        field: Dotted field path, e.g. ``steps.2.duration_s``; empty for whole-file problems.
        message: What is wrong, in plain words.
    """

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class ContentError(Exception):
    """Raised when content cannot be loaded; carries every problem found, not just the first."""

    def __init__(self, problems: Sequence[ContentProblem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the content:\n{lines}")


def format_loc(loc: Loc) -> str:
    """Dotted path of a pydantic-style location, e.g. ``steps.2.duration_s``."""
    return ".".join(str(part) for part in loc)


def line_of(node: yaml.Node | None, loc: Loc) -> int | None:
    """1-based line of the deepest node reachable along ``loc`` in a composed YAML tree.

    A missing key stops the walk at its parent mapping, which is where the key belongs. For a
    mapping key the line of the key itself is returned, so "unknown field" points at the field.
    """
    import yaml  # here, not at the top: ContentError is imported at every start, yaml is not

    if node is None:
        return None
    best = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    best = key_node.start_mark.line + 1
                    node = value_node
                    break
            else:
                return best
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return best
            node = node.value[part]
            best = node.start_mark.line + 1
        else:
            return best
    return best
