"""Classify one parsed message: the classifier's entry point (``classify``).

Flow inside the classifier: clean (:mod:`classifiers.cleaning`) -> detect language
(:mod:`classifiers.language`) -> split sentences (:mod:`classifiers.segment`) -> fold
(:mod:`classifiers.normalise`) -> rules (:mod:`classifiers.rules`: request patterns and their
scope) -> model (:mod:`classifiers.model`: a textcat over each sentence's words and the rules'
findings, :mod:`classifiers.features`) -> per type, the learned combination of both
(:mod:`classifiers.combine`) -> labels, route, reason and evidence (:func:`decide`). Knows
nothing of IMAP, SMTP or tickets.

Both layers are sources of labels: the model reads requests no pattern knows, in every
language it was trained on, and the rules carry what they do best: scope (negation,
conditionals, questions, reported speech, quotes, disclaimers) as inputs of the model and of
the combination, and evidence. A type is given when its calibrated probability reaches its
threshold; when one is unsure (between ``doubt`` and ``threshold``), or the language is one
the classifier does not read, the message goes to a human with the suggestion and evidence.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from classifiers import language
from classifiers import model as model_mod
from classifiers.agency import on_behalf
from classifiers.cleaning import CleanText, clean_message
from classifiers.combine import Calibration, Signals
from classifiers.features import sentence_features
from classifiers.language import LanguageGuess, cue_languages, detect
from classifiers.normalise import fold, tokenize
from classifiers.rules import RuleSet, SentenceHits
from classifiers.segment import Sentence, split_sentences
from classifiers.types import REQUEST_TYPES, Classification, Evidence

log = logging.getLogger(__name__)

_MAX_SENTENCES = 200
_EVIDENCE_CHARS = 300
#: A sentence is shown as evidence of a type when the model reads it there at least this
#: sure (or a rule fired there).
_EVIDENCE_PROB = 0.5


@dataclass(frozen=True)
class Analysis:
    """The rule layer's reading of one text: its sentences, their folded tokens (``words``,
    flat, with each sentence's ``(start, end)`` in ``bounds``) and per sentence the rules'
    :class:`~classifiers.rules.SentenceHits`."""

    sentences: list[Sentence]
    words: list[str]
    bounds: list[tuple[int, int]]
    hits: list[SentenceHits]

    def model_inputs(self) -> list[list[str]]:
        """Per sentence, the model's words (:func:`classifiers.features.sentence_features`)."""
        return [sentence_features(self.words[a:b], h)
                for (a, b), h in zip(self.bounds, self.hits, strict=True)]


@dataclass(frozen=True)
class _Reading:
    analysis: Analysis
    probs: list[dict[str, float]]  # per sentence: the model's probability per type
    best: dict[str, float]  # per type: the highest over the sentences


class Classifier:
    """The loaded classifier: the rule matcher, the model (a spaCy textcat) and the learned
    combination of both.

    Build once with :meth:`load` (≈1.5 s) and call :meth:`classify` per message; thread-safe
    for reading (spaCy inference holds no per-call state here).
    """

    def __init__(self, nlp: Language, rules: RuleSet, trained: bool,
                 calibration: Calibration) -> None:
        self.nlp = nlp
        self.rules = rules
        self.trained = trained
        self.calibration = calibration
        self._rule_languages = rules.request_languages
        self._vocab_at_load = len(nlp.vocab)

    def vocab_growth(self) -> int:
        """Lexemes added to the vocabulary by the mail read since loading (spaCy keeps every
        new word it sees: ~0.6 KB each, so a long-running worker must reload now and then)."""
        return len(self.nlp.vocab) - self._vocab_at_load

    @classmethod
    def load(cls) -> Classifier:
        """Load the shipped model and its calibration and compile the pattern files.

        Raises ``OSError`` when the model directory exists but is unreadable, ``ValueError``
        for a calibration that does not fit this code, and
        :class:`classifiers.rules.PatternError` for a bad pattern file.
        """
        language.load()  # first: see its docstring (peak memory)
        nlp, trained = model_mod.load()
        calibration = model_mod.load_calibration() if trained else Calibration.rules_only()
        return cls(nlp, RuleSet.load(nlp), trained, calibration)

    def analyse(self, text: str, lang: LanguageGuess | None = None) -> Analysis:
        """Split, fold and run the rules over ``text`` (already cleaned); ``lang`` (the
        detected language) limits which languages' scope cues apply.

        All sentences go into one Doc (built from :func:`classifiers.normalise.tokenize`, one
        PhraseMatcher pass); the rules see each sentence as a span.
        """
        sentences = split_sentences(text)[:_MAX_SENTENCES]
        words: list[str] = []
        bounds: list[tuple[int, int]] = []
        for sentence in sentences:
            toks = tokenize(fold(sentence.text))
            bounds.append((len(words), len(words) + len(toks)))
            words.extend(toks)
        doc = Doc(self.nlp.vocab, words=words)
        langs = cue_languages(lang) if lang is not None else None
        return Analysis(sentences, words, bounds, self.rules.analyse(doc, bounds, words, langs))

    def read(self, text: str, lang: LanguageGuess | None = None) -> _Reading:
        """:meth:`analyse`, then the model over every sentence (one batched call)."""
        analysis = self.analyse(text, lang)
        if self.trained:
            probs = model_mod.sentence_probabilities(self.nlp, analysis.model_inputs())
        else:
            probs = [dict.fromkeys(REQUEST_TYPES, 0.0) for _ in analysis.sentences]
        best = {k: max((p[k] for p in probs), default=0.0) for k in REQUEST_TYPES}
        return _Reading(analysis, probs, best)

    def classify(self, message: object) -> Classification:
        """Classify one :class:`bot.intake.message.InboundMessage` (see :func:`classify`)."""
        started = time.perf_counter()
        clean = clean_message(message)
        text = clean.text
        subject = str(getattr(message, "subject", "") or "")
        if len(text.split()) < 3 and len(fold(text)) < 12 and subject.strip():
            # Body (almost) empty: the subject is all the sender wrote.
            text = (subject.strip() + "\n" + text).strip()
        lang = detect(text)
        reading = self.read(text, lang)
        result = decide(reading, lang, clean, text, self.calibration,
                        self.has_rules(lang.code))
        log.debug("classified in %.2f ms: route=%s labels=%s lang=%s",
                  (time.perf_counter() - started) * 1000, result.route, result.labels,
                  result.language)
        return result

    def has_rules(self, code: str) -> bool:
        """Whether the pattern files have request patterns for language ``code``."""
        return code in self._rule_languages


def rule_evidence(sentences: list[Sentence], hits: list[SentenceHits]) -> dict[str, list[Evidence]]:
    """Per type, the sentences whose rules give it (scope-checked), with the labelling
    conventions applied: an erasure letter's general withdrawal of "any consent given" is part
    of the erasure (deletion only; GDPR Art. 17(1)(b)), unless it names what to stop."""
    evidence: dict[str, list[Evidence]] = {k: [] for k in REQUEST_TYPES}
    generic_only: dict[str, bool] = {}
    for sent, h in zip(sentences, hits, strict=True):
        for label, names in h.labels.items():
            for name in names[:2]:
                evidence[label].append(Evidence(label, sent.text[:_EVIDENCE_CHARS],
                                                "rule:" + name, 1.0))
            generic_only[label] = generic_only.get(label, True) and label in h.generic
    if generic_only.get("withdrawal") and evidence["deletion"]:
        evidence["withdrawal"] = []
    return evidence


def signals(reading: _Reading, has_rules: bool) -> Signals:
    """The rules' findings over the whole message, for :mod:`classifiers.combine`;
    ``has_rules``: whether the message's language has request patterns."""
    hits = reading.analysis.hits
    given = rule_evidence(reading.analysis.sentences, hits)
    fired = {k for h in hits for k in h.labels}
    blocked = {k for h in hits for k in h.blocked} - fired
    return Signals(frozenset(k for k, v in given.items() if v), frozenset(fired),
                   frozenset(blocked), any(h.question for h in hits),
                   any(h.human for h in hits), has_rules)


def _label_evidence(label: str, reading: _Reading) -> list[Evidence]:
    """Up to three sentences behind ``label``: where a rule gave it or the model reads it,
    most probable first; ``source`` says which (``rule:NAME`` or ``model``). Never empty
    when the text has a sentence: at least the one the model reads ``label`` in most."""
    found: list[Evidence] = []
    for sent, h, p in zip(reading.analysis.sentences, reading.analysis.hits, reading.probs,
                          strict=True):
        names = h.labels.get(label)
        if names or p[label] >= _EVIDENCE_PROB:
            source = "rule:" + names[0] if names else "model"
            found.append(Evidence(label, sent.text[:_EVIDENCE_CHARS], source, round(p[label], 3)))
    if not found and reading.probs:
        # The combination may give a type that no single sentence reaches 0.5 for (the
        # rules' findings add to it): show the sentence the model reads it in most.
        i = max(range(len(reading.probs)), key=lambda n: reading.probs[n][label])
        found.append(Evidence(label, reading.analysis.sentences[i].text[:_EVIDENCE_CHARS],
                              "model", round(reading.probs[i][label], 3)))
    found.sort(key=lambda e: -e.score)
    return found[:3]


def _human_reasons(hits: list[SentenceHits]) -> list[str]:
    reasons: list[str] = []
    for h in hits:
        for r in sorted(h.human):
            if r not in reasons:
                reasons.append(r)
    if any(h.question for h in hits) and "question" not in reasons:
        reasons.append("question")
    return reasons


def decide(reading: _Reading, lang: LanguageGuess, clean: CleanText, text: str,
           calibration: Calibration, has_rules: bool) -> Classification:
    """Turn the sentences' readings into one :class:`Classification` (pure function).

    Per type ``q`` (:meth:`classifiers.combine.Calibration.probability`); labels are the types
    at or over their threshold. Route ``human`` when: the text is empty; the language is not
    one the classifier reads (the detected language is named); nothing reaches a threshold
    (with the human signals found, and any type the model suggests); or the message is a
    complaint addressed to a supervisory authority. Else ``ticket`` with the types found; a
    type in its doubt band beside them is named in the reason ("possibly also deletion
    (0.47)") with its evidence, for staff to add: the request is acknowledged and its clock
    runs, instead of waiting in triage for want of one more type.
    """
    analysis = reading.analysis
    sig = signals(reading, has_rules)
    q = {k: calibration.probability(k, reading.best[k], sig) for k in REQUEST_TYPES}
    scores = {k: round(v, 3) for k, v in q.items()}
    labels = tuple(k for k in REQUEST_TYPES if q[k] >= calibration.threshold[k])
    unsure = tuple(k for k in REQUEST_TYPES
                   if calibration.doubt[k] <= q[k] < calibration.threshold[k])
    evidence = {k: _label_evidence(k, reading) for k in labels + unsure}
    flat = tuple(e for k in labels for e in evidence[k])
    suggested = tuple(e for k in unsure for e in evidence[k][:1])

    agent = on_behalf(text)

    def human(reason: str, shown: tuple[Evidence, ...] = flat) -> Classification:
        return Classification((), scores, "human", reason, lang.code, lang.script, shown, text,
                              agent)

    if not text.strip():
        return human("empty message: nothing to read", ())
    if not lang.supported:
        return human(f"language '{lang.code}' is not supported: needs a person who reads it",
                     flat + suggested)
    if labels and any(h.authority for h in analysis.hits):
        # A complaint addressed to a supervisory authority (we are only in copy): the rights
        # it mentions are the complaint's subject, not requests to us.
        return human("complaint to an authority: requests mentioned are not addressed to us")
    if not labels:
        why = _human_reasons(analysis.hits)
        reason = "no clear request" + (": " + ", ".join(why[:4]) if why else "")
        if unsure:
            reason += "; possibly " + ", ".join(f"{k} ({q[k]:.2f})" for k in unsure)
        return human(reason, suggested)
    parts = [f"{k} ({_sources(evidence[k])}, {q[k]:.2f})" for k in labels]
    reason = "request: " + "; ".join(parts)
    if unsure:  # staff see it on the ticket and add the type if it is asked for
        reason += "; possibly also " + ", ".join(f"{k} ({q[k]:.2f})" for k in unsure)
    if clean.forwarded:
        reason += " [forwarded]"
    return Classification(labels, scores, "ticket", reason, lang.code, lang.script,
                          flat + suggested, text, agent)


def _sources(evidence: list[Evidence]) -> str:
    rules = sorted({e.source[5:] for e in evidence if e.source.startswith("rule:")})
    return ("rule " + rules[0] + " + model") if rules else "model"


_lock = threading.Lock()
_classifier: Classifier | None = None

#: New lexemes after which the classifier is reloaded (~30 MB of vocabulary; at ~10 new
#: words a message, a reload of ~0.6 s every few thousand messages).
VOCAB_GROWTH_LIMIT = 50_000


def get_classifier() -> Classifier:
    """Return the process-wide classifier, loading it on first use (thread-safe)."""
    global _classifier
    if _classifier is None:
        with _lock:
            if _classifier is None:
                _classifier = Classifier.load()
    return _classifier


def classify(message: object) -> Classification:
    """Classify one parsed message.

    ``message``: a :class:`bot.intake.message.InboundMessage` (any object with ``text``,
    ``subject`` and ``attached_messages`` works). Returns a :class:`Classification` with
    labels ⊆ REQUEST_TYPES, a score in [0, 1] for each of the five, route ``"ticket"`` or
    ``"human"`` (never ``"ignore"``: machine mail is screened earlier), a one-line reason,
    the language, evidence per label and the text read. The model is loaded once per
    process on the first call (≈1.5 s), and again when the mail read has grown its vocabulary
    by :data:`VOCAB_GROWTH_LIMIT` words, so that memory stays bounded in a long-running
    worker. Raises only on a broken installation (unreadable model or pattern files).
    """
    global _classifier
    clf = get_classifier()
    result = clf.classify(message)
    if clf.vocab_growth() > VOCAB_GROWTH_LIMIT:
        with _lock:
            if _classifier is clf:
                log.info("classifier vocabulary grew by %d words: reloading", clf.vocab_growth())
                _classifier = None
    return result
