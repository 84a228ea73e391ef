"""Splitting article text into sentences, as character spans of the whole text."""

from __future__ import annotations

import re

from kg.extract.model import Span

MAX_SENTENCE = 1500
_ABBREVIATIONS = {
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "jr",
    "sr",
    "lt",
    "col",
    "gen",
    "capt",
    "cmdr",
    "cdr",
    "sgt",
    "no",
    "vs",
    "inc",
    "ltd",
    "co",
    "corp",
    "u.s",
    "u.k",
    "a.m",
    "p.m",
    "e.g",
    "i.e",
    "etc",
    "approx",
    "fig",
    "mt",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "prof",
    "gov",
    "lieut",
    "comdr",
    "maj",
    "adm",
    "sen",
    "rev",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9@])|\n")


def split_sentences(text: str, start: int = 0) -> list[Span]:
    """Return the spans of the sentences of text[start:], trimmed of surrounding whitespace."""
    spans: list[Span] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start):
        if match.group(0) != "\n" and _is_abbreviation(text, match.start()):
            continue
        if match.group(0) == "\n" and _is_wrapped_line(text, begin, match.start()):
            continue
        end = match.end() if match.group(0) != "\n" else match.start()
        _append_trimmed(text, begin, end, spans)
        begin = match.end()
    _append_trimmed(text, begin, len(text), spans)
    return spans


# A line of hard-wrapped text breaks mid-sentence: after a comma or a word that cannot end a sentence.
_WRAP_END = re.compile(r"(?:,|\b(?:the|a|an|of|from|to|at|in|on|for|with|and|or|by|as|its|their|his|her))$")
_WRAP_MIN_LINE = 40
# A long line ending in a lower-case word is a wrapped one too ('... launch director' / 'Mike Leinbach told ...').
_WRAP_LONG_LINE = 60


def _is_wrapped_line(text: str, begin: int, newline: int) -> bool:
    """Tell whether the newline at `newline` wraps a sentence ('... lifted off at 7:55' / 'p.m. EST ...')."""
    line_start = max(begin, text.rfind("\n", 0, newline) + 1)
    line = text[line_start:newline].rstrip()
    following = text[newline + 1 : newline + 2]
    if not line or not following or following.isspace():
        return False
    if _is_wrapped_word(text, line_start, line, newline):
        return True
    if following.islower():
        return not line.endswith((".", "!", "?", ":"))
    if len(line) >= _WRAP_LONG_LINE and line[-1].islower():
        return True
    return len(line) >= _WRAP_MIN_LINE and _WRAP_END.search(line) is not None


def _is_wrapped_word(text: str, line_start: int, line: str, newline: int) -> bool:
    """Tell whether a one-word line inside a block ('Commander' / 'Bob Cabana flew ...') wraps on into the next.

    Narrow hard-wrapped pages may leave a paragraph's first word alone on its line; it is a heading
    instead when a blank line comes before it or the line after it ends its own sentence.
    """
    if not re.fullmatch(r"[A-Z][a-z]+", line) or line_start < 2 or text[line_start - 2] == "\n":
        return False
    next_end = text.find("\n", newline + 1)
    next_end = len(text) if next_end < 0 else next_end
    return next_end < len(text) and _is_wrapped_line(text, newline + 1, next_end)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Tell whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials as a nickname in brackets ('James (J.D.) Russell') close no sentence.
    if text[word_start - 1 : word_start] == "(" and text[dot + 1 : dot + 2] == ")" and len(word) <= 5:
        return True
    # Initials opening a name ('C.J. Sturckow') close no sentence; a place so written ('D.C.') may.
    initials = re.fullmatch(r"(?:[A-Z]\.){1,2}[A-Z]", text[word_start:dot]) is not None
    return (len(word) == 1 and text[word_start].isupper()) or (initials and word not in _PLACE_INITIALS)


# Places written in dotted initials, which may end a sentence ('in Washington, D.C. The crew ...').
_PLACE_INITIALS = {"d.c", "u.n", "n.y", "l.a", "u.a.e", "e.u", "n.z", "s.f"}


def _append_trimmed(text: str, begin: int, end: int, spans: list[Span]) -> None:
    """Append [begin, end) to spans after trimming whitespace, unless it is empty.

    A run-on "sentence" longer than MAX_SENTENCE characters is cut at spaces, so that rules that look
    across a sentence stay fast on text without punctuation.
    """
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    while end - begin > MAX_SENTENCE:
        cut = text.rfind(" ", begin + MAX_SENTENCE // 2, begin + MAX_SENTENCE)
        cut = cut if cut > begin else begin + MAX_SENTENCE
        _append_trimmed(text, begin, cut, spans)
        begin = cut
        while begin < end and text[begin].isspace():
            begin += 1
    if end > begin:
        spans.append(Span(begin, end))
