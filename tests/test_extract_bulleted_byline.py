"""A byline that names a writer the lexicon does not know is still a person when the story signs it on a line of its
own after a bullet or a dash ('• By A', '•, By A', '– By A'), as it is on a bare line (issue 11)."""

from __future__ import annotations

import pytest

from kg.extract.article import parse_article

BODY = "Astronauts flew to the station on Friday.\n"


@pytest.mark.parametrize("signature", ["•, By Zephyrine Okafor", "• By Zephyrine Okafor", "– By Zephyrine Okafor"])
def test_signature_after_a_bullet_makes_the_byline_a_writer(signature: str) -> None:
    article = parse_article(f"date 2024-06-09 By Zephyrine Okafor\n\nHeadline\n\n{signature}\n\n{BODY}", "a")
    assert (article.authors, article.publisher) == (("Zephyrine Okafor",), None)


def test_a_bulleted_line_naming_the_outlet_in_the_text_keeps_it_an_outlet() -> None:
    article = parse_article(f"date 2024-06-09 By Orbitwire\n\nHeadline\n\n• By Orbitwire\n\n{BODY}", "a")
    assert (article.authors, article.publisher) == ((), "Orbitwire")
