"""Which language an article is written in: Kazakh letters decide, not the URL."""

import re

from pokazatel.nlp.kk.latin import is_kazakh_latin

KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+")
PIPELINE_LANGUAGES = ("ru", "kk")


def pipeline_language(tag: str) -> str | None:
    """The pipeline an input's language tag is read with, its case ignored ("kk-Latn", "ru-KZ", "KK": kk, ru, kk),
    or None for a language with none ("en", "uz")."""
    primary = tag.split("-")[0].strip().lower()
    return primary if primary in PIPELINE_LANGUAGES else None


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
