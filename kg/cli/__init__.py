"""The `kg` command line: a click group whose commands live one per module in this package."""

from kg.cli.main import main

__all__ = ["main"]
