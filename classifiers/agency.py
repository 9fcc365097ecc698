"""Requests made for someone else: a parent, a child, a spouse, a lawyer's client.

The labels of such a request are the request's own (the conventions of the corpus), but
staff must check the writer's authority to act for the person whose data it is before giving
or erasing anything (PDPA s21 and the Personal Data Protection Regulations 2021 on requests
made on an individual's behalf; GDPR Art. 12(6)). :func:`on_behalf` finds the phrase that
says so, in the languages the classifier reads; the ticket shows it as "authority to be
checked". A false alarm costs staff a glance; a miss is caught by the identity check.
"""

from __future__ import annotations

import re

_KIN_EN = (r"(?:mother|father|mum|mom|dad|son|daughter|wife|husband|grand(?:mother|father)|"
           r"brother|sister|child|parents?)")
_KIN_ZH = "(?:母亲|父亲|妈妈|爸爸|母親|父親|媽媽|太太|丈夫|孩子|女儿|儿子|女兒|兒子|客户|客戶)"
_PATTERNS = [
    # English
    r"\bon behalf of\b", r"\bacting for (?:my|our)\b", r"\bpower of attorney\b",
    r"\b(?:our|my) client(?:'s|s)?\b", r"\bi represent\b", r"\bwe (?:act|are acting) for\b",
    r"\bas (?:his|her|their) (?:legal )?(?:guardian|representative|attorney|parent)\b",
    rf"\bmy (?:late |elderly )?{_KIN_EN}(?:'s| who| has| is)\b",
    # Malay / Indonesian
    r"\bbagi pihak\b", r"\batas nama\b", r"\bmewakili\b", r"\bklien kami\b",
    r"\banak guam kami\b", r"\b(?:ibu|bapa|ayah|anak|isteri|istri|suami) saya\b",
    # German, French, Spanish, Italian, Dutch, Portuguese
    r"\bim (?:namen|auftrag) (?:von|meine|meines|meiner|unsere)", r"\bmandant(?:in|en)?\b",
    r"\bvollmacht\b", r"\bmeine[rs]? (?:mutter|vaters|tochter|sohnes)\b",
    r"\bau nom de\b", r"\bpour le compte de\b", r"\bm(?:on|a) client(?:e)?\b",
    r"\bprocuration\b", r"\bm(?:a|on) (?:mère|père|fille|fils)\b",
    r"\ben (?:nombre|representación) de\b", r"\bmi (?:cliente|madre|padre|hij[oa])\b",
    r"\bpoder notarial\b", r"\bper conto di\b", r"\ba nome di\b", r"\bil mio cliente\b",
    r"\bmi[ao] (?:madre|padre)\b", r"\bnamens\b", r"\bmijn (?:cliënt|client|moeder|vader)\b",
    r"\bem nome de\b", r"\bmeu cliente\b", r"\b(?:minha mãe|meu pai)\b", r"\bprocuração\b",
    # Chinese, Japanese, Korean, Thai, Vietnamese, Tamil (narrow: 代表 and 대리 alone are
    # also job titles and "stands for")
    rf"代(?:表|替)?(?:我的?)?{_KIN_ZH}", rf"我(?:的)?{_KIN_ZH}(?:的|已|去世|过世|過世)",
    r"委托人", r"委託人", r"当事人", r"當事人", r"监护人", r"監護人",
    r"代わりに", r"依頼人", r"(?:母|父)(?:の代わり|に代わって)",
    r"대리인", r"대신하여", r"의뢰인", r"(?:어머니|아버지)(?:를 대신|의 계정)",
    r"ในนามของ", r"แทน(?:แม่|พ่อ|ลูกความ)",
    r"thay mặt", r"đại diện cho", r"thân chủ", r"(?:mẹ|bố|cha) tôi",
    r"சார்பில்", r"சார்பாக",
]
_ON_BEHALF = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def on_behalf(text: str) -> str:
    """The first phrase in ``text`` (the sender's own words, quotes removed) saying the
    request is made for someone else, with a few words around it (≤ 80 chars), or ""."""
    match = _ON_BEHALF.search(text)
    if match is None:
        return ""
    start, end = max(0, match.start() - 30), min(len(text), match.end() + 30)
    return " ".join(text[start:end].split())[:80]


__all__ = ["on_behalf"]
