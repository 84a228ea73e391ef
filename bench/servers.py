"""Start, probe, measure and stop the SPARQL servers under test (only processes this harness started)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Server:
    """A server process this harness started (or None for one already running) and its query URL."""

    name: str
    url: str
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    command: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    restarts: int = 0

    def rss_bytes(self) -> int:
        """The resident memory of the server and all its descendants (granian main process and workers)."""
        if self.process is None:
            return 0
        return sum(read_rss(pid) for pid in process_tree(self.process.pid))

    def cpu_seconds(self) -> float:
        """CPU time used so far by the server and its descendants."""
        if self.process is None:
            return 0.0
        return sum(read_cpu_seconds(pid) for pid in process_tree(self.process.pid))

    def wait_idle(self, max_seconds: float, sample: float = 0.5) -> bool:
        """Wait until the server uses under 5% of a core over `sample` seconds; False if it never does in time."""
        deadline = time.monotonic() + max_seconds
        while True:
            before = self.cpu_seconds()
            time.sleep(sample)
            if self.cpu_seconds() - before < 0.05 * sample:
                return True
            if time.monotonic() >= deadline:
                return False

    def restart(self) -> None:
        """Stop the server and start it again on the same port (Oxigraph cannot cancel a runaway query)."""
        if self.process is None or self.log is None:
            return
        self.stop()
        fresh = start_server(self.name, self.command, self.url, self.log, self.env)
        self.process = fresh.process
        self.restarts += 1

    def stop(self) -> None:
        """Stop the process group this harness started for the server."""
        if self.process is None or self.process.poll() is not None:
            return
        # The server was started in its own session, so its group holds exactly it and its workers.
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def log_tail(self, lines: int = 15) -> str:
        """The last lines the server wrote, for error messages."""
        if self.log is None or not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(
    name: str, command: list[str], url: str, log: Path, env: dict[str, str] | None = None, timeout: float = 120.0
) -> Server:
    """Start `command` in its own session, logging to `log`, and wait until `url` answers a query."""
    handle = log.open("ab")
    process = subprocess.Popen(
        command, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True, env={**os.environ, **(env or {})}
    )
    handle.close()
    server = Server(name, url, process, log, command, env or {})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{server.log_tail()}")
        if is_ready(url):
            return server
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"{name} did not answer on {url} within {timeout:.0f} s:\n{server.log_tail()}")


def is_ready(url: str) -> bool:
    """Whether the endpoint answers `ASK {}` with 200."""
    probe = f"{url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    request = urllib.request.Request(probe, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def process_tree(root: int) -> list[int]:
    """`root` and every process descending from it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses; the fields after the last ')' do not.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def read_rss(pid: int) -> int:
    """A process's resident set size in bytes (0 if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def read_cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # utime and stime are fields 14 and 15 of stat, i.e. 12 and 13 after the command name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
