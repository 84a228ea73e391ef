"""Text to entities and facts with evidence (no RDF): rules registered in rules.py, run by phase; see RULES.md."""
