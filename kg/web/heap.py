"""Keep freed heap memory in a serving process rather than giving it back to the kernel after every query.

glibc's malloc trims a heap once its free top passes the trim threshold (128 KiB to start with),
so a query that builds a few megabytes of hash tables (a COUNT(DISTINCT ...) per class, say) pays for its memory again
in page faults the next time: measured on the 1M-triple benchmark store, about 3,200 faults and
6-8 ms of kernel time per count query, about 8 % of its time. A top pad larger than such a
query's working memory keeps those pages mapped between queries.
"""

from __future__ import annotations

import ctypes

M_TOP_PAD = -2
M_MMAP_THRESHOLD = -3
HEAP_PAD_BYTES = 32 * 1024 * 1024
# Setting the pad turns off glibc's sliding mmap threshold; pin it where the sliding one would end.
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024


def keep_heap_pad(pad_bytes: int = HEAP_PAD_BYTES) -> bool:
    """Ask malloc to keep `pad_bytes` free at the top of every heap; False where malloc is not glibc's."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    padded = bool(mallopt(M_TOP_PAD, pad_bytes))
    return padded and bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
