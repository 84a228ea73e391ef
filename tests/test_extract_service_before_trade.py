"""An armed service's name before a trade ('Norwegian Air Force pilot A') is A's employer, not part of the trade:
A is a pilot, not an 'air force pilot' (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_a_service_named_before_a_trade_leaves_the_trade_alone() -> None:
    ext = run(
        "Crew flies\n\nThe Crew-61 mission lifted off on Monday carrying Norwegian Air Force pilot Eirik Solberg.\n"
    )
    found = objects(ext, "occupation", "Eirik Solberg")
    assert "pilot" in found
    assert "air force pilot" not in found


def test_a_lower_case_air_force_pilot_keeps_the_whole_trade() -> None:
    ext = run("Crew flies\n\nThe Crew-61 mission lifted off on Monday carrying air force pilot Eirik Solberg.\n")
    assert "air force pilot" in objects(ext, "occupation", "Eirik Solberg")
