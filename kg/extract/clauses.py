"""Where a sentence's clauses are: contrast and history phrases, subjects, names, event words used as modifiers."""

from __future__ import annotations

import re

from kg.extract.document import Mention, Sentence
from kg.extract.resources import lexicon_re

_CONTRAST = re.compile(
    r"(?:^|[,;]\s*)(?:Unlike|Ahead of|Like|Compared (?:with|to)|In contrast to|Besides)\b[^,;]*|"
    r"\b(?:than\s+(?:anyone|anybody|any\s+\w+|ever|before)|since\s+(?:the\s+)?(?:last|first|days\s+of))\b[^,;]*",
    re.I,
)
_NOUN_EVENT_WORDS = {"landing", "launch", "splashdown", "touchdown", "liftoff", "lift-off", "docking", "return"}
_EVENT_WORD_AS_MODIFIER = re.compile(
    r"\s+(?:site|sites|zone|area|gear|legs|pad|pads|spot|craft|module|system|systems|window|complex|tower|"
    r"facility|vehicle|services?|provider|team|crews?|directors?|controllers?|control|managers?)\b",
    re.I,
)
NEGATED = re.compile(r"\b(?:not|never|no longer|won't|will not|did not|didn't)\b[^,;]*$", re.I)
# A person's earlier flight told in a clause: 'Branson, who flew on Unity 22 in July 2021, ...', 'since Yang
# became the first Chinese in space, aboard Shenzhou-5 in October 2003'. The clause names no crew of the main flight.
_HISTORY_CLAUSE = re.compile(
    r"\b(?:who|which)\s+(?:(?:had|has|also|once|previously|first)\s+)*(?:flew|flown|rode|went|travell?ed|visited|"
    r"commanded|piloted|became|was)\b[^,;]*?\b(?:19|20)\d\d\b[^,;]*"
    # 'circling since Saturday, December 4, 1965': a day date after 'since' starts the story's flight, no history.
    r"|\bsince\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2}\b)[^;]*?\b(?:19|20)\d\d\b"
    # 'which has happened only twice, in 2011 and 2019': years counting earlier times something happened.
    r"|\b(?:happened|occurred|been\s+(?:done|used|seen))\s+(?:only\s+|just\s+)?(?:once|twice|\w+\s+times)\b[^;]*?"
    r"\b(?:19|20)\d\d\b[^;.]*"
)


def history_ranges(sentence: Sentence, before_year: int) -> list[tuple[int, int]]:
    """Return sentence-relative ranges of clauses telling an earlier flight (with a year before `before_year`)."""
    return [
        (m.start(), m.end())
        for m in _HISTORY_CLAUSE.finditer(sentence.text)
        if any(int(y) < before_year for y in re.findall(r"\b(?:19|20)\d\d\b", m.group(0)))
    ]


def contrast_ranges(text: str) -> list[tuple[int, int]]:
    """Return sentence-relative ranges of contrast phrases ('Unlike X', 'Ahead of X') that speak of others."""
    return [(m.start(), m.end()) for m in _CONTRAST.finditer(text)]


def in_ranges(position: int, ranges: list[tuple[int, int]]) -> bool:
    """Tell whether a sentence-relative position falls in one of the ranges."""
    return any(b <= position < e for b, e in ranges)


def verb_matches(sentence: Sentence, key: str) -> list[re.Match[str]]:
    """Return the matches of a lexicon word list in the sentence, outside names ('United Launch Alliance')."""
    return [
        m
        for m in lexicon_re(key).finditer(sentence.text)
        if not inside_name(sentence, m.start()) and not is_noun_modifier(sentence.text, m)
    ]


def is_noun_modifier(text: str, match: re.Match[str]) -> bool:
    """Tell whether an event word only qualifies a noun ('near the landing site', 'launch pad'): no event."""
    return match.group(0).lower() in _NOUN_EVENT_WORDS and bool(_EVENT_WORD_AS_MODIFIER.match(text, match.end()))


def inside_name(sentence: Sentence, position: int) -> bool:
    """Tell whether a sentence-relative position falls inside a name mention."""
    absolute = sentence.span.begin + position
    return any(m.begin <= absolute < m.end and m.source != "coref" for m in sentence.mentions)


def subject_before(sentence: Sentence, position: int, contrast: list[tuple[int, int]]) -> Mention | None:
    """Return the nearest non-possessive person before a verb (within the clause), skipping contrast phrases."""
    best = None
    for mention in sentence.mentions:
        rel = sentence.rel(mention.end)
        if mention.kind != "person" or rel > position or mention.possessive:
            continue
        if in_ranges(sentence.rel(mention.begin), contrast):
            continue
        gap = sentence.text[rel:position]
        if len(gap) > 130 or ";" in gap or re.search(_NOT_SUBJECT_GAP, gap):
            continue
        best = mention
    return best


_NOT_SUBJECT_GAP = re.compile(
    r"\b(?:that|which)\b|\band\s+(?:the|a)\b|"
    r"\b(?:said|says|say|told|tells|added|noted|explained|announced)\s+(?:\w+\s+)?(?:that\s+)?"
    r"(?:the|a|an|its|his|her|their|it)\b"
    # 'A, a NASA official, said NASA would prepare its astronauts to travel': a named body opens the said clause.
    r"|\b(?:said|says|added|noted|announced)\s+(?:that\s+)?(?:[A-Z]{2,}|[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:would|will|could|is|was|has|had)\b"
    # 'A watched as the huge rocket quickly rose', 'B looked up after it lifted off': the verb has its own subject.
    r"|\b(?:as|after|before|when|while|until|once)\s+(?:it|they|(?:the|its)(?:\s+[\w'’-]+){1,4})\s+$"
)
# 'China also plans to land two astronauts on the Moon': a goal of a programme, told without a flight's name.
_GOAL_BEFORE = re.compile(r"\b(?:plans?|planning|aims?|aiming|hopes?|hoping|intends?|wants?|goal\s+is)\s+to\s+$")


def is_unnamed_goal(sentence: Sentence, verb_start: int) -> bool:
    """Tell whether a verb is a programme's goal ('plans to land on the Moon') in a sentence naming no flight."""
    return not sentence.of_kind("mission") and bool(_GOAL_BEFORE.search(sentence.before(verb_start, 30)))


# 'hand the station over to the Shenzhou-15 crew', 'after the Crew-3 astronauts arrive to replace them': the flight
# named is the one taking over, not the one the sentence tells of.
_SUCCESSOR_BEFORE = re.compile(r"\b(?:over\s+to|replaced\s+by|relieved\s+by|succeeded\s+by)\s+(?:the\s+)?$", re.I)
_SUCCESSOR_AFTER = re.compile(r"^[^,;.]{0,40}?\bto\s+(?:replace|relieve|take\s+over\s+from|succeed)\b", re.I)


def names_successor(sentence: Sentence, mention: Mention) -> bool:
    """Tell whether a flight is named as the one that relieves the sentence's crew ('over to the X crew')."""
    rel_begin, rel_end = sentence.rel(mention.begin), sentence.rel(mention.end)
    return bool(
        _SUCCESSOR_BEFORE.search(sentence.before(rel_begin, 30)) or _SUCCESSOR_AFTER.match(sentence.after(rel_end, 60))
    )
