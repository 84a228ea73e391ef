"""The W3C SPARQL 1.1 Protocol and Graph Store Protocol tests against `kg serve` in front of a real server.

The tests are those of test_protocol_w3c.py and test_gsp_w3c.py, written against a `client`; here
the client is a real HTTP client of a real `kg serve --store http://...` whose data lives on an
`oxigraph serve` or a throw-away Virtuoso (tests/virtuoso.py; skipped without it unless
KG_VIRTUOSO_TESTS=required). Each protocol test starts from the protocol tests' four graphs; the
graph-store tests are one sequence from an empty store, as there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import test_gsp_w3c, test_protocol_w3c
from tests.remote_serving import LiveClient, reset_server, serve_in_front
from tests.test_remote_store import SERVERS, Server, serve
from tests.w3c.webapp import PROTOCOL_DATA

pytestmark = pytest.mark.socket

# What Virtuoso 7.2 itself does otherwise, checked by hand on the server directly (not through kg).
VIRTUOSO_UNION = "Virtuoso 7.2's default graph is every graph it holds, its own schema graphs (2,500 triples) too"
VIRTUOSO_CLEAR_ALL = "Virtuoso 7.2 answers CLEAR ALL with success and clears nothing"
VIRTUOSO_NO_DEFAULT = "Virtuoso 7.2 has no default graph to write (SP031: CLEAR DEFAULT needs a plain default graph)"
VIRTUOSO_DIFFERS = {
    "test_query_get": VIRTUOSO_UNION,
    "test_query_content_type_select": VIRTUOSO_UNION,
    "test_query_content_type_construct": VIRTUOSO_UNION,
    "test_update_post_form": VIRTUOSO_CLEAR_ALL,
    "test_update_post_direct": VIRTUOSO_CLEAR_ALL,
    "test_put__default_graph": VIRTUOSO_NO_DEFAULT,
    "test_get_of_put__default_graph": VIRTUOSO_NO_DEFAULT,
}

# The same test functions, collected here with this module's `client`.
for _suite in (test_protocol_w3c, test_gsp_w3c):
    globals().update({name: test for name, test in vars(_suite).items() if name.startswith("test_")})


@pytest.fixture(scope="module", params=SERVERS)
def front(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, str]]:
    """A server and `kg serve` in front of it: (server URL, endpoint URL)."""
    folder = Path(tmp_path_factory.mktemp(f"remote-w3c-{request.param}"))
    with serve(request.param, folder) as server, serve_in_front(server, folder) as (base, _log):
        yield server, base


@pytest.fixture(scope="module")
def graph_store_sequence(front: tuple[Server, str]) -> None:
    """The graph-store sequence starts once, on an empty server."""
    reset_server(front[0])


@pytest.fixture
def client(front: tuple[Server, str], request: pytest.FixtureRequest) -> Iterator[LiveClient]:
    """A client of the endpoint in front of the server, the server set up as the test's own suite expects."""
    server, base = front
    if server.kind == "virtuoso" and request.function.__name__ in VIRTUOSO_DIFFERS:
        request.applymarker(pytest.mark.xfail(reason=VIRTUOSO_DIFFERS[request.function.__name__], strict=True))
    if request.function.__module__ == test_protocol_w3c.__name__:
        reset_server(server, PROTOCOL_DATA)
    else:
        request.getfixturevalue("graph_store_sequence")
    live = LiveClient(base)
    yield live
    live.close()
