"""Pictures drawn on the server: a flight's neighbourhood graph and timelines, laid out for inline SVG.

The functions here only place things; templates/pictures.html draws them, escaping every text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

WIDTH = 800
GRAPH_HEIGHT = 400
ROW = 26
AXIS_TOP = 34
LABEL_CHARS = 26
MAX_NODES = 24
MAX_EVENTS = 60
# XML 1.0 forbids most control characters, even escaped: they would make the SVG unreadable.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
DATE = re.compile(r"(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class Neighbour:
    """A resource linked to the flight: its label, its link here (or None), its kind and how it is linked."""

    label: str
    url: str | None
    kind: str
    relation: str


@dataclass(frozen=True)
class Node:
    """A neighbour placed on the picture."""

    x: float
    y: float
    text: str
    label: str
    url: str | None
    kind: str
    relation: str
    below: bool


@dataclass(frozen=True)
class Graph:
    """The neighbourhood picture: the flight in the middle and its neighbours around it."""

    width: int
    height: int
    cx: float
    cy: float
    title: str
    nodes: list[Node]
    left_out: int


@dataclass(frozen=True)
class Dated:
    """Something that happened on a day: its label, its link here (or None), its date as stored, its kind."""

    label: str
    url: str | None
    when: str
    kind: str = "event"


@dataclass(frozen=True)
class Mark:
    """An event placed on a timeline: its row, the x of its day, and where its text goes."""

    x: float
    y: float
    text: str
    day: str
    label: str
    url: str | None
    kind: str
    anchor: str


@dataclass(frozen=True)
class Tick:
    """A labelled tick on a timeline's axis."""

    x: float
    text: str


@dataclass(frozen=True)
class Timeline:
    """A timeline: one row per event in date order under an axis of years or months."""

    width: int
    height: int
    left: float
    right: float
    marks: list[Mark]
    ticks: list[Tick]
    left_out: int


def clean(text: str) -> str:
    """Text safe to put in XML: without the control characters XML cannot hold."""
    return NOT_XML.sub("", text)


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """The text on one line, cut with an ellipsis past `limit` characters."""
    line = " ".join(clean(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def lay_out_graph(title: str, neighbours: list[Neighbour]) -> Graph:
    """Place the neighbours on two ellipses around the flight, in their given order (crew first, say)."""
    shown = neighbours[:MAX_NODES]
    cx, cy = WIDTH / 2, GRAPH_HEIGHT / 2
    nodes = []
    count = len(shown)
    for i, neighbour in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / max(count, 1)
        # With many neighbours every other one sits on an inner ring, so that their names do not touch.
        scale = 0.62 if count > 10 and i % 2 else 1.0
        x = cx + math.cos(angle) * (WIDTH / 2 - 110) * scale
        y = cy + math.sin(angle) * (GRAPH_HEIGHT / 2 - 50) * scale
        nodes.append(
            Node(
                x=round(x, 1),
                y=round(y, 1),
                text=shorten(neighbour.label),
                label=clean(neighbour.label),
                url=neighbour.url,
                kind=neighbour.kind,
                relation=clean(neighbour.relation),
                below=y >= cy,
            )
        )
    return Graph(WIDTH, GRAPH_HEIGHT, cx, cy, shorten(title, 40), nodes, len(neighbours) - len(shown))


def day_number(when: str) -> float | None:
    """The day of a stored date (xsd:date, dateTime, gYearMonth or gYear) as a number, or None if unreadable."""
    match = DATE.match(when.strip())
    if match is None:
        return None
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        return float(date(year, month, day).toordinal())
    except ValueError:
        return None


def lay_out_timeline(events: list[Dated]) -> Timeline:
    """One row per dated event, oldest first, each at the x of its day; undated ones are left out."""
    dated = sorted(
        ((number, event) for event in events if (number := day_number(event.when)) is not None),
        key=lambda pair: (pair[0], pair[1].label),
    )
    left_out = max(len(dated) - MAX_EVENTS, 0)
    dated = dated[-MAX_EVENTS:]  # the latest ones
    left, right = 20.0, WIDTH - 20.0
    first = dated[0][0] if dated else 0.0
    last = dated[-1][0] if dated else 1.0
    span = max(last - first, 1.0)
    first, last = first - span * 0.03, last + span * 0.03

    def x_of(number: float) -> float:
        return round(left + (right - left) * (number - first) / (last - first), 1)

    marks = []
    for row, (number, event) in enumerate(dated):
        x = x_of(number)
        marks.append(
            Mark(
                x=x,
                y=AXIS_TOP + 20 + row * ROW,
                text=shorten(event.label, 48),
                day=clean(event.when[:10]),
                label=clean(event.label),
                url=event.url,
                kind=event.kind,
                # The text runs away from the nearer edge, so that it never leaves the picture.
                anchor="start" if x < (left + right) / 2 else "end",
            )
        )
    ticks = [Tick(x_of(number), text) for number, text in axis_ticks(first, last)]
    height = AXIS_TOP + 20 + max(len(marks), 1) * ROW
    return Timeline(WIDTH, height, left, right, marks, ticks, left_out)


def axis_ticks(first: float, last: float) -> list[tuple[float, str]]:
    """Ticks at the start of each year (or month, over a short span, or day, over a few weeks) between two days."""
    start, end = date.fromordinal(math.ceil(first)), date.fromordinal(int(last))
    days = last - first
    if days > 3 * 365:
        step = next(n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if days / 365 / n <= 8)
        return [
            (float(date(year, 1, 1).toordinal()), str(year))
            for year in range(start.year + (start != date(start.year, 1, 1)), end.year + 1)
            if year % step == 0
        ]
    if days > 62:
        found = []
        year, month = start.year, start.month
        while date(year, month, 1) <= end:
            day = date(year, month, 1)
            if day >= start and (days <= 200 or month in (1, 4, 7, 10)):
                found.append((float(day.toordinal()), day.strftime("%Y-%m")))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found
    stride = max(1, math.ceil(days / 6))
    return [(float(n), date.fromordinal(n).isoformat()) for n in range(start.toordinal(), end.toordinal() + 1, stride)]
