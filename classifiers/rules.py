"""The rule layer: spaCy Matcher patterns per language, with negation, question and
condition scope. Reads sentences (see :mod:`classifiers.segment`) after cleaning.

Patterns live in ``classifiers/patterns/<lang>.txt``, one per line, under a section header
``@KIND`` where KIND is a request type (``@access`` ... ``@cancellation``) or a cue:

* ``@NEG`` negation ("do not", 不要, jangan) - a request pattern preceded by one in the same
  clause does not count ("please do NOT close my account");
* ``@COND`` a condition ("if", 如果, jika) - a request inside the ``if`` clause does not count
  ("if I delete my account, do I lose my points?");
* ``@POLITE`` request forms ("can you", "please", 麻烦, tolong) - in a question, a request
  counts only after one of these ("can you delete my review?" counts, "how do I delete my
  account?" does not);
* ``@QWORD`` words that make a sentence a question without a question mark when they open it,
  ``@QANY`` wherever they are (Chinese 如何, 吗);
* ``@THIRD`` a third-person subject right before the verb ("用户申请删除" - users ask for
  deletion): reported, not requested;
* ``@REPORTED`` an earlier request being reported ("I sent you a request on ...") - the
  sentence carries no new request;
* ``@DISCLAIMER`` boilerplate ("intended recipient") - the sentence is ignored;
* ``@DOIT`` "please just do it for me": takes the request types of the question before it;
* a request inside quotation marks ('customers write "please delete my data"') is reported
  speech and does not count;
* ``@human:REASON`` signals that explain a route to a human (complaint, chaser, ...);
* ``@SEQ`` sequencing words that open a further request ("after that", "once I have it",
  daarna, 然后, kemudian): a clause boundary, and a sentence-initial question word they cover
  does not make a question ("When that is done, close my account");
* ``@PORT`` a transfer to another company (portability): an access match in the same clause
  does not count ("send my order data directly to another platform" is portability alone);
* ``@AUTHORITY`` a complaint addressed to a supervisory authority ("Dear Commissioner",
  "complaint against the company"): the message goes to a human, whatever rights it mentions.

``@REPORTED`` blocks the requests of its own clause only: "thanks for handling my previous
request; now please close my account" still asks for a closure. A negation or condition that
is part of a request form (``@POLITE`` "boleh tak", "would it be possible to") is no
negation or condition. Cues (and ``@human`` signals) apply only in the languages the message
may be written in (:func:`classifiers.language.cue_languages`: the detected language, close
runners-up, en/zh/ms/ta and xx), because short function words collide across languages;
request patterns of every language always apply, for code-mixed mail.

Adding a phrasing: put it under its request type in the language's file, in both word orders
where the language allows them (verb-final "gegevens ... verwijderen" with flag ``vlast``),
and add a hand-written case to ``tests/test_classifier_kinds.py``.

Pattern syntax (every token is folded with :func:`classifiers.normalise.fold` first):
``a|b`` alternatives for one position (``no_longer`` joins words into one alternative);
``del*`` a token starting with "del"; ``?x`` an optional token; ``~N`` up to N arbitrary
tokens; ``re:REGEX`` a token matching a regular expression (tried on tokens that start with a
digit); a leading ``^`` means the match must start its clause
(after "please", "hi" ...). After ``;;`` come flags: ``ctx=w1|w2`` (one of these words must
occur in this or the previous two sentences: "close it" needs "account" nearby), ``drop=LABEL``
(a match of LABEL starting at the same verb, or lying inside this match in the clause where
it ends, is absorbed: "delete my account and all my data" is one erasure request; "remove my
number from your call list" one withdrawal), ``unless=w1|w2`` (the match does not count
when one of these words follows it in its clause), ``unlessin=w1|w2`` (... when one occurs
anywhere in its clause: "把我的号码从营销名单里删除" is no erasure), ``vlast`` (the pattern
ends with its verb - object first, "gegevens ... verwijderen", "资料……删除" - so a negation
inside the match negates it), ``generic``
(a withdrawal of consent in general, which erasure letters include by convention and which
then does not count), ``weak`` (a lower score). Chinese words may be written unspaced.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from classifiers.matching import Alts, AtomMatcher, Element, Gap
from classifiers.normalise import fold, tokenize
from classifiers.types import REQUEST_TYPES

PATTERN_DIR = Path(__file__).with_name("patterns")
CUES = ("NEG", "NEGAFTER", "COND", "POLITE", "QWORD", "QANY", "REPORTED", "DISCLAIMER", "DOIT",
        "BOUNDARY", "LEAD", "MARKETING", "DATE", "THIRD", "SEQ", "PORT", "AUTHORITY")
# Tokens that end a clause (scope of a negation or a condition).
_CLAUSE_PUNCT = frozenset(",;:—–()[]\"-")
_NEG_WINDOW = 7


def _is_punct(token: str) -> bool:
    return not any(ch.isalnum() for ch in token)


class PatternError(ValueError):
    """A pattern file line that cannot be compiled (file, line number and reason)."""


@dataclass(frozen=True)
class Rule:
    """One compiled pattern line: ``name`` (``"en/cancellation#3"``), ``kind`` (a request
    type, a cue name or ``human:REASON``), and its flags."""

    name: str
    kind: str
    anchor: bool = False
    ctx: frozenset[str] = frozenset()
    generic: bool = False
    weak: bool = False
    unless: frozenset[str] = frozenset()
    unlessin: frozenset[str] = frozenset()
    nodate: bool = False
    drop: frozenset[str] = frozenset()
    max_len: int = 0
    vlast: bool = False

    @property
    def lang(self) -> str:
        """The pattern file (language) this rule comes from: ``"en"``, ``"zh"``, ``"xx"``..."""
        return self.name.split("/", 1)[0]


@dataclass
class SentenceHits:
    """What the rules found in one sentence.

    labels: request type -> names of the rules that fired (after scope checks);
    blocked: request type -> why a match did not count ("negated", "question", ...);
    human: reasons for a human found here; question: the sentence is a question.
    """

    labels: dict[str, list[str]] = field(default_factory=dict)
    blocked: dict[str, str] = field(default_factory=dict)
    human: set[str] = field(default_factory=set)
    question: bool = False
    doit: bool = False
    generic: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    authority: bool = False
    request_form: bool = False  # a request form ("please", "can you", "then") was seen


def _compile(line: str, atoms: AtomMatcher) -> tuple[tuple[Element, ...], bool, int]:
    """Compile one pattern body; returns (elements, anchored, max match length in tokens)."""
    anchor = line.startswith("^")
    elements: list[Element] = []
    max_len = 0
    for raw in line.lstrip("^").split():
        if re.fullmatch(r"~\d+", raw):
            elements.append(Gap(int(raw[1:])))
            max_len += int(raw[1:])
            continue
        optional = raw.startswith("?") and len(raw) > 1
        raw = raw[1:] if optional else raw
        ids: set[int] = set()
        longest = 1
        if raw.startswith("re:"):
            ids.add(atoms.regex_atom(raw[3:]))
        else:
            for alt in raw.split("|"):
                alt = alt.replace("_", " ")
                if alt.endswith("*") and len(alt) > 1:
                    prefix = fold(alt[:-1])
                    if " " in prefix or len(prefix) < 2:
                        raise PatternError(f"prefix {alt!r} must be one word of 2+ letters")
                    ids.add(atoms.prefix_atom(prefix))
                    continue
                toks = tuple(tokenize(fold(alt)))
                if toks:
                    ids.add(atoms.atom(toks))
                    longest = max(longest, len(toks))
        if not ids:
            raise PatternError(f"empty position {raw!r}")
        elements.append(Alts(frozenset(ids), optional))
        max_len += longest
    if not elements:
        raise PatternError("empty pattern")
    return tuple(elements), anchor, max_len


def _parse_flags(text: str) -> dict[str, str]:
    flags: dict[str, str] = {}
    for part in text.split():
        key, _, value = part.partition("=")
        flags[key] = value
    return flags


class RuleSet:
    """All pattern files compiled into one :class:`classifiers.matching.AtomMatcher` (a spaCy
    PhraseMatcher over every word of every pattern, plus prefix and regex atoms).

    Build with :meth:`load`; apply with :meth:`analyse`. Raises :class:`PatternError` at load
    time for a bad pattern (never at classification time).
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.matcher = AtomMatcher(nlp.vocab)
        self.rules: list[Rule] = []

    @classmethod
    def load(cls, nlp: Language, directory: Path = PATTERN_DIR) -> RuleSet:
        """Compile every ``*.txt`` pattern file in ``directory`` with ``nlp``'s tokenizer."""
        ruleset = cls(nlp)
        for path in sorted(directory.glob("*.txt")):
            ruleset.add_file(path)
        return ruleset

    @property
    def request_languages(self) -> frozenset[str]:
        """The languages (pattern file names) that have request patterns, not only cues."""
        return frozenset(r.lang for r in self.rules if r.kind in REQUEST_TYPES) - {"xx"}

    def add_file(self, path: Path) -> None:
        """Compile one pattern file (see module docstring for the format)."""
        lang = path.stem
        kind = ""
        counter: dict[str, int] = {}
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.split(" #", 1)[0].strip() if not raw.startswith("#") else ""
            if not line:
                continue
            if line.startswith("@"):
                kind = line[1:].strip()
                if kind not in REQUEST_TYPES and kind not in CUES and not kind.startswith("human:"):
                    raise PatternError(f"{path}:{lineno}: unknown section {kind!r}")
                continue
            if not kind:
                raise PatternError(f"{path}:{lineno}: pattern before any @section")
            body, _, flag_text = line.partition(";;")
            flags = _parse_flags(flag_text)
            try:
                elements, anchor, max_len = _compile(body.strip(), self.matcher)
                counter[kind] = counter.get(kind, 0) + 1
                name = f"{lang}/{kind}#{counter[kind]}"
                ctx = frozenset(fold(w) for w in flags.get("ctx", "").split("|") if w)
                unless = frozenset(fold(w) for w in flags.get("unless", "").split("|") if w)
                unlessin = frozenset(fold(w) for w in flags.get("unlessin", "").split("|") if w)
                drop = frozenset(flags.get("drop", "").split("|")) - {""}
                rule = Rule(name, kind, anchor, ctx, "generic" in flags, "weak" in flags,
                            unless, unlessin, "nodate" in flags, drop, max_len,
                            "vlast" in flags)
                self.matcher.add(len(self.rules), elements)
            except (PatternError, ValueError) as exc:
                raise PatternError(f"{path}:{lineno}: {exc}") from None
            self.rules.append(rule)

    # -- analysis ---------------------------------------------------------------------------

    def analyse(self, doc: Doc, sentences: Sequence[tuple[int, int]],
                texts: list[str] | None = None,
                langs: frozenset[str] | None = None) -> list[SentenceHits]:
        """Apply the rules to one message: ``doc`` holds all its folded sentences and
        ``sentences`` their token ranges ``(start, end)`` in order. Returns one
        :class:`SentenceHits` per sentence. Scope checks use the neighbouring sentences for
        ``ctx`` flags and ``DOIT`` cues.

        ``langs``: the languages the message may be written in (see
        :func:`classifiers.language.cue_languages`). Scope cues and human signals of other
        languages are ignored - their short function words collide across languages
        (Swedish "om" = if, Dutch "om" = to; Polish "tak" = yes, Malay "tak" = not) - while
        request patterns of every language stay active, for code-mixed mail."""
        texts = texts if texts is not None else [t.text for t in doc]
        limits = [0] * len(doc)
        for s, e in sentences:
            for i in range(s, e):
                limits[i] = e
        per_sentence: list[list[tuple[Rule, int, int]]] = [[] for _ in sentences]
        starts = [s for s, _ in sentences]
        for key, start, end in self.matcher(doc, limits, texts):
            rule = self.rules[key]
            if langs is not None and rule.kind not in REQUEST_TYPES and rule.lang not in langs:
                continue
            if end - start <= rule.max_len:
                per_sentence[bisect_right(starts, start) - 1].append((rule, start, end))
        results: list[SentenceHits] = []
        pending: dict[str, list[str]] = {}  # labels of a recent question, for "do it"
        pending_age = 0
        for i, (s, e) in enumerate(sentences):
            if per_sentence[i]:
                matches = [(r, a - s, b - s) for r, a, b in per_sentence[i]]
                context = set(texts[sentences[max(0, i - 2)][0]:e])
                hits = self._analyse_one(texts[s:e], matches, context)
            else:
                hits = SentenceHits(question=e > s and texts[e - 1] == "?")
            if hits.doit and pending:
                for label, names in pending.items():
                    hits.labels.setdefault(label, []).extend(n + "+do-it" for n in names)
                    hits.blocked.pop(label, None)
                pending = {}
            pending_age += 1
            if hits.question:
                found = {k: [v[5:]] for k, v in hits.blocked.items() if v.startswith("rule:")}
                if found:
                    pending, pending_age = found, 0
            if pending_age > 2:
                pending = {}
            results.append(hits)
        return results

    def _analyse_one(self, doc: list[str], matches: list[tuple[Rule, int, int]],
                     ctx_words: set[str]) -> SentenceHits:
        """Scope checks for one sentence; ``doc`` is its token texts, ``matches`` the rule
        matches in it with token offsets relative to its start."""
        hits = SentenceHits()
        cues: dict[str, list[tuple[int, int]]] = {c: [] for c in CUES}
        requests: list[tuple[Rule, int, int]] = []
        for rule, start, end in matches:
            if rule.kind in cues:
                cues[rule.kind].append((start, end))
            elif rule.kind.startswith("human:"):
                hits.human.add(rule.kind[6:])
            else:
                requests.append((rule, start, end))
        ends_q = bool(doc) and doc[-1] == "?"
        # "When that is done, close my account" / "Once I have it, ...": a sequencing clause,
        # not a question - a sentence-initial question word covered by a SEQ cue does not count.
        seq_tokens = {i for a, b in cues["SEQ"] for i in range(a, b)}
        hits.question = (ends_q or bool(cues["QANY"])
                         or any(s == 0 and s not in seq_tokens for s, _ in cues["QWORD"]))
        hits.doit = bool(cues["DOIT"])
        hits.request_form = bool(cues["POLITE"] or cues["SEQ"])
        if cues["AUTHORITY"]:
            hits.authority = True
            hits.human.add("complaint to an authority")
        if cues["DISCLAIMER"]:
            for rule, _, _ in requests:
                hits.blocked.setdefault(rule.kind, "disclaimer")
            return hits
        names = {r.name: r for r, _, _ in requests}
        bounds = self._boundaries(doc, cues)
        # An earlier request being reported ("I sent you a request on 3 May ...") carries no
        # new request in its clause; other clauses of the sentence still count ("thanks for
        # handling my previous request; now please also close my account").
        reported = [(self._clause_start(a, bounds), next((x for x in bounds if x > b), len(doc)))
                    for a, b in cues["REPORTED"]]
        accepted: list[tuple[Rule, int, int]] = []
        for rule, start, end in requests:
            if any(a <= start < b or start <= a < end for a, b in reported):
                hits.blocked.setdefault(rule.kind, "reported earlier request")
                continue
            reason = self._blocked(rule, start, end, doc, cues, bounds, hits.question, ctx_words)
            if reason:
                if reason in ("question", "condition") and hits.question:
                    hits.blocked[rule.kind] = "rule:" + rule.name
                else:
                    hits.blocked.setdefault(rule.kind, reason)
                continue
            accepted.append((rule, start, end))
            hits.labels.setdefault(rule.kind, [])
            if rule.name not in hits.labels[rule.kind]:
                hits.labels[rule.kind].append(rule.name)
            if rule.generic:
                hits.generic.add(rule.kind)
            if rule.weak:
                hits.weak.add(rule.kind)
        # "delete my account and all my data": one erasure request; the verb that matched
        # both does not also make a separate closure request (flag drop=cancellation).
        # "remove my number from your call list" / "把我从营销名单里删除": one withdrawal; a
        # match of the dropped label inside the dropping match and in the clause where that
        # match ends is the same request (not one in an earlier clause: "delete my card
        # details and take me off your SMS list" keeps both).
        for rule, start, end in accepted:
            last_clause = self._clause_start(max(start, end - 1), bounds)
            for other in rule.drop:
                same_verb = [r.name for r, st, en in accepted if r.kind == other and (
                    st == start or (start <= st and en <= end and st >= last_clause))]
                if same_verb and hits.labels.get(other):
                    hits.labels[other] = [n for n in hits.labels[other] if n not in same_verb]
                    if not hits.labels[other]:
                        del hits.labels[other]
        # A label that fired unconditionally somewhere is not "blocked" in this sentence.
        for label in hits.labels:
            hits.blocked.pop(label, None)
        for label in list(hits.generic):
            if cues["MARKETING"] or any(not names[n].generic for n in hits.labels.get(label, [])):
                hits.generic.discard(label)
        for label in list(hits.weak):
            if any(not names[n].weak for n in hits.labels.get(label, [])):
                hits.weak.discard(label)
        return hits

    @staticmethod
    def _lead_tokens(cues: dict[str, list[tuple[int, int]]]) -> set[int]:
        return {i for s, e in cues["LEAD"] + cues["POLITE"] + cues["BOUNDARY"] + cues["SEQ"]
                for i in range(s, e)}

    @staticmethod
    def _boundaries(doc: list[str], cues: dict[str, list[tuple[int, int]]]) -> list[int]:
        """Token indices that start a new clause."""
        bounds = {0}
        for i, tok in enumerate(doc):
            if tok in _CLAUSE_PUNCT or (tok == "." and i > 0):
                bounds.add(i + 1)
        for start, _ in cues["BOUNDARY"] + cues["SEQ"]:
            bounds.add(start)
        return sorted(bounds)

    @staticmethod
    def _clause_start(pos: int, bounds: list[int]) -> int:
        start = 0
        for b in bounds:
            if b <= pos:
                start = b
            else:
                break
        return start

    def _blocked(self, rule: Rule, start: int, end: int, doc: list[str],
                 cues: dict[str, list[tuple[int, int]]], bounds: list[int], question: bool,
                 ctx_words: set[str]) -> str:
        """Return why a request match does not count, or "" when it does."""
        clause = self._clause_start(start, bounds)
        if doc[:start].count('"') % 2 == 1:
            return "quoted"  # inside quotation marks: someone else's words, reported
        for ts, te in cues["THIRD"]:
            if te <= start and ts >= clause and start - te <= 3:
                return "third person"
        polite = cues["POLITE"]
        for ns, ne in cues["NEG"]:
            if any(ps <= ns and ne <= pe and (ps, pe) != (ns, ne) for ps, pe in polite):
                continue  # part of a request form: "boleh tak ...?", "能不能"
            inside = ns >= start and ne <= end
            if not inside and ne <= start and ns >= clause and start - ne <= _NEG_WINDOW:
                return "negated"
            if inside and ns > start and rule.vlast:
                # Object before verb (flag vlast): "发票记录……不要删除", "gegevens niet
                # verwijderen" - a negation between the object and the final verb.
                return "negated"
        for cs, ce in cues["COND"]:
            # "If I close my account, ..." - the condition ends with its clause; "tell me if
            # this means closing my account, my contract ..." - it runs to the sentence end.
            if any(ps <= cs < pe and (ps, pe) != (cs, ce) for ps, pe in polite):
                continue  # part of a request form: "would it be possible to ..."
            lead = self._lead_tokens(cues)
            lead_in = all(_is_punct(doc[i]) or i in lead for i in range(cs))
            if cs < start and (clause <= cs or not lead_in):
                return "condition"
        clause_end = next((b for b in bounds if b > end), len(doc) + 1)
        for ns, _ in cues["NEGAFTER"]:
            if end <= ns < clause_end and ns - end <= 3:
                return "negated"
        if rule.unless and any(t in rule.unless for t in doc[end:min(end + 5, clause_end)]):
            return "other sense"
        if rule.unlessin and any(t in rule.unlessin for t in doc[clause:clause_end]):
            return "other sense"
        if rule.kind == "access" and any(clause <= ps < clause_end for ps, _ in cues["PORT"]):
            return "portability"
        if rule.nodate and cues["DATE"]:
            return "dated reference"
        if rule.ctx and not (rule.ctx & ctx_words):
            return "no context"
        if rule.anchor:
            lead = self._lead_tokens(cues)
            if any(i not in lead and not _is_punct(doc[i]) and not doc[i][:1].isdigit()
                   for i in range(clause, start)):
                return "not at clause start"
        if question and not any(ps < start and not _no_request_form(ps, clause, cues)
                                for ps, _ in cues["POLITE"]):
            return "question"
        return ""


def _no_request_form(polite: int, clause: int, cues: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the request form starting at token ``polite`` does not make a question a
    request: it is part of a question word ("do I need to send a copy…?" asks about the
    procedure: "do_i" and "i_need" share a token), or it lies in an earlier conditional
    clause ("if I want a copy, do I need…?"; the match's clause starts at ``clause``)."""
    if any(qs < polite < qe for qs, qe in cues["QWORD"]):
        return True
    return polite < clause and any(cs <= polite for cs, _ in cues["COND"])


def rule_labels(hits: Iterable[SentenceHits]) -> set[str]:
    """Union of the request types that fired in ``hits``."""
    out: set[str] = set()
    for h in hits:
        out.update(h.labels)
    return out
