"""RemoteStore: the graph on a SPARQL 1.1 server (Oxigraph server, Virtuoso, Fuseki, ...) instead of a directory.

It keeps the operations the commands use on the embedded store (kg.store.protocol.GraphStore), over
the standard protocols: queries and updates by the SPARQL 1.1 Protocol, each article graph written
by one Graph Store Protocol PUT (or, on servers without one, by one update request). Blank nodes
are skolemized on the way in (servers refuse them in updates, and their labels would not survive
a round trip) and turned back into blank nodes when the graph is read whole.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Mapping
from typing import IO

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import BadInputError, StoreError
from kg.rdf.convert import graph_to_triples
from kg.rdf.inputguard import guard_input
from kg.rdf.read import describe_parse_error
from kg.settings import Settings
from kg.sparql.prefixes import select_used_prefixes
from kg.store.core import describe_syntax_error
from kg.store.sparqlhttp import (
    GRAPH_ACCEPT,
    N_TRIPLES,
    RESULTS_ACCEPT,
    Endpoints,
    Response,
    form,
    send,
    site_of,
    with_parameters,
)

SKOLEM_PATH = ".well-known/genid/"
INSERT_CHUNK = 500
YES, NO = b'{"head":{},"boolean":true}', b'{"head":{},"boolean":false}'
GRAPH_NAMES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
# Virtuoso answers GRAPH ?g { } with one empty solution; it lists its graphs by their triples instead.
GRAPH_NAMES_BY_TRIPLES = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
# Graphs Virtuoso keeps for itself (its schema graphs, its service description), not the user's data.
# A server holding the first is Virtuoso.
VIRTUOSO_GRAPHS = ("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#")
SERVICE = "http://www.w3.org/ns/sparql-service-description#Service"
SERVICE_GRAPHS = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{SERVICE}> }} }}"
# Whether a store holds any triple, in its default graph or a named one.
EVERYTHING = "ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
Subject = ox.NamedNode | ox.BlankNode | ox.Triple
Object = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


class RemoteStore:
    """The store on a SPARQL server: the same operations as KGStore, each one or two HTTP requests."""

    directory = None  # no directory: no locks, no search index beside it
    bulk_load_threads = 1  # a server takes one upload at a time from us

    def __init__(self, endpoints: Endpoints, base_iri: str) -> None:
        self.endpoints = endpoints
        self.skolem_prefix = base_iri + SKOLEM_PATH
        self.hidden: tuple[str, ...] | None = None

    @classmethod
    def open(cls, settings: Settings) -> RemoteStore:
        """The store at `settings.store_url`, with the configured endpoints, credentials and timeout."""
        return cls(Endpoints.from_settings(settings), settings.base_iri)

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def replace_graph(self, iri: str, graph: Graph | Iterable[ox.Triple]) -> int:
        """Replace the named graph `iri` with `graph`'s triples in one request; return its size.

        Oxigraph's server empties the graph, then loads the PUT's body in one transaction: a PUT that
        fails leaves the graph absent, never half written, and running the command again completes it.
        """
        triples = {self.skolemize(t) for t in (graph_to_triples(graph) if isinstance(graph, Graph) else graph)}
        data = bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
        if self.endpoints.graph_store is not None:
            url = with_parameters(self.endpoints.graph_store, [("graph", iri)])
            send(self.endpoints, "PUT", url, body=data, content_type=N_TRIPLES, reading=False)
        else:
            # One update request is one transaction on the server; CREATE fails the second time without SILENT.
            quads = (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in triples)
            self.update(f"DROP SILENT GRAPH <{iri}> ;\nCREATE SILENT GRAPH <{iri}> ;\n{insert_data(quads)}")
        return len(triples)

    def remove_graph(self, iri: str) -> bool:
        """Remove the named graph `iri` and every statement in it; return whether it existed."""
        if not self.has_graph(iri):
            return False
        # SILENT: Virtuoso refuses to drop a graph no CREATE GRAPH made, though it holds triples.
        self.update(f"DROP SILENT GRAPH <{iri}>")
        return True

    def has_graph(self, iri: str) -> bool:
        """Whether the named graph `iri` exists."""
        if self.server_graphs():
            # Virtuoso matches GRAPH ?g { } FILTER(?g = <iri>) for any IRI; its graphs are their triples.
            return bool(self.native_query(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}", own_dataset=True))
        return bool(self.native_query(f"ASK {{ GRAPH ?g {{ }} FILTER(?g = <{iri}>) }}", own_dataset=True))

    def graph_iris(self) -> list[str]:
        """The IRIs of all named graphs but the server's own, sorted."""
        names = self.named_graphs(GRAPH_NAMES)
        if names is None:
            names = self.named_graphs(GRAPH_NAMES_BY_TRIPLES) or []
        hidden = self.server_graphs()
        return sorted(name for name in names if name not in hidden)

    def named_graphs(self, sparql: str) -> list[str] | None:
        """The graph names ?g a query finds, or None if the server left ?g unbound (it cannot run the query)."""
        solutions = self.native_query(sparql, own_dataset=True)
        if not isinstance(solutions, ox.QuerySolutions):  # a server that answers a SELECT with something else
            return None
        names = [s["g"] for s in solutions]
        if any(name is None for name in names):
            return None
        return [name.value for name in names if isinstance(name, ox.NamedNode)]

    def server_graphs(self) -> tuple[str, ...]:
        """The graphs the server keeps for itself, asked once: kg neither shows, counts nor exports them."""
        if self.hidden is None:
            self.hidden = ()
            virtuoso = self.native_query(f"ASK {{ GRAPH <{VIRTUOSO_GRAPHS[0]}> {{ ?s ?p ?o }} }}", own_dataset=True)
            if virtuoso:
                self.hidden = VIRTUOSO_GRAPHS + tuple(self.named_graphs(SERVICE_GRAPHS) or ())
        return self.hidden

    def hide_server_graphs(self) -> str:
        """A FILTER leaving the server's own graphs out of a pattern that binds ?g."""
        hidden = self.server_graphs()
        return "FILTER(!BOUND(?g) || ?g NOT IN (" + ", ".join(f"<{g}>" for g in hidden) + "))" if hidden else ""

    def holds_data(self) -> bool:
        """Whether the server holds a triple outside its own graphs."""
        if not self.native_query(EVERYTHING, own_dataset=True):
            return False
        return not self.server_graphs() or bool(self.native_query(f"ASK {self.data_pattern('?s ?p ?o')}"))

    def data_pattern(self, pattern: str) -> str:
        """A group pattern matching `pattern` in the store's data, the server's own graphs left out."""
        if not self.server_graphs():
            return f"{{ {pattern} }}"
        return f"{{ GRAPH ?g {{ {pattern} }} {self.hide_server_graphs()} }}"

    def graph_sizes(self) -> dict[str, int]:
        """The number of triples in each named graph, by IRI, sorted: one query, not one per graph."""
        solutions = self.native_query(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self.hide_server_graphs()} }} GROUP BY ?g",
            own_dataset=True,
        )
        assert isinstance(solutions, ox.QuerySolutions)
        sizes = {s["g"].value: int(s["n"].value) for s in solutions if isinstance(s["g"], ox.NamedNode)}
        return {iri: sizes.get(iri, 0) for iri in self.graph_iris()}

    def quads(self, graph: str | None = None, *, without: str | None = None) -> list[ox.Quad]:
        """Every quad of one named graph, or of the whole store (leaving out the graph `without`)."""
        if graph is not None:
            return [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in self.graph_triples(graph)]
        if self.server_graphs() and self.endpoints.graph_store is not None:
            # Virtuoso writes a large SELECT's JSON slowly (90 s for 680,000 rows) and its XML loses carriage
            # returns; a graph-store GET per graph gives exact N-Triples in a fraction of that.
            return [quad for name in self.graph_iris() if name != without for quad in self.quads(name)]
        left_out = f"FILTER(!BOUND(?g) || ?g != <{without}>)" if without is not None else ""
        solutions = self.native_query(
            f"SELECT ?s ?p ?o ?g WHERE {{ {self.every_quad()} {self.hide_server_graphs()} {left_out} }}",
            own_dataset=True,
        )
        assert isinstance(solutions, ox.QuerySolutions)
        quads = []
        for s in solutions:
            name = s["g"]
            triple = self.unskolemize(ox.Triple(s["s"], s["p"], s["o"]))
            graph_name = name if isinstance(name, ox.NamedNode) else ox.DefaultGraph()
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, graph_name))
        return quads

    def graph_triples(self, iri: str) -> list[ox.Triple]:
        """The triples of one named graph, its skolem IRIs blank nodes again."""
        if self.endpoints.graph_store is not None:
            url = with_parameters(self.endpoints.graph_store, [("graph", iri)])
            answer = send(self.endpoints, "GET", url, accept=GRAPH_ACCEPT, missing_ok=True)
            if answer is None:
                return []
            triples = read_triples(answer, url)
        else:
            result = self.native_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
            assert isinstance(result, ox.QueryTriples)
            triples = list(result)
        return [self.unskolemize(t) for t in triples]

    def count(self, graph: str | None = None) -> int:
        """The number of quads in one named graph, or in the whole store."""
        pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else f"{self.every_quad()} {self.hide_server_graphs()}"
        solutions = self.native_query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", own_dataset=True)
        assert isinstance(solutions, ox.QuerySolutions)
        for solution in solutions:
            return int(solution["n"].value)
        return 0

    def every_quad(self) -> str:
        """A pattern binding ?s ?p ?o (and ?g, unbound for the default graph) to every quad, each once.

        A server whose default graph is the union of the named graphs (no union parameter
        configured) would give each triple twice with the default graph's branch.
        """
        named = "{ GRAPH ?g { ?s ?p ?o } }"
        return f"{{ ?s ?p ?o }} UNION {named}" if self.endpoints.union_parameter else named

    def native_query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
        own_dataset: bool = False,
        prefixes: Mapping[str, str] | None = None,
    ) -> QueryResult:
        """Run a query on the server; the default graph is the union unless graphs are named or `own_dataset`.

        The query is parsed here first, so a malformed one gets the same message as on the embedded
        store; `prefixes` may be used without PREFIX (the query's own declarations win).
        """
        used = select_used_prefixes(sparql, prefixes) if prefixes else {}
        kind = check_syntax(sparql, base_iri, used, prefixes or {})
        header = "".join(f"PREFIX {name}: <{namespace}>\n" for name, namespace in used.items())
        if base_iri is not None:
            header = f"BASE <{base_iri}>\n" + header
        union = not default_graphs and not named_graphs and not own_dataset
        pairs = [("query", header + sparql)]
        pairs += [("default-graph-uri", g) for g in default_graphs or ()]
        pairs += [("named-graph-uri", g) for g in named_graphs or ()]
        if union and self.endpoints.union_parameter:
            pairs.append((self.endpoints.union_parameter, ""))
        answer = send(
            self.endpoints,
            "POST",
            self.endpoints.query,
            body=form(pairs),
            content_type="application/x-www-form-urlencoded",
            accept=GRAPH_ACCEPT if kind is ox.QueryTriples else RESULTS_ACCEPT,
        )
        assert answer is not None
        result = read_query_answer(answer, self.endpoints.query)
        if kind is ox.QueryBoolean and isinstance(result, ox.QuerySolutions):
            return answer_of_ask_table(result)
        return result

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the server (one request, one transaction on the server)."""
        send(
            self.endpoints,
            "POST",
            self.endpoints.update,
            body=sparql.encode("utf-8"),
            content_type="application/sparql-update",
            reading=False,
        )

    def bulk_load_stream(
        self,
        source: IO[bytes],
        fmt: ox.RdfFormat,
        graph: str | None,
        base_iri: str | None = None,
        *,
        name: str = "the input",
    ) -> None:
        """Load a byte stream (called `name` in errors) in one request; its default-graph triples go to `graph`.

        The file is parsed here first, so one that does not parse sends nothing; the server gets it as
        N-Quads in one dataset POST to the graph store (one transaction on Oxigraph's server), or in one
        update on servers without a graph store.
        """
        to_graph = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        with tempfile.TemporaryFile(prefix="kg-load-", suffix=".nq") as body:
            try:
                quads = ox.parse(guard_input(source, fmt, name), format=fmt, base_iri=base_iri)
                ox.serialize(self.skolemize_quads(quads, to_graph), body, format=ox.RdfFormat.N_QUADS)
            except SyntaxError as exc:
                raise BadInputError(describe_parse_error(exc)) from exc
            except OSError as exc:
                raise BadInputError(f"cannot read {name}: {exc}") from exc
            length = body.tell()
            body.seek(0)
            # A dataset POST is Oxigraph's; Virtuoso's graph store takes one graph at a time.
            if self.endpoints.graph_store is not None and not self.server_graphs():
                send(
                    self.endpoints,
                    "POST",
                    self.endpoints.graph_store,
                    body=body,
                    length=length,
                    content_type="application/n-quads",
                    reading=False,
                )
            else:
                self.update(insert_data(ox.parse(body, format=ox.RdfFormat.N_QUADS)))

    def skolemize_quads(
        self, quads: Iterable[ox.Quad], default_to: ox.NamedNode | ox.DefaultGraph
    ) -> Iterator[ox.Quad]:
        """The quads with their blank nodes skolemized and their default graph's triples moved to `default_to`."""
        for quad in quads:
            triple = self.skolemize(quad.triple)
            graph_name = default_to if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name
            yield ox.Quad(triple.subject, triple.predicate, triple.object, graph_name)

    def skolemize(self, triple: ox.Triple) -> ox.Triple:
        """The triple with its blank nodes replaced by IRIs under the base's /.well-known/genid/."""
        subject, obj = triple.subject, triple.object
        if not isinstance(subject, ox.BlankNode) and not isinstance(obj, ox.BlankNode):
            return triple
        if isinstance(subject, ox.BlankNode):
            subject = ox.NamedNode(self.skolem_prefix + subject.value)
        if isinstance(obj, ox.BlankNode):
            obj = ox.NamedNode(self.skolem_prefix + obj.value)
        return ox.Triple(subject, triple.predicate, obj)

    def unskolemize(self, triple: ox.Triple) -> ox.Triple:
        """The triple with our skolem IRIs turned back into blank nodes."""
        subject: Subject = triple.subject
        obj: Object = triple.object
        if isinstance(subject, ox.NamedNode) and subject.value.startswith(self.skolem_prefix):
            subject = ox.BlankNode(subject.value[len(self.skolem_prefix) :])
        if isinstance(obj, ox.NamedNode) and obj.value.startswith(self.skolem_prefix):
            obj = ox.BlankNode(obj.value[len(self.skolem_prefix) :])
        return ox.Triple(subject, triple.predicate, obj)


def insert_data(quads: Iterable[ox.Quad]) -> str:
    """INSERT DATA operations adding `quads`, grouped by graph, at most INSERT_CHUNK triples each, for one request.

    Virtuoso compiles an INSERT DATA to SQL and refuses one of a few thousand triples.
    """
    graphs: dict[str, list[ox.Triple]] = {}
    for quad in quads:
        key = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        graphs.setdefault(key, []).append(quad.triple)
    operations = []
    for key, triples in graphs.items():
        for start in range(0, len(triples), INSERT_CHUNK):
            chunk = triples[start : start + INSERT_CHUNK]
            data = bytes(ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
            operations.append("INSERT DATA {\n" + (f"GRAPH {key} {{\n{data}}}" if key else data) + "}")
    return " ;\n".join(operations) or "INSERT DATA { }"


def answer_of_ask_table(solutions: ox.QuerySolutions) -> ox.QueryBoolean:
    """The boolean of an ASK that Virtuoso answers as a table: one row holding 1 for yes, no row for no."""
    yes = any(value is not None and value.value in ("1", "true") for row in solutions for value in row)
    return ox.parse_query_results(YES if yes else NO, format=ox.QueryResultsFormat.JSON)  # type: ignore[return-value]


def check_syntax(
    sparql: str, base_iri: str | None, used: dict[str, str], prefixes: Mapping[str, str]
) -> type[QueryResult]:
    """The query's form by the type of its result; QuerySyntaxError if Oxigraph's parser refuses it.

    Parsing on an empty in-memory store evaluates nothing: Oxigraph's solutions are lazy, and
    the result is dropped unread.
    """
    try:
        result = ox.Store().query(sparql, base_iri=base_iri, prefixes=used or None)
    except SyntaxError as exc:
        raise describe_syntax_error(exc, sparql, prefixes) from exc
    return type(result)


def read_query_answer(answer: Response, url: str) -> QueryResult:
    """The solutions, boolean or triples in a query's answer, read by its media type."""
    results_format = ox.QueryResultsFormat.from_media_type(answer.media_type) if answer.media_type else None
    try:
        if results_format is not None:
            # The parser is lazy: read the answer to its end here, so that a truncated one fails now,
            # as a StoreError, and not in the middle of printing its rows.
            parsed = ox.parse_query_results(answer.body, format=results_format)
            if isinstance(parsed, ox.QueryBoolean):
                return parsed
            for _solution in parsed:
                pass
            return ox.parse_query_results(answer.body, format=results_format)
    except SyntaxError as exc:
        raise StoreError(f"the SPARQL server at {site_of(url)} answered with unreadable results: {exc}") from exc
    triples = read_triples(answer, url)
    # pyoxigraph makes QueryTriples only from its own queries: the triples go through an in-memory store.
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    result = scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)
    return result


def read_triples(answer: Response, url: str) -> list[ox.Triple]:
    """The triples of an RDF answer, or StoreError if it does not parse."""
    try:
        return [q.triple for q in ox.parse(answer.body, format=rdf_format_of(answer, url))]
    except SyntaxError as exc:
        raise StoreError(f"the SPARQL server at {site_of(url)} answered with unreadable RDF: {exc}") from exc


def rdf_format_of(answer: Response, url: str) -> ox.RdfFormat:
    """The RDF format of an answer, or StoreError for a media type we cannot read."""
    rdf_format = ox.RdfFormat.from_media_type(answer.media_type) if answer.media_type else None
    if rdf_format is None:
        raise StoreError(
            f"the SPARQL server at {site_of(url)} answered in {answer.media_type or 'no declared format'}, "
            "which kg cannot read"
        )
    return rdf_format
