"""kg's readers on the reading benchmark's news pages: every kind of page read right, facts as from its clean text."""

from __future__ import annotations

import pytest

from bench.news_pages import PAGE_KINDS, Page, generate_pages
from bench.reading_bench import read_page

PAGES = list(generate_pages(len(PAGE_KINDS) * 2, seed=5))


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_each_kind_of_page_gives_its_headline_day_time_author_publisher_and_the_clean_texts_facts(page: Page) -> None:
    result = read_page(page)
    assert result.problem is None
    assert (result.headline, result.date, result.time, result.author, result.publisher) == (True,) * 5
    assert result.only_page == result.only_text == frozenset()
