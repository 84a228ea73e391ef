"""Articles written together in one hold of the store end as if each had been ingested alone, in order.

Within one hold, new graphs go in together: an article read twice, a text repeated under a second URL
right after its first copy, and people named again by a later article must still come out as one
`kg ingest` per article would leave them.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.news_samples import STORIES
from tests.test_extract_corpus import exported, kg


def test_one_run_writes_what_one_run_per_article_writes(tmp_path: Path) -> None:
    vega, lyra = STORIES["vega-7"], STORIES["lyra-2"]
    lines = [
        {"url": "https://wire.example/vega", "title": vega[0], "published": "2024-03-01", "text": vega[1]},
        # the same text under a second URL: that URL is added to the first article
        {"url": "https://mirror.example/vega", "title": vega[0], "published": "2024-03-01", "text": vega[1]},
        {"url": "https://wire.example/lyra", "title": lyra[0], "published": "2024-03-02", "text": lyra[1]},
        # the first story again, updated: its graph is replaced, not doubled
        {
            "url": "https://wire.example/vega",
            "title": vega[0],
            "published": "2024-03-01",
            "text": vega[1].replace("six months", "five months") + "\n\nCosmonaut Pavel Ostrov called it a fine ride.",
        },
        # the same crew named again by a later story: the same entities, no new ones
        {
            "url": "https://wire.example/vega-return",
            "title": "Vega 7 crew returns",
            "published": "2024-09-01",
            "text": "The Vega 7 crew landed in Kazakhstan on Sunday.\n\nCosmonaut Pavel Ostrov and flight "
            "engineer Marta Linde returned with astronaut Owen Pike after six months on the station.",
        },
    ]
    one_run = tmp_path / "one-run.jsonl"
    one_run.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    for jobs in ("1", "2"):
        result = kg("--store", str(tmp_path / f"together-{jobs}"), "ingest", str(one_run), "--jobs", jobs)
        assert result.returncode == 0, result.stderr
        assert "Ingested 4 articles" in result.stdout and "1 skipped" in result.stdout
    for number, line in enumerate(lines):
        alone = tmp_path / f"article-{number}.jsonl"
        alone.write_text(json.dumps(line) + "\n", encoding="utf-8")
        result = kg("--store", str(tmp_path / "alone"), "ingest", str(alone), "--jobs", "1")
        assert result.returncode == 0, result.stderr
    expected = exported(tmp_path / "alone")
    assert exported(tmp_path / "together-1") == expected
    assert exported(tmp_path / "together-2") == expected
    assert "five months" in "".join(expected) and "The crew will spend six months" not in "".join(expected)
