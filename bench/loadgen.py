"""A bounded HTTP load generator for one SPARQL GET request: wrk when installed, else a threaded Python client.

Every run is bounded both in requests (`max_requests`) and in time (`max_seconds`), and only ever
talks to 127.0.0.1.
"""

from __future__ import annotations

import http.client
import json
import math
import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

# wrk's own req/s divides by the full -d duration even when the threads stop early at the request cap,
# so the script timestamps the first start and the last response itself (LuaJIT's ffi clock_gettime).
WRK_SCRIPT = r"""
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } kgbench_timespec;
int clock_gettime(int clk_id, kgbench_timespec *tp);
]]
local ts = ffi.new("kgbench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end
local threads = {}
local max_requests = tonumber(os.getenv("KGBENCH_MAX_REQUESTS_PER_THREAD") or "0")
started, finished, seen = 0, 0, 0
function setup(thread) table.insert(threads, thread) end
function init(args) started = now_us() end
function response(status, headers, body)
  seen = seen + 1
  finished = now_us()
  if max_requests > 0 and seen >= max_requests then wrk.thread:stop() end
end
function done(summary, latency, requests)
  local first, last = nil, 0
  for _, t in ipairs(threads) do
    local s, f = t:get("started"), t:get("finished")
    if first == nil or s < first then first = s end
    if f > last then last = f end
  end
  local e = summary.errors
  io.write(string.format(
    'KGBENCH {"requests": %d, "elapsed_us": %d, "errors": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, math.max(last - (first or 0), 1), e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


@dataclass(frozen=True)
class RunResult:
    """What one bounded run measured."""

    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p99_ms: float

    @property
    def rps(self) -> float:
        """Completed requests per second."""
        return self.requests / self.seconds if self.seconds > 0 else 0.0


def check_loopback(url: str) -> None:
    """Refuse any URL that is not on 127.0.0.1."""
    if urlsplit(url).hostname != "127.0.0.1":
        raise ValueError(f"the load generator only talks to 127.0.0.1, not {url}")


def wrk_available() -> bool:
    """Whether the wrk binary is on PATH."""
    return shutil.which("wrk") is not None


def run_load(
    url: str,
    accept: str,
    *,
    concurrency: int,
    max_requests: int,
    max_seconds: float,
    expected_seconds: float,
    client: str,
) -> RunResult:
    """Send GET `url` with `concurrency` connections until `max_requests` answers or `max_seconds` pass."""
    check_loopback(url)
    if client == "wrk":
        return _run_wrk(url, accept, concurrency, max_requests, max_seconds, expected_seconds)
    return _run_python(url, accept, concurrency, max_requests, max_seconds)


def _run_wrk(
    url: str, accept: str, concurrency: int, max_requests: int, max_seconds: float, expected_seconds: float
) -> RunResult:
    threads = min(concurrency, os.cpu_count() or 1, 2)
    # wrk always runs for its whole -d, so ask for little more than the request cap should take.
    duration = max(1, min(math.ceil(max_seconds), math.ceil(expected_seconds * 1.5)))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    try:
        env = {**os.environ, "KGBENCH_MAX_REQUESTS_PER_THREAD": str(math.ceil(max_requests / threads))}
        command = [
            "wrk", f"-t{threads}", f"-c{concurrency}", f"-d{duration}s", f"--timeout={math.ceil(max_seconds)}s",
            "-s", script.name, "-H", f"Accept: {accept}", url,
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=duration + 30, check=False)
    finally:
        Path(script.name).unlink(missing_ok=True)
    for line in done.stdout.splitlines():
        if line.startswith("KGBENCH "):
            data = json.loads(line.removeprefix("KGBENCH "))
            return RunResult(
                data["requests"], data["elapsed_us"] / 1e6, data["errors"], data["p50_us"] / 1e3, data["p99_us"] / 1e3
            )
    raise RuntimeError(f"wrk gave no result (exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}")


class _PythonClient:
    """Threads, each with one keep-alive connection, sharing a request budget and a deadline."""

    def __init__(self, url: str, accept: str, max_requests: int, max_seconds: float) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.target = parts.path + (f"?{parts.query}" if parts.query else "")
        self.headers = {"Accept": accept}
        self.max_requests, self.max_seconds = max_requests, max_seconds
        self.lock = threading.Lock()
        self.issued = 0
        self.errors = 0
        self.latencies: list[float] = []
        self.deadline = 0.0

    def take(self) -> bool:
        """Claim one request from the budget, unless it or the time is used up."""
        with self.lock:
            if self.issued >= self.max_requests or time.perf_counter() >= self.deadline:
                return False
            self.issued += 1
            return True

    def work(self) -> None:
        """Send requests on one connection until the budget or the time runs out."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.max_seconds)
        while self.take():
            started = time.perf_counter()
            try:
                connection.request("GET", self.target, headers=self.headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection(self.host, self.port, timeout=self.max_seconds)
            latency = time.perf_counter() - started
            with self.lock:
                self.latencies.append(latency)
                self.errors += not ok
        connection.close()


def _run_python(url: str, accept: str, concurrency: int, max_requests: int, max_seconds: float) -> RunResult:
    client = _PythonClient(url, accept, max_requests, max_seconds)
    started = time.perf_counter()
    client.deadline = started + max_seconds
    workers = [threading.Thread(target=client.work, daemon=True) for _ in range(concurrency)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(max_seconds * 2 + 5)
    seconds = time.perf_counter() - started
    latencies = sorted(client.latencies)
    return RunResult(
        len(latencies), seconds, client.errors, percentile(latencies, 50) * 1e3, percentile(latencies, 99) * 1e3
    )


def percentile(sorted_values: list[float], pct: float) -> float:
    """The nearest-rank percentile of an already sorted list (0 for an empty one)."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]
