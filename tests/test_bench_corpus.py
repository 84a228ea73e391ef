"""The benchmark's synthetic corpus is read by kg as the news it stands for: every page an article with its metadata."""

from __future__ import annotations

from pathlib import Path

from bench.news_corpus import generate_articles, write_corpus
from kg.readers import NewsItem, Record, decode_record, read_inputs


def test_every_generated_page_and_line_is_an_article_with_headline_date_author_and_url(tmp_path: Path) -> None:
    summary = write_corpus(12, tmp_path, seed=3, per_file=5)
    assert summary["files"] == 3
    expected = {a.url: a for a in generate_articles(12, seed=3)}
    for kind in ("warc", "jsonl"):
        records = list(read_inputs([str(tmp_path / kind)]))
        assert all(isinstance(r, Record) for r in records), kind
        items = [decode_record(r) for r in records if isinstance(r, Record)]
        assert all(isinstance(i, NewsItem) for i in items), kind
        assert sorted(str(i.url) for i in items if isinstance(i, NewsItem)) == sorted(expected), kind
        for item in items:
            assert isinstance(item, NewsItem) and item.url is not None
            article = expected[item.url]
            assert item.headline == article.headline, (kind, item.where)
            assert item.authors == (article.author,), (kind, item.where)
            assert item.published is not None and str(item.published)[:10] == article.published.isoformat()


def test_the_same_seed_gives_the_same_articles_and_names_vary() -> None:
    first = list(generate_articles(200, seed=5))
    assert first == list(generate_articles(200, seed=5))
    assert len({a.url for a in first}) == 200
    assert len({a.author for a in first}) > 50
    assert len({a.headline.split(" crew")[0] for a in first}) > 50
