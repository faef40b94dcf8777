"""Which language an article is written in: Kazakh letters decide, not the URL."""

import re
from collections.abc import Mapping
from typing import Any

from pokazatel.nlp.kk.latin import is_kazakh_latin

KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+")
PIPELINE_LANGUAGES = ("ru", "kk")


def pipeline_language(tag: str) -> str | None:
    """The pipeline an input's language tag is read with, its case ignored ("kk-Latn", "ru-KZ", "KK": kk, ru, kk),
    or None for a language with none ("en", "uz")."""
    primary = tag.split("-")[0].strip().lower()
    return primary if primary in PIPELINE_LANGUAGES else None


def tagged_language(tag: Any) -> str:
    """The pipeline a record's "lang" names; a ValueError naming a tag with none, which `extract` says and
    `pokazatel.analyse` raises (both went through the Russian pipeline, and the record came out as "ru")."""
    language = pipeline_language(tag) if isinstance(tag, str) else None
    if language is None:
        raise ValueError(f"\"lang\" {tag!r} has no pipeline: \"ru\" or \"kk\" (or a tag of them such as "
                         "\"kk-Latn\"), or no \"lang\" to have it detected from the text")
    return language


def record_language(record: Mapping[str, Any]) -> str:
    """The pipeline a record is read with: its "lang" (tagged_language), or without one the language its title and
    text are written in."""
    tag = record.get("lang")
    return tagged_language(tag) if tag else detect_lang(f"{record.get('title') or ''}\n{record['text']}")


def detect_lang(text: str) -> str:
    """'kk' when Kazakh-only letters are common among Cyrillic words or the text is Kazakh in the Latin
    alphabet, else 'ru'."""
    if is_kazakh_latin(text):
        return "kk"
    words = CYRILLIC_WORD.findall(text)
    if not words:
        return "ru"
    kazakh = sum(1 for word in words if KAZAKH_LETTERS.search(word))
    return "kk" if kazakh / len(words) >= 0.2 else "ru"
