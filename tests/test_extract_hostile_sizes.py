"""Odd or hostile articles: the work of extracting one grows in step with its text, never with its square,
and a text repeating itself adds no provenance past a bound."""

from __future__ import annotations

import cProfile
import pstats
import time
from collections.abc import Callable
from datetime import date

import pytest
from rdflib import RDF

from kg.extract.model import Article
from kg.extract.pipeline import extract
from kg.rdf.build import build_graph

_GIVEN = ("Anna", "Boris", "Carl", "Dora", "Emil", "Julia", "Oleg", "Sergei", "Mark", "Kate")
_SYLLABLES = ("ba", "ke", "di", "mo", "lu", "ra", "si", "to", "ne", "gu")
_PROSE = (
    "The crew of Soyuz MS-19 launched from Baikonur on 5 October 2021 with Anton Shkaplerov, Julia Peresild "
    "and Klim Shipenko aboard. The capsule docked with the International Space Station three hours later. "
    "Peresild, 37, is an actress and Shipenko is a film director. "
)


def _name(i: int) -> str:
    """Return the i-th made-up person's name, unlike every other one ('Julia Kedi')."""
    return f"{_GIVEN[i % 10]} {''.join(_SYLLABLES[int(d)] for d in str(i)).capitalize()}"


def _surname(i: int) -> str:
    """Return the surname of the i-th made-up person."""
    return _name(i).split()[1]


# Texts that used to cost the square of their length: each gives the i-th piece of one.
_SHAPES: dict[str, Callable[[int], str]] = {
    "a list of thousands of people": lambda i: f"astronaut {_name(i)},",
    "thousands of flights": lambda i: f"Soyuz MS-{i} launched from Baikonur with astronaut {_name(i)} aboard.",
    "a station never named": lambda i: f"The crew docked with the space station. {_name(i)} is an astronaut.",
    "people quoted by surname": lambda i: f"{_name(i)} met {_name(i + 1)}. {_surname(i)} said it went well.",
    "films and their directors": lambda i: (
        f"Actress {_name(i)} will star in the film The Challenge {i}, directed by {_name(i + 7)}."
    ),
    "earlier trips of people": lambda i: (
        f"Poland's only astronaut, {_name(i)}, went up in {1960 + i % 50} aboard Soyuz 30."
    ),
}


def _article(piece: Callable[[int], str], size: int, joiner: str = " ") -> Article:
    """Return an article of about `size` characters made of piece(0), piece(1), ... joined by `joiner`."""
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(piece(len(parts)))
        length += len(parts[-1]) + len(joiner)
    text = "date 2021-10-06 By Someone\n\n" + joiner.join(parts)
    return Article(article_id="hostile", text=text, published=date(2021, 10, 6))


def _calls(article: Article) -> int:
    """Return how many function calls extracting the article makes: a count of work that no busy machine changes."""
    profile = cProfile.Profile()
    profile.enable()
    extract(article)
    profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_extraction_work_grows_in_step_with_the_text(shape: str) -> None:
    small = _calls(_article(_SHAPES[shape], 12_000))
    large = _calls(_article(_SHAPES[shape], 48_000))
    # Four times the text: four times the work when it grows in step with it, sixteen when with its square.
    assert large < 8 * small, f"{shape}: {small:,} calls for 12 KB but {large:,} for 48 KB"


def test_a_text_repeated_over_and_over_adds_no_statements() -> None:
    statements = [
        len(set(build_graph(extract(_article(lambda i: _PROSE, size))).subjects(RDF.type, RDF.Statement)))
        for size in (30_000, 120_000)
    ]
    assert statements[1] == statements[0], f"{statements[0]} statements for 30 KB, {statements[1]} for 120 KB"


def _seconds(article: Article) -> float:
    """Return the least processor time of two extractions of the article."""
    spent = []
    for _ in range(2):
        start = time.process_time()
        extract(article)
        spent.append(time.process_time() - start)
    return min(spent)


def test_a_row_of_thousands_separators_takes_no_longer_than_prose() -> None:
    # Regex work happens inside one call, so it is timed, against prose of the same size read in the same run.
    prose = _seconds(_article(lambda i: _PROSE, 48_000))
    numbers = _seconds(_article(lambda i: "000", 48_000, joiner=","))
    # It took two and a half times as long when every start in the row read the row to its end.
    assert numbers < 1.5 * prose, f"{numbers:.2f} s for a row of numbers, {prose:.2f} s for prose"
