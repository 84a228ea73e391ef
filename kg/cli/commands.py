"""Imports every command module so that each registers itself on the `kg` group."""

from kg.cli import corpus, export, extract, ingest, load, query, search, serve, stats, validate  # noqa: F401
