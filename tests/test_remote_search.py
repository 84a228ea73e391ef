"""`kg search` on a SPARQL server: the index kept for it in the user's cache answers as beside an embedded store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_remote_store import ARTICLES, fill, kg_run, oxigraph_serve

pytestmark = pytest.mark.socket
SEARCHES = [["artemis"], ["soyuz MS-19", "--kind", "flight"], ['"crew dragon" OR starliner'], ["cosmonaut*"]]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A real oxigraph serve and an embedded store, filled alike."""
    embedded = tmp_path_factory.mktemp("embedded") / "store"
    fill(embedded)
    with oxigraph_serve(tmp_path_factory.mktemp("oxigraph")) as url:
        fill(url)
        yield url, embedded


def hits(store: str | Path, cache: Path, *args: str) -> list[dict[str, object]]:
    """`kg search ARGS --format json` on `store`, with the user's cache in `cache`."""
    done = kg_run(store, "search", *args, "--format", "json", env={"XDG_CACHE_HOME": str(cache)})
    assert done.exit_code == 0, done.output
    return list(json.loads(done.stdout))


def test_search_on_a_server_finds_what_the_embedded_store_finds(stores: tuple[str, Path], tmp_path: Path) -> None:
    url, embedded = stores
    for args in SEARCHES:
        found = hits(url, tmp_path, *args)
        assert found == hits(embedded, tmp_path, *args), args
    assert any(hits(url, tmp_path, "artemis"))
    assert list((tmp_path / "spacekg" / "search").iterdir()), "the index is kept in the user's cache"
    table = kg_run(url, "search", "artemis", env={"XDG_CACHE_HOME": str(tmp_path)})
    assert table.exit_code == 0 and table.stdout == kg_run(embedded, "search", "artemis").stdout


def test_search_on_a_server_sees_a_write_made_since_the_index_was_built(
    stores: tuple[str, Path], tmp_path: Path
) -> None:
    url, embedded = stores
    article = Path(ARTICLES[0]).stem
    assert any(article in str(hit["iri"]) for hit in hits(url, tmp_path, "artemis", "--kind", "article"))
    for store in (url, embedded):
        assert kg_run(store, "remove", article).exit_code == 0
    try:
        after = hits(url, tmp_path, "artemis")
        assert after == hits(embedded, tmp_path, "artemis")
        assert not any(article in str(hit["iri"]) for hit in after)
    finally:
        for store in (url, embedded):
            assert kg_run(store, "ingest", "--jobs", "1", ARTICLES[0]).exit_code == 0


def test_search_rebuild_and_bad_input_on_a_server(stores: tuple[str, Path], tmp_path: Path) -> None:
    url, _embedded = stores
    rebuilt = kg_run(url, "search", "--rebuild", env={"XDG_CACHE_HOME": str(tmp_path)})
    assert rebuilt.exit_code == 0 and "Rebuilt the search index." in rebuilt.output
    bad = kg_run(url, "search", "soyuz", "--kind", "planet", env={"XDG_CACHE_HOME": str(tmp_path)})
    assert bad.exit_code == 2 and bad.output.startswith("Error: ")
