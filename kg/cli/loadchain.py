"""Several line-based RDF files (N-Triples, N-Quads; .gz too) read as one stream, for one bulk load.

Oxigraph's bulk loader writes and ingests its sorted files once per load, so the shards of a
folder cost far less loaded together than one by one. The files are joined line for line (a
newline is added after a file that lacks its last one); a syntax error's line in the joined
stream is mapped back to the file and line it is in. Blank node labels are scoped to their file,
so joining files that use them could merge nodes: the stream stops with `SharedLabelsError` as soon as
a file after the first holds `_:`, and the caller loads the files one by one instead.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path
from typing import IO, Any

BLANK_NODE = b"_:"
CHUNK_BYTES = 1 << 16


class SharedLabelsError(Exception):
    """A file after the first of a joined stream may use blank node labels: it must be loaded on its own."""


class JoinedInput(io.RawIOBase):
    """The files one after another, each opened by `opener` (which reports progress and read errors)."""

    def __init__(self, paths: list[Path], opener: Callable[[Path], AbstractContextManager[IO[bytes]]]) -> None:
        super().__init__()
        self._paths, self._opener = paths, opener
        self._next = 0
        self._stream: IO[bytes] | None = None
        self._stack = ExitStack()
        self._ends_line = True
        self._last = b""
        self.current: Path | None = None

    def readable(self) -> bool:
        """Whether the stream can be read (always)."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill `buffer` from the current file, going on to the next one at its end."""
        while True:
            if self._stream is None and not self._open_next():
                return 0
            assert self._stream is not None
            data = self._stream.read(len(buffer))
            if data:
                split = self._last == BLANK_NODE[:1] and data.startswith(BLANK_NODE[1:])
                if self._next > 1 and (split or BLANK_NODE in data):
                    raise SharedLabelsError(str(self.current))
                self._ends_line = data.endswith(b"\n")
                self._last = data[-1:]
                buffer[: len(data)] = data
                return len(data)
            self._stack.close()
            self._stream = None
            if not self._ends_line:
                self._ends_line = True
                buffer[:1] = b"\n"
                return 1

    def _open_next(self) -> bool:
        if self._next >= len(self._paths):
            return False
        self.current = self._paths[self._next]
        self._next += 1
        self._last = b""
        self._stream = self._stack.enter_context(self._opener(self.current))
        return True

    def close(self) -> None:
        """Close the file being read, if any."""
        self._stack.close()
        super().close()


def locate_line(paths: list[Path], line: int, read_lines: Callable[[Path], Iterator[bytes]]) -> tuple[Path, int]:
    """The file of `paths` and the line in it that line `line` of their joined stream comes from."""
    first = 1
    for path in paths:
        count = 0
        ends_line = True
        for chunk in read_lines(path):
            count += chunk.count(b"\n")
            ends_line = chunk.endswith(b"\n")
        count += 0 if ends_line else 1
        if line < first + count or path == paths[-1]:
            return path, line - first + 1
        first += count
    raise ValueError("no files")
