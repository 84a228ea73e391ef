"""A real `kg serve` keeps its memory flat under thousands of linked-data 404s."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from tests.procs import descendants, resident_mib
from tests.w3c.webapp import SAMPLE, serving

pytestmark = [pytest.mark.socket, pytest.mark.slow]

WARM_UP = 300
REQUESTS = 3000
# The leak held ~18 KB per 404 (~55 MiB over these 3,000); a steady worker stays within a few MiB.
MAX_GROWTH_MIB = 20


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads resident memory from /proc")
def test_linked_data_404s_do_not_grow_the_server(tmp_path: Path) -> None:
    with serving(tmp_path / "store", SAMPLE, workers=1) as (base, process, log), requests.Session() as session:
        pages = [({"Accept": "text/turtle"}, "/person/nobody"), ({"Accept": "text/html"}, "/mission/none-such")]
        for i in range(WARM_UP):
            headers, path = pages[i % 2]
            assert session.get(base + path, headers=headers, timeout=10).status_code == 404
        pids = descendants({process.pid})
        before = resident_mib(pids)
        for i in range(REQUESTS):
            headers, path = pages[i % 2]
            assert session.get(base + path, headers=headers, timeout=10).status_code == 404
        growth = resident_mib(pids) - before
    assert growth < MAX_GROWTH_MIB, f"the server grew by {growth:.1f} MiB over {REQUESTS} 404s"
    assert "unsendable" not in log.read_text(errors="replace")
