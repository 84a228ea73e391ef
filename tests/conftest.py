"""Fixtures shared by the whole suite: the project's folders, settings with a fresh store, a built store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.settings import Settings, load_settings

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEED_ARTICLE = PROJECT_DIR / "seeds" / "seed-soyuz-ms-19.txt"


@pytest.fixture
def project_dir() -> Path:
    """The checkout's root (ontology/, queries/, seeds/)."""
    return PROJECT_DIR


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for the project's folders with a store of its own in a temporary directory."""
    return load_settings({}, store_dir=tmp_path / "store", project_dir=PROJECT_DIR)


@pytest.fixture
def kg_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Environment variables for running the `kg` CLI on a temporary store."""
    yield {"KG_STORE": str(tmp_path / "store")}
