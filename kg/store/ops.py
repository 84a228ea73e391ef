"""The store operations the query process runs: queries, updates, graph reads and writes, descriptions.

Everything here runs in the killable query process (see kg.store.executor), never in the web worker.
Results are serialized natively by pyoxigraph and handed to a `sink` in chunks.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import BadInputError, KGError, NotFoundError, StoreError
from kg.rdf.inputguard import check_input
from kg.sparql.guard import check_remote_access
from kg.sparql.prefixes import select_used_prefixes
from kg.store import KGStore, describe_syntax_error
from kg.store.search import current_generation, open_in_step
from kg.terms import WELL_KNOWN_PREFIXES

log = logging.getLogger(__name__)

RDF = WELL_KNOWN_PREFIXES["rdf"]
NIF = WELL_KNOWN_PREFIXES["nif"]
PROV = WELL_KNOWN_PREFIXES["prov"]
RDFS = WELL_KNOWN_PREFIXES["rdfs"]
LABEL_PREDICATES = (f"{RDFS}label", f"{WELL_KNOWN_PREFIXES['skos']}prefLabel", f"{WELL_KNOWN_PREFIXES['schema']}name")
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
# The prefixes of RDF results (CONSTRUCT, DESCRIBE, graphs, descriptions): the common ones, not every one we know.
PREFIXES = {
    name: WELL_KNOWN_PREFIXES[name]
    for name in ("rdf", "rdfs", "xsd", "owl", "prov", "schema", "skos", "dcterms", "nif", "sm")
}


def run_query(
    store: KGStore,
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
    """Evaluate a query and serialize its result in `fmt` into `sink`; `prefixes` need no PREFIX in it.

    SERVICE calls to endpoints not in `allowlist` are refused before the query runs.
    """
    check_remote_access(text, tuple(allowlist), update=False, base_iri=base_iri, prefixes=prefixes)
    try:
        result = store.native_query(
            text,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            base_iri=base_iri,
            # The query's FROM / FROM NAMED define its dataset; Oxigraph ignores them under union mode.
            own_dataset=own_dataset and not default_graphs and not named_graphs,
            prefixes=prefixes,
        )
        if isinstance(result, ox.QueryTriples):
            ox.serialize(result, sink, format=RDF_FORMATS[fmt], prefixes=PREFIXES)
        elif isinstance(result, ox.QueryBoolean):  # a few bytes: whole, without pyoxigraph calling back into the sink
            sink.write(result.serialize(format=RESULT_FORMATS[fmt]) or b"")
        else:
            result.serialize(sink, format=RESULT_FORMATS[fmt])
    except SyntaxError as exc:
        raise describe_syntax_error(exc) from exc
    except KGError:
        raise
    except (OSError, ValueError) as exc:
        # Everything the query reads came from the client: its text, dataset and base IRI.
        raise BadInputError(f"the query could not be evaluated: {exc}") from exc


def run_update(
    store: KGStore,
    text: str,
    base_iri: str | None,
    prefixes: dict[str, str] | None = None,
    touched: list[str] | None = None,
) -> None:
    """Run a SPARQL update as one transaction; `prefixes` (by default the well-known ones) need no PREFIX in it.

    `touched` names the graphs the update may change, for the search index (None: any).
    """
    known = WELL_KNOWN_PREFIXES if prefixes is None else prefixes
    store.note_write(touched)
    try:
        store.native.update(text, base_iri=base_iri, prefixes=select_used_prefixes(text, known))
    except SyntaxError as exc:
        raise describe_syntax_error(exc, text, known) from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise BadInputError(f"the update could not be applied: {exc}") from exc


def graph_name(iri: str | None) -> ox.NamedNode | ox.DefaultGraph:
    """The Oxigraph graph name for an IRI, or the default graph for None."""
    return ox.DefaultGraph() if iri is None else ox.NamedNode(iri)


def graph_exists(store: KGStore, iri: str | None) -> bool:
    """Whether the named graph exists (the default graph always does)."""
    return iri is None or store.has_graph(iri)


def dump_graph(store: KGStore, sink: IO[bytes], iri: str | None, fmt: str) -> None:
    """Serialize one graph of the store into `sink`, or raise NotFoundError."""
    if not graph_exists(store, iri):
        raise NotFoundError(f"no graph <{iri}> in this store")
    quads = store.native.quads_for_pattern(None, None, None, graph_name(iri))
    ox.serialize((q.triple for q in quads), sink, format=RDF_FORMATS[fmt], prefixes=PREFIXES)


def parse_payload(data: bytes, fmt: str, base_iri: str) -> list[ox.Triple]:
    """Parse an uploaded RDF document (triples only) or raise BadInputError with the parser's message."""
    check_input(data, RDF_FORMATS[fmt], f"the {fmt} payload")
    try:
        quads = list(ox.parse(data, format=RDF_FORMATS[fmt], base_iri=base_iri))
    except SyntaxError as exc:
        raise BadInputError(f"the {fmt} payload does not parse: {' '.join(str(exc).split())}") from exc
    except (OSError, ValueError) as exc:
        raise BadInputError(f"the {fmt} payload cannot be read: {exc}") from exc
    if any(not isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        raise BadInputError("the payload names graphs; send triples (Turtle, N-Triples, RDF/XML, JSON-LD)")
    return [q.triple for q in quads]


def write_graph(store: KGStore, iri: str | None, triples: list[ox.Triple], replace: bool) -> bool:
    """Replace (PUT) or extend (POST) one graph in a single transaction; return whether it was created."""
    created = not graph_exists(store, iri)
    run_update(store, graph_write_update(iri, triples, replace), None, touched=None if iri is None else [iri])
    return created


def graph_write_update(iri: str | None, triples: list[ox.Triple], replace: bool) -> str:
    """The one update that replaces (PUT) or extends (POST) a graph (None: the default graph) with `triples`."""
    target = "DEFAULT" if iri is None else f"GRAPH <{iri}>"
    data = bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    inner = data if iri is None else f"GRAPH <{iri}> {{ {data} }}"
    operations = []
    if replace:
        operations.append(f"CLEAR SILENT {target}")
    if iri is not None:
        operations.append(f"CREATE SILENT GRAPH <{iri}>")
    operations.append(f"INSERT DATA {{ {inner} }}")
    return " ;\n".join(operations)


def delete_graph(store: KGStore, iri: str | None) -> None:
    """Remove a named graph, or empty the default graph; raise NotFoundError for an unknown graph."""
    if iri is None:
        run_update(store, "CLEAR DEFAULT", None)
        return
    if not store.remove_graph(iri):
        raise NotFoundError(f"no graph <{iri}> in this store")


def describe(store: KGStore, sink: IO[bytes] | None, iri: str, fmt: str | None, namespace: bool = False) -> Any:
    """Describe a resource: its triples, its neighbours' labels and the provenance statements about it.

    With a sink, serialize in `fmt`; without, return the triples for the HTML page.
    """
    triples = construct_triples(store, describe_query(iri, namespace))
    if not triples and store.has_graph(iri):
        triples = [q.triple for q in store.native.quads_for_pattern(None, None, None, ox.NamedNode(iri))]
    if not triples:
        raise NotFoundError(f"nothing is known about <{iri}>")
    if sink is None:
        return [(encode_term(t.subject), encode_term(t.predicate), encode_term(t.object)) for t in triples]
    ox.serialize(triples, sink, format=RDF_FORMATS[fmt or "turtle"], prefixes=PREFIXES)
    return None


def construct_triples(store: KGStore, text: str) -> list[ox.Triple]:
    """The triples a CONSTRUCT query builds, read to the end here.

    Oxigraph's result iterators may only be released by the thread that made them (pyo3 leaks
    them otherwise), so none may outlive this call, not even in the frame of a traceback.
    """
    result = store.native.query(text, use_default_graph_as_union=True)
    try:
        return list(result) if isinstance(result, ox.QueryTriples) else []
    finally:
        del result


def describe_query(iri: str, namespace: bool) -> str:
    """The CONSTRUCT query behind `describe`: triples, labels, reified statements with their spans and sentences."""
    labels = " ".join(f"<{p}>" for p in LABEL_PREDICATES)
    if namespace:
        subject = f"?r ?p ?o . FILTER(STRSTARTS(STR(?r), {escape_string(iri)}) || ?r = <{iri.rstrip('#')}>)"
    else:
        subject = f"BIND(<{iri}> AS ?r) ?r ?p ?o ."
    statement = f"?st <{RDF}subject> <{iri}>"
    return f"""
CONSTRUCT {{
  ?r ?p ?o . ?o ?lp ?ol . ?st ?sp ?so . ?ph ?php ?pho . ?sent ?sentp ?sento . ?ctx <{NIF}sourceUrl> ?article .
  ?in ?ip ?r . ?in ?lp2 ?inl .
}}
WHERE {{
  {{ {subject} OPTIONAL {{ VALUES ?lp {{ {labels} }} ?o ?lp ?ol }} }}
  UNION {{ {statement} ; ?sp ?so . }}
  UNION {{ {statement} ; <{PROV}wasDerivedFrom> ?ph . ?ph ?php ?pho .
           OPTIONAL {{ ?ph <{NIF}referenceContext> ?ctx . ?ctx <{NIF}sourceUrl> ?article }} }}
  UNION {{ {statement} ; <{PROV}wasDerivedFrom>/<{NIF}sentence> ?sent . ?sent ?sentp ?sento
           FILTER(?sentp != <{NIF}isString>) }}
  UNION {{ {{ SELECT ?in ?ip WHERE {{ ?in ?ip <{iri}> FILTER(?ip NOT IN (<{RDF}subject>, <{RDF}object>)) }}
             LIMIT 500 }}
          BIND(<{iri}> AS ?r)
          OPTIONAL {{ VALUES ?lp2 {{ {labels} }} ?in ?lp2 ?inl }} }}
}}"""


def escape_string(text: str) -> str:
    """A SPARQL string literal for `text`."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def encode_term(term: Any) -> tuple[str, str, str]:
    """A picklable (kind, value, extra) form of a term: extra is the datatype or language of a literal."""
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value, "")
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, "")
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.language or term.datatype.value)
    return ("other", str(term), "")


def failure_of(exc: BaseException) -> KGError:
    """The error a client gets when a store operation raised `exc` (no KGError): 503 for I/O, else 500."""
    if isinstance(exc, OSError):
        return StoreError(f"the store failed: {type(exc).__name__}: {exc}")
    log.error("unexpected error in a store operation", exc_info=exc)
    return KGError(f"internal error: {type(exc).__name__}; see the server log")


def count_stats(store: KGStore) -> dict[str, int]:
    """Numbers for the VoID and service descriptions."""
    return {"triples": len(store.native), "graphs": len(store.graph_iris())}


def search_text(store: KGStore, text: str, kind: str | None, limit: int) -> dict[str, Any]:
    """Full-text search of the store's index (rebuilt first if it is out of step): {"hits": [...]}, best first."""
    if store.directory is None:
        raise StoreError("full-text search needs an on-disk store")
    with open_in_step(store.directory, store.native, current_generation(store.directory)) as index:
        return {"hits": [asdict(hit) for hit in index.search(text, kind, limit)]}


def overview(store: KGStore, latest: int = 10) -> dict[str, Any]:
    """What the home page shows: how many resources of each kind, and the latest flights with their dates."""
    if store.directory is None:
        raise StoreError("the overview needs an on-disk store")
    with open_in_step(store.directory, store.native, current_generation(store.directory)) as index:
        return {"counts": index.counts(), "flights": index.latest("flight", latest)}
