"""RDF nested deeper than Oxigraph's parsers can take is refused in one line by every input, never a crash.

pyoxigraph 0.5.13 dies (SIGSEGV) on JSON-LD objects nested 10,000 deep and on triple terms `<<( )>>`
nested 20,000 deep (in any Turtle-family format), and its RDF/XML parser takes time that grows with
the square of the element depth. Blank nodes and collections nest safely and stay accepted.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import random
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from flask import Flask
from flask.testing import FlaskClient

import kg.cli.commands  # registers the commands
from kg.cli.main import cli
from kg.errors import NestingDepthError
from kg.rdf.inputguard import guard_input
from kg.rdf.nesting import MAX_JSON_DEPTH, MAX_TRIPLE_TERM_DEPTH, MAX_XML_DEPTH, JsonDepth, TripleTermDepth, XmlDepth
from kg.store import KGStore
from tests.w3c.webapp import AUTH, SAMPLE, close_app, make_app

EX = "http://example.org/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
GRAPH = "http://example.org/upload"


def deep_jsonld(levels: int) -> bytes:
    """A JSON-LD node object with objects nested in its property values, `levels` objects deep in all."""
    inner = levels - 1
    return (f'{{"@id": "{EX}s", ' + f'"{EX}p": {{' * inner + '"@value": 1' + "}" * inner + "}").encode()


def deep_rdfxml(levels: int) -> bytes:
    """RDF/XML whose node and property elements nest `levels` times each."""
    head = f'<rdf:RDF xmlns:rdf="{RDF_NS}" xmlns:ex="{EX}"><rdf:Description rdf:about="{EX}s">'
    body = "<ex:p><rdf:Description>" * levels + "</rdf:Description></ex:p>" * levels
    return (head + body + "</rdf:Description></rdf:RDF>\n").encode()


def deep_ntriples(levels: int) -> bytes:
    """One triple whose object is a triple term nested `levels` deep (short IRIs, to fit an upload)."""
    return ("<x:s> <x:p> <<( " * levels + "<x:s> <x:p> <x:o>" + " )>>" * levels + " .\n").encode()


# Shallow documents whose strings, literals and comments are full of brackets, angle brackets and quotes.
TRICKY = '{ [ [[[ }} ] " \\" \\\\ \' < </a> <a> /> -->'
TRICKY_JSONLD = json.dumps(
    {
        "@context": {"ex": EX},
        "@id": "ex:s",
        "ex:label": TRICKY * 50,
        "ex:brackets": "{" * 600 + "[" * 600,
        "ex:p": {"@id": "ex:o", "ex:q": [{"@value": ']}\\"'}, {"@list": [[1, 2], {"@value": "x"}]}]},
    }
).encode()
TRICKY_RDFXML = f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF>
<rdf:RDF xmlns:rdf="{RDF_NS}" xmlns:ex="{EX}">
  <!-- {"<a>" * 600} -->
  <rdf:Description rdf:about="{EX}s" ex:attr="a &gt; b /&gt; &lt;c&gt; 'it&apos;s'">
    <ex:label>{"&lt;a&gt;" * 600} it's "quoted" a > b</ex:label>
    <ex:cdata><![CDATA[{"<a>" * 600}]]></ex:cdata>
    <ex:p rdf:parseType="Resource"><ex:q rdf:resource="{EX}o"/></ex:p>
  </rdf:Description>
</rdf:RDF>
""".encode()
TRICKY_ESCAPED = TRICKY.replace("\\", "\\\\").replace('"', '\\"')
TRICKY_TURTLE = f'''@prefix ex: <{EX}> .  # {"<<(" * 100}
ex:s ex:label """{"<<( " * 200}" "" ""\\"""" ; ex:short "{")>> <<(" * 100}" ; ex:it\\'s 'it\\'s <<(' ;
  ex:term <<( ex:s ex:p <<( ex:s ex:p "{TRICKY_ESCAPED}" )>> )>> ;
  ex:list ( ( ( [ ex:p [ ex:q 1 ] ] ) ) ) .
'''.encode()


def kg(store: Path, *args: str) -> Result:
    """Run `kg --store STORE ARGS...` in-process."""
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False, env={})


def store_quads(store: Path) -> set[str]:
    """Every quad in the store, as text."""
    with KGStore.open(store) as opened:
        return {str(quad) for quad in opened.native}


def last_line(result: Result) -> str:
    """The one line a refused command prints."""
    *before, last = result.stderr.strip().splitlines()
    assert all(" -> " in line for line in before), result.stderr  # only `kg load`'s "FILE -> GRAPH" lines
    return last


DEEP_FILES = [
    ("deep.jsonld", deep_jsonld(300), "JSON objects and arrays 300 levels deep"),
    ("deep.jsonld.gz", gzip.compress(deep_jsonld(300)), "JSON objects and arrays 300 levels deep"),
    ("deep.rdf", deep_rdfxml(3000), "XML elements"),
    ("deep.rdf.gz", gzip.compress(deep_rdfxml(3000)), "XML elements"),
    ("deep.nt", deep_ntriples(100), "triple terms 100 levels deep"),
    ("deep.ttl.gz", gzip.compress(deep_ntriples(100)), "triple terms 100 levels deep"),
]


@pytest.mark.parametrize(("name", "data", "says"), DEEP_FILES, ids=[name for name, _, _ in DEEP_FILES])
def test_kg_load_refuses_deep_nesting_in_one_line_and_loads_nothing(
    tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    store = tmp_path / "store"
    (tmp_path / "plain.jsonld").write_bytes(TRICKY_JSONLD)
    assert kg(store, "load", str(tmp_path / "plain.jsonld")).exit_code == 0
    before = store_quads(store)
    path = tmp_path / name
    path.write_bytes(data)
    for extra in ([], ["--replace", "--graph", f"{EX}g"], ["--graph", f"{EX}g"]):
        result = kg(store, "load", str(path), *extra)
        assert result.exit_code == 2, result.output
        error = last_line(result)
        assert error.startswith(f"Error: {path} nests {says}")
        assert error.endswith("are accepted (deeper nesting can crash or stall the parser)")
        assert store_quads(store) == before


@pytest.mark.parametrize(("name", "data", "says"), DEEP_FILES[::2], ids=[name for name, _, _ in DEEP_FILES[::2]])
@pytest.mark.parametrize("command", [["validate", "--data"], ["query", "SELECT * WHERE { ?s ?p ?o }", "--data"]])
def test_validate_and_query_refuse_deep_data_files(
    tmp_path: Path, command: list[str], name: str, data: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = kg(tmp_path / "store", *command, str(path))
    assert result.exit_code == 2
    assert last_line(result).startswith(f"Error: {path} nests {says}")


@pytest.mark.parametrize(
    ("name", "data"),
    [("crash.jsonld", deep_jsonld(10_000)), ("crash.nq", deep_ntriples(20_000)), ("slow.rdf", deep_rdfxml(20_000))],
)
def test_a_real_kg_process_refuses_what_crashed_or_stalled_it(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for command in (["load", str(path)], ["validate", "--data", str(path)]):
        done = subprocess.run(
            [str(Path(sys.executable).parent / "kg"), "--store", str(tmp_path / "store"), *command],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2, (done.returncode, done.stderr[-500:])
        assert done.stderr.strip().splitlines()[-1].startswith(f"Error: {path} nests ")


def test_shallow_documents_full_of_brackets_in_strings_still_load(tmp_path: Path) -> None:
    files = {"tricky.jsonld": TRICKY_JSONLD, "tricky.rdf.gz": gzip.compress(TRICKY_RDFXML), "tricky.ttl": TRICKY_TURTLE}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = kg(tmp_path / "store", "load", *(str(tmp_path / name) for name in files))
    assert result.exit_code == 0, result.output
    with KGStore.open(tmp_path / "store") as store:
        values = {str(getattr(quad.object, "value", "")) for quad in store.native}
    assert TRICKY * 50 in values  # the JSON-LD label
    assert "<a>" * 600 in values  # the RDF/XML CDATA, read as text
    terms = kg(
        tmp_path / "store", "query", "SELECT ?v WHERE { ?s ?p <<( ?a ?b <<( ?c ?d ?v )>> )>> }", "--format", "json"
    )
    assert json.loads(terms.stdout)["results"]["bindings"] == [{"v": {"type": "literal", "value": TRICKY}}]
    query = kg(
        tmp_path / "other",
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "--data",
        str(tmp_path / "tricky.ttl"),
    )
    assert query.exit_code == 0, query.output


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs that accepts writes with the test token."""
    application = make_app(Path(tmp_path_factory.mktemp("nesting")) / "store", SAMPLE)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


@pytest.mark.parametrize(
    ("media_type", "data"),
    [
        ("application/ld+json", deep_jsonld(MAX_JSON_DEPTH + 1)),
        ("application/ld+json", deep_jsonld(10_000)),
        ("application/rdf+xml", deep_rdfxml(MAX_XML_DEPTH)),
        ("application/n-triples", deep_ntriples(20_000)),
        ("text/turtle", deep_ntriples(MAX_TRIPLE_TERM_DEPTH + 1)),
    ],
)
@pytest.mark.parametrize("method", ["put", "post"])
def test_graph_store_refuses_deep_uploads_with_400(
    client: FlaskClient, method: str, media_type: str, data: bytes
) -> None:
    response = getattr(client, method)(
        f"/rdf-graph-store?graph={GRAPH}", data=data, content_type=media_type, headers=AUTH
    )
    assert response.status_code == 400, response.get_data(as_text=True)[:300]
    assert " levels deep; at most " in response.get_data(as_text=True)
    assert client.get(f"/rdf-graph-store?graph={GRAPH}").status_code == 404
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200


@pytest.mark.parametrize(
    ("media_type", "data"),
    [("application/ld+json", TRICKY_JSONLD), ("application/rdf+xml", TRICKY_RDFXML), ("text/turtle", TRICKY_TURTLE)],
)
def test_graph_store_still_takes_shallow_documents_full_of_brackets(
    client: FlaskClient, media_type: str, data: bytes
) -> None:
    response = client.put(f"/rdf-graph-store?graph={GRAPH}", data=data, content_type=media_type, headers=AUTH)
    assert response.status_code in (201, 204), response.get_data(as_text=True)[:300]
    stored = client.get(f"/rdf-graph-store?graph={GRAPH}", headers={"Accept": "application/n-triples"})
    assert f"<{EX}s>" in stored.get_data(as_text=True)
    client.delete(f"/rdf-graph-store?graph={GRAPH}", headers=AUTH)


def test_the_deepest_accepted_documents_parse_in_a_thread_with_a_2_mib_stack(tmp_path: Path) -> None:
    # Request threads and query processes may have smaller stacks than a main thread; the limits must fit them.
    script = textwrap.dedent(
        f"""
        import threading, pyoxigraph as ox
        from kg.rdf.inputguard import check_input
        from tests.test_rdf_nesting import deep_jsonld, deep_ntriples
        levels = {MAX_JSON_DEPTH} // 2 - 1  # scoped contexts: two objects a level
        scoped = '{{"a": {{"@id": "{EX}a", "@context": '
        ctx = '{{"@context": ' + scoped * levels + '{{}}' + '}}}}' * levels + ', "a": 1}}'
        documents = [(deep_jsonld({MAX_JSON_DEPTH}), ox.RdfFormat.JSON_LD),
                     (ctx.encode(), ox.RdfFormat.JSON_LD),
                     (deep_ntriples({MAX_TRIPLE_TERM_DEPTH}), ox.RdfFormat.N_TRIPLES)]
        def parse():
            for data, fmt in documents:
                check_input(data, fmt, "doc")
                print(len(list(ox.parse(data, format=fmt))), flush=True)
        threading.stack_size(2 * 1024 * 1024)
        worker = threading.Thread(target=parse)
        worker.start()
        worker.join()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent.parent
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert done.stdout.split() == [str(MAX_JSON_DEPTH - 1), "1", "1"]  # one triple a nested object


class Trickle(io.RawIOBase):
    """A raw stream that hands out `data` in small chunks of random sizes (as a slow network or gzip might)."""

    def __init__(self, data: bytes, seed: int) -> None:
        super().__init__()
        self._data, self._pos, self._rng = data, 0, random.Random(seed)

    def readable(self) -> bool:
        """Whether the stream can be read (always)."""
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        """Copy the next few bytes into `buffer`."""
        size = min(len(buffer), self._rng.randint(1, 7), len(self._data) - self._pos)
        buffer[:size] = self._data[self._pos : self._pos + size]
        self._pos += size
        return size


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(
    ("fmt", "shallow", "deep"),
    [
        (ox.RdfFormat.JSON_LD, TRICKY_JSONLD, deep_jsonld(MAX_JSON_DEPTH + 1)),
        (ox.RdfFormat.RDF_XML, TRICKY_RDFXML, deep_rdfxml(MAX_XML_DEPTH // 2)),
        (ox.RdfFormat.TURTLE, TRICKY_TURTLE, deep_ntriples(MAX_TRIPLE_TERM_DEPTH + 1)),
    ],
)
def test_where_the_input_is_cut_into_reads_changes_nothing(
    seed: int, fmt: ox.RdfFormat, shallow: bytes, deep: bytes
) -> None:
    assert list(ox.parse(guard_input(Trickle(shallow, seed), fmt, "shallow"), format=fmt))  # type: ignore[arg-type]
    with pytest.raises(NestingDepthError, match=r"^deep nests "):
        list(ox.parse(guard_input(Trickle(deep, seed), fmt, "deep"), format=fmt))  # type: ignore[arg-type]


def random_text(rng: random.Random) -> str:
    """A few characters that mean something to one syntax or another."""
    pieces = ["{", "}", "[", "]", '"', "'", "\\", "<", ">", "/>", "</x>", "<<(", ")>>", "#", '"""', "-->", "]]>", "?>"]
    return "".join(rng.choice([*pieces, "x", " ", "\n", "é"]) for _ in range(rng.randint(0, 8)))


def counted_depth(scanner: type[JsonDepth | XmlDepth | TripleTermDepth], data: bytes, rng: random.Random) -> int:
    """The depth a scanner finds in `data` fed in random chunks (the least limit it accepts)."""
    for limit in range(64):
        counter = scanner("doc", limit=limit)
        cuts = sorted({0, len(data), *(rng.randint(0, len(data)) for _ in range(6))})
        try:
            for start, end in itertools.pairwise(cuts):
                counter.feed(data[start:end])
        except NestingDepthError:
            continue
        return limit
    raise AssertionError("deeper than 63")


def test_valid_documents_are_counted_exactly_whatever_they_hold() -> None:
    rng = random.Random(10)
    for _ in range(60):
        depth = rng.randint(1, 12)
        node: dict[str, object] = {"@id": f"{EX}leaf", f"{EX}t": random_text(rng)}
        for _level in range(depth - 1):
            node = {"@id": f"{EX}n", f"{EX}t": random_text(rng), f"{EX}p": node}
        data = json.dumps(node, ensure_ascii=rng.random() < 0.5).encode()
        assert list(ox.parse(data, format=ox.RdfFormat.JSON_LD))
        assert counted_depth(JsonDepth, data, rng) == depth

        text = random_text(rng).replace("&", "&amp;").replace("<", "&lt;")
        value = text.replace('"', "&quot;")
        comment, cdata = text.replace("-", ""), text.replace("]", "")
        inner = f'<rdf:Description ex:a="{value}"><!-- {comment} --><ex:t><![CDATA[{cdata}]]></ex:t>'
        xml = f'<rdf:RDF xmlns:rdf="{RDF_NS}" xmlns:ex="{EX}"><?pi {text.replace("?", "")}?>'
        xml += (
            (inner + "<ex:p>") * (depth - 1) + inner + "</rdf:Description>" + "</ex:p></rdf:Description>" * (depth - 1)
        )
        xml_data = (xml + "</rdf:RDF>").encode()
        assert list(ox.parse(xml_data, format=ox.RdfFormat.RDF_XML))
        assert counted_depth(XmlDepth, xml_data, rng) == 2 * depth + 1  # rdf:RDF, and a node and a property a level

        literal = random_text(rng).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        term = f'<{EX}s> <{EX}p> "{literal}"'
        for _level in range(depth):
            term = f"<{EX}s> <{EX}p> <<( {term} )>>"
        nt = f'{term} .\n<{EX}s> <{EX}p> "{literal}" .\n'.encode()
        assert list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
        assert counted_depth(TripleTermDepth, nt, rng) == depth
