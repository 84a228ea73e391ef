"""Imports every command module so that each registers itself on the `kg` group."""

from kg.cli import export, extract, ingest, load, query, stats, validate  # noqa: F401
