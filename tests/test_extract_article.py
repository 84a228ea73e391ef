"""Reading article files: metadata from the first line, and clear errors for unusable input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.errors import ArticleError, NotFoundError, TooLargeError
from kg.extract.article import MAX_ARTICLE_BYTES, parse_article, read_article
from tests.cli_runner import run_kg

HEADER = " date 2021-10-06 By Ana Carolina Barsallo 10/06/2021 – 11:00 AM\n\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    """Write bytes to a file in tmp_path and return its path."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_header_gives_date_author_and_id(tmp_path: Path) -> None:
    path = write(tmp_path, "Seed Soyuz MS-19.txt", (HEADER + "The crew took off today.\n").encode())
    article = read_article(path)
    assert article.published == date(2021, 10, 6)
    assert article.author == "Ana Carolina Barsallo"
    assert article.article_id == "seed-soyuz-ms-19"
    assert article.text.startswith(" date 2021-10-06")


def test_published_argument_overrides_header(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", (HEADER + "Body.\n").encode())
    assert read_article(path, date(2022, 1, 2)).published == date(2022, 1, 2)


def test_us_style_date_alone_is_read() -> None:
    article = parse_article("By Li Wen 10/16/2021 – 08:15 AM\n\nText.", "x")
    assert article.published == date(2021, 10, 16)


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="not found"):
        read_article(tmp_path / "nope.txt")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="empty"):
        read_article(write(tmp_path, "empty.txt", b"  \n\n"))


def test_non_utf8_file_says_where(tmp_path: Path) -> None:
    data = (HEADER + "Caf").encode() + b"\xe9 au lait\n"
    with pytest.raises(ArticleError, match=r"not UTF-8: invalid byte 0xe9 at byte \d+ \(line 3\)"):
        read_article(write(tmp_path, "latin1.txt", data))


def test_binary_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="binary"):
        read_article(write(tmp_path, "bin.txt", (HEADER + "x\x00y").encode()))


def test_no_date_and_no_published_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no publication date"):
        read_article(write(tmp_path, "nodate.txt", b"Just a story about rockets.\n"))


def test_no_date_but_published_is_fine(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "nodate.txt", b"Just a story.\n"), date(2020, 5, 5))
    assert article.published == date(2020, 5, 5)


def test_impossible_header_date_is_refused() -> None:
    with pytest.raises(ArticleError, match="impossible date"):
        parse_article(" date 2021-02-30 By X\n\nText.", "x")


def test_oversized_article_is_refused_quickly(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.txt", HEADER.encode() + b"a" * (MAX_ARTICLE_BYTES + 1))
    with pytest.raises(TooLargeError, match="limit"):
        read_article(path)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="directory"):
        read_article(tmp_path)


def test_limit_is_256_kb() -> None:
    assert MAX_ARTICLE_BYTES == 256 * 1024


def test_article_just_over_256_kb_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    body = ("The crew took off today from Baikonur. " * 7000).encode()
    path = write(tmp_path, "long.txt", HEADER.encode() + body)
    assert 256 * 1024 < path.stat().st_size < 1_000_000
    with pytest.raises(TooLargeError, match=r"262,144 bytes \(256 KB\)"):
        read_article(path)


def test_five_megabyte_file_gets_the_size_message_from_the_cli_at_once(tmp_path: Path) -> None:
    # Invalid UTF-8 at the end: the size is refused before anything is read or decoded.
    path = write(tmp_path, "five-mb.txt", HEADER.encode() + b"Rockets fly. " * 400_000 + b"\xff")
    result = run_kg(tmp_path / "store", "extract", str(path), "--out", str(tmp_path / "out.ttl"))
    assert result.exit_code != 0
    assert "256 KB" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.ttl").exists()
    assert "UTF-8" not in result.output


def test_oversized_text_is_refused_by_parse_article() -> None:
    with pytest.raises(TooLargeError, match="256 KB"):
        parse_article(HEADER + "x" * (MAX_ARTICLE_BYTES + 1), "big")
