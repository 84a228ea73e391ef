"""One long `kg ingest` reconciles identities exactly as one article at a time against the store did."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import ingest_shared_articles
from kg.settings import Settings
from tests.cli_runner import run_kg

DATA = Path(__file__).resolve().parent / "data"


def exported(store: Path, tmp_path: Path) -> set[str]:
    """The store's quads as N-Quads lines."""
    out = tmp_path / f"{store.name}.nq"
    assert run_kg(store, "export", "--format", "nq", "--out", str(out)).exit_code == 0
    return set(out.read_text(encoding="utf-8").splitlines())


def test_a_run_of_many_articles_reconciles_as_the_store_would_one_by_one(tmp_path: Path, settings: Settings) -> None:
    # Articles that name the same people, stations, agencies and rockets in different spellings.
    articles = sorted(DATA.glob("heldout*/*.txt"))[:8] + sorted(DATA.glob("articles/*.txt"))
    result = run_kg(tmp_path / "one-run", "ingest", *map(str, articles), "--jobs", "1")
    assert result.exit_code == 0, result.output
    # The reference: before each article, every other article's entities read from the store itself.
    ingest_shared_articles(tmp_path / "one-by-one", articles, settings)
    one_run, one_by_one = exported(tmp_path / "one-run", tmp_path), exported(tmp_path / "one-by-one", tmp_path)
    assert one_run == one_by_one
    assert any("ontology#EntityMerge" in line for line in one_run)  # identities were reconciled
