"""Progress bars of the long commands: files done of all, articles, their rate, failures, skips, time left.

A bar goes to stderr when it is a terminal, or when `--progress` asks for one (`--no-progress` never);
it leaves nothing in a log or a pipe unless asked. The count of files gives the time left, since a
file's articles are unknown until it is read.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click
from tqdm import tqdm

from kg.readers.sources import is_article_file

F = TypeVar("F", bound=Callable[..., Any])

# tqdm puts ", " before the postfix: the counts follow the files done.
_REDRAW_S = 0.5
_FORMAT = "{desc}: {n_fmt}/{total_fmt} {unit}{postfix} |{bar}| [{elapsed}, {remaining} left]"


def progress_option(command: F) -> F:
    """Add --progress/--no-progress to a command (default: a bar when stderr is a terminal)."""
    return click.option(
        "--progress/--no-progress",
        default=None,
        help="Show a progress bar on stderr (default: when stderr is a terminal).",
    )(command)


def wants_bar(progress: bool | None) -> bool:
    """Whether to show a bar: as asked, or else when stderr is a terminal."""
    return progress if progress is not None else sys.stderr.isatty()


def list_input_files(inputs: Iterable[str]) -> list[str]:
    """The files (directories walked as the readers walk them), URLs and `-` that a run reads, in order."""
    found: list[str] = []
    for given in inputs:
        path = Path(given)
        if given != "-" and not given.lower().startswith(("http://", "https://")) and path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and is_article_file(p.name))
        else:
            found.append(given if given == "-" or given.lower().startswith(("http://", "https://")) else str(path))
    return found


class RunProgress:
    """Counts of a run (articles, failed, skipped, files done) and, when shown, the bar that tells them."""

    def __init__(self, desc: str, files: list[str], *, show: bool, unit: str = "files") -> None:
        self.articles = self.failed = self.skipped = 0
        self._files = files
        self._next = 0  # index of the first file not known to be done
        self._started = time.monotonic()
        self._bar = tqdm(
            total=len(files),
            desc=desc,
            unit=unit,
            file=sys.stderr,
            disable=not show,
            bar_format=_FORMAT,
            mininterval=_REDRAW_S,
        )
        self._drawn = 0.0
        self._refresh()

    def __enter__(self) -> RunProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reached(self, where: str) -> None:
        """Note that the run has reached `where` (a file, or a place in one): the files before it are done."""
        index = self._next
        while index < len(self._files) and not where.startswith(self._files[index]):
            index += 1
        if index < len(self._files) and index > self._next:
            self._bar.update(index - self._next)
            self._next = index

    def files_done(self, count: int = 1) -> None:
        """Note that `count` more files are done."""
        count = min(count, len(self._files) - self._next)
        self._next += count
        self._bar.update(count)
        self._refresh()

    def add(self, *, articles: int = 0, failed: int = 0, skipped: int = 0) -> None:
        """Count articles done, failures and skips."""
        self.articles += articles
        self.failed += failed
        self.skipped += skipped
        self._refresh()

    def seconds(self) -> float:
        """Seconds since the run began."""
        return time.monotonic() - self._started

    def close(self) -> None:
        """Finish the bar (all files done) and take it off the terminal's line."""
        if not self._bar.disable:
            self._bar.update(len(self._files) - self._next)
            self._next = len(self._files)
            self._refresh()
        self._bar.close()

    def _refresh(self) -> None:
        if self._bar.disable:
            return
        # The counts change between files (one file may hold thousands of articles): redraw now and then.
        now = time.monotonic()
        redraw = now - self._drawn >= _REDRAW_S
        self._bar.set_postfix_str(self._counts(), refresh=redraw)
        if redraw:
            self._drawn = now

    def _counts(self) -> str:
        elapsed = self.seconds()
        rate = self.articles / elapsed if elapsed > 0 else 0.0
        return f"{self.articles} articles, {rate:.1f} articles/s, {self.failed} failed, {self.skipped} skipped"
