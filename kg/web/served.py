"""The app of one `kg serve` worker process: granian imports this factory in each worker it starts.

`kg serve` hands its settings to the workers in one environment variable (granian starts its
workers as new processes that import the app by name); the factory reads it when called, in the
worker, never at import time.
"""

from __future__ import annotations

import json
import os
import signal
from dataclasses import fields
from pathlib import Path
from typing import Any

from flask import Flask

from kg.settings import Settings
from kg.store.parentdeath import die_with_parent

SETTINGS_VARIABLE = "KG_SERVE_SETTINGS"
SERVER_PID_VARIABLE = "KG_SERVE_PID"
BUSY_VARIABLE = "KG_SERVE_BUSY"
SEARCH_DIR_VARIABLE = "KG_SERVE_SEARCH_DIR"


def encode_settings(settings: Settings) -> str:
    """The settings as JSON, paths and tuples tagged so that they come back as they were."""
    encoded: dict[str, Any] = {}
    for item in fields(settings):
        value = getattr(settings, item.name)
        if isinstance(value, Path):
            encoded[item.name] = {"path": str(value)}
        elif isinstance(value, tuple):
            encoded[item.name] = {"tuple": list(value)}
        else:
            encoded[item.name] = value
    return json.dumps(encoded)


def decode_settings(text: str) -> Settings:
    """The settings `encode_settings` wrote."""
    values: dict[str, Any] = {}
    for name, value in json.loads(text).items():
        if isinstance(value, dict) and "path" in value:
            values[name] = Path(value["path"])
        elif isinstance(value, dict) and "tuple" in value:
            values[name] = tuple(value["tuple"])
        else:
            values[name] = value
    return Settings(**values)


def create_served_app() -> Flask:
    """The WSGI app of one worker process, from the settings `kg serve` left in the environment."""
    from kg.web.app import create_app

    server_pid = os.environ.get(SERVER_PID_VARIABLE)
    if server_pid:
        # A worker that granian spawns while it shuts down must not live on alone.
        die_with_parent(signal.SIGTERM, int(server_pid))
    return create_app(
        decode_settings(os.environ[SETTINGS_VARIABLE]),
        busy=int(os.environ.get(BUSY_VARIABLE, "4")),
        search_dir=os.environ.get(SEARCH_DIR_VARIABLE) or None,
    )
