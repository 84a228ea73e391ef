"""Readers of news in the forms it comes in: our .txt, HTML pages, RSS/Atom feeds, WARC, JSON Lines, URLs.

`read_inputs` picks a reader per input by extension and content and yields raw records (or the
failures it met, with where they are); `decode_record` turns a record into a `NewsItem` with its
metadata, or says why it is skipped (not English, off-topic).
"""

from kg.readers.decode import decode_record
from kg.readers.model import NewsItem, ReadFailure, Record, Skipped
from kg.readers.sources import ReadOptions, read_inputs

__all__ = ["NewsItem", "ReadFailure", "ReadOptions", "Record", "Skipped", "decode_record", "read_inputs"]
