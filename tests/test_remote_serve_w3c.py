"""The W3C SPARQL 1.1 Protocol and Graph Store Protocol tests against `kg serve` in front of a real `oxigraph serve`.

The tests are those of test_protocol_w3c.py and test_gsp_w3c.py, written against a `client`; here
the client is a real HTTP client of a real `kg serve --store http://...` whose data lives on the
Oxigraph server. Each protocol test starts from the protocol tests' four graphs; the graph-store
tests are one sequence from an empty store, as there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import test_gsp_w3c, test_protocol_w3c
from tests.remote_serving import LiveClient, reset_server, serve_in_front
from tests.test_remote_store import oxigraph_serve
from tests.w3c.webapp import PROTOCOL_DATA

pytestmark = pytest.mark.socket

# The same test functions, collected here with this module's `client`.
for _suite in (test_protocol_w3c, test_gsp_w3c):
    globals().update({name: test for name, test in vars(_suite).items() if name.startswith("test_")})


@pytest.fixture(scope="module")
def front(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """An Oxigraph server and `kg serve` in front of it: (server URL, endpoint URL)."""
    folder = Path(tmp_path_factory.mktemp("remote-w3c"))
    with oxigraph_serve(folder) as server, serve_in_front(server, folder) as (base, _log):
        yield server, base


@pytest.fixture(scope="module")
def graph_store_sequence(front: tuple[str, str]) -> None:
    """The graph-store sequence starts once, on an empty server."""
    reset_server(front[0])


@pytest.fixture
def client(front: tuple[str, str], request: pytest.FixtureRequest) -> Iterator[LiveClient]:
    """A client of the endpoint in front of the server, the server set up as the test's own suite expects."""
    server, base = front
    if request.function.__module__ == test_protocol_w3c.__name__:
        reset_server(server, PROTOCOL_DATA)
    else:
        request.getfixturevalue("graph_store_sequence")
    live = LiveClient(base)
    yield live
    live.close()
