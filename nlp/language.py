"""Which language an article is written in: Kazakh letters decide, not the URL."""

import re

KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+")


def detect_lang(text: str) -> str:
    """'kk' when Kazakh-only letters are common among Cyrillic words, else 'ru'."""
    words = CYRILLIC_WORD.findall(text)
    if not words:
        return "ru"
    kazakh = sum(1 for word in words if KAZAKH_LETTERS.search(word))
    return "kk" if kazakh / len(words) >= 0.2 else "ru"
