"""An article read with a headline is named by it, in the graph and in search; one without keeps its id."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_kg

STORY = (
    "Astronauts Mira Tolle and Jonas Feld launched aboard the Kestrel capsule from Baikonur on Tuesday, "
    "heading for the International Space Station on a six-month mission."
)


def test_an_article_with_a_headline_is_labelled_and_found_by_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    lines = tmp_path / "news.jsonl"
    record = {"text": STORY, "url": "https://news.example/kestrel", "title": "Kestrel crew heads for orbit"}
    lines.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert run_kg(store, "ingest", str(lines), "--published", "2026-03-03").exit_code == 0
    query = "SELECT ?l WHERE { ?a a schema:NewsArticle ; rdfs:label ?l }"
    labels = run_kg(store, "query", query, "--format", "csv").stdout.splitlines()[1:]
    assert labels == ["Kestrel crew heads for orbit"]
    hits = json.loads(run_kg(store, "search", "Tolle", "--kind", "article", "--format", "json").stdout)
    assert [hit["label"] for hit in hits] == ["Kestrel crew heads for orbit"]
