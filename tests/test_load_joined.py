"""`kg load` takes runs of N-Triples or N-Quads files into one graph (the shards of a folder) as one bulk load."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from cli_runner import run_kg

from kg.store import KGStore

EX = "http://example.org/"
BASE = "https://w3id.org/spacekg/"


def write_shards(folder: Path, *contents: str) -> list[Path]:
    """Gzipped N-Quads shards with a manifest, as kg extract-corpus writes them."""
    folder.mkdir()
    paths = []
    for number, content in enumerate(contents):
        path = folder / f"shard-{number:05d}.nq.gz"
        path.write_bytes(gzip.compress(content.encode()))
        paths.append(path)
    manifest = {"shards": [{"shard": path.name} for path in paths]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return paths


def graph_sizes(store: Path) -> dict[str, int]:
    """The named graphs of the store and their sizes."""
    if not store.exists():
        return {}
    with KGStore.open(store, read_only=True) as opened:
        return opened.graph_sizes()


def article(number: int, lines: int = 3) -> str:
    """An article's graph in N-Quads."""
    return "".join(f'<{EX}s{number}> <{EX}p> "{i}" <{EX}g{number}> .\n' for i in range(lines))


def test_a_bad_shard_leaves_nothing_of_its_folder_and_the_error_names_it_and_its_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    bad = article(2) + f'<{EX}s2> <{EX}p> "unterminated <{EX}g2> .\n'
    paths = write_shards(tmp_path / "shards", article(1), bad, article(3))
    result = run_kg(store, "load", str(tmp_path / "shards"))
    assert result.exit_code == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"Error: {paths[1]}: nq syntax error at line 4, column ")
    assert "nothing of it, nor of the 2 other files of its run, was loaded" in last
    assert graph_sizes(store) == {}


def test_shards_load_whole_with_their_graphs_and_blank_nodes_of_each_its_own(tmp_path: Path) -> None:
    store = tmp_path / "store"
    # The first shard lacks its last newline; both use the blank node label _:b for different nodes.
    first = article(1).rstrip("\n")
    second = f'_:b <{EX}p> "x" <{EX}g2> .\n_:b <{EX}q> "y" <{EX}g2> .\n'
    third = f'_:b <{EX}p> "z" <{EX}g2> .\n'
    write_shards(tmp_path / "shards", first, second, third)
    result = run_kg(store, "load", str(tmp_path / "shards"))
    assert result.exit_code == 0, result.stderr
    assert graph_sizes(store) == {f"{EX}g1": 3, f"{EX}g2": 3}
    with KGStore.open(store, read_only=True) as opened:
        subjects = {quad.subject for quad in opened.quads(f"{EX}g2")}
    assert len(subjects) == 2


def test_nt_files_into_one_graph_load_together_and_a_bad_one_names_its_own_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    good = tmp_path / "good.nt"
    good.write_text(f'<{EX}a> <{EX}p> "1" .\n<{EX}a> <{EX}p> "2" .')
    bad = tmp_path / "bad.nt"
    bad.write_text(f'<{EX}b> <{EX}p> "3" .\n<{EX}b> <{EX}p> nope .\n')
    result = run_kg(store, "load", "--graph", f"{EX}numbers", str(good), str(bad))
    assert result.exit_code == 2
    assert f"Error: {bad}: nt syntax error at line 2, column " in result.stderr
    assert graph_sizes(store) == {}
    result = run_kg(store, "load", "--graph", f"{EX}numbers", str(good), str(good))
    assert result.exit_code == 0, result.stderr
    assert graph_sizes(store) == {f"{EX}numbers": 2}
