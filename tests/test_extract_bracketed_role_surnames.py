"""Roles each followed by a bracketed surname ('commander (A), pilot (B)') give each their role (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_bracketed_surnames_after_roles_take_those_roles() -> None:
    ext = run(
        "Gemini 41 carried Harold Vance and Ottis Brandle into orbit in 1966. It had a two-man crew of "
        "command pilot (Vance) and pilot (Brandle).\n"
    )
    found = crew(ext, "Gemini 41")
    assert "command pilot" in found.get("Harold Vance", set())
    assert "pilot" in found.get("Ottis Brandle", set())
