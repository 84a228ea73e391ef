"""`kg ingest` holds the store for longer batches only while no other process uses the store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kg.cli.ingest import WRITE_BATCH, WRITE_BATCH_GROWTH, WRITE_BATCH_S, WriteWindow
from kg.store import KGStore, open_reader
from kg.store.busy import others_use_store

KG = str(Path(sys.executable).with_name("kg"))
PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "seeds" / "seed-soyuz-ms-19.txt"


def test_a_store_is_seen_in_use_while_another_reads_or_writes_it(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    assert not others_use_store(directory)  # no store yet
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    ingest = subprocess.run(
        [KG, "--store", str(directory), "ingest", str(SEED)], capture_output=True, text=True, cwd=PROJECT, env=env
    )
    assert ingest.returncode == 0, ingest.stderr
    assert not others_use_store(directory)
    with open_reader(directory):
        assert others_use_store(directory)
    assert not others_use_store(directory)
    with KGStore.open(directory):
        assert others_use_store(directory)
    assert not others_use_store(directory)


def test_the_write_window_grows_while_alone_and_shrinks_back_when_another_uses_the_store() -> None:
    window = WriteWindow()
    assert window.full(WRITE_BATCH, 0.0) and window.full(1, WRITE_BATCH_S)
    for _hold in range(5):
        window.adapt(alone=True)
    widest = WRITE_BATCH * WRITE_BATCH_GROWTH
    assert not window.full(widest - 1, WRITE_BATCH_S * WRITE_BATCH_GROWTH * 0.9)
    assert window.full(widest, 0.0) and window.full(1, WRITE_BATCH_S * WRITE_BATCH_GROWTH)
    window.adapt(alone=False)
    assert window.full(WRITE_BATCH, 0.0) and window.full(1, WRITE_BATCH_S)
