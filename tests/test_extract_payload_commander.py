"""A payload commander, the shuttle seat that leads the science, is a crew role of its own (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_payload_commander_after_a_bulleted_name_is_the_role() -> None:
    ext = run(
        "The shuttle Columbia launched on mission STS-207 on Tuesday.\n\nThe crew includes:\n\n"
        "  • Jane Holt, Commander\n  • Mark Dalby, Payload Commander\n"
    )
    assert crew(ext, "STS-207")["Mark Dalby"] == {"payload commander"}
