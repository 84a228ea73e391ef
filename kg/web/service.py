"""Descriptions of the service itself: SPARQL Service Description, VoID, the query page and /health."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, request, url_for

from kg.site.descriptionview import render_description_page
from kg.terms import ONTOLOGY_NS, PROV, WELL_KNOWN_PREFIXES
from kg.web import negotiate
from kg.web.context import web_context

blueprint = Blueprint("service", __name__)

SD_PREFIXES = {
    **{name: WELL_KNOWN_PREFIXES[name] for name in ("sd", "void", "dcterms")},
    "formats": "http://www.w3.org/ns/formats/",
}
RESULT_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "nt": "N-Triples",
    "nq": "N-Quads",
    "trig": "TriG",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
}


def describe_service(params: dict[str, list[str]]) -> Response:
    """The service description at the endpoint's URL (browsers get the query editor before this)."""
    values = params.get("format") or params.get("output")
    requested = values[0] if values else None
    fmt = negotiate.choose(negotiate.GRAPH_FORMATS, request.headers.get("Accept"), requested)
    return rdf_response(service_description_turtle(request.base_url), fmt)


@blueprint.route("/service-description")
def service_description() -> Response:
    """The endpoint's Service Description: a readable page for browsers, RDF for RDF clients."""
    endpoint = url_for("protocol.sparql", _external=True).rstrip("/")
    turtle = service_description_turtle(endpoint)
    requested = request.args.get("format")
    if requested is None and negotiate.wants_html(request.headers.get("Accept")):
        return render_description_page("service_description.html", turtle, SD_PREFIXES, endpoint=endpoint)
    fmt = negotiate.choose(negotiate.GRAPH_FORMATS, request.headers.get("Accept"), requested)
    return rdf_response(turtle, fmt)


def service_description_turtle(endpoint: str) -> str:
    """The SPARQL 1.1 Service Description of the endpoint at `endpoint`, in Turtle."""
    settings = web_context().settings
    languages = ["sd:SPARQL11Query"]
    if settings.update_token is not None:
        languages.append("sd:SPARQL11Update")
    formats = ", ".join(
        f"formats:{RESULT_FORMAT_IRIS[f.name]}" for f in negotiate.RESULT_FORMATS + negotiate.GRAPH_FORMATS
    )
    void = url_for("service.void_description", _external=True)
    return f"""@prefix sd: <{SD_PREFIXES["sd"]}> .
@prefix void: <{SD_PREFIXES["void"]}> .
@prefix dcterms: <{SD_PREFIXES["dcterms"]}> .
@prefix formats: <{SD_PREFIXES["formats"]}> .

<{endpoint}#service> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage {", ".join(languages)} ;
    sd:feature sd:UnionDefaultGraph, sd:DereferencesURIs ;
    sd:resultFormat {formats} ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    dcterms:title "Space-mission knowledge graph SPARQL endpoint" ;
    sd:defaultDataset <{void}#dataset> .

<{void}#dataset> a sd:Dataset, void:Dataset ;
    sd:defaultGraph [ a sd:Graph ; dcterms:description "the union of all named graphs" ] ;
    void:sparqlEndpoint <{endpoint}> ;
    void:uriSpace "{settings.base_iri}" .
"""


@blueprint.route("/.well-known/void")
def void_description() -> Response:
    """A VoID description of the dataset, with its size: RDF for RDF clients, a readable page for browsers."""
    requested = request.args.get("format")
    stats = web_context().run("stats", {}).meta
    if requested is None and negotiate.wants_html(request.headers.get("Accept")):
        prefixes = {**SD_PREFIXES, "prov": str(PROV), "sm": ONTOLOGY_NS}
        return render_description_page(
            "void.html", void_turtle(stats), prefixes, triples=int(stats["triples"]), graphs=int(stats["graphs"])
        )
    fmt = negotiate.choose(negotiate.GRAPH_FORMATS, request.headers.get("Accept"), requested)
    return rdf_response(void_turtle(stats), fmt)


def void_turtle(stats: dict[str, int]) -> str:
    """The VoID description of the dataset behind this endpoint (of `stats` size), in Turtle."""
    settings = web_context().settings
    this = request.base_url
    endpoint = url_for("protocol.sparql", _external=True)
    return f"""@prefix void: <{SD_PREFIXES["void"]}> .
@prefix dcterms: <{SD_PREFIXES["dcterms"]}> .

<{this}#dataset> a void:Dataset ;
    dcterms:title "Space-mission knowledge graph" ;
    dcterms:description "Crewed spaceflight missions, crews and events extracted from news articles, with provenance." ;
    void:sparqlEndpoint <{endpoint}> ;
    void:uriSpace "{settings.base_iri}" ;
    void:uriLookupEndpoint <{request.host_url}> ;
    void:triples {int(stats["triples"])} ;
    void:vocabulary <{ONTOLOGY_NS}>, <{PROV}> ;
    void:documents {int(stats["graphs"])} .
"""


def rdf_response(turtle: str, fmt: negotiate.Format) -> Response:
    """Re-serialize a small Turtle document in the negotiated RDF format."""
    triples = [q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]
    assert isinstance(fmt.ox_format, ox.RdfFormat)
    body = ox.serialize(triples, format=fmt.ox_format, prefixes=SD_PREFIXES)
    return Response(body, content_type=fmt.content_type)


@blueprint.route("/health")
def health() -> Response:
    """200 when a query process answers a trivial query within 5 s, else 503."""
    context = web_context()
    context.run("query", health_query(), 5.0)
    return Response('{"status": "ok"}\n', content_type="application/json")


def health_query() -> dict[str, object]:
    """The cheapest query that still goes through a query process and the store."""
    return {
        "text": "ASK {}",
        "fmt": "json",
        "default_graphs": [],
        "named_graphs": [],
        "base_iri": None,
        "own_dataset": False,
    }
