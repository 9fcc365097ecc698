"""Sequence patterns over folded tokens, matched with spaCy's PhraseMatcher (used by
:mod:`classifiers.rules`).

A pattern is a sequence of elements: a set of alternative *atoms* (a word or a fixed run of
words, a word prefix such as ``lösch*``, or a regular expression for one token), an optional
set, or a gap of up to N arbitrary tokens. Every literal atom is registered once in one
:class:`spacy.matcher.PhraseMatcher`, which finds all of them in a doc in one hash-based pass;
prefixes and regular expressions are checked per token; patterns are then assembled from the
atom hits with an index on their first element.

Why not spaCy's token :class:`~spacy.matcher.Matcher`: it tries every pattern at every token
(≈2,000 patterns here, ~0.4 µs each per token) and bounded gaps ``{0,N}`` branch
exponentially; that measured 180 ms per message against a budget of 1 ms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

_CACHE_MAX = 100_000  # distinct token texts remembered (≈10 MB at most)


@dataclass(frozen=True)
class Gap:
    """Up to ``size`` arbitrary tokens."""

    size: int


@dataclass(frozen=True)
class Alts:
    """One position: any of ``atoms`` (ids); ``optional`` positions may be skipped."""

    atoms: frozenset[int]
    optional: bool = False


Element = Gap | Alts


class AtomMatcher:
    """Registry of atoms and the patterns built from them; finds pattern matches in a doc.

    Call :meth:`atom` / :meth:`prefix_atom` / :meth:`regex_atom` to get atom ids,
    :meth:`add` to register a pattern under a key, then :meth:`__call__` on a doc.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.phrases = PhraseMatcher(vocab)
        self._literal: dict[tuple[str, ...], int] = {}
        self._prefix: dict[str, int] = {}
        self._by_head: dict[str, list[tuple[str, int]]] = {}
        self._regex: list[tuple[re.Pattern[str], int]] = []
        self._token_atoms: dict[str, tuple[int, ...]] = {}  # token text -> prefix/regex atoms
        self._index: dict[int, list[tuple[int, tuple[Element, ...],
                                          tuple[frozenset[int], ...]]]] = {}
        self._n = 0

    def _new(self) -> int:
        self._n += 1
        return self._n

    def atom(self, words: tuple[str, ...]) -> int:
        """Id of the literal atom ``words`` (folded token texts)."""
        if words not in self._literal:
            aid = self._new()
            self._literal[words] = aid
            self.phrases.add(str(aid), [Doc(self.vocab, words=list(words))])
        return self._literal[words]

    def prefix_atom(self, prefix: str) -> int:
        """Id of the atom "one token starting with ``prefix``"."""
        if prefix not in self._prefix:
            aid = self._new()
            self._prefix[prefix] = aid
            self._by_head.setdefault(prefix[:2], []).append((prefix, aid))
        return self._prefix[prefix]

    def regex_atom(self, pattern: str) -> int:
        """Id of the atom "one token matching ``pattern``" (``re.search`` semantics). For
        speed, regular expressions are only tried on tokens that start with a digit."""
        aid = self._new()
        self._regex.append((re.compile(pattern), aid))
        return aid

    def add(self, key: int, elements: tuple[Element, ...]) -> None:
        """Register a pattern under ``key``. Raises ValueError when it does not start with a
        required position (the index needs a first atom)."""
        head = elements[0] if elements else None
        if not isinstance(head, Alts) or head.optional:
            raise ValueError("a pattern must start with a required word")
        needed = tuple(e.atoms for e in elements[1:] if isinstance(e, Alts) and not e.optional)
        for aid in head.atoms:
            self._index.setdefault(aid, []).append((key, elements, needed))

    def _atom_hits(self, doc: Doc, texts: list[str]) -> dict[int, list[tuple[int, int]]]:
        """Token index -> [(atom id, end)] for every atom occurrence in ``doc``."""
        hits: dict[int, list[tuple[int, int]]] = {}
        for key, start, end in self.phrases(doc):
            hits.setdefault(start, []).append((int(self.vocab.strings[key]), end))
        cache = self._token_atoms
        if len(cache) > _CACHE_MAX:
            cache.clear()
        for i, text in enumerate(texts):
            atoms = cache.get(text)
            if atoms is None:
                atoms = cache[text] = self._single_token_atoms(text)
            for aid in atoms:
                hits.setdefault(i, []).append((aid, i + 1))
        return hits

    def _single_token_atoms(self, text: str) -> tuple[int, ...]:
        """Prefix and regex atoms that the token ``text`` matches."""
        found = [aid for prefix, aid in self._by_head.get(text[:2], ()) if text.startswith(prefix)]
        if text[:1].isdigit():
            found += [aid for rx, aid in self._regex if rx.search(text)]
        return tuple(found)

    def __call__(self, doc: Doc, limits: list[int],
                 texts: list[str] | None = None) -> list[tuple[int, int, int]]:
        """Find pattern matches in ``doc``: ``[(key, start, end)]``, one (the shortest) per
        pattern and start. ``limits[i]`` is the end of the sentence containing token i;
        no match crosses it. ``texts``: the token texts, if the caller already has them."""
        hits = self._atom_hits(doc, texts if texts is not None else [t.text for t in doc])
        # Atoms present per sentence (keyed by its end): a pattern needing an absent atom is
        # skipped without searching.
        present: dict[int, set[int]] = {}
        for pos, items in hits.items():
            present.setdefault(limits[pos], set()).update(aid for aid, _ in items)
        found: list[tuple[int, int, int]] = []
        for start in sorted(hits):
            limit = limits[start]
            here = present[limit]
            for aid, end in hits[start]:
                for key, elements, needed in self._index.get(aid, ()):
                    if any(here.isdisjoint(n) for n in needed):
                        continue
                    stop = _match_rest(elements, 1, end, hits, limit)
                    if stop is not None:
                        found.append((key, start, stop))
        return found


def _match_rest(elements: tuple[Element, ...], i: int, pos: int,
                hits: dict[int, list[tuple[int, int]]], limit: int) -> int | None:
    """End of the shortest match of ``elements[i:]`` starting at ``pos``, or None."""
    if pos > limit:
        return None
    if i == len(elements):
        return pos
    el = elements[i]
    if isinstance(el, Gap):
        if i + 1 == len(elements):
            return pos
        for p in range(pos, min(pos + el.size, limit) + 1):
            stop = _match_rest(elements, i + 1, p, hits, limit)
            if stop is not None:
                return stop
        return None
    for aid, end in hits.get(pos, ()):
        if aid in el.atoms and end <= limit:
            stop = _match_rest(elements, i + 1, end, hits, limit)
            if stop is not None:
                return stop
    if el.optional:
        return _match_rest(elements, i + 1, pos, hits, limit)
    return None
