"""Workers of one server stop one at a time, and only while another worker listens on the port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.web.stopturn import StopTurn, count_listeners

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="counts listeners through /proc/net")


def listener(port: int = 0) -> socket.socket:
    """A listening SO_REUSEPORT socket on 127.0.0.1, as each granian worker has."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(8)
    return sock


@pytest.fixture
def worker_socket() -> Iterator[socket.socket]:
    """One worker's listening socket."""
    sock = listener()
    yield sock
    sock.close()


def port_of(sock: socket.socket) -> int:
    """The port a socket is bound to."""
    return int(sock.getsockname()[1])


def wait_in_thread(turn: StopTurn) -> threading.Event:
    """Run turn.wait() in a thread; the event is set when it returns."""
    done = threading.Event()
    threading.Thread(target=lambda: (turn.wait(), done.set()), daemon=True).start()
    return done


def test_listeners_are_counted_per_port(worker_socket: socket.socket) -> None:
    port = port_of(worker_socket)
    assert count_listeners(port) == 1
    with listener(port):
        assert count_listeners(port) == 2
    assert count_listeners(port) == 1


def test_a_worker_waits_until_another_listens(worker_socket: socket.socket, tmp_path: Path) -> None:
    turn = StopTurn(tmp_path / "stop.lock", port_of(worker_socket), workers=2, wait_s=5)
    done = wait_in_thread(turn)
    assert not done.wait(0.4), "alone on the port, the worker must not stop yet"
    with listener(port_of(worker_socket)):
        assert done.wait(2)
    turn.release()


def test_workers_stop_one_at_a_time(worker_socket: socket.socket, tmp_path: Path) -> None:
    port = port_of(worker_socket)
    with listener(port):
        first = StopTurn(tmp_path / "stop.lock", port, workers=2, wait_s=5)
        first.wait()
        second = StopTurn(tmp_path / "stop.lock", port, workers=2, wait_s=5)
        done = wait_in_thread(second)
        assert not done.wait(0.4), "the second worker must wait while the first one stops"
        first.release()
        assert done.wait(2)
        second.release()


def test_a_single_worker_does_not_wait_for_another(worker_socket: socket.socket, tmp_path: Path) -> None:
    turn = StopTurn(tmp_path / "stop.lock", port_of(worker_socket), workers=1, wait_s=5)
    started = time.monotonic()
    turn.wait()
    assert time.monotonic() - started < 0.5
    turn.release()


def test_a_turn_never_taken_gives_up_after_its_wait(worker_socket: socket.socket, tmp_path: Path) -> None:
    port = port_of(worker_socket)
    with listener(port):
        holder = StopTurn(tmp_path / "stop.lock", port, workers=2, wait_s=5)
        holder.wait()
        late = StopTurn(tmp_path / "stop.lock", port, workers=2, wait_s=0.3)
        started = time.monotonic()
        late.wait()
        assert 0.3 <= time.monotonic() - started < 1.5
        holder.release()
        late.release()
