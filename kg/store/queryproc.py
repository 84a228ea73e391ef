"""A query process: `python -m kg.store.queryproc FD STORE_DIR|- [no-]network MEMORY` (see kg.store.executor).

A STORE_DIR of - means a SPARQL server, which the worker describes in its first message.
"""

from __future__ import annotations

import resource
import signal
import sys
from multiprocessing.connection import Connection
from pathlib import Path

from kg.store.egress import block_network_egress
from kg.store.parentdeath import die_with_parent
from kg.store.queryloop import serve_requests


def main(argv: list[str]) -> None:
    """Serve store operations over the inherited socket until the worker closes it."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if len(argv) > 4:
        limit = int(argv[4])
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    # The SERVICE/LOAD check parses with rdflib (pyparsing recurses deeply); nesting is capped at 64 before.
    sys.setrecursionlimit(20_000)
    if argv[3:4] != ["network"]:  # only an allow-list of SERVICE endpoints lets queries reach the network
        block_network_egress()
    serve_requests(Connection(int(argv[1])), None if argv[2] == "-" else Path(argv[2]))


if __name__ == "__main__":
    main(sys.argv)
