"""`kg build --fresh`: start afresh after `kg load` or `kg ingest`, and never leave half a store behind."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import Result

from tests.cli_runner import PROJECT_DIR, run_kg
from tests.conftest import SEED_ARTICLE

SAMPLE = PROJECT_DIR / "tests" / "w3c" / "sample.trig"
ARTICLE = PROJECT_DIR / "tests" / "data" / "articles" / "artemis-ii-crew.txt"


def exported(store: Path) -> list[str]:
    """The store's quads as sorted N-Quads lines (the build mints no blank nodes, so lines compare)."""
    result = run_kg(store, "export", "--format", "nq")
    assert result.exit_code == 0, result.stderr
    return sorted(result.stdout.splitlines())


def ok(result: Result) -> Result:
    """Assert that a command succeeded and return its result."""
    assert result.exit_code == 0, result.stderr
    return result


def test_build_fresh_after_a_load_restores_a_store_that_validates(tmp_path: Path) -> None:
    reference, store = tmp_path / "reference", tmp_path / "store"
    ok(run_kg(reference, "build"))
    ok(run_kg(store, "build"))
    ok(run_kg(store, "load", str(SAMPLE)))
    ok(run_kg(store, "ingest", str(ARTICLE)))
    assert run_kg(store, "validate").exit_code == 1

    result = ok(run_kg(store, "build", "--fresh"))

    assert "Built afresh: 1 article" in result.stdout
    assert ok(run_kg(store, "validate")).stdout.startswith("Conforms")
    assert exported(store) == exported(reference)
    crew = ok(run_kg(store, "query", "cq03", "--format", "csv")).stdout.splitlines()
    assert len(crew) == len(set(crew))


def test_build_fresh_makes_a_store_that_did_not_exist(tmp_path: Path) -> None:
    reference, store = tmp_path / "reference", tmp_path / "new" / "store"
    ok(run_kg(reference, "build"))
    ok(run_kg(store, "build", "--fresh"))
    assert exported(store) == exported(reference)


def test_a_fresh_build_that_fails_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    store, seeds = tmp_path / "store", tmp_path / "seeds"
    ok(run_kg(store, "build"))
    ok(run_kg(store, "load", str(SAMPLE)))
    before = exported(store)
    seeds.mkdir()
    shutil.copy(SEED_ARTICLE, seeds)
    (seeds / "zz-undated.txt").write_text("Three astronauts flew to the station.\n", encoding="utf-8")

    result = run_kg(store, "build", "--fresh", "--seeds", str(seeds))

    assert result.exit_code == 2
    assert "zz-undated" in result.stderr
    assert exported(store) == before
