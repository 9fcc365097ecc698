"""Detect the main language (ISO 639-1) and, for Chinese, the script of the text to classify.

Runs after cleaning, before the rule and model layers; the result decides whether the
classifier may act at all (a language it cannot read goes to a human) and is reported on the
ticket so the acknowledgement can be written in the sender's language.

Method (offline): count letters per Unicode script; Han -> ``zh`` (``Hans``/``Hant`` by
characters that exist only in one form), Tamil -> ``ta``, Greek -> ``el``, kana -> ``ja``,
Hangul -> ``ko``, Thai -> ``th``; Latin and Cyrillic text is identified by py3langid
(Norwegian Nynorsk and Bokmål are reported as ``no``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from classifiers.normalise import SIMPLIFIED_ONLY, TRADITIONAL_ONLY

#: Languages the classifier reads (the model is trained on each; most also have rules):
#: Singapore's four official languages, the region's (Indonesian, Japanese, Korean, Thai,
#: Vietnamese) and the European ones GDPR letters come in.
SUPPORTED: frozenset[str] = frozenset(
    ["en", "zh", "ms", "ta", "id", "ja", "ko", "th", "vi", "de", "fr", "es", "it", "nl", "pt",
     "cs", "el", "hr", "ro", "sv", "da", "no", "fi", "pl"]
)
_LATIN_SUPPORTED = SUPPORTED - {"zh", "ta", "el", "ja", "ko", "th"}
# py3langid confuses these with a supported language on short text; map them.
_ALIASES = {"yue": "zh", "wuu": "zh", "pcm": "en", "sco": "en", "gl": "pt", "ca": "es",
            "bs": "hr", "sr": "hr", "sk": "cs", "nb": "no", "nn": "no", "af": "nl", "lb": "de"}


@dataclass(frozen=True)
class LanguageGuess:
    """The detected language of a text.

    code: ISO 639-1 (``"und"`` when there is no text); script: ``"Hans"``/``"Hant"`` for
    Chinese, else ``""``; supported: whether the classifier was built for ``code``;
    share: fraction (0..1) of the letters that are in the main script.
    """

    code: str
    script: str
    supported: bool
    share: float
    candidates: frozenset[str] = frozenset()


_SCRIPTS = (
    ("han", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("kana", re.compile(r"[\u3040-\u30ff]")),
    ("hangul", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("tamil", re.compile(r"[\u0b80-\u0bff]")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("greek", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff]")),
    ("indic", re.compile(r"[\u0900-\u0b7f\u0c00-\u0dff]")),
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
)
_SAMPLE = 3000  # characters read for detection: enough, and bounded cost on long mail


def _script_counts(text: str) -> dict[str, int]:
    if text.isascii():
        return {"latin": sum(1 for ch in text if ch.isalpha())}
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS}
    return {k: v for k, v in counts.items() if v}


@lru_cache(maxsize=1)
def _langid() -> object:
    import py3langid

    return py3langid


def load() -> None:
    """Load the language-identification model now rather than on the first detection.

    py3langid unpacks its model in memory (~100 MB while loading, ~75 MB after); loading it
    before spaCy's pipeline lets the other models reuse what the unpacking freed, which keeps
    the worker's peak RSS ~30 MB lower (measured: 231 MB instead of 262 MB).
    """
    _langid().rank("load")  # type: ignore[attr-defined]


def chinese_script(text: str) -> str:
    """Return ``"Hant"`` when ``text`` has more Traditional-only than Simplified-only
    characters, else ``"Hans"`` (ties, including none of either, read as Simplified)."""
    trad = sum(1 for ch in text if ch in TRADITIONAL_ONLY)
    simp = sum(1 for ch in text if ch in SIMPLIFIED_ONLY)
    return "Hant" if trad > simp else "Hans"


def detect(text: str) -> LanguageGuess:
    """Detect the main language of ``text`` (the cleaned body).

    Returns a :class:`LanguageGuess`; ``code`` is ``"und"`` for text without letters.
    Kana outweighs Han (Japanese mixes both). Never raises.
    """
    text = text[:_SAMPLE]
    counts = _script_counts(text)
    total = sum(counts.values())
    if total == 0:
        return LanguageGuess("und", "", False, 0.0)
    if counts.get("kana", 0) >= 3:
        counts["kana"] += counts.pop("han", 0)
    # Han characters carry a word each: weigh them like ~3 Latin letters.
    weighted = {s: n * (3 if s in ("han", "kana", "hangul") else 1) for s, n in counts.items()}
    main = max(weighted, key=lambda s: weighted[s])
    if main in ("latin", "cyrillic") and weighted.get("han", 0) >= 0.35 * sum(weighted.values()):
        # Chinese mail with English words ("我想 close my account"): the Han part carries the
        # sentence frame; identifying the Latin part alone gives odd guesses (yue, ja...).
        main = "han"
    share = weighted[main] / sum(weighted.values())
    fixed = {"han": "zh", "kana": "ja", "hangul": "ko", "tamil": "ta", "thai": "th",
             "greek": "el", "arabic": "ar", "indic": "hi"}
    if main in fixed:
        code = fixed[main]
        script = chinese_script(text) if code == "zh" else ""
        return LanguageGuess(code, script, code in SUPPORTED, share)
    code, candidates = _latin_or_cyrillic(text)
    return LanguageGuess(code, "", code in SUPPORTED, share, candidates)


#: Languages written side by side in the company's market (Singapore): their cues always apply.
LOCAL_GROUP = frozenset({"en", "zh", "ms", "ta"})
_CANDIDATE_MARGIN = 12.0


def cue_languages(guess: LanguageGuess) -> frozenset[str]:
    """Languages whose scope cues (negation, condition, question words ...) the rule layer
    applies for a message with this language guess: the detected language, close runners-up
    of the identifier, the local group (en, zh, ms, ta) and the language-independent ``xx``."""
    return LOCAL_GROUP | {guess.code, "xx"} | guess.candidates


def _latin_or_cyrillic(text: str) -> tuple[str, frozenset[str]]:
    langid = _langid()
    ranked = langid.rank(text[:200])  # type: ignore[attr-defined]
    best_score = ranked[0][1]
    candidates = frozenset(
        _ALIASES.get(c, c) for c, sc in ranked[:6] if best_score - sc <= _CANDIDATE_MARGIN
    ) & SUPPORTED
    return _pick_latin(ranked, text), candidates


#: Malay particles and function words (also colloquial spellings): strong evidence of Malay
#: in short "rojak" mail that mixes Malay and English, which the identifier reads as Sesotho,
#: Bikol, Swedish...
_MALAY_MARKERS = frozenset({
    "lah", "nak", "nk", "tolong", "saya", "sy", "aku", "kat", "dah", "takde", "tiada", "boleh",
    "dengan", "dgn", "untuk", "utk", "tq", "yg", "yang", "kami", "anda", "awak", "sila", "akaun",
    "guna", "lagi", "sudah", "tidak", "mahu", "nombor", "kepada", "tukar", "hantar", "padam",
    "tutup", "batalkan", "kemaskini", "terima", "kasih", "macam", "mcm", "camne", "cmne", "lepas",
    "tapi", "sebab", "sbb", "taknak"})
#: Also Malay, but words of other languages too (French "je"/"tu", Polish "tak", Spanish "la",
#: Dutch "dan"): they count only next to an unambiguous marker.
_MALAY_WEAK = frozenset({
    "la", "tak", "tk", "je", "jer", "ni", "tu", "dan", "ke", "x", "pun", "apa", "bila", "dr", "da"})
_WORD = re.compile(r"[a-z]+")
#: Short text whose top guess is an unsupported language: take the best supported one when it
#: is this close (log-probability points).
_SUPPORTED_MARGIN = 10.0


def _malay_markers(text: str) -> int:
    """Malay particles / function words in ``text`` (0 without an unambiguous one)."""
    words = _WORD.findall(text.lower())
    strong = sum(1 for w in words if w in _MALAY_MARKERS)
    return strong + sum(1 for w in words if w in _MALAY_WEAK) if strong else 0


#: Words that tell Malay and Indonesian apart (spelling and vocabulary: akaun/akun,
#: nombor/nomor, kemaskini/perbarui, colloquial nak/mau ...); the identifier mixes them up.
_MALAY_ONLY = frozenset({
    "akaun", "nombor", "kemaskini", "kemas", "nak", "tak", "takde", "taknak", "mahu", "hantar",
    "sila", "padam", "padamkan", "boleh", "awak", "kat", "camne", "macam", "mcm", "emel",
    "e-mel", "telefon", "maklumat", "peribadi", "pemasaran", "bercuti", "dimaklumkan",
    "memadam", "sahaja", "jer", "ke", "lah", "tu", "ni", "sebab", "syarikat", "pejabat"})
_INDONESIAN_ONLY = frozenset({
    "akun", "nomor", "perbarui", "memperbarui", "mau", "nggak", "gak", "enggak", "gue", "gw",
    "dong", "sih", "kok", "udah", "aja", "kirim", "kirimkan", "silakan", "telepon", "pribadi",
    "surel", "kalian", "bapak", "terlampir", "perusahaan", "kantor", "cuti", "karena", "bisa",
    "saja", "berlangganan", "kamu"})


def _malay_or_indonesian(text: str) -> str:
    """``ms`` or ``id`` by the words only one of them uses (ties: ``ms``)."""
    words = _WORD.findall(text.lower())
    malay = sum(1 for w in words if w in _MALAY_ONLY)
    indonesian = sum(1 for w in words if w in _INDONESIAN_ONLY)
    return "id" if indonesian > malay else "ms"


def _pick_latin(ranked: list[tuple[str, float]], text: str) -> str:
    code = _pick_latin_raw(ranked, text)
    return _malay_or_indonesian(text) if code in ("ms", "id") else code


def _pick_latin_raw(ranked: list[tuple[str, float]], text: str) -> str:
    top = _ALIASES.get(ranked[0][0], ranked[0][0])
    if len(text) < 300 and top not in ("ms", "id", "en"):
        words = len(_WORD.findall(text.lower()))
        markers = _malay_markers(text)
        if markers >= 2 and markers * 5 >= words:
            return "ms"  # rojak: Malay particles in short mixed text
    if top not in _LATIN_SUPPORTED and len(text) < 300:
        supported = [(sc, _ALIASES.get(c, c)) for c, sc in ranked[:10]
                     if _ALIASES.get(c, c) in _LATIN_SUPPORTED]
        if supported and ranked[0][1] - max(supported)[0] <= _SUPPORTED_MARGIN:
            best = max(supported)[1]
            scores = {c: sc for sc, c in supported}
            if "ms" in scores and scores[best] - scores["ms"] < 4.0 and _malay_markers(text):
                return "ms"
            return best
    if top in _LATIN_SUPPORTED or len(text) < 40:
        # Short text: identification is unreliable; prefer the best supported language,
        # and English when it is nearly as likely (most short mail here is English).
        scores = {}
        for code, score in ranked[:10]:
            code = _ALIASES.get(code, code)
            if code in _LATIN_SUPPORTED and code not in scores:
                scores[code] = score
        if scores:
            best = max(scores, key=lambda c: scores[c])
            if len(text) < 40 and "en" in scores and scores[best] - scores["en"] < 8.0:
                return "en"
            return best
    return top
