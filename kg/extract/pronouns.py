"""Who a pronoun stands for: the last person named before it whose given name does not clash with it."""

from __future__ import annotations

from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import get_resources


def last_named_person(doc: Document, sentence: Sentence, before: int, pronoun: str) -> Mention | None:
    """Return the last named person before a pronoun (this sentence or the two before) whose gender does not clash."""
    given = get_resources().names["given_names"]
    # 'A is a veteran who, with B, set a record. He first flew in 1975': a pronoun opening a sentence stands for
    # the person the sentence before opened on.
    if sentence.index and not sentence.text[: sentence.rel(before)].strip():
        previous = doc.sentences[sentence.index - 1]
        opener = next(iter(previous.mentions), None)
        if opener and opener.kind == "person" and opener.key and opener.begin == previous.span.begin:
            gender = given.get(str(doc.state[opener.key].given))
            if not ((pronoun == "she" and gender == "m") or (pronoun == "he" and gender == "f")):
                return opener
    for earlier in reversed(doc.sentences[max(0, sentence.index - 2) : sentence.index + 1]):
        for mention in reversed(earlier.mentions):
            if mention.kind != "person" or mention.key is None or mention.begin >= before or mention.possessive:
                continue
            gender = given.get(str(doc.state[mention.key].given))
            if (pronoun == "she" and gender == "m") or (pronoun == "he" and gender == "f"):
                continue
            return mention
    return None
