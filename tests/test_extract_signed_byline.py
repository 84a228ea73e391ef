"""A byline of a writer with a given name kg does not know is a person, not an outlet, when the story signs it on a
line of its own ('BY NORA QUIST' under the headline) (issue 11)."""

from __future__ import annotations

from kg.extract.article import parse_article


def test_a_byline_signed_again_under_the_headline_is_the_writer() -> None:
    article = parse_article(
        "date 2001-04-28 By Nyssa Quorvell\n\nSpace tourist rides a Soyuz\nBY NYSSA QUORVELL\nSPACE DAILY\n\n"
        "A Soyuz rocket lifted off on Saturday.\n",
        "signed",
    )
    assert article.authors == ("Nyssa Quorvell",)
    assert article.publisher is None


def test_an_outlet_byline_stays_an_outlet() -> None:
    article = parse_article("date 2001-04-28 By Orbit Daily\n\nA Soyuz rocket lifted off on Saturday.\n", "outlet")
    assert article.publisher == "Orbit Daily"
