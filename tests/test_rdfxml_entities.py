"""RDF/XML that declares DTD entities ("billion laughs") is refused by every command and upload that reads RDF/XML."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from flask import Flask
from flask.testing import FlaskClient

import kg.cli.commands  # registers the commands
from kg.cli.main import cli
from kg.store import KGStore
from tests.w3c.webapp import AUTH, SAMPLE, close_app, make_app

REFUSED = "RDF/XML with DTD entity declarations is refused"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
GRAPH = "http://example.org/upload"


def laughs(levels: int = 7, *, doctype_late: bool = False) -> bytes:
    """A tiny RDF/XML document whose one literal expands to 10**levels characters.

    With `doctype_late`, the DOCTYPE comes after the root's start tag, far into the file, where
    Oxigraph's parser still honours it.
    """
    entities = ['<!ENTITY lol0 "lollollollol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    doctype = f"<!DOCTYPE rdf:RDF [{''.join(entities)}]>"
    filler = '<rdf:Description rdf:about="http://e.org/filler"><ex:p>x</ex:p></rdf:Description>\n' * 2000
    body = f'<rdf:Description rdf:about="http://e.org/a"><ex:p>&lol{levels - 1};</ex:p></rdf:Description>'
    root = f'<rdf:RDF xmlns:rdf="{RDF_NS}" xmlns:ex="http://e.org/">'
    if doctype_late:
        return f'<?xml version="1.0"?>\n{root}\n{filler}{doctype}{body}</rdf:RDF>\n'.encode()
    return f'<?xml version="1.0"?>\n{doctype}\n{root}{body}</rdf:RDF>\n'.encode()


PLAIN = f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF>
<rdf:RDF xmlns:rdf="{RDF_NS}" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
  <rdf:Description rdf:about="http://e.org/iss"><rdfs:label>ISS &amp; friends</rdfs:label></rdf:Description>
</rdf:RDF>
""".encode()


def kg(store: Path, *args: str) -> Result:
    """Run `kg --store STORE ARGS...` in-process."""
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False, env={})


def store_quads(store: Path) -> set[str]:
    """Every quad in the store, as text."""
    with KGStore.open(store) as opened:
        return {str(quad) for quad in opened.native}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("laughs.rdf", laughs()),
        ("laughs.rdf.gz", gzip.compress(laughs())),
        ("late.rdf", laughs(doctype_late=True)),
        ("late.owl.gz", gzip.compress(laughs(doctype_late=True))),
    ],
)
def test_kg_load_refuses_entity_declarations_in_one_line_and_loads_nothing(
    tmp_path: Path, name: str, data: bytes
) -> None:
    store = tmp_path / "store"
    (tmp_path / "plain.rdf").write_bytes(PLAIN)
    assert kg(store, "load", str(tmp_path / "plain.rdf")).exit_code == 0
    before = store_quads(store)
    path = tmp_path / name
    path.write_bytes(data)
    result = kg(store, "load", str(path))
    assert result.exit_code == 2
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith(f"Error: {REFUSED}: {path} declares an entity at byte ")
    assert "Traceback" not in result.output
    assert store_quads(store) == before
    replace = kg(store, "load", str(path), "--replace", "--graph", "http://example.org/g")
    assert replace.exit_code == 2
    assert REFUSED in replace.stderr
    assert store_quads(store) == before


@pytest.mark.parametrize("command", [["validate", "--data"], ["query", "SELECT * WHERE { ?s ?p ?o }", "--data"]])
def test_validate_and_query_refuse_entity_declarations_in_data_files(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "laughs.rdf.gz"
    path.write_bytes(gzip.compress(laughs()))
    result = kg(tmp_path / "store", *command, str(path))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"Error: {REFUSED}: {path}")


def test_rdfxml_without_entity_declarations_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "plain.rdf.gz"
    path.write_bytes(gzip.compress(PLAIN))
    result = kg(tmp_path / "store", "load", str(path))
    assert result.exit_code == 0, result.stderr
    assert any('"ISS & friends"' in quad for quad in store_quads(tmp_path / "store"))
    query = kg(tmp_path / "other", "query", "SELECT ?l WHERE { ?s ?p ?l }", "--data", str(path), "--format", "json")
    assert query.exit_code == 0, query.stderr
    assert json.loads(query.stdout)["results"]["bindings"] == [{"l": {"type": "literal", "value": "ISS & friends"}}]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs that accepts writes with the test token."""
    application = make_app(Path(tmp_path_factory.mktemp("entities")) / "store", SAMPLE)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


@pytest.mark.parametrize("method", ["put", "post"])
@pytest.mark.parametrize("late", [False, True])
def test_graph_store_refuses_entity_declarations_with_400(client: FlaskClient, method: str, late: bool) -> None:
    upload = getattr(client, method)
    response = upload(
        f"/rdf-graph-store?graph={GRAPH}",
        data=laughs(doctype_late=late),
        content_type="application/rdf+xml",
        headers=AUTH,
    )
    assert response.status_code == 400
    assert REFUSED in response.get_data(as_text=True)
    assert client.get(f"/rdf-graph-store?graph={GRAPH}").status_code == 404


def test_graph_store_refuses_entity_declarations_in_a_multipart_upload(client: FlaskClient) -> None:
    files = {"file": (BytesIO(laughs()), "laughs.rdf", "application/rdf+xml")}
    response = client.post(f"/rdf-graph-store?graph={GRAPH}", data=files, headers=AUTH)
    assert response.status_code == 400
    assert REFUSED in response.get_data(as_text=True)


def test_graph_store_still_takes_plain_rdfxml(client: FlaskClient) -> None:
    response = client.put(
        f"/rdf-graph-store?graph={GRAPH}", data=PLAIN, content_type="application/rdf+xml", headers=AUTH
    )
    assert response.status_code in (201, 204)
    stored = client.get(f"/rdf-graph-store?graph={GRAPH}", headers={"Accept": "application/n-triples"})
    assert '"ISS & friends"' in stored.get_data(as_text=True)
    client.delete(f"/rdf-graph-store?graph={GRAPH}", headers=AUTH)
