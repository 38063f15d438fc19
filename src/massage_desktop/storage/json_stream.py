"""Reading one JSON object whose big list is taken one element at a time.

A history export is ``{"format": ..., "version": ..., "sessions": [ ... ]}`` with the sessions
making up nearly all of it. Parsing it whole held about nine times the file in memory (a 500 MB
export peaked at 4.6 GB); this reader keeps only the element being read (and the chunk of text
around it), whatever the file's size. Every value is parsed by the standard ``json`` module, so
what it accepts is exactly valid JSON, with the same messages (line and column) for what is not.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

CHUNK = 1 << 20
# An escaped UTF-16 surrogate: the only way JSON text can give a str that UTF-8 cannot hold.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_SPACE = " \t\n\r"


class JsonStreamError(ValueError):
    """The text is not what was expected.

    Attributes:
        kind: ``"json"`` (the message has the line and column), ``"too large"`` (the file),
            ``"too long"`` (one value), ``"too deep"``, ``"binary"`` or ``"not utf-8"``.
    """

    def __init__(self, kind: str, message: str = "") -> None:
        """Say what kind of problem it is."""
        super().__init__(message or kind)
        self.kind = kind


class TooLongNumber:
    """An integer written with more digits than Python converts (4,300).

    Stands in for it so that the model refuses the field by name, instead of the whole file
    failing with a ``ValueError`` from ``int()``.
    """

    def __init__(self, digits: int) -> None:
        """Remember how long the number was."""
        self.digits = digits

    def __repr__(self) -> str:
        return f"<a number of {self.digits} digits>"


def _parse_int(text: str) -> int | TooLongNumber:
    return int(text) if len(text) <= 4000 else TooLongNumber(len(text))


class JsonStream:
    """A cursor over UTF-8 JSON text read in chunks from a binary file.

    Args:
        handle: The open file.
        max_bytes: Reading more than this raises ``JsonStreamError`` ("too large").
        max_value_chars: One value (a session) longer than this raises ``JsonStreamError``.
    """

    def __init__(self, handle: BinaryIO, max_bytes: int, max_value_chars: int) -> None:
        """Start at the beginning of the file."""
        self._handle = handle
        self._max_bytes = max_bytes
        self._max_value = max_value_chars
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._json = json.JSONDecoder(parse_int=_parse_int)
        self._text = ""
        self._pos = 0
        self._read = 0
        self._eof = False
        self._line = 1  # line and column of self._text[0] in the file
        self._column = 1
        self.surrogate_escape = False  # whether the last value's text escapes a surrogate

    # -- reading -------------------------------------------------------------------------------

    def _fill(self, size: int = CHUNK) -> bool:
        """Append up to ``size`` more bytes of text; False at the end of the file."""
        if self._eof:
            return False
        data = self._handle.read(size)
        self._read += len(data)
        if self._read > self._max_bytes:
            raise JsonStreamError("too large")
        if self._read == len(data) and b"\0" in data[:8192]:
            raise JsonStreamError("binary")
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise JsonStreamError("not utf-8") from None
        self._eof = not data
        self._compact()
        self._text += text
        return bool(data)

    def _compact(self) -> None:
        """Drop the text already read, keeping count of its lines for messages."""
        done = self._text[: self._pos]
        newlines = done.count("\n")
        if newlines:
            self._line += newlines
            self._column = len(done) - done.rfind("\n")
        else:
            self._column += len(done)
        self._text = self._text[self._pos :]
        self._pos = 0

    def _error(self, message: str, pos: int) -> JsonStreamError:
        before = self._text[:pos]
        newlines = before.count("\n")
        line = self._line + newlines
        column = pos - before.rfind("\n") if newlines else self._column + pos
        return JsonStreamError("json", f"line {line}, column {column}: {message}")

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), without taking it."""
        while True:
            while self._pos < len(self._text) and self._text[self._pos] in _SPACE:
                self._pos += 1
            if self._pos < len(self._text) or not self._fill():
                return self._text[self._pos : self._pos + 1]

    def expect(self, chars: str) -> str:
        """Take the next character, which must be one of ``chars``."""
        found = self.peek()
        if not found or found not in chars:
            wanted = " or ".join(f"'{c}'" for c in chars)
            raise self._error(f"Expecting {wanted}", self._pos)
        self._pos += 1
        return found

    def value(self) -> Any:
        """Parse the next JSON value, reading more of the file as long as it is incomplete.

        Raises:
            JsonStreamError: invalid JSON, a value longer than ``max_value_chars``, or nesting
                too deep for the parser.
        """
        self.peek()
        size = CHUNK
        while True:
            try:
                found, end = self._json.raw_decode(self._text, self._pos)
            except json.JSONDecodeError as error:
                # Incomplete and invalid text look alike until the value's end has been read.
                if len(self._text) - self._pos > self._max_value:
                    raise JsonStreamError("too long") from None
                if self._fill(size):
                    size *= 2  # re-parsing from the start stays linear overall
                    continue
                raise self._error(error.msg, error.pos) from None
            except RecursionError:
                raise JsonStreamError("too deep") from None
            self.surrogate_escape = bool(_SURROGATE_ESCAPE.search(self._text, self._pos, end))
            self._pos = end
            return found

    def at_end(self) -> bool:
        """Whether only white space is left."""
        return self.peek() == ""

    def object_elements(self, big: str, members: dict[str, Any]) -> Iterator[Any]:
        """Read an object, yielding the elements of its list under key ``big`` one by one.

        Every other member is put in ``members`` as it is read (``big`` itself maps to True
        there), so members after the list are there only once the generator is exhausted. A
        ``big`` that is not a list is kept like any other member.
        """
        self.expect("{")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise self._error("Expecting property name enclosed in double quotes", self._pos)
            self.expect(":")
            if key == big and self.peek() == "[":
                members[key] = True
                yield from self._elements()
            else:
                members[key] = self.value()
            if self.expect(",}") == "}":
                return

    def _elements(self) -> Iterator[Any]:
        self.expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            if self.expect(",]") == "]":
                return
