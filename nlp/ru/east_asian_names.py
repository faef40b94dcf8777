"""Chinese names natasha does not see ("Ван Лэя приговорили …" opening a sentence): two or three capitalised syllables,
the last a syllable in "-эй" declined as a Russian "-ей" noun ("Лэя", "Лэю", "Лэем"), which no Russian word is."""

from __future__ import annotations

import re

from pokazatel.nlp.ru.mentions import Mention, Word

SYLLABLE = re.compile(r"[А-ЯЁ][а-яё]{1,3}")
DECLINED_EY_SYLLABLE = re.compile(r"[А-ЯЁ][а-яё]{0,2}э(я|ю|ем)")


def add_east_asian_names(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for last, word in enumerate(words):
        if last in taken or not DECLINED_EY_SYLLABLE.fullmatch(word.text):
            continue
        start = last
        while start > 0 and last - start < 2 and start - 1 not in taken and SYLLABLE.fullmatch(words[start - 1].text):
            start -= 1
        if start < last:
            found.append(Mention(start, last + 1, "PER"))
    return sorted(mentions + found, key=lambda m: m.start)
