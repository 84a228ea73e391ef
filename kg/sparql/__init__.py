"""SPARQL text handling below the web app and the CLI: checks made before the engine sees a query."""
