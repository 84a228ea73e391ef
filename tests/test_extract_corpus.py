"""`kg extract-corpus` on a real Dask LocalCluster (worker processes), then `kg load DIR` of its shards."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from tests.news_samples import STORIES, story_html, write_warc

KG = str(Path(sys.executable).with_name("kg"))
PROJECT = Path(__file__).resolve().parent.parent


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real `kg` command."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=300, cwd=PROJECT, env=env)


def exported(store: Path) -> set[str]:
    """The store's quads as N-Quads lines."""
    out = store.with_suffix(".nq")
    result = kg("--store", str(store), "export", "--format", "nq", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return set(out.read_text(encoding="utf-8").splitlines())


def test_a_corpus_extracted_on_dask_and_loaded_is_the_store_an_ingest_writes(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "pages").mkdir(parents=True)
    for key in ("vega-7", "lyra-2"):
        (news / "pages" / f"{key}.html").write_text(story_html(key, f"https://orbit.example/{key}"), encoding="utf-8")
    write_warc(
        news / "crawl.warc.gz",
        [("https://orbit.example/orion", story_html("orion-test", "https://orbit.example/orion"))],
    )
    (news / "wire.jsonl").write_text('{"title": "x"\n', encoding="utf-8")

    result = kg("extract-corpus", str(news), "--out", str(tmp_path / "shards"), "--workers", "2")
    assert result.returncode == 5, result.stderr  # partial: the JSON line is broken
    assert f"Failed: {news / 'wire.jsonl'}:1: not JSON" in result.stderr
    assert "Extracted 3 articles" in result.stdout
    manifest = json.loads((tmp_path / "shards" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["articles"] == 3 and len(manifest["failures"]) == 1
    assert sorted(p.name for p in (tmp_path / "shards").glob("shard-*.nq.gz")) == [
        s["shard"] for s in manifest["shards"]
    ]

    loaded = kg("--store", str(tmp_path / "loaded"), "load", str(tmp_path / "shards"))
    assert loaded.returncode == 0, loaded.stderr
    ingested = kg("--store", str(tmp_path / "ingested"), "ingest", str(news), "--jobs", "1")
    assert ingested.returncode == 5, ingested.stderr
    # Stories that share no one reconcile to nothing, so the shards hold exactly what the ingest stored.
    assert exported(tmp_path / "loaded") == exported(tmp_path / "ingested")
    assert len(STORIES) == 3


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_corpus_runs_on_a_dask_scheduler_and_worker_started_on_loopback(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for key in STORIES:
        (news / f"{key}.html").write_text(story_html(key, f"https://orbit.example/{key}"), encoding="utf-8")
    address = f"tcp://127.0.0.1:{free_port()}"
    dask = str(Path(sys.executable).with_name("dask"))
    common = {"cwd": tmp_path, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard"], **common
    )
    worker = subprocess.Popen(
        [dask, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
        **common,
    )
    try:
        result = kg("extract-corpus", str(news), "--out", str(tmp_path / "shards"), "--scheduler", address)
        assert result.returncode == 0, result.stderr
        assert "Extracted 3 articles" in result.stdout
        loaded = kg("--store", str(tmp_path / "store"), "load", str(tmp_path / "shards"))
        assert loaded.returncode == 0, loaded.stderr
        assert "Loaded 3 files" in loaded.stdout
    finally:
        for process in (worker, scheduler):
            process.terminate()
            process.wait(timeout=30)
