"""The second wall against outbound connections: the threads that run queries cannot open network sockets.

kg.sparql.guard refuses SERVICE and LOAD before a query runs. Should a query still reach for
the network (a spelling the guard's parser reads differently from Oxigraph's), the thread that
evaluates it is under a seccomp filter (libseccomp, through pyseccomp) that refuses to create
any socket but a Unix one, so Oxigraph's HTTP client fails with "Permission denied". The filter
holds for the calling thread and the threads it starts; the rest of the process is unaffected.
"""

from __future__ import annotations

import errno
import logging
import socket

log = logging.getLogger(__name__)


def block_network_egress() -> bool:
    """Forbid this thread (and threads it starts) to create network sockets; False where seccomp is missing."""
    try:
        import pyseccomp
    except (ImportError, OSError) as exc:  # not Linux, or no libseccomp on this system
        log.warning("queries run without the network wall (seccomp unavailable: %s)", exc)
        return False
    try:
        rules = pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)
        rules.add_rule(pyseccomp.ERRNO(errno.EACCES), "socket", pyseccomp.Arg(0, pyseccomp.NE, socket.AF_UNIX))
        rules.load()
    except (OSError, RuntimeError, ValueError) as exc:
        log.warning("queries run without the network wall (the seccomp filter did not load: %s)", exc)
        return False
    return True
