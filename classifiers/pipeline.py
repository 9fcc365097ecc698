"""Classify one parsed message: the classifier's entry point (``classify``).

Flow inside the classifier: clean (:mod:`classifiers.cleaning`) -> detect language
(:mod:`classifiers.language`) -> split sentences (:mod:`classifiers.segment`) -> fold
(:mod:`classifiers.normalise`) -> spaCy: rules (:mod:`classifiers.rules`) and the textcat
model (:mod:`classifiers.model`) on each sentence -> decide labels, scores, route and reason
(:func:`decide`). Knows nothing of IMAP, SMTP or tickets.

How the two layers are combined: a rule that fires in a sentence (not negated, not inside an
"if" clause, not in a question unless phrased as a request, not in a disclaimer) gives its
label; the model alone gives a label only when it is sure beyond ``MODEL_LABEL`` in a sentence
in request form ("please ...") that nothing blocked (no negation, condition, question or human
signal there, no blocked request anywhere in the message); when it is merely very sure
(``MODEL_ONLY``) of a request no rule found, the message goes to a human with the model's
suggestion as evidence. The model's probability raises a rule-backed label's score (at least
``RULE_SCORE``). Nothing confident -> route ``human``.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from classifiers import language
from classifiers import model as model_mod
from classifiers.cleaning import CleanText, clean_message
from classifiers.language import LanguageGuess, cue_languages, detect
from classifiers.normalise import fold, tokenize
from classifiers.rules import RuleSet, SentenceHits
from classifiers.segment import Sentence, split_sentences
from classifiers.types import REQUEST_TYPES, Classification, Evidence

log = logging.getLogger(__name__)

RULE_SCORE = 0.9
WEAK_RULE_SCORE = 0.75
#: Model probability above which the model alone may give a label.
MODEL_ONLY = 0.93
#: ... and above which, in a request-form sentence no cue blocked, it gives the label itself.
MODEL_LABEL = 0.96
#: In a message with rule labels, a sentence in request form ("please ...", "can you ...",
#: "then ...") that no rule read, where the model sees a further request type at this
#: probability, sends the message to a human: a ticket with a missing label is a wrong ticket.
#: High because the bag-of-words model is poorly calibrated on single unseen sentences: at 0.5
#: it flagged 5 of 90 correct dev tickets (and 7 public) while catching few real misses.
LEFTOVER = 0.85
_MAX_SENTENCES = 200
_EVIDENCE_CHARS = 300


@dataclass(frozen=True)
class _Reading:
    sentences: list[Sentence]
    hits: list[SentenceHits]
    probs: dict[str, float]  # model probabilities for the whole text
    candidates: dict[str, tuple[int, float]]  # label -> (sentence index, p) for model-only
    leftover: dict[str, tuple[int, float]]  # label -> (sentence, p): unread request sentences


class Classifier:
    """The loaded classifier: one spaCy pipeline (tokenizer + textcat) and the rule matcher.

    Build once with :meth:`load` (≈0.3 s) and call :meth:`classify` per message; thread-safe
    for reading (spaCy inference holds no per-call state here).
    """

    def __init__(self, nlp: Language, rules: RuleSet, trained: bool) -> None:
        self.nlp = nlp
        self.rules = rules
        self.trained = trained
        self.textcat: Any = nlp.get_pipe(model_mod.PIPE_NAME) if trained else None
        self._vocab_at_load = len(nlp.vocab)

    def vocab_growth(self) -> int:
        """Lexemes added to the vocabulary by the mail read since loading (spaCy keeps every
        new word it sees: ~0.6 KB each, so a long-running worker must reload now and then)."""
        return len(self.nlp.vocab) - self._vocab_at_load

    @classmethod
    def load(cls) -> Classifier:
        """Load the shipped model and compile the pattern files.

        Raises ``OSError`` when the model directory exists but is unreadable and
        :class:`classifiers.rules.PatternError` for a bad pattern file.
        """
        language.load()  # first: see its docstring (peak memory)
        nlp, trained = model_mod.load()
        return cls(nlp, RuleSet.load(nlp), trained)

    def read(self, text: str, lang: LanguageGuess | None = None) -> _Reading:
        """Split, fold and run both layers over ``text`` (already cleaned); ``lang`` (the
        detected language) limits which languages' scope cues apply.

        All sentences go into one Doc (built from :func:`classifiers.normalise.tokenize`,
        one PhraseMatcher pass, one textcat call); the rules see each sentence as a span.
        """
        sentences = split_sentences(text)[:_MAX_SENTENCES]
        folded = [fold(s.text) for s in sentences]
        words: list[str] = []
        bounds: list[tuple[int, int]] = []
        for f in folded:
            toks = tokenize(f)
            bounds.append((len(words), len(words) + len(toks)))
            words.extend(toks)
        doc = Doc(self.nlp.vocab, words=words)
        langs = cue_languages(lang) if lang is not None else None
        hits = self.rules.analyse(doc, bounds, words, langs)
        probs = dict.fromkeys(REQUEST_TYPES, 0.0)
        candidates: dict[str, tuple[int, float]] = {}
        if self.trained and folded:
            probs = {k: float(v) for k, v in self.textcat(doc).cats.items()}
            sure = [k for k in REQUEST_TYPES if probs[k] >= MODEL_ONLY
                    and not any(k in h.labels for h in hits)]
            if sure:
                # Rare: find the sentence the model reads the request in (evidence + scope).
                sdocs = (Doc(self.nlp.vocab, words=words[a:b]) for a, b in bounds)
                for i, sdoc in enumerate(self.textcat.pipe(sdocs)):
                    for k in sure:
                        p = float(sdoc.cats.get(k, 0.0))
                        if p >= MODEL_ONLY and p > candidates.get(k, (0, 0.0))[1]:
                            candidates[k] = (i, p)
        leftover: dict[str, tuple[int, float]] = {}
        found = {k for h in hits for k in h.labels}
        if self.trained and found:
            # Sentences in request form that no rule read (and none blocked): does the model
            # see a request type there that the rules did not give?
            idx = [i for i, h in enumerate(hits) if h.request_form and not h.labels
                   and not h.blocked and not h.human and not h.question
                   and bounds[i][1] - bounds[i][0] >= 3]
            if idx:
                sdocs = (Doc(self.nlp.vocab, words=words[bounds[i][0]:bounds[i][1]]) for i in idx)
                for i, sdoc in zip(idx, self.textcat.pipe(sdocs), strict=True):
                    for k, v in sdoc.cats.items():
                        if k not in found and v >= LEFTOVER and v > leftover.get(k, (0, 0.0))[1]:
                            leftover[k] = (i, float(v))
        return _Reading(sentences, hits, probs, candidates, leftover)

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
        result = decide(reading, lang, clean, text)
        log.debug("classified in %.2f ms: route=%s labels=%s lang=%s",
                  (time.perf_counter() - started) * 1000, result.route, result.labels,
                  result.language)
        return result


def _label_evidence(reading: _Reading) -> tuple[dict[str, list[Evidence]], dict[str, float],
                                                 list[Evidence]]:
    """Collect rule evidence per label, and model-only suggestions; returns (evidence,
    scores, suggestions)."""
    evidence: dict[str, list[Evidence]] = {k: [] for k in REQUEST_TYPES}
    suggestions: list[Evidence] = []
    scores = {k: round(0.5 * min(p, MODEL_ONLY - 0.01), 3) for k, p in reading.probs.items()}
    generic_only: dict[str, bool] = {}
    for sent, hits in zip(reading.sentences, reading.hits, strict=True):
        sentence = sent.text[:_EVIDENCE_CHARS]
        for label, names in hits.labels.items():
            p = reading.probs.get(label, 0.0)
            weak = label in hits.weak
            score = max(WEAK_RULE_SCORE, min(p, 0.89)) if weak else max(RULE_SCORE, p)
            for name in names[:2]:
                evidence[label].append(Evidence(label, sentence, "rule:" + name, round(score, 3)))
            scores[label] = max(scores[label], score)
            generic_only[label] = generic_only.get(label, True) and label in hits.generic
    for label, (i, p) in reading.candidates.items():
        hits = reading.hits[i]
        if evidence[label] or label in hits.blocked or hits.question or hits.human:
            continue
        if any(label in h.blocked for h in reading.hits):
            continue  # negated or asked about elsewhere in the message: not sure enough
        sentence = reading.sentences[i].text[:_EVIDENCE_CHARS]
        if p >= MODEL_LABEL and hits.request_form and not hits.blocked:
            # Very sure, in a sentence in request form ("please ...", "本人现 ...") that no cue
            # blocked anywhere in the message: the model's reading is the label.
            evidence[label].append(Evidence(label, sentence, "model", round(p, 3)))
            scores[label] = max(scores[label], min(p, RULE_SCORE))
            continue
        suggestions.append(Evidence(label, sentence, "model", round(p, 3)))
        scores[label] = max(scores[label], min(p, MODEL_ONLY - 0.01))
    for label, only in generic_only.items():
        if only and label == "withdrawal" and evidence["deletion"]:
            # Erasure letters withdraw "any consent given" as part of erasure: deletion only
            # (corpus convention; GDPR Art. 17(1)(b)).
            evidence[label] = []
            scores[label] = 0.4
    return evidence, scores, suggestions


def _human_reasons(reading: _Reading) -> list[str]:
    reasons: list[str] = []
    for hits in reading.hits:
        for r in sorted(hits.human):
            if r not in reasons:
                reasons.append(r)
    if any(h.question for h in reading.hits) and "question" not in reasons:
        reasons.append("question")
    return reasons


def decide(reading: _Reading, lang: LanguageGuess, clean: CleanText, text: str) -> Classification:
    """Turn the per-sentence readings into one :class:`Classification` (pure function)."""
    evidence, scores, suggestions = _label_evidence(reading)
    labels = tuple(k for k in REQUEST_TYPES if evidence[k])
    flat = tuple(e for k in labels for e in evidence[k][:3])
    scores = {k: round(min(1.0, max(0.0, v)), 3) for k, v in scores.items()}
    if not text.strip():
        return Classification((), scores, "human", "empty message: nothing to read",
                              lang.code, lang.script, (), text)
    if not lang.supported:
        reason = f"language '{lang.code}' is not supported: needs a person who reads it"
        return Classification(labels, scores, "human", reason, lang.code, lang.script, flat, text)
    if labels and any(h.authority for h in reading.hits):
        # A complaint addressed to a supervisory authority (we are only in copy): the rights
        # it mentions are the complaint's subject, not requests to us.
        reason = "complaint to an authority: requests mentioned are not addressed to us"
        return Classification((), scores, "human", reason, lang.code, lang.script, flat, text)
    if not labels:
        why = _human_reasons(reading)
        reason = "no clear request" + (": " + ", ".join(why[:4]) if why else "")
        if suggestions:
            # The model alone is never enough for an automatic acknowledgement.
            reason += "; model suggests " + ", ".join(e.label for e in suggestions)
        return Classification((), scores, "human", reason, lang.code, lang.script,
                              tuple(suggestions), text)
    if reading.leftover:
        unread = [Evidence(k, reading.sentences[i].text[:_EVIDENCE_CHARS], "model", round(p, 3))
                  for k, (i, p) in sorted(reading.leftover.items())]
        reason = ("possibly incomplete: " + ", ".join(labels) + " found, but the model reads "
                  + ", ".join(f"{e.label} ({e.score:.2f})" for e in unread)
                  + " in a sentence no rule read")
        return Classification((), scores, "human", reason, lang.code, lang.script,
                              flat + tuple(unread), text)
    parts = [f"{k} ({evidence[k][0].source})" for k in labels]
    reason = "request: " + "; ".join(parts)
    if clean.forwarded:
        reason += " [forwarded]"
    return Classification(labels, scores, "ticket", reason, lang.code, lang.script, flat, text)


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
    process on the first call (≈0.3 s), and again when the mail read has grown its vocabulary
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
