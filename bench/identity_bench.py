"""How long `reconcile`'s matching takes against many known entities, as a ratio to comparing every pair.

Run from the project's root:  .venv/bin/python bench/identity_bench.py [KNOWN] [NEW]
"""

from __future__ import annotations

import random
import string
import sys
import time

from kg.rdf.identity import Entity, compare_names, find_matches
from kg.terms import SM


def random_name(rng: random.Random) -> str:
    """A random two-word person name."""
    word = lambda n: "".join(rng.choice(string.ascii_lowercase) for _ in range(n)).title()  # noqa: E731
    return f"{word(6)} {word(8)}"


def main() -> None:
    """Time indexed matching and the all-pairs reference on the same random names; print the ratio."""
    known_count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    new_count = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    rng = random.Random(7)
    person = str(SM.Person)
    known = {f"k{i}": Entity(f"k{i}", person, [random_name(rng)]) for i in range(known_count)}
    new = [Entity(f"n{i}", person, [random_name(rng)]) for i in range(new_count)]
    # A few real variants, so that both sides have matches to find.
    new += [Entity("n-a", person, [known["k1"].labels[0] + "x"]), Entity("n-b", person, known["k2"].labels)]

    started = time.perf_counter()
    indexed = find_matches(new, known)
    indexed_s = time.perf_counter() - started

    started = time.perf_counter()
    reference = [(e.iri, k.iri) for e in new for k in known.values() if compare_names(e.labels, k.labels, person=True)]
    reference_s = time.perf_counter() - started

    print(f"known={known_count} new={len(new)} matches indexed={len(indexed)} all-pairs={len(reference)}")
    print(f"indexed {indexed_s:.3f} s, all-pairs reference {reference_s:.3f} s, ratio {indexed_s / reference_s:.3f}")


if __name__ == "__main__":
    main()
