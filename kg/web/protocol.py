"""The SPARQL 1.1 Protocol at /sparql: queries, updates, the service description and the query editor."""

from __future__ import annotations

from urllib.parse import parse_qsl

from flask import Blueprint, Response, request

from kg.errors import BadInputError, QuerySyntaxError
from kg.settings import Settings
from kg.site.editor import render_editor
from kg.sparql import guard
from kg.sparql import text as sparqltext
from kg.sparql.prefixes import select_used_prefixes
from kg.store.executor import Reply
from kg.terms import project_prefixes
from kg.web import negotiate, service
from kg.web.context import WebContext, endpoint_url, request_timeout, require_write_access, web_context
from kg.web.iris import check_iris
from kg.web.prepared import PreparedQuery
from kg.web.responses import reply_response
from kg.web.syntaxerrors import describe_as_sent

blueprint = Blueprint("protocol", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


class UnsupportedMediaTypeError(BadInputError):
    """A request body in a media type this endpoint does not take."""

    http_status = 415


def parse_pairs(raw: bytes, where: str) -> list[tuple[str, str]]:
    """Decode URL-encoded parameters strictly as UTF-8."""
    try:
        return parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise BadInputError(f"the {where} is not valid UTF-8 (byte {exc.start})") from exc


def read_body_text() -> str:
    """The request body as UTF-8 text; other declared charsets are refused."""
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaTypeError(f"request bodies must be UTF-8, not {charset}")
    try:
        return request.get_data(cache=False).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInputError(f"the request body is not valid UTF-8 (byte {exc.start})") from exc


def collect_params() -> tuple[dict[str, list[str]], str | None, str | None]:
    """Gather the protocol parameters and the query or update text from the URL and body."""
    params: dict[str, list[str]] = {}
    for key, value in parse_pairs(request.query_string, "query string"):
        params.setdefault(key, []).append(value)
    query = update = None
    if request.method == "POST":
        mimetype = request.mimetype
        if mimetype == FORM:
            charset = request.mimetype_params.get("charset", "utf-8").lower()
            if charset not in ("utf-8", "utf8"):
                raise UnsupportedMediaTypeError(f"form bodies must be UTF-8, not {charset}")
            for key, value in parse_pairs(request.get_data(cache=False), "form body"):
                params.setdefault(key, []).append(value)
        elif mimetype == QUERY_TYPE:
            query = read_body_text()
        elif mimetype == UPDATE_TYPE:
            update = read_body_text()
        elif not mimetype:
            raise UnsupportedMediaTypeError(f"a POST needs a Content-Type: {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}")
        else:
            raise UnsupportedMediaTypeError(
                f"unsupported Content-Type {mimetype!r}; use {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}"
            )
    for name in ("query", "update"):
        if len(params.get(name, [])) > 1:
            raise BadInputError(f"the request has {len(params[name])} '{name}' parameters; send exactly one")
    if query is None and "query" in params:
        query = params["query"][0]
    elif query is not None and "query" in params:
        raise BadInputError("the request has a query both in its body and in a 'query' parameter")
    if update is None and "update" in params:
        update = params["update"][0]
    elif update is not None and "update" in params:
        raise BadInputError("the request has an update both in its body and in an 'update' parameter")
    return params, query, update


@blueprint.route("/sparql", methods=["GET", "POST"])
@blueprint.route("/sparql/", methods=["GET", "POST"])
def sparql() -> Response:
    """Answer a query, run an update, describe the service, or give a browser the query editor."""
    params, query, update = collect_params()
    if query is not None and update is not None:
        raise BadInputError("the request has both a query and an update; send one of them")
    if request.method in ("GET", "HEAD") and wants_editor(params, request.headers.get("Accept")):
        return render_editor(query, params)
    if update is not None:
        if request.method != "POST":
            raise MethodNotAllowedError("updates must be sent with POST")
        return run_update(update, params)
    if query is not None:
        return run_query(query, params)
    if request.method == "POST":
        raise BadInputError("the request has neither a 'query' nor an 'update'")
    return service.describe_service(params)


def wants_editor(params: dict[str, list[str]], accept: str | None) -> bool:
    """Whether a GET is a browser asking for the query editor (no format named, HTML preferred), not for results."""
    if params.get("format") or params.get("output") or "update" in params:
        return False
    return negotiate.wants_html(accept)


class MethodNotAllowedError(BadInputError):
    """An operation sent with the wrong HTTP method."""

    http_status = 405


def single(params: dict[str, list[str]], *names: str) -> str | None:
    """The first value of the first parameter present among `names`."""
    for name in names:
        if params.get(name):
            return params[name][0]
    return None


# The request parameters prepare_query reads: with the text, Accept and endpoint, they decide what it prepares.
PREPARE_PARAMS = ("format", "output", "timeout", "default-graph-uri", "named-graph-uri")


def prepare_query(
    text: str, params: dict[str, list[str]], accept: str | None, base_iri: str, settings: Settings
) -> PreparedQuery:
    """Check a query (remote access, form, format, row cap, timeout) without touching the store."""
    if not text.strip():
        raise BadInputError("the query is empty")
    guard.check_nesting(text)
    sent = text
    prefixes = project_prefixes(settings.base_iri)
    tokens = sparqltext.tokenize(text)
    form = sparqltext.find_query_form(tokens)
    if form is None and sparqltext.looks_like_update(tokens):
        raise BadInputError("this is an update, not a query: send it as 'update' with POST")
    formats = negotiate.GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else negotiate.RESULT_FORMATS
    fmt = negotiate.choose(formats, accept, single(params, "format", "output"))
    headers = {}
    if form in ("SELECT", "CONSTRUCT", "DESCRIBE"):
        text, capped = sparqltext.cap_rows(text, tokens, settings.max_result_rows)
        if capped:
            headers["X-SPARQL-MaxRows"] = str(settings.max_result_rows)
    args = {
        "text": text,
        "fmt": fmt.name,
        "default_graphs": check_iris(params.get("default-graph-uri", []), "default-graph-uri"),
        "named_graphs": check_iris(params.get("named-graph-uri", []), "named-graph-uri"),
        "base_iri": base_iri,
        "own_dataset": sparqltext.has_dataset_clause(tokens),
        "prefixes": prefixes_for(text, prefixes),
        # SERVICE is decided in the query process, on the parsed query: parsing is client-driven work,
        # so it runs where the deadline can stop it (kg.sparql.guard).
        "allowlist": settings.service_allowlist,
    }
    return PreparedQuery(args, fmt, headers, request_timeout(single(params, "timeout"), settings), sent)


def prefixes_for(text: str, prefixes: dict[str, str]) -> dict[str, str]:
    """The predeclared prefixes a query process needs for `text`: those its text names, unless escapes hide names."""
    # Each query process would pick them out again (kg.store.core); sending all of them costs a pickle both ways.
    # A \u escape can spell a colon that the parser (and rdflib's) reads but a plain search does not see.
    return prefixes if "\\" in text else select_used_prefixes(text, prefixes)


def run_query(text: str, params: dict[str, list[str]]) -> Response:
    """Evaluate a query in a query process and stream its result in the negotiated format."""
    context = web_context()
    accept, endpoint = request.headers.get("Accept"), endpoint_url()
    key = (text, accept, endpoint, *(tuple(params.get(name, ())) for name in PREPARE_PARAMS))
    prepared = context.prepared.get(key)
    if prepared is None:
        prepared = prepare_query(text, params, accept, endpoint, context.settings)
        context.prepared.put(key, prepared)
    reply = run_prepared(context, prepared)
    response = reply_response(reply, prepared.fmt.content_type)
    response.headers.update(prepared.headers)
    return response


def run_prepared(context: WebContext, prepared: PreparedQuery) -> Reply:
    """Run a prepared query in a query process; a syntax error points into the query as the client sent it."""
    try:
        return context.run("query", prepared.args, prepared.timeout_s)
    except QuerySyntaxError as exc:
        args = prepared.args
        raise describe_as_sent(exc, prepared.sent, args["text"], args["base_iri"], args["prefixes"]) from None


def run_update(text: str, params: dict[str, list[str]]) -> Response:
    """Run an authorised update as one transaction."""
    context = web_context()
    require_write_access(context.settings)
    if not text.strip():
        raise BadInputError("the update is empty")
    guard.check_nesting(text)
    prefixes = project_prefixes(context.settings.base_iri)
    tokens = sparqltext.tokenize(text)
    text = sparqltext.lenient_clear(text, tokens)
    tokens = sparqltext.tokenize(text)
    using = check_iris(params.get("using-graph-uri", []), "using-graph-uri")
    using_named = check_iris(params.get("using-named-graph-uri", []), "using-named-graph-uri")
    text = sparqltext.add_update_dataset(text, tokens, using, using_named)
    timeout = request_timeout(single(params, "timeout"), context.settings)
    args = {
        "text": text,
        "base_iri": endpoint_url(),
        "prefixes": prefixes,
        "allowlist": context.settings.service_allowlist,
    }
    context.run("update", args, timeout)
    return Response("Update succeeded\n", status=200, content_type="text/plain; charset=utf-8")
