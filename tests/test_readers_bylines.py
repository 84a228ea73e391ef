"""A byline in a page's body gives its people only: not the job title after a name, nor the outlet, nor capitals."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from tests.cli_runner import run_kg
from tests.news_samples import STORIES
from tests.test_ingest_readers import articles, name_of, stored


def _page(byline: str) -> str:
    headline, body = STORIES["vega-7"]
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(headline)} | Orbit News</title>'
        '<link rel="canonical" href="https://orbit.example/news/vega-7"></head><body><nav><a href="/">Home</a></nav>'
        f'<div id="main"><h1>{escape(headline)}</h1><div class="meta"><span class="byline">{escape(byline)}</span> '
        f'<span class="date">March 8, 2024</span></div>{paragraphs}</div></body></html>'
    )


@pytest.mark.parametrize(
    "byline",
    ["By Ada Quill, Science Correspondent", "Ada Quill | Orbit News", "BY ADA QUILL", "By Ada Quill, Staff Writer"],
)
def test_the_author_is_the_person_the_byline_names(tmp_path: Path, byline: str) -> None:
    page = tmp_path / "vega.html"
    page.write_text(_page(byline), encoding="utf-8")
    result = run_kg(tmp_path / "store", "ingest", str(page))
    assert result.exit_code == 0, result.output
    dataset = stored(tmp_path / "store", tmp_path)
    [meta] = articles(dataset).values()
    assert {name_of(dataset, author) for author in meta["author"]} == {"Ada Quill"}
