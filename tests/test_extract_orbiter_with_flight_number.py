"""An orbiter's name is the spacecraft when the article gives the flight's STS number (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, facts, missions, run


def test_the_orbiter_is_the_craft_and_the_flight_is_its_sts_number() -> None:
    ext = run(
        "Endeavour roared off its pad at Kennedy Space Center on Tuesday, NASA's second shuttle flight this year.\n\n"
        "Endeavour will dock with the International Space Station on Thursday, Commander Dana Holt said.\n\n"
        'Agency managers call the Endeavour mission, numbered STS-142, "a heavy lift".\n'
    )
    assert missions(ext) == {"STS-142"}
    assert ("STS-142", "Endeavour") in facts(ext, "spacecraft")
    assert ("STS-142", "Kennedy Space Center") in facts(ext, "launch_site")
    assert ("STS-142", "International Space Station") in facts(ext, "destination")
    assert "Dana Holt" in crew(ext, "STS-142")
