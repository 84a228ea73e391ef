"""The manifest of a folder of shards: what `kg extract-corpus` wrote there, read back by `kg load DIR`."""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import BadInputError

MANIFEST = "manifest.json"


def shard_paths(directory: Path) -> list[Path]:
    """The shard files that the manifest in `directory` lists, in order."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        return [directory / shard["shard"] for shard in manifest["shards"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadInputError(f"{directory}: not a folder written by kg extract-corpus ({exc})") from exc
