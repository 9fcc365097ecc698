"""Normalised forms of text, shared by the rule layer, the model and language detection.

Sits between cleaning (which decides *which* text the sender wrote) and the spaCy layers
(which read it). Both the rule patterns and the training sentences go through
:func:`fold`, so a pattern written once matches every spelling variant that folding
merges: case, Latin/Greek accents ("Löschung" = "loschung"), full-width forms, curly
apostrophes, and Traditional Chinese characters (folded to Simplified, so one Chinese
pattern serves zh-Hans and zh-Hant).

Chinese, Japanese and Thai have no spaces between words: :func:`fold` puts a space between
their characters, which makes the
blank multi-language tokenizer segment Chinese by character (what ``spacy.blank("zh")``
does offline with its default ``char`` segmenter) and lets one ``blank("xx")`` pipeline
serve every language.
"""

from __future__ import annotations

import re
import unicodedata

# Traditional -> Simplified for the characters that occur in privacy requests and everyday
# mail (account, delete, data, marketing ...). Not a full converter: a character missing here
# only stays Traditional, which costs recall on that word, never a wrong label.
_T2S_PAIRS = (
    "個个們们這这來来時时會会後后從从與与為为對对於于說说請请問问題题資资訊讯號号帳账賬账"
    "戶户註注銷销刪删關关閉闭開开權权隱隐護护數数據据處处錄录記记紀纪錯错誤误訂订閱阅覽览"
    "複复製制廣广傳传遞递郵邮發发給给電电話话簡简營营薦荐應应該该還还嗎吗麼么詢询諮咨謝谢"
    "認认證证實实務务業业買买賣卖購购歷历頁页網网絡络線线圖图書书檔档類类別别將将讓让幫帮"
    "經经過过進进選选擇择項项準准備备確确儲储聯联繫系係系頻频適适當当無无須须見见現现點点"
    "積积優优惠惠單单貨货運运車车動动態态標标籤签機机碼码驗验隨随體体統统計计劃划蓋盖遷迁"
    "轉转換换變变讀读寫写鎖锁結结終终斷断續续稱称謂谓齡龄歲岁誕诞屬属寶宝兒儿媽妈爺爷親亲"
    "義义專专門门庫库際际區区縣县鄉乡鎮镇樓楼層层廳厅額额餘余錢钱費费貸贷銀银價价裡里裏里"
    "啟启僅仅並并億亿萬万兩两嚴严強强聽听聲声觀观視视顯显頭头臉脸場场報报紙纸雜杂誌志東东"
    "陳陈張张劉刘黃黄趙赵吳吴鄭郑許许羅罗馮冯鄧邓蕭萧葉叶蘇苏盧卢蔣蒋韓韩楊杨歐欧鍾钟譚谭"
    "寫写請请託托辦办麗丽雙双戲戏寧宁樂乐學学習习雲云飛飞風风氣气漢汉語语園园條条廠厂歡欢"
    "療疗醫医藥药師师號号碼码態态蹤踪跡迹識识別别瀏浏覽览搜搜紀纪錄录為为廣广銷销約约細细"
    "絕绝給给繼继續续維维護护謹谨啓启敬敬貴贵錄录檢检查查閱阅協协議议須须權权益益責责任任"
    "麻麻煩烦該该並并鐘钟頻频訊讯聯联絡络員员價价錶表歸归屆届"
)
_T2S = {ord(_T2S_PAIRS[i]): _T2S_PAIRS[i + 1] for i in range(0, len(_T2S_PAIRS), 2)
        if _T2S_PAIRS[i] != _T2S_PAIRS[i + 1]}
#: Characters that only occur in Traditional / only in Simplified writing (for the script tag).
TRADITIONAL_ONLY = frozenset(chr(k) for k in _T2S)
SIMPLIFIED_ONLY = frozenset(_T2S.values()) - TRADITIONAL_ONLY

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
_CJK_RE = re.compile(f"([{_CJK}])")
# Thai writes words without spaces: one token per letter, like Chinese (the model then reads
# letters and letter pairs).
_THAI_RE = re.compile(r"([\u0e00-\u0e7f])")
_CJK_PUNCT = str.maketrans({
    "，": ",", "。": ".", "；": ";", "：": ":", "？": "?", "！": "!", "、": ",",
    "（": "(", "）": ")", "“": '"', "”": '"', "‘": "'", "’": "'", "《": '"', "》": '"',
    "「": '"', "」": '"', "『": '"', "』": '"', "´": "'", "`": "'", "\u00a0": " ",
})
_SPACES = re.compile(r"[ \t\u200b\u3000]+")


_LATIN_GREEK_MARKS = re.compile(r"(?<=[A-Za-z\u0370-\u03ff])[\u0300-\u036f]+")


def _strip_accents(text: str) -> str:
    """Remove combining accents from Latin and Greek letters only.

    Tamil (and other Indic scripts) write vowels as combining marks: removing every mark
    would destroy those words, so a mark is dropped only after a Latin or Greek base letter.
    """
    if text.isascii():
        return text
    return unicodedata.normalize(
        "NFC", _LATIN_GREEK_MARKS.sub("", unicodedata.normalize("NFD", text)))


def to_simplified(text: str) -> str:
    """Return ``text`` with the known Traditional Chinese characters mapped to Simplified."""
    return text.translate(_T2S)


def fold(text: str) -> str:
    """Return the normalised form of ``text`` that patterns, the model and tests compare.

    Lower case, NFKC (full-width to ASCII), Latin/Greek accents removed, curly quotes and
    CJK punctuation mapped to ASCII, Traditional Chinese mapped to Simplified, one space
    around each CJK (Han, kana) and Thai character, runs of spaces collapsed. Greek final
    sigma is folded to σ. Pure function; never raises.
    """
    if text.isascii():
        return _SPACES.sub(" ", text.lower().replace("`", "'")).strip()
    text = unicodedata.normalize("NFKC", text).translate(_CJK_PUNCT)
    text = _strip_accents(text.lower()).replace("ς", "σ").replace("ß", "ss")
    text = to_simplified(text)
    text = _CJK_RE.sub(r" \1 ", text)
    if _THAI_RE.search(text):
        text = _THAI_RE.sub(r" \1 ", text)
    return _SPACES.sub(" ", text).strip()


def has_cjk(text: str) -> bool:
    """True when ``text`` contains a CJK ideograph or kana."""
    return _CJK_RE.search(text) is not None


# Tokens of folded text: numbers (with inner . , / :), words (letters and combining marks, so
# Tamil, Indic and Thai words stay whole; inner apostrophes kept: "don't", "l'article"), else
# one symbol. Folded CJK is already spaced, so each character is a word. An underscore is a
# symbol of its own: :func:`tokenize` spaces it out, so that a word is one character class
# repeated (``[...]+``), which the regex engine scans without a backtracking entry per
# character (a 1 MB word once cost 200 ns a character and memory to match).
_WORD = r"[\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f]+"
_TOKEN = re.compile(rf"\d+(?:[.,/:]\d+)*|{_WORD}(?:['’]{_WORD})*|[^\s]")


def tokenize(folded: str) -> list[str]:
    """Split folded text into tokens (see the comment above ``_TOKEN``). Pure, fast; the
    rule patterns, the training data and classification all use this one function."""
    if "_" in folded:
        folded = folded.replace("_", " _ ")
    return _TOKEN.findall(folded)
