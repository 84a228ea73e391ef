"""`kg ingest --jobs N`: extraction in worker processes writes the same store as one job."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.news_samples import STORIES, story_html

KG = str(Path(sys.executable).with_name("kg"))
PROJECT = Path(__file__).resolve().parent.parent


def make_corpus(folder: Path) -> None:
    """Our stories as pages, JSON Lines and .txt articles, with varied names so that identities reconcile."""
    folder.mkdir()
    for number, key in enumerate(STORIES):
        (folder / f"{key}.html").write_text(story_html(key, f"https://orbit.example/p/{key}"), encoding="utf-8")
        headline, body = STORIES[key]
        (folder / f"{key}.txt").write_text(f"date 2024-03-0{number + 1} By Ada Quill\n\n{headline}\n\n{body}\n")
    lines = [
        {
            "url": f"https://wire.example/{key}-{n}",
            "title": STORIES[key][0],
            "published": f"2024-04-0{n + 1}",
            "text": STORIES[key][1].replace("six months", f"{n + 2} months"),
        }
        for n, key in enumerate(STORIES)
    ]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real `kg` command."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=300, cwd=PROJECT, env=env)


def test_two_jobs_write_the_same_store_as_one(tmp_path: Path) -> None:
    make_corpus(tmp_path / "news")
    exports = []
    for jobs in ("1", "2"):
        store = tmp_path / f"store-{jobs}"
        ingest = kg("--store", str(store), "ingest", str(tmp_path / "news"), "--jobs", jobs)
        assert ingest.returncode == 0, ingest.stderr
        assert "Ingested 7 articles" in ingest.stdout  # two JSON lines repeat a page's text: one article, two URLs
        out = tmp_path / f"store-{jobs}.nq"
        assert kg("--store", str(store), "export", "--format", "nq", "--out", str(out)).returncode == 0
        exports.append(set(out.read_text(encoding="utf-8").splitlines()))
    # No blank nodes anywhere, so isomorphic stores hold the very same quads.
    assert exports[0] == exports[1]
    assert len(exports[0]) > 1000


def test_every_fact_leads_to_its_article_and_the_articles_metadata(tmp_path: Path) -> None:
    make_corpus(tmp_path / "news")
    store = tmp_path / "store"
    assert kg("--store", str(store), "ingest", str(tmp_path / "news" / "vega-7.html"), "--jobs", "1").returncode == 0
    query = """
        SELECT (COUNT(?st) AS ?facts) (COUNT(?headline) AS ?linked) WHERE {
          ?st a sm:ExtractedStatement .
          OPTIONAL { ?st prov:wasGeneratedBy/prov:used ?article .
                     ?article a schema:NewsArticle ; schema:headline ?headline ; schema:publisher/schema:name ?pub ;
                              schema:author/schema:name ?author ; schema:url ?url ; schema:datePublished ?date } }"""
    result = kg("--store", str(store), "query", query, "--format", "csv")
    assert result.returncode == 0, result.stderr
    facts, linked = result.stdout.splitlines()[1].split(",")
    assert int(facts) > 0 and facts == linked
