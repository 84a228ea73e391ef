"""A `kg ingest` killed while it writes leaves each article's graph whole or absent, never half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.news_samples import STORIES

KG = str(Path(sys.executable).with_name("kg"))
PROJECT = Path(__file__).resolve().parent.parent


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real `kg` command to its end."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=300, cwd=PROJECT, env=env)


def graph_sizes(store: Path) -> dict[str, int]:
    """Triples per article graph (through `kg stats`)."""
    result = kg("--store", str(store), "stats")
    assert result.returncode == 0, result.stderr
    sizes = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].startswith("https://") and "/graph/" in parts[0] and parts[2] == "triples":
            sizes[parts[0]] = int(parts[1])
    return sizes


def test_a_killed_ingest_leaves_whole_graphs_only(tmp_path: Path) -> None:
    keys = list(STORIES)
    lines = [
        {
            "url": f"https://orbit.example/run/{n}",
            "title": STORIES[keys[n % 3]][0],
            "published": "2024-03-04",
            "text": STORIES[keys[n % 3]][1] + f"\n\nThe flight was the {n + 2}th of the year.",
        }
        for n in range(20)
    ]
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    reference = kg("--store", str(tmp_path / "whole"), "ingest", str(corpus), "--jobs", "1")
    assert reference.returncode == 0, reference.stderr
    whole = graph_sizes(tmp_path / "whole")
    assert len(whole) == 20

    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    store = tmp_path / "killed"
    ingest = subprocess.Popen(
        [KG, "--store", str(store), "ingest", str(corpus), "--jobs", "1"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert ingest.stderr is not None
    written = 0
    for line in ingest.stderr:  # one line per article written
        written += " triples (" in line
        if written == 3:
            ingest.send_signal(signal.SIGKILL)
            break
    ingest.wait(timeout=60)
    ingest.stderr.close()
    kept = graph_sizes(store)
    assert 3 <= len(kept) < 20
    # Articles are written in input order, so each kept graph is exactly the one a whole run writes.
    assert {iri: whole[iri] for iri in kept} == kept
