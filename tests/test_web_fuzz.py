"""A bounded, seeded fuzz of a real `kg serve` on loopback: no 5xx but the timeout, no worker death."""

from __future__ import annotations

import random
import socket
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from tests.procs import listening_pids
from tests.w3c.webapp import AUTH, SAMPLE, running_server

pytestmark = [pytest.mark.socket, pytest.mark.slow]

SEED = 20261205
ROUNDS = 700
KG = "https://w3id.org/spacekg/"
SEED_QUERIES = [
    "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l LIMIT 10",
    f"PREFIX sm: <{KG}ontology#> SELECT ?m (COUNT(?p) AS ?n) WHERE {{ ?p sm:crewMemberOf ?m }} GROUP BY ?m",
    "ASK { ?s ?p ?o FILTER(REGEX(STR(?o), 'soyuz', 'i')) }",
    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{KG}graph/article-1> {{ ?s ?p ?o }} }} LIMIT 5",
    f"DESCRIBE <{KG}mission/soyuz-ms-19>",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } FILTER(!BOUND(?r) || ?r != 1) } LIMIT 3",
    "SELECT (STRLEN(?l) AS ?n) WHERE { ?s ?p ?l . BIND(LANG(?l) AS ?lang) VALUES ?lang { 'en' '' } } LIMIT 4",
]
SEED_UPDATES = [
    "INSERT DATA { GRAPH <urn:fuzz> { <urn:a> <urn:b> 'c' } }",
    "DELETE WHERE { GRAPH <urn:fuzz> { ?s ?p ?o } }",
    "WITH <urn:fuzz> DELETE { ?s ?p ?o } INSERT { ?s ?p 'd' } WHERE { ?s ?p ?o }",
]
FRAGMENTS = [
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "<",
    ">",
    '"',
    "'",
    "#",
    "\\",
    "\\u0053",
    "\\U0001F680",
    "\x00",
    "\ufffd",
    " SERVICE ",
    " SERVICE:x ",
    " LOAD ",
    " SILENT ",
    " GRAPH ?g ",
    " FILTER(",
    " OPTIONAL ",
    " UNION ",
    " LIMIT 99999999999999999999999999999999999999999 ",
    " OFFSET -1 ",
    " VALUES ?x { 1 } ",
    " BIND(1 AS ?s) ",
    " <javascript:alert(1)> ",
    " <file:///etc/passwd> ",
    " <http://127.0.0.1:9/> ",
    " ?s ",
    " . ",
    " ; ",
    " , ",
    " PREFIX : <http://127.0.0.1:9/> ",
    " BASE <http://127.0.0.1:9/> ",
    "🚀",
    " a ",
    " ^^<x:y> ",
    "@en-",
    " ! ",
]
ODD_PATHS = [
    "/person/%00",
    "/person/%3Cscript%3E",
    "/mission/%5C..%5C",
    "/mission/%FF%FE",
    "/..%2F..%2Fetc%2Fpasswd",
    "//sparql",
    "/sparql/%2e%2e/",
    "/ontology/../../x",
    "/" + "a" * 6000,
    "/person/" + "%25" * 300,
    "/rdf-graph-store/%00",
    "/.well-known/void/../../x",
    "/person/ü",
    "/mission/soyuz-ms-19%0d%0aSet-Cookie:x",
]
ODD_GRAPHS = [
    "",
    "relative",
    "<urn:x>",
    "urn:x y",
    "http://[::1",
    "\x00",
    "%FF",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "http://example.org/" + "g" * 3000,
    "urn:fuzz",
    f"{KG}graph/article-1",
    "http://ex.org/a#b#c",
    "::",
]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "FOO"]
CONTENT_TYPES = [
    "application/sparql-query",
    "application/sparql-update",
    "application/x-www-form-urlencoded",
    "text/turtle",
    "application/rdf+xml",
    "application/ld+json",
    "application/n-triples",
    "text/plain; charset=latin-1",
    "multipart/form-data; boundary=x",
    "",
    "application/sparql-query; charset=utf-16",
]
ACCEPTS = [
    "*/*",
    "text/html",
    "application/sparql-results+json",
    "text/csv;q=0.5, x/y;q=2",
    "application/ld+json",
    ";;;",
    "text/*;q=abc",
    "application/rdf+xml;q=0",
    "\u00e9/\u00e9",
    "a" * 2000,
]


def mutate(rng: random.Random, text: str) -> str:
    """Up to three random edits: fragments inserted, characters deleted, the text truncated or a slice repeated."""
    for _ in range(rng.randint(0, 3)):
        position = rng.randint(0, len(text))
        choice = rng.random()
        if choice < 0.5:
            text = text[:position] + rng.choice(FRAGMENTS) + text[position:]
        elif choice < 0.7:
            text = text[:position] + text[position + rng.randint(1, 6) :]
        elif choice < 0.8:
            text = text[:position]
        else:
            piece = text[position : position + rng.randint(1, 12)]
            text = text[:position] + piece * rng.randint(2, 80) + text[position:]
    return text


def fuzz_request(rng: random.Random, base: str, session: requests.Session) -> requests.Response:
    """One random request: a mutated query or update, an odd path, graph IRI, method or header."""
    kind = rng.random()
    headers = {"Accept": rng.choice(ACCEPTS)} if rng.random() < 0.3 else {}
    if kind < 0.45:
        query = mutate(rng, rng.choice(SEED_QUERIES))
        how = rng.random()
        if how < 0.5:
            return session.get(f"{base}/sparql", params={"query": query}, headers=headers, timeout=30)
        if how < 0.8:
            return session.post(f"{base}/sparql", data={"query": query}, headers=headers, timeout=30)
        body = query.encode("utf-8", "surrogatepass")
        headers["Content-Type"] = rng.choice(CONTENT_TYPES)
        return session.post(f"{base}/sparql", data=body, headers=headers, timeout=30)
    if kind < 0.6:
        update = mutate(rng, rng.choice(SEED_UPDATES))
        auth = AUTH if rng.random() < 0.7 else {"Authorization": rng.choice(["Bearer", "Bearer x", "Basic a", ""])}
        return session.post(f"{base}/sparql", data={"update": update}, headers={**headers, **auth}, timeout=30)
    if kind < 0.75:
        return session.request(rng.choice(METHODS), base + rng.choice(ODD_PATHS), headers=headers, timeout=30)
    if kind < 0.9:
        graph = rng.choice(ODD_GRAPHS)
        method = rng.choice(["GET", "PUT", "POST", "DELETE", "HEAD"])
        data = rng.choice([b"<urn:a> <urn:b> <urn:c> .", b"@prefix : <", b"\xff\xfe", b"[" * 500, b""])
        headers.update(AUTH)
        headers["Content-Type"] = rng.choice(CONTENT_TYPES)
        param = rng.choice(["graph", "default-graph-uri", "named-graph-uri"])
        target = "/rdf-graph-store" if param == "graph" else "/sparql"
        url = f"{base}{target}?{param}={quote(graph, safe='')}"
        if target == "/sparql":
            url += "&query=" + quote("ASK { ?s ?p ?o }")
        return session.request(method, url, data=data, headers=headers, timeout=30)
    method = rng.choice(METHODS)
    headers["Content-Type"] = rng.choice(CONTENT_TYPES)
    headers[rng.choice(["X-Forwarded-Host", "Origin", "Range", "If-None-Match", "Accept-Encoding"])] = rng.choice(
        ["gzip;q=x", "*", "bytes=0-1,5-", "x\ty", "null", "http://evil.example"]
    )
    return session.request(method, f"{base}/sparql", data=mutate(rng, "query=ASK{}"), headers=headers, timeout=30)


def raw_exchange(port: int, payload: bytes) -> bytes:
    """Send raw bytes to the server and return the start of what it answers (empty if it just closes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(payload)
        try:
            return conn.recv(64)
        except (ConnectionResetError, TimeoutError):
            return b""


def status_of(head: bytes) -> int | None:
    """The status code at the start of a raw HTTP response, or None if there is none."""
    parts = head.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[0].startswith(b"HTTP/") and parts[1].isdigit() else None


def both_workers_listening(port: int) -> set[int]:
    """The two workers' pids, once both listen (the second may still be starting when /health answers)."""
    deadline = time.monotonic() + 30
    while len(pids := listening_pids(port)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    return pids


def acceptable(response: requests.Response) -> bool:
    """No 5xx, except the documented 503 of a query stopped at its timeout."""
    if response.status_code < 500:
        return True
    return response.status_code == 503 and "longer than" in response.text


def test_fuzzed_requests_never_get_a_5xx_and_no_worker_dies(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    with running_server(tmp_path / "store", SAMPLE, timeout_s=5) as base:
        port = int(base.rsplit(":", 1)[1])
        workers = both_workers_listening(port)
        session = requests.Session()
        failures = []
        statuses: dict[int, int] = {}
        for round_number in range(ROUNDS):
            response = fuzz_request(rng, base, session)
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            if not acceptable(response):
                failures.append((round_number, response.request.method, response.request.url, response.status_code))
        for payload in (
            b"GET /sparql HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nno colon here\r\n\r\n",
            b"BREW /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            b"GET /" + b"x" * 70000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n",
            b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03",
        ):
            status = status_of(raw_exchange(port, payload))
            if status is not None and status >= 500:
                failures.append(("raw", payload[:40], status))
        assert failures == []
        # The fuzz reaches the engine, not only the checks in front of it.
        assert sum(n for status, n in statuses.items() if status < 300) > ROUNDS // 10, statuses
        assert requests.get(f"{base}/health", timeout=10).status_code == 200
        if not statuses.get(
            503
        ):  # a query stopped at its timeout retires its worker on purpose; anything else is a death
            assert listening_pids(port) == workers
