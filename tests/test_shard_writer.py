"""`kg extract-corpus` writes each input's articles to shards of bounded size, an article never split."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from cli_runner import run_kg

from kg.corpus import Extracted
from kg.shards import ShardWriter
from kg.store import KGStore

EX = "http://example.org/"


def article(number: int, lines: int = 50) -> Extracted:
    """An extracted article of `lines` triples, our own."""
    ntriples = "".join(f'<{EX}a{number}> <{EX}says> "line {i} of article {number}" .\n' for i in range(lines))
    return Extracted(f"news.jsonl:{number}", f"a{number}", f"{EX}graph/a{number}", ntriples, f"d{number}", None)


def shard_graphs(path: Path) -> list[str]:
    """The graph of each quad of a shard, in order."""
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    return [line.rsplit(" ", 2)[1] for line in lines]


def test_a_full_shard_is_closed_between_two_articles_and_the_next_one_begins(tmp_path: Path) -> None:
    writer = ShardWriter(tmp_path, 7, "news.jsonl", limit=1)  # every shard full after one article
    for number in range(3):
        assert writer.write(article(number)) == 50
    shards = writer.close()
    assert [s["shard"] for s in shards] == [f"shard-00007-{part:04d}.nq.gz" for part in range(3)]
    assert [(s["articles"], s["quads"], s["input"]) for s in shards] == [(1, 50, "news.jsonl")] * 3
    for number, shard in enumerate(shards):
        assert set(shard_graphs(tmp_path / shard["shard"])) == {f"<{EX}graph/a{number}>"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [s["shard"] for s in shards]  # no part files left


def test_articles_go_on_in_the_same_shard_until_it_is_full(tmp_path: Path) -> None:
    writer = ShardWriter(tmp_path, 0, "news.jsonl")
    for number in range(20):
        writer.write(article(number))
    shards = writer.close()
    assert [(s["shard"], s["articles"], s["quads"]) for s in shards] == [("shard-00000-0000.nq.gz", 20, 1000)]


def test_a_failed_input_leaves_no_part_file_behind(tmp_path: Path) -> None:
    writer = ShardWriter(tmp_path, 3, "news.jsonl")
    writer.write(article(1))
    writer.abandon()
    assert list(tmp_path.iterdir()) == []


def test_shards_of_many_articles_load_whole(tmp_path: Path) -> None:
    out = tmp_path / "shards"
    out.mkdir()
    writer = ShardWriter(out, 0, "news.jsonl", limit=20_000)
    for number in range(30):
        writer.write(article(number, lines=40))
    shards = writer.close()
    assert len(shards) > 2
    files = [str(out / s["shard"]) for s in shards]
    result = run_kg(tmp_path / "store", "load", "--threads", "2", *files)
    assert result.exit_code == 0, result.stderr
    with KGStore.open(tmp_path / "store", read_only=True) as store:
        sizes = store.graph_sizes()
    assert sizes == {f"{EX}graph/a{number}": 40 for number in range(30)}


@pytest.mark.parametrize("limit", [1, 10**9])
def test_a_writer_with_no_article_still_writes_one_shard(tmp_path: Path, limit: int) -> None:
    shards = ShardWriter(tmp_path, 1, "empty.jsonl", limit=limit).close()
    assert [(s["shard"], s["articles"]) for s in shards] == [("shard-00001-0000.nq.gz", 0)]
    assert gzip.decompress((tmp_path / "shard-00001-0000.nq.gz").read_bytes()) == b""


def test_a_failed_input_leaves_none_of_its_shards_behind(tmp_path: Path) -> None:
    writer = ShardWriter(tmp_path, 4, "news.jsonl", limit=1)
    for number in range(3):
        writer.write(article(number))
    assert len(list(tmp_path.glob("shard-*.nq.gz"))) == 2  # two shards done, the third being written
    writer.abandon()
    assert list(tmp_path.iterdir()) == []
