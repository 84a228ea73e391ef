"""Give a thread that runs a long query longer CPU time slices (Linux 6.12+ EEVDF custom slices).

With more heavy queries in flight than cores, the scheduler switches between them every few
milliseconds and each switch costs the incoming query its cache: measured with eight count
queries on two cores, about 10 % more CPU per query than with two. A long slice (the kernel
caps it at 100 ms) makes heavy queries take turns rarely; and since a task's virtual deadline
is its slice away, threads on default slices (requests, cheap queries) still get the CPU first
when they wake. Older kernels accept the call and ignore the slice; other systems skip it.
"""

from __future__ import annotations

import ctypes
import os
import platform

LONG_SLICE_S = 0.1
SCHED_SETATTR = {"x86_64": 314, "aarch64": 274}
FAIR_POLICIES = {getattr(os, "SCHED_OTHER", 0), getattr(os, "SCHED_BATCH", 3)}


class SchedAttr(ctypes.Structure):
    """struct sched_attr of sched_setattr(2), version 1 (56 bytes)."""

    _fields_ = [
        ("size", ctypes.c_uint32),
        ("sched_policy", ctypes.c_uint32),
        ("sched_flags", ctypes.c_uint64),
        ("sched_nice", ctypes.c_int32),
        ("sched_priority", ctypes.c_uint32),
        ("sched_runtime", ctypes.c_uint64),
        ("sched_deadline", ctypes.c_uint64),
        ("sched_period", ctypes.c_uint64),
        ("sched_util_min", ctypes.c_uint32),
        ("sched_util_max", ctypes.c_uint32),
    ]


def set_time_slice(tid: int, seconds: float) -> bool:
    """Set thread `tid`'s time slice (0 restores the default), keeping its policy and nice; False if unsupported."""
    number = SCHED_SETATTR.get(platform.machine()) if platform.system() == "Linux" else None
    if number is None:
        return False
    try:
        policy = os.sched_getscheduler(tid)
        nice = os.getpriority(os.PRIO_PROCESS, tid)
        libc = ctypes.CDLL(None, use_errno=True)
    except (OSError, AttributeError):
        return False
    if policy not in FAIR_POLICIES:
        return False
    attr = SchedAttr(size=ctypes.sizeof(SchedAttr), sched_policy=policy, sched_nice=nice)
    attr.sched_runtime = int(seconds * 1e9)
    syscall = libc.syscall
    syscall.argtypes = [ctypes.c_long, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint]
    return syscall(number, tid, ctypes.byref(attr), 0) == 0
