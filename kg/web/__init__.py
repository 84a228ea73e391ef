"""The web layer: the SPARQL endpoint, the graph store, and dereferenceable IRIs (Flask)."""

from kg.web.app import create_app

__all__ = ["create_app"]
