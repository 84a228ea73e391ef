"""A space-mission knowledge graph: news articles to provenance-linked RDF, served over SPARQL 1.1."""

__version__ = "0.1.0"
