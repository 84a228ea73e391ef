"""The matching of people's names in one sentence: runs of capitalised words with a cue (a title, an
occupation, a country, a list of names) or a known given name; the other names are found in mentions.py."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.extract.document import Mention
from kg.extract.person_cues import TITLE_WORDS, find_person_cue
from kg.extract.resources import fold, get_resources, name_word_sets, pattern_reader

_pattern = pattern_reader("person_names.jsonl")


# Capitalised abbreviations with a full stop, which a name may not end on ('Lieut.', 'Sept.', 'Corp.').
_ABBREVIATED = {
    *("capt", "comdr", "lieut", "gen", "col", "sen", "rev", "adm", "maj", "sgt", "gov", "rep", "prof", "cmdr"),
    *("jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "bros", "ltd", "ave"),
}
# Titles of those named with a regnal number ('Pope Pius XII', 'King Carl XVI Gustaf').
_REGNAL = {"Pope", "King", "Queen", "Emperor", "Empress", "Tsar", "Czar"}
_NOT_INITIALS = {"A", "I", "US", "UK", "EU", "UN", "TV", "AI", "PR", "OK", "ID", "ET", "PM", "AM", "GP"}


def find_people(sentence: str, offset: int, taken: list[Mention]) -> list[Mention]:
    """Return person names: runs of capitalised words accepted by a given name or a context cue."""
    res = get_resources()
    names = res.names
    given = names["given_names"]
    family_first = name_word_sets()["family_first"]
    particles = name_word_sets()["particles"]
    stop = name_word_sets()["not_names"]
    suffixes = name_word_sets()["name_suffixes"]
    tokens = [(m.start(), m.end(), m.group(0)) for m in _pattern("token").finditer(sentence)]
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for index, tok in enumerate(tokens):
        # A possessive ends a name: 'NASA's', and a plural's bare apostrophe ('the United Arab Emirates'').
        word = re.sub(r"['’]s$|(?<=s)['’]$", "", tok[2])
        bare = word.strip('“”"')
        # Two capitals opening a name are initials used as a given name ('CJ Sturckow'), not an acronym.
        # So is one capital without its full stop ('S Somanath'), as some papers write an initial.
        initials = re.fullmatch(r"[A-Z]{1,2}", bare) is not None and bare not in _NOT_INITIALS
        # 'Vasiliy LAZAREV': archives write a family name in capitals after the given name.
        capital_surname = (
            len(current) == 1 and current[0][2][1:].islower() and re.fullmatch(r"[A-Z]{3,}(?:-[A-Z]{2,})?", bare)
        )
        # After a known given name: a middle initial without its full stop before a capitalised word ('James A
        # Lovell'), or a regnal number ('Paul VI').
        after_given = bool(current) and current[-1][2] in given
        next_word = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        capital = (
            (bare[:1].isupper() and not bare.isupper())
            or capital_surname
            or (after_given and re.fullmatch(r"[A-Z]", bare) is not None and next_word[:1].isupper())
            or (
                (after_given or (current and current[0][2] in _REGNAL))
                and re.fullmatch(r"[IVX]{2,5}", bare) is not None
            )
            or (word in particles and current)
            or re.fullmatch(r"[A-Z]\.", bare) is not None
            or (initials and not current)
        )
        adjacent = current and sentence[current[-1][1] : tok[0]] == " " and not current[-1][2].endswith(("'s", "’s"))
        # 'C.J. Sturckow': initials joined by full stops are one word of the name.
        adjacent = adjacent or (current and _is_joined_initial(sentence, current[-1], tok))
        if capital and (adjacent or not current):
            current.append((tok[0], tok[0] + len(word), word))
        else:
            if current:
                runs.append(current)
            opens = (word[:1].isupper() and not word.isupper()) or initials
            current = [(tok[0], tok[0] + len(word), word)] if opens else []
    if current:
        runs.append(current)
    found: list[Mention] = []
    pending: list[tuple[int, int, str]] = []
    # In a Title-Case headline every word is capitalised, so a name's run goes on into the words after it.
    headline = _is_title_case(sentence)
    for run in runs:
        if _is_ranked_surname(run) and _is_surname(sentence, run[-1], offset, taken):
            begin, end = offset + run[-1][0], offset + run[-1][1]
            found.append(_person_mention(begin, end, run[-1][2], "title", False))
            continue
        titled = False
        while len(run) > 2 and TITLE_WORDS.fullmatch(run[0][2]):
            run, titled = run[1:], True
        stripped = _drop_service_and_rank(run)
        titled = titled or stripped is not run
        run, role_title = _drop_role_title(_after_office_of(sentence, stripped))
        titled = titled or role_title
        # The nationality word opening the run, if any, and where it stands.
        national, opening = (run[0][2], run[0][0]) if run and run[0][2] in res.lexicon["nationalities"] else ("", 0)
        while run and (
            run[0][2] in stop
            or run[0][2].lower() in res.lexicon["occupations"]
            or run[0][2].lower() in res.lexicon["crew_roles"]
            or run[0][2] in particles
            # 'Slovak Ivan Bella': a nationality before a name is no part of it.
            or run[0][2] in res.lexicon["nationalities"]
        ):
            run = run[1:]
        while run and (run[-1][2] in particles or run[-1][2].rstrip(".") in suffixes):
            run = run[:-1]
        # 'officer Anna Menon. © AFP': a full stop the sentence splitter kept inside ends the name, no initial.
        if run and re.fullmatch(r"[A-Z][a-z]{2,}\.", run[-1][2]) and run[-1][2][:-1].lower() not in _ABBREVIATED:
            run = [*run[:-1], (run[-1][0], run[-1][1] - 1, run[-1][2][:-1])]
        opener = run and run[0][0] == _sentence_start(sentence) and run[0][2] not in given
        # 'Ronald E. McNair' opening a line: a middle initial shows the first word is a given name.
        # 'Elaine Chia Hyde, owner of a media company;' opening a list's line: an apposition says the run is one name.
        if opener and len(run) > 2 and not _is_initial(run[1][2]) and not _is_list_item(sentence, run[-1][1]):
            run = run[1:]
        # A middle name or initial ('Sharon Christa McAuliffe', 'James T. Walden') still carries the name on.
        # 'founder of Orbitco Dana Whitfield': the words of a body named already are not part of the name.
        while run and any(m.begin <= offset + run[0][0] < m.end for m in taken):
            run = run[1:]
        if headline and len(run) > 2 and run[0][2] in given and run[1][2] not in given and not _is_initial(run[1][2]):
            run = run[:2]
        if len(run) == 1 and _surname_after_role(sentence, run[0], found, offset, taken):
            begin, end = offset + run[0][0], offset + run[0][1]
            found.append(_person_mention(begin, end, run[0][2], "surname_after_role", False))
            continue
        if len(run) < 2 or len(run) > 4:
            continue
        begin, end = offset + run[0][0], offset + run[-1][1]
        if any(not (end <= m.begin or begin >= m.end) for m in taken):
            continue
        # 'USS Leonard F. Mason': a ship named for a person is a ship.
        if _pattern("ship_prefix").search(sentence[: run[0][0]]):
            continue
        words = [w for _, _, w in run]
        # 'KOMAROV, Pavel Sergeyevich': a given name and patronymic without the family name are no person's name.
        if (
            len(words) == 2
            and _pattern("patronymic").fullmatch(words[1])
            and re.search(r"\b[A-Z]{2,}[A-Z'’-]*,\s+$", sentence[: run[0][0]])
        ):
            continue
        initial = re.fullmatch(r"[A-Z]\.|[A-Z]{1,2}", words[0]) is not None
        # A short given name after a family name may spell a stop word ('Liu He').
        family_pair = len(words) == 2 and words[0] in family_first
        # Initials may open a name ('J. Smith') or stand in its middle ('James P. Dutton'), never close it.
        dotted = [w for i, w in enumerate(words) if w.endswith(".") and not (_is_initial(w) and i < len(words) - 1)]
        if (any(w in stop for w in words[1:] if len(w) > 1) and not family_pair) or dotted:
            continue
        text = sentence[run[0][0] : run[-1][1]]
        # 'with South Korea's first astronaut A aboard': a country a nationality word names is no person.
        if text in res.lexicon["nationalities"].values():
            continue
        nickname = len(words) > 2 and words[1][:1] in '“"' and words[1].strip('“”"') in given
        first_known = words[0] in given or nickname
        chinese = words[0] in family_first and len(words) == 2 and words[1][1:].islower()
        cue = "title" if titled else find_person_cue(sentence, run[0][0], run[-1][1])
        # In a headline every word is capitalised: 'and' or 'Chile's' before two of them names no one by itself.
        cue = None if headline and cue in ("cue_before", "cue_country") else cue
        # 'Frenchman Luc Moreau and Slovak Juraj Kovac': a nationality word before two or three names marks a person,
        # unless the words name a body ('German Aerospace Center').
        if not cue and national and not headline and words[-1] not in res.lexicon["org_heads"]:
            noun = national.endswith(("man", "woman"))
            cue = "nationality" if noun or _pattern("before_nationality").search(sentence[:opening]) else None
        # 'Konrad von Adler': a Germanic particle between two capitalised words shapes a person's name.
        if not (first_known or chinese or cue) and len(words) == 3 and words[1] in ("von", "van", "zu"):
            cue = "particle"
        # 'Virgil I. Grissom': a middle initial between two capitalised words shapes a person's name.
        if not (first_known or chinese or cue) and len(words) == 3 and _is_initial(words[1]) and words[0][1:].islower():
            cue = "middle_initial"
        if initial and not cue and _is_dotted_initials_name(text):
            cue = "dotted_initials"
        if initial and not cue:
            continue
        if not (first_known or chinese or cue):
            if len(words) == 2:
                pending.append((begin, end, text))
            continue
        rule = "given_name" if first_known else "family_first" if chinese else str(cue)
        found.append(_person_mention(begin, end, text, rule, chinese))
    return found + _list_members(sentence, offset, pending, found)


def _is_joined_initial(sentence: str, previous: tuple[int, int, str], tok: tuple[int, int, str]) -> bool:
    """Tell whether `tok` is the next initial after the initial `previous`, a full stop between ('C.J.')."""
    return (
        re.fullmatch(r"[A-Z]", previous[2]) is not None
        and sentence[previous[1] : tok[0]] == "."
        and re.fullmatch(r"[A-Z]\.?", tok[2]) is not None
    )


def _is_dotted_initials_name(text: str) -> bool:
    """Tell whether a name is two or three dotted initials and a surname ('T.J. Creamer'), not a place ('U.S. Army')."""
    match = _pattern("dotted_initials_name").fullmatch(text)
    return match is not None and match.group("initials") not in _NOT_NAME_INITIALS


# Dotted initials of places, times and ships' prefixes, never a person's ('U.S. Army', 'U.S.S. Hornet').
_NOT_NAME_INITIALS = {
    *("U.S.", "U.K.", "U.N.", "D.C.", "E.U.", "L.A.", "N.Y.", "A.M.", "P.M.", "N.Z.", "S.F.", "U.S.A.", "U.A.E."),
    *("S.S.", "U.S.S.", "H.M.S.", "R.M.S.", "M.V.", "H.M."),
}


def _is_ranked_surname(run: list[tuple[int, int, str]]) -> bool:
    """Tell whether a run is ranks and one more word ('Lieut. Comdr. Carpenter', 'Capt. Reyes')."""
    return (
        len(run) >= 2
        and all(TITLE_WORDS.fullmatch(w) for _, _, w in run[:-1])
        and _pattern("rank_before_surname").fullmatch(run[-2][2]) is not None
    )


def _is_surname(sentence: str, word: tuple[int, int, str], offset: int, taken: list[Mention]) -> bool:
    """Tell whether one capitalised word may be a surname standing alone (no given name, place or known thing)."""
    begin, end, text = word
    res = get_resources()
    return not (
        not re.fullmatch(r"[A-Z][a-z]{2,}(?:[-'’][A-Z]?[a-z]+)?", text)
        or text in res.names["given_names"]
        or text in name_word_sets()["not_names"]
        or res.by_surface.get(text)
        or any(m.begin < offset + end and offset + begin < m.end for m in taken)
        or _pattern("name_runs_on").match(sentence, end)
    )


def _surname_after_role(
    sentence: str, word: tuple[int, int, str], found: list[Mention], offset: int, taken: list[Mention]
) -> bool:
    """Tell whether one capitalised word is a surname after a crew role ('pilots A and B', 'passenger C')."""
    begin = word[0]
    if not _is_surname(sentence, word, offset, taken):
        return False
    if _pattern("role_before_surname").search(sentence[max(0, begin - 40) : begin]):
        return True
    # The next of a list opened so ('pilots A and B'): joined to a surname found just before.
    previous = [m for m in found if m.rule == "person_name.surname_after_role" and m.end <= offset + begin]
    return bool(previous) and _pattern("list_right").fullmatch(sentence[previous[-1].end - offset : begin]) is not None


def _is_title_case(sentence: str) -> bool:
    """Tell whether a sentence is written in Title Case (a headline): all its longer words capitalised."""
    # A list of names ('Left to right: A B, C D E, F G') is capitalised throughout too, but is no headline.
    if sentence.count(",") + sentence.count(";") >= 3:
        return False
    words = [w for w in _pattern("headline_word").findall(sentence) if w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(words) >= 8 and all(w[:1].isupper() for w in words)


_HEADLINE_SMALL_WORDS = {"with", "from", "into", "onto", "over", "after", "about", "than", "that", "upon", "amid"}


def _is_initial(word: str) -> bool:
    """Tell whether a word is one initial ('P.')."""
    return re.fullmatch(r"[A-Z]\.", word) is not None


def _is_list_item(sentence: str, end: int) -> bool:
    """Tell whether a name ending at `end` opens an item of a list ('A, owner of a media company;') by apposition."""
    apposition = _pattern("occupation_apposition").match(sentence[end : end + 80])
    return bool(apposition and get_resources().occupation_re.search(apposition.group(1))) and bool(
        _pattern("list_item_end").search(sentence)
    )


def _drop_role_title(run: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], bool]:
    """Drop a crew role or occupation of several words written as a title before a name ('Mission Specialists A')."""
    lexicon = get_resources().lexicon
    # The title may follow a sentence opener or an employer ('Then Mission Specialist A', 'NASA Flight Engineer B').
    for start in range(len(run) - 3):
        for size in (3, 2):
            if len(run) < start + size + 2:
                continue
            words = " ".join(w for _, _, w in run[start : start + size]).lower()
            singular = words[:-1] if words.endswith("s") else words
            if any(w in lexicon["crew_roles"] or w in lexicon["occupations"] for w in (words, singular)):
                return run[start + size :], True
    return run, False


def _after_office_of(sentence: str, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop the field of an office before a known given name ('Director of Telecommunications Steve Young')."""
    if len(run) < 3 or not re.search(r"\b[A-Z][a-z]+\s+of\s+$", sentence[: run[0][0]]):
        return run
    given = get_resources().names["given_names"]
    index = next((i for i in range(1, len(run) - 1) if run[i][2] in given), None)
    return run[index:] if index is not None else run


def _person_mention(begin: int, end: int, text: str, rule: str, chinese: bool) -> Mention:
    """Return a person mention with the canonical spelling of the alias table."""
    alias_group = get_resources().person_aliases.get(fold(text))
    canonical = alias_group[0] if alias_group else text
    alts = set(alias_group or ()) - {text}
    return Mention(
        begin, end, "person", text, canonical, "person", f"person_name.{rule}", {"family_first": chinese}, alts
    )


def _list_members(
    sentence: str, offset: int, pending: list[tuple[int, int, str]], found: list[Mention]
) -> list[Mention]:
    """Return the two-word names listed between two people ('Luke Mays, Jamila Gilbert and Chris Huie')."""
    added = []
    ends = sorted(m.end for m in found)
    begins = sorted(m.begin for m in found)
    for begin, end, text in pending:
        # Only the nearest person on each side can stand a mere comma or 'and' away: any farther one has a
        # name between. Looking at those two keeps a long list of names from costing the square of its length.
        left_index, right_index = bisect_right(ends, begin), bisect_left(begins, end)
        before = sentence[ends[left_index - 1] - offset : begin - offset] if left_index else ""
        after = sentence[end - offset : begins[right_index] - offset] if right_index < len(begins) else ""
        # 'Walter Vance Jr., Donn Eisele, and ...': the suffix closing the name before is no word between.
        before = _pattern("suffix_before_comma").sub("", before, count=1)
        left, right = _pattern("list_left").fullmatch(before), _pattern("list_right").fullmatch(after)
        # A pair joined by 'and' to a known person ('Sandy Marsh and Rex Holt'), unless a place or body follows
        # a preposition or article ('at Mission Control and Rex Holt').
        pair_left = re.fullmatch(r",?\s+and\s+", before)
        pair_right = re.fullmatch(r"\s+and\s+", after)
        governed = _pattern("governed").search(sentence[: begin - offset])
        if (left and right) or ((pair_left or pair_right) and not governed):
            added.append(_person_mention(begin, end, text, "list_member", False))
    return added


def _drop_service_and_rank(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a service and rank before a name ('Marine Corps Colonel', 'Navy Captain', 'Air Force Major General')."""
    given = get_resources().names["given_names"]
    last = None
    for index, (_, _, word) in enumerate(run[:-2]):
        if word in given:
            break
        if TITLE_WORDS.fullmatch(word):
            last = index
    return run if last is None else run[last + 1 :]


def _sentence_start(sentence: str) -> int:
    """Return the position of the first word of a sentence (after any opening quote)."""
    match = re.search(r"\w", sentence)
    return match.start() if match else 0
