"""Long runs show a progress bar on a terminal (or when asked) and end with a one-line summary; a pipe gets no bar."""

from __future__ import annotations

import errno
import json
import os
import pty
import subprocess
import sys
import termios
from pathlib import Path

from tests.news_samples import STORIES

KG = str(Path(sys.executable).with_name("kg"))
PROJECT = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    env["COLUMNS"] = "200"  # a bar as wide as its counts when not on a terminal
    return env


def kg_on_terminal(*args: str) -> tuple[int, str, str]:
    """Run the real `kg` with stderr on a pseudo-terminal; return its exit status, stdout and the terminal's text."""
    leader, follower = pty.openpty()
    termios.tcsetwinsize(follower, (40, 200))  # a terminal as wide as the bar's counts
    with subprocess.Popen(
        [KG, *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower, cwd=PROJECT, env=_env()
    ) as process:
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError as exc:  # EIO: the command closed the terminal's last end
                if exc.errno != errno.EIO:
                    raise
                break
            if not chunk:
                break
            seen += chunk
        os.close(leader)
        assert process.stdout is not None
        out = process.stdout.read().decode("utf-8")
        status = process.wait(timeout=300)
    return status, out, seen.decode("utf-8", errors="replace")


def kg_piped(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real `kg` with stdout and stderr into pipes."""
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=300, cwd=PROJECT, env=_env())


def write_news(folder: Path) -> Path:
    """Two files of news: a JSON Lines file (two stories, one off-topic line, one broken line) and a story's .txt."""
    folder.mkdir()
    lines = [
        json.dumps({"url": f"https://wire.example/{key}", "title": STORIES[key][0], "published": "2024-04-02",
                    "text": STORIES[key][1]})
        for key in list(STORIES)[:2]
    ]  # fmt: skip
    lines.append(json.dumps({"url": "https://wire.example/cake", "published": "2024-04-02", "text": "A cake recipe."}))
    lines.append("{not json")
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    key = list(STORIES)[2]
    (folder / "z-story.txt").write_text(f"date 2024-03-01 By Ada Quill\n\n{STORIES[key][0]}\n\n{STORIES[key][1]}\n")
    return folder


def test_ingest_on_a_terminal_shows_files_articles_rate_failures_and_time_left(tmp_path: Path) -> None:
    news = write_news(tmp_path / "news")
    status, out, terminal = kg_on_terminal("--store", str(tmp_path / "store"), "ingest", str(news), "--jobs", "1")
    assert status == 5, terminal  # partial: the broken line failed
    assert "Ingesting: 2/2 files, 3 articles, " in terminal and " articles/s, 1 failed, 1 skipped |" in terminal
    assert " left]" in terminal
    assert "Failed: " in terminal and "wire.jsonl:4" in terminal
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("Ingested 3 articles, ") and ", 1 failed, 1 skipped; the store holds " in summary


def test_ingest_into_a_pipe_shows_no_bar_unless_asked(tmp_path: Path) -> None:
    news = write_news(tmp_path / "news")
    plain = kg_piped("--store", str(tmp_path / "store"), "ingest", str(news), "--jobs", "1")
    assert plain.returncode == 5, plain.stderr
    assert "articles/s" not in plain.stderr and "\r" not in plain.stderr
    assert "Ingested 3 articles, " in plain.stdout and ", 1 failed, 1 skipped;" in plain.stdout
    asked = kg_piped("--store", str(tmp_path / "store2"), "ingest", str(news), "--jobs", "1", "--progress")
    assert "Ingesting: 2/2 files" in asked.stderr and "articles/s" in asked.stderr
    quiet = kg_on_terminal("--store", str(tmp_path / "store3"), "ingest", str(news), "--jobs", "1", "--no-progress")
    assert "articles/s" not in quiet[2]


def test_build_on_a_terminal_shows_a_bar_and_its_summary(tmp_path: Path) -> None:
    status, out, terminal = kg_on_terminal(
        "--store", str(tmp_path / "store"), "build", "--seeds", "tests/data/articles"
    )
    assert status == 0, terminal
    assert "Ingesting: 3/3 files, 3 articles, " in terminal and "/s, 0 failed, 0 skipped |" in terminal
    assert "Ingested 3 articles, " in out and ", 0 failed, 0 skipped;" in out
    fresh = kg_on_terminal("--store", str(tmp_path / "store"), "build", "--fresh", "--seeds", "tests/data/articles")
    assert fresh[0] == 0, fresh[2]
    assert "Building: 3/3 files, 3 articles, " in fresh[2] and "articles/s" in fresh[2]


def test_extract_corpus_and_load_show_their_bars_when_asked_and_none_into_a_pipe(tmp_path: Path) -> None:
    news = write_news(tmp_path / "news")
    shards = tmp_path / "shards"
    asked = kg_piped("extract-corpus", str(news), "--out", str(shards), "--workers", "1", "--progress")
    assert asked.returncode == 5, asked.stderr  # partial: the broken line failed
    assert "Extracting: 2/2 files, 3 articles, " in asked.stderr and "/s, 1 failed, 1 skipped |" in asked.stderr
    assert "Extracted 3 articles (" in asked.stdout and "), 1 failed, 1 skipped, into 2 shards" in asked.stdout
    store = tmp_path / "store"
    loaded = kg_piped("--store", str(store), "load", str(shards), "--progress")
    assert loaded.returncode == 0, loaded.stderr
    assert "Loading, file 2/2: " in loaded.stderr and " left, " in loaded.stderr
    six = [str(p) for p in sorted(shards.glob("*.nq.gz"))] * 3  # the same two shards thrice: six files
    again = kg_piped("--store", str(tmp_path / "store2"), "load", *six)
    assert again.returncode == 0, again.stderr
    assert "Loading" not in again.stderr and "\r" not in again.stderr  # many files, but into a pipe
    on_terminal = kg_on_terminal("--store", str(tmp_path / "store3"), "load", *six)
    assert on_terminal[0] == 0, on_terminal[2]
    assert "Loading, file 6/6: " in on_terminal[2]
