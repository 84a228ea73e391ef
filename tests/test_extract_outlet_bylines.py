"""Bylines that name a blog, a channel or a site are the publisher, not a person (issue 11)."""

from __future__ import annotations

import pytest

from kg.extract.article import parse_article


def byline(line: str) -> tuple[tuple[str, ...], str | None]:
    """Return the authors and publisher read from an article whose first line is `line`."""
    article = parse_article(f"{line}\n\nAstronauts flew to the station.\n", "a")
    return article.authors, article.publisher


@pytest.mark.parametrize(
    ("line", "authors", "publisher"),
    [
        ("date 2024-01-02 By The Orbit Lantern", (), "The Orbit Lantern"),
        ("date 2024-01-02 By KXRT Evening", (), "KXRT Evening"),
        ("date 2024-01-02 By Rocket Lantern", (), "Rocket Lantern"),
        ("date 2024-01-02 By Deccan Ledger Online Edition", (), "Deccan Ledger Online Edition"),
        ("date 2024-01-02 By Hannah Brooks", ("Hannah Brooks",), None),
        ("date 2024-01-02 By Zhou Min", ("Zhou Min",), None),
        ("date 2024-01-02 By Science Writer", ("Science Writer",), None),
    ],
)
def test_byline_without_a_given_name_is_an_outlet(line: str, authors: tuple[str, ...], publisher: str | None) -> None:
    assert byline(line) == (authors, publisher)
