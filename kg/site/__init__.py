"""The pages for people: home, search, resources, articles, the ontology, the query editor and error pages.

kg.web (the endpoint and its linked-data machinery) registers these pages and hands browsers to
them; this package never imports kg.web, so the two stay one layer above the other.
"""
