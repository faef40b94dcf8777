"""A sentence's first word is capitalised whatever it is; the models run such a common word into the name after it
("Пара Ақсайда берілген", "Істі БҚО бойынша … тергеген", "Сотталғандар Мұрат Әлібекұлы Сейітқали") and, rarely,
run a name on across the end of a sentence ("Жүнісов. Кеңеске"). The common word is no part of the name, and no
name crosses a sentence's end."""

from __future__ import annotations

from pokazatel.nlp.kk.first_names import first_names
from pokazatel.nlp.kk.lower_case_elsewhere import is_lower_case_elsewhere
from pokazatel.nlp.kk.stem import ending_list, stem, strip_case
from pokazatel.nlp.kk.word_forms import SENTENCE_FINAL, is_genitive, starts_sentence
from spacy.tokens import Span


def without_sentence_openers(spans: list[Span], common: frozenset[str]) -> list[Span]:
    """`spans` with a common opening word cut off a longer name. `common`: stems the training corpus writes in
    lower case and never in a name."""
    result = []
    for span in spans:
        if len(span) > 1 and starts_sentence(span[0]) and span[0].is_alpha and stem(span[0].text) in common \
                and span[1].text[:1].isupper() and span[0].lower_ not in first_names():
            span = _rest(span)
        result.append(span)
    return result


def crosses_sentence_end(span: Span) -> bool:
    """A full stop inside the span after a word (not an initial: "А. Жанұзақов") and before a capital."""
    return any(t.text in SENTENCE_FINAL and len(span[i - 1].text) > 2 and span[i + 1].text[:1].isupper()
               for i, t in enumerate(span[:-1]) if i > 0)


def _rest(span: Span) -> Span:
    """The span without its first word; a lone word left in the locative ("Ақсайда") is where, not who."""
    rest = Span(span.doc, span.start + 1, span.end, label=span.label_)
    word = rest[0].text
    if span.label_ == "PER" and len(rest) == 1 and strip_case(word) != word \
            and word.lower().endswith(ending_list("locative")):
        return Span(span.doc, rest.start, rest.end, label="LOC")
    return rest


def without_lower_case_openers(spans: list[Span], administrative_words: frozenset[str] = frozenset(),
                               heads: frozenset[str] = frozenset(), common: frozenset[str] = frozenset(),
                               posts: frozenset[str] = frozenset()) -> list[Span]:
    """`spans` without a one-word organisation opening a sentence that the article writes in lower case elsewhere
    ("Кеңеске … қатысты" after "… кеңес өтті"), whichever rule made it, nor a region's or town's common noun and a
    body's head in lower case, with its unit's lower-case words or after a common word the sentence opens with:
    "Облыс әкімдігі", "Аудандық сот", "Облыстық денсаулық сақтау басқармасының", "Күдік қала әкімдігінің кәсіпкерлік
    бөліміне тағылды" name no body, as "облыс әкімдігі" inside a sentence does not ("Ауыл шаруашылығы министрлігі"
    names one), nor a common opening word before lower-case words ending in no head ("Биыл облыстың денсаулық сақтау
    саласына": a sector) or before a body's head alone, named in full before ("Тексеру комиссиясының төрағасы").
    A post's word opening a sentence does the same ("Төраға мемлекеттік қызметшілердің жалақысын …": the chair
    spoke of civil servants' pay). `common`: stems the training corpus writes in lower case and never in a name;
    `posts`: stems of posts ("төраға", "әкім"). Places stay:
    "АСТАНА. KAZINFORM" opens an article that also writes "Италияның астанасы"."""
    def unnamed(words: Span) -> bool:
        # a level's adjective may have its unit's words before the head: "Аудандық білім бөлімі" ("Ауыл шаруашылығы
        # министрлігі", a noun and a name, stays)
        level = words[0].lower_.endswith(ending_list("adjective"))
        return (len(words) >= 2 and words[0].is_alpha and stem(words[0].text) in administrative_words
                and (stem(words[1].text) in heads or level and stem(words[-1].text) in heads)
                and all(t.is_lower or not t.is_alpha for t in words[1:]))

    def after_common_opener(span: Span) -> bool:
        return len(span) > 2 and span[0].is_alpha and stem(span[0].text) in common and span[1].is_lower \
            and (unnamed(span[1:]) or kind_owned(span[1:]))

    def kind_owned(words: Span) -> bool:
        # "Алаяқтық банктің ішкі бақылау қызметі …": a unit of something named by its kind in the genitive
        return len(words) >= 2 and is_genitive(words[0].text) and stem(words[-1].text) in heads \
            and all(t.is_lower or not t.is_alpha for t in words)

    def headless_after_common_opener(span: Span) -> bool:
        # "Биыл облыстың денсаулық сақтау саласына …": a common word and lower-case words ending in no body's head
        return len(span) >= 2 and span[0].is_alpha and stem(span[0].text) in common | posts \
            and all(t.is_lower or not t.is_alpha for t in span[1:]) and stem(span[-1].text) not in heads

    def short_mention(span: Span) -> bool:
        # "Тексеру комиссиясының төрағасы …" after "облыстық тексеру комиссиясы" or "Қызылорда облысының Тексеру
        # комиссиясы": a common word and a body's head alone, the word written elsewhere in the article, name the body
        # again in short ("Сайлау комиссиясы дауыстарды санады" alone names one)
        first = stem(span[0].text)
        return len(span) == 2 and span[0].is_alpha and first in common and span[1].is_lower \
            and stem(span[1].text) in heads and any(stem(t.text) == first for t in span.doc if t.i != span.start)

    return [s for s in spans if not (s.label_ == "ORG" and starts_sentence(s[0])
                                     and (is_lower_case_elsewhere(s) or unnamed(s) or after_common_opener(s)
                                          or headless_after_common_opener(s) or short_mention(s)))]
