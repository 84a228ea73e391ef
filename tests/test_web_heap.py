"""The serving processes keep freed heap memory, so repeated queries do not fault their memory back in."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the heap pad is a glibc malloc setting")

# Allocates and frees 16 MB in 4 KiB blocks in a thread (its own malloc arena, like a query thread),
# then counts the page faults of five more rounds.
CHURN = """
import ctypes, resource, sys, threading
from kg.web.heap import keep_heap_pad
if sys.argv[1] == "pad":
    assert keep_heap_pad()
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
def churn():
    blocks = [libc.malloc(4096) for _ in range(4000)]
    for block in blocks:
        libc.free(block)
faults = []
def work():
    churn()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(5):
        churn()
    faults.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
thread = threading.Thread(target=work)
thread.start()
thread.join()
print(faults[0])
"""


def count_churn_faults(mode: str) -> int:
    """Page faults of the churn rounds in a fresh interpreter, with or without the heap pad."""
    done = subprocess.run([sys.executable, "-c", CHURN, mode], capture_output=True, text=True, check=True, timeout=60)
    return int(done.stdout)


def test_freed_memory_stays_mapped_with_the_pad() -> None:
    without, with_pad = count_churn_faults("none"), count_churn_faults("pad")
    assert without > 10_000, f"glibc's default should trim and fault the memory back in ({without} faults)"
    assert with_pad < 1_000, f"with the pad the freed memory stays mapped ({with_pad} faults)"
