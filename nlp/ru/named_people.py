"""People natasha does not see ("Аким Павлодара Нурлан Байтенов провёл …"): a first name of
data/gazetteer/first_names.yaml, in any case, and a capitalised word in a Russian or Kazakh surname's form right after
it (a patronymic may stand between), where no mention is, are a person."""

from __future__ import annotations

import re

from pokazatel.nlp.ru.mentions import Mention, Word
from pokazatel.nlp.ru.norm import PATRONYMIC_FORM, SURNAME_FORM, first_name_reading

# A Kazakh surname made of a patronymic ("Нурлан Бекулы"): a surname too, though it does not decline as norm's
# Russian-pattern ones do (SURNAME_FORM: "Берикулы" read as one would be inflected)
KAZAKH_SURNAME_FORM = re.compile(r"(ұлы|улы|қызы|кызы)$")


def add_named_people(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for first, word in enumerate(words):
        if first in taken or not _is_name_word(word.text) or first_name_reading(word.text) is None:
            continue
        last = first + 1
        if last < len(words) and _is_name_word(words[last].text) and PATRONYMIC_FORM.search(words[last].text.lower()):
            last += 1
        if last < len(words) and last not in taken and _is_name_word(words[last].text) \
                and _is_surname(words[last].text.lower()) and not any(i in taken for i in range(first, last)):
            found.append(Mention(first, last + 1, "PER"))
            taken.update(range(first, last + 1))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _is_name_word(text: str) -> bool:
    return text.isalpha() and text[:1].isupper() and not text.isupper()


def _is_surname(lower: str) -> bool:
    return SURNAME_FORM.search(lower) is not None or KAZAKH_SURNAME_FORM.search(lower) is not None
