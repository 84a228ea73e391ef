"""The server's store operations when the store is a SPARQL server (`kg serve --store http://...`).

The query process (kg.store.queryloop) runs these instead of kg.store.ops. A query goes to the
server with the Accept header of the format the client negotiated with us, and the server's bytes
are passed on as they arrive (converted here when the server answers in another format, or writes
one of its own, as Virtuoso's TSV). A graph is read whole, its skolem IRIs turned back into blank nodes.
Updates and graph writes, whose token the web app has checked, are forwarded as one request each:
one transaction on the server. A resource's description is the same CONSTRUCT as on the embedded
store, run by the server. Search and the home page's overview use an index kept beside the
server (kg.store.remotesearch).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any, Protocol, cast

import pyoxigraph as ox

from kg.errors import BadInputError, NotFoundError, StoreError
from kg.sparql.guard import check_remote_access
from kg.sparql.prefixes import select_used_prefixes
from kg.store import describe_syntax_error, ops
from kg.store.remote import RemoteStore, check_syntax, insert_data, read_query_answer
from kg.store.remotesearch import SearchMirror
from kg.store.sparqlhttp import Endpoints, Response, form, open_request, read_answer
from kg.terms import WELL_KNOWN_PREFIXES

FORM = "application/x-www-form-urlencoded"
CHUNK_BYTES = 64 * 1024
RESULT_MEDIA = {name: fmt.media_type.split(";")[0] for name, fmt in ops.RESULT_FORMATS.items()}
RDF_MEDIA = {name: fmt.media_type.split(";")[0] for name, fmt in ops.RDF_FORMATS.items()}
# Formats every SPARQL server answers and kg reads back, asked for second in case the first is not offered.
RESULTS_FALLBACK = "application/sparql-results+json"
GRAPH_FALLBACK = "application/n-triples"
# Virtuoso 7.2 writes a TSV of its own (names and IRIs in double quotes, no '?' or '<>'), which SPARQL
# clients cannot read: from a server that keeps graphs of its own (Virtuoso), it is made here from JSON.
VIRTUOSO_UNREADABLE = ("tsv",)


@dataclass(frozen=True)
class RemoteTarget:
    """What a query process needs to work on a SPARQL server: its endpoints, the base IRI, a folder for the index."""

    endpoints: Endpoints
    base_iri: str
    search_dir: str


class Sender(Protocol):
    """Where an operation writes its result, and says that a write has started (kg.store.queryloop.ChunkSender)."""

    def write(self, data: bytes) -> int:
        """Send result bytes on."""
        ...

    def announce_write(self) -> None:
        """Tell the worker that a write is under way and must not be cut off."""
        ...


class RemoteOperations:
    """The store operations of one query process on a SPARQL server."""

    def __init__(self, target: RemoteTarget) -> None:
        self.store = RemoteStore(target.endpoints, target.base_iri)
        self.search = SearchMirror(self.store, target.search_dir)

    def perform(self, op: str, args: dict[str, Any], sender: Sender) -> dict[str, Any] | None:
        """Run one named store operation on the server."""
        sink = cast(IO[bytes], sender)
        store = self.store
        if op == "query":
            run_query(store, sink, **args)
        elif op == "graph_get":
            dump_graph(store, sink, args["iri"], args["fmt"])
        elif op == "graph_exists":
            return {"exists": graph_exists(store, args["iri"])}
        elif op == "describe":
            return {"triples": describe(store, sink if args["fmt"] else None, **args)}
        elif op == "stats":
            return {"triples": store.count(), "graphs": len(store.graph_iris())}
        elif op == "search":
            return {"hits": self.search.search(args["text"], args["kind"], args["limit"])}
        elif op == "overview":
            return self.search.overview()
        elif op == "update":
            check_remote_access(
                args["text"],
                tuple(args.get("allowlist", ())),
                update=True,
                base_iri=args["base_iri"],
                prefixes=args.get("prefixes"),
            )
            sender.announce_write()  # sent, the update runs to its end on the server whatever we do
            run_update(store, args["text"], args["base_iri"], args.get("prefixes"))
        elif op == "graph_put":
            parts = args["parts"]
            # Skolemized as kg's own writes are: servers such as Virtuoso refuse blank nodes in an update.
            triples = [
                store.skolemize(t) for data, fmt in parts for t in ops.parse_payload(data, fmt, args["base_iri"])
            ]
            created = not graph_exists(store, args["iri"])
            sender.announce_write()
            store.update(graph_write_update(args["iri"], triples, args["replace"]))
            return {"created": created}
        elif op == "graph_delete":
            delete_graph(store, args["iri"], sender)
        else:
            raise StoreError(f"unknown store operation {op!r}")
        return None


def run_query(
    store: RemoteStore,
    sink: IO[bytes],
    text: str,
    fmt: str,
    default_graphs: list[str],
    named_graphs: list[str],
    base_iri: str | None,
    own_dataset: bool,
    prefixes: dict[str, str] | None = None,
    allowlist: tuple[str, ...] = (),
) -> None:
    """Check a query as the embedded store would, send it to the server and pass its answer on in `fmt`."""
    check_remote_access(text, tuple(allowlist), update=False, base_iri=base_iri, prefixes=prefixes)
    # The query's FROM / FROM NAMED define its dataset; the union parameter would override them.
    own_dataset = own_dataset and not default_graphs and not named_graphs
    used = select_used_prefixes(text, prefixes) if prefixes else {}
    if check_syntax(text, base_iri, used, prefixes or {}) is ox.QueryBoolean:
        # A yes or no is small; read back, it is a proper boolean also from servers that answer ASK as a table.
        answer = store.native_query(
            text,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            base_iri=base_iri,
            own_dataset=own_dataset,
            prefixes=prefixes,
        )
        write_result(answer, fmt, sink)
        return
    fields = query_fields(
        store,
        text,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        base_iri=base_iri,
        own_dataset=own_dataset,
        used=used,
    )
    convert = fmt in VIRTUOSO_UNREADABLE and bool(store.server_graphs())
    forward_query(store.endpoints, form(fields), fmt, sink, pass_on=not convert)


def query_fields(
    store: RemoteStore,
    text: str,
    *,
    default_graphs: list[str],
    named_graphs: list[str],
    base_iri: str | None,
    own_dataset: bool,
    used: Mapping[str, str],
) -> list[tuple[str, str]]:
    """The form fields of a checked query: its text with the `used` prefixes declared, its dataset, the union switch."""
    header = "".join(f"PREFIX {name}: <{namespace}>\n" for name, namespace in used.items())
    if base_iri is not None:
        header = f"BASE <{base_iri}>\n" + header
    fields = [("query", header + text)]
    fields += [("default-graph-uri", g) for g in default_graphs]
    fields += [("named-graph-uri", g) for g in named_graphs]
    if not default_graphs and not named_graphs and not own_dataset and store.endpoints.union_parameter:
        fields.append((store.endpoints.union_parameter, ""))
    return fields


def forward_query(endpoints: Endpoints, body: bytes, fmt: str, sink: IO[bytes], pass_on: bool = True) -> None:
    """POST a query to the server asking for `fmt`; copy the answer to `sink` as it comes, or convert it.

    Unless `pass_on`, the server is asked for the fallback format and its answer converted to `fmt` here.
    """
    fallback = RESULTS_FALLBACK if fmt in RESULT_MEDIA else GRAPH_FALLBACK
    wanted = RESULT_MEDIA.get(fmt) or RDF_MEDIA[fmt]
    accept = wanted if wanted == fallback else f"{wanted}, {fallback};q=0.5"
    if not pass_on:
        accept = fallback
    url = endpoints.query
    answer = open_request(endpoints, "POST", url, body=body, content_type=FORM, accept=accept)
    assert answer is not None  # a 404 is an error unless asked otherwise
    with answer:
        media_type = answer.headers.get_content_type() if answer.headers.get("Content-Type") else ""
        if pass_on and media_type == wanted:
            while chunk := read_answer(answer, url, endpoints.timeout_s, True, CHUNK_BYTES):
                sink.write(chunk)
            return
        whole = read_answer(answer, url, endpoints.timeout_s, True)
    write_result(read_query_answer(Response(200, media_type, whole), url), fmt, sink)


def write_result(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str, sink: IO[bytes]) -> None:
    """Serialize a result read back from the server in `fmt`."""
    if isinstance(result, ox.QueryTriples) and fmt in ops.RDF_FORMATS:
        ox.serialize(result, sink, format=ops.RDF_FORMATS[fmt], prefixes=ops.PREFIXES)
    elif not isinstance(result, ox.QueryTriples) and fmt in ops.RESULT_FORMATS:
        result.serialize(sink, format=ops.RESULT_FORMATS[fmt])
    else:
        raise StoreError(f"the SPARQL server answered with another kind of result than {fmt} can hold")


def run_update(store: RemoteStore, text: str, base_iri: str | None, prefixes: dict[str, str] | None = None) -> None:
    """Send an update to the server with the prefixes it uses and our base; the server checks its syntax."""
    used = select_used_prefixes(text, WELL_KNOWN_PREFIXES if prefixes is None else prefixes)
    header = "".join(f"PREFIX {name}: <{namespace}>\n" for name, namespace in used.items())
    if base_iri is not None:
        header = f"BASE <{base_iri}>\n" + header
    try:
        store.update(header + text)
    except BadInputError as refused:
        # The server's message for a syntax error is its own; the embedded store's says where it is.
        check_update_syntax(text, base_iri, used, refused)
        raise


def check_update_syntax(text: str, base_iri: str | None, used: dict[str, str], refused: BadInputError) -> None:
    """Raise the embedded store's QuerySyntaxError for an update the server refused, if it does not parse.

    Oxigraph parses an update before it runs any of it; on an in-memory store of its own, whatever
    a well-formed update does is dropped with it.
    """
    try:
        ox.Store().update(text, base_iri=base_iri, prefixes=used or None)
    except SyntaxError as exc:
        raise describe_syntax_error(exc, text, used) from refused
    except (OSError, ValueError, RuntimeError):
        return


def graph_exists(store: RemoteStore, iri: str | None) -> bool:
    """Whether the named graph exists on the server (the default graph always does)."""
    return iri is None or store.has_graph(iri)


def dump_graph(store: RemoteStore, sink: IO[bytes], iri: str | None, fmt: str) -> None:
    """Pass one graph of the server on in `fmt`, or raise NotFoundError."""
    if not graph_exists(store, iri):
        raise NotFoundError(f"no graph <{iri}> in this store")
    if iri is None:
        # No union parameter: the default graph itself.
        result = store.native_query("CONSTRUCT WHERE { ?s ?p ?o }", own_dataset=True)
        triples = [store.unskolemize(t) for t in result] if isinstance(result, ox.QueryTriples) else []
    else:
        triples = store.graph_triples(iri)
    # Read whole, not passed on: the blank nodes written through us come back from the server as skolem IRIs.
    ox.serialize(triples, sink, format=ops.RDF_FORMATS[fmt], prefixes=ops.PREFIXES)


def graph_write_update(iri: str | None, triples: list[ox.Triple], replace: bool) -> str:
    """The one update that replaces (PUT) or extends (POST) a graph (None: the default graph) on the server.

    Its INSERT DATA comes in pieces (kg.store.remote.insert_data), which servers such as Virtuoso need.
    """
    target = "DEFAULT" if iri is None else f"GRAPH <{iri}>"
    name = ox.DefaultGraph() if iri is None else ox.NamedNode(iri)
    operations = [f"CLEAR SILENT {target}"] if replace else []
    if iri is not None:
        operations.append(f"CREATE SILENT GRAPH <{iri}>")
    operations.append(insert_data(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples))
    return " ;\n".join(operations)


def delete_graph(store: RemoteStore, iri: str | None, sender: Sender) -> None:
    """Remove a named graph, or empty the default graph; raise NotFoundError for an unknown graph."""
    if iri is not None and not store.has_graph(iri):
        raise NotFoundError(f"no graph <{iri}> in this store")
    sender.announce_write()
    store.update("CLEAR DEFAULT" if iri is None else f"DROP GRAPH <{iri}>")


def describe(store: RemoteStore, sink: IO[bytes] | None, iri: str, fmt: str | None, namespace: bool = False) -> Any:
    """Describe a resource as kg.store.ops.describe does, the CONSTRUCT run by the server."""
    result = store.native_query(ops.describe_query(iri, namespace))
    triples = list(result) if isinstance(result, ox.QueryTriples) else []
    if not triples and store.has_graph(iri):
        triples = store.graph_triples(iri)
    if not triples:
        raise NotFoundError(f"nothing is known about <{iri}>")
    if sink is None:
        return [(ops.encode_term(t.subject), ops.encode_term(t.predicate), ops.encode_term(t.object)) for t in triples]
    ox.serialize(triples, sink, format=ops.RDF_FORMATS[fmt or "turtle"], prefixes=ops.PREFIXES)
    return None
