"""A body named after 'the nonprofit' or 'the non-profit' ('raised money for the nonprofit Stars for Everyone') is an
organisation (issue 11)."""

from __future__ import annotations

import pytest

from tests.test_extract_support import run


@pytest.mark.parametrize("cue", ["nonprofit", "non-profit"])
def test_a_nonprofit_named_after_its_cue_is_an_organisation(cue: str) -> None:
    ext = run(
        f"The New Shepard NS-60 crew landed on Friday.\n\nThe sweepstakes raised money for the {cue} Stars for "
        "Everyone, the company said.\n"
    )
    assert "Stars for Everyone" in {e.label for e in ext.entities.values() if e.kind == "organization"}
