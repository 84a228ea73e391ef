"""Reading article files: metadata from the first line, and clear errors for unusable input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.errors import ArticleError, NotFoundError, TooLargeError
from kg.extract.article import MAX_ARTICLE_BYTES, parse_article, read_article

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
