"""'commanding officer A' on a flight names A's role (commander), not A's trade (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run


def test_commanding_officer_before_a_name_is_the_commander_role() -> None:
    ext = run(
        "Shenzhou-41 lifted off on Saturday. The mission's pilot Wen Jia, 35, is joined by commanding officer "
        "Gao Shuren and Pan Lei, a trainee since 2010.\n"
    )
    assert "commander" in crew(ext, "Shenzhou-41").get("Gao Shuren", set())
    assert "officer" not in objects(ext, "occupation", "Gao Shuren")
