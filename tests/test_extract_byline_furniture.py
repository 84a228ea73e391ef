"""Bylines and page furniture that name no person: an outlet with a hyphenated name, a body whose name has 'and',
two co-authors written without a separator, and a capitalised technical phrase joined by 'and' (issue 11)."""

from __future__ import annotations

import pytest

from kg.extract.article import parse_article
from tests.test_extract_support import run


def byline(line: str) -> tuple[tuple[str, ...], str | None]:
    """Return the authors and publisher read from an article whose first line is `line`."""
    article = parse_article(f"{line}\n\nAstronauts flew to the station.\n", "a")
    return article.authors, article.publisher


@pytest.mark.parametrize(
    ("line", "authors", "publisher"),
    [
        ("date 2024-01-02 By Brandon Herald-Courier", (), "Brandon Herald-Courier"),
        ("date 2024-01-02 By Coastal Archives and Records Office", (), "Coastal Archives and Records Office"),
        ("date 2024-01-02 By Maria Lopez Tom Bell", ("Maria Lopez", "Tom Bell"), None),
        ("date 2024-01-02 By Maria Lopez and Tom Bell", ("Maria Lopez", "Tom Bell"), None),
    ],
)
def test_a_byline_of_an_outlet_or_of_two_unseparated_writers(
    line: str, authors: tuple[str, ...], publisher: str | None
) -> None:
    assert byline(line) == (authors, publisher)


def test_a_capitalised_technical_phrase_joined_by_and_names_no_one() -> None:
    ext = run(
        "The Orbitco 4 capsule was lifted aboard the ship. A fault in its Cabin Pressure and Guidance System "
        "ended the flight early.\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert not people & {"Cabin Pressure", "Guidance System"}
