"""Where another vehicle goes, or its namesake went ('building a bigger rocket, named after the first Briton to
orbit Earth'), is no destination of the flight the article tells of."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_rocket_in_development_gives_the_flight_no_orbit() -> None:
    ext = run(
        "NS-30 blasted off Tuesday on a suborbital hop with six people aboard. "
        "The company is also building a bigger orbital rocket, named after the first Briton to orbit the globe.",
        date(2026, 5, 6),
    )
    assert "orbit" not in {o for _, o in facts(ext, "destination", "NS-30")}
