"""The whole shape of long Kazakh names the models and the organisation rules leave cut (words in
data/kazakh/name_shapes.yaml):

- a plural common noun opening a sentence and a body's head after it name nothing ("Материалдар прокуратураға"),
  and a plural noun alone is no place ("Инвестицияларға", "Идеяларыңызды"), nor the abstract noun of a lack any
  name ("Жауапсыздықтың"), nor a website ("Электрондық үкімет порталы"), nor an adjective alone ("Ішкі аудит");
- a person with a patronymic is one name with the surname after it: "Қайрат Мұратұлы Ысқақовты" (KazNERD marks
  "Нұрсұлтан Әбішұлы Назарбаев" so), not "Қайрат Мұратұлы", and a person named surname first with the patronymic
  after the first name ("Сейітов Марат Ерланұлы", however the models cut it); the capitalised words after a
  citizen's noun are a person ("Қытай азаматы Ван Сяо Линнің"), and said again in another case they are the same
  person ("Ван Сяо" + "Линге");
- a person's name ends at a word in the genitive: "Ковалёвтың Амстердамдағы пәтері" is the person, then a place;
  a sentence opened by a person's surname and a body is the person, then the body ("Жақсыбеков Энергетика
  министрлігінде");
- a quoted name with its legal form is one organisation also when the form takes a case ending or closes nested
  quotes: "«Атырау Мұнай Сервис» ЖШС-ның", "«ҚазМұнайГаз» ұлттық компаниясы» АҚ-ның";
- a body in the genitive and its unit named by a few lower-case words before the unit's head are one
  organisation: "Жамбыл облысы әкімдігінің дене шынықтыру және спорт басқармасының", "Қаржылық мониторинг
  агенттігінің Экономикалық тергеу қызметі" (after the genitive the unit's head takes the possessive)."""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from pokazatel.nlp.kk.lower_case_elsewhere import is_lower_case_elsewhere
from pokazatel.nlp.kk.norms import name_word_nominative
from pokazatel.nlp.kk.stem import ending_list, stem, strip_case, suffixes
from pokazatel.nlp.kk.word_forms import has_possessive, is_genitive, is_name_word, is_plural
from spacy.tokens import Doc, Span, Token

from pokazatel.resources import data_path, read_yaml


class NameRules(Protocol):
    """What this module reads of the organisation rules (pokazatel.nlp.kk.entities.OrgRules)."""

    heads: frozenset[str]
    position_heads: frozenset[str]
    legal_forms: frozenset[str]
    opening_quotes: frozenset[str]
    closing_quotes: frozenset[str]
    max_quoted_words: int
    number_sign: str
    unit_number_words: frozenset[str]
    unit_rank_words: frozenset[str]


@cache
def _shapes() -> dict:
    return read_yaml(data_path("kazakh", "name_shapes.yaml"))


def _is_capitalised_word(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text) and not text.isupper()


def _starts_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in {".", "!", "?", "…", ":", ";"}


def replace_overlapping(spans: list[Span], new: Span) -> list[Span]:
    """`new` instead of every span it overlaps."""
    kept = [s for s in spans if not (s.start < new.end and new.start < s.end)]
    return sorted([*kept, new], key=lambda s: s.start)


def _legal_form(text: str, rules: NameRules) -> bool:
    """"ЖШС", "ЖШС-ның", "АҚ-тан": a legal form, with or without a case ending after a hyphen."""
    return text.split("-", 1)[0] in rules.legal_forms


# People ------------------------------------------------------------------------------------------------

def with_surname_after_patronymic(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """"Қайрат Мұратұлы" + "Ысқақовты": a person ending in a patronymic and a capitalised surname right after it."""
    patronymics = tuple(ending_list("patronymic"))
    surnames = tuple(ending_list("surname"))
    for span in [s for s in spans if s.label_ == "PER"]:
        last, after = span[-1], span.end
        if not last.lower_.endswith(patronymics) or len(span) < 2 or after >= len(doc):
            continue
        word = doc[after]
        if not (_is_capitalised_word(word.text) and word.is_alpha) or _starts_sentence(doc, after):
            continue
        if not stem(word.text).endswith(surnames) and not strip_case(word.text).lower().endswith(surnames) \
                and stem(word.text) in rules.heads | rules.position_heads:
            continue  # after a patronymic any surname ("Арман Серікбайұлы Қали"), but no body or post
        if any(s.start <= after < s.end and (s.start < after or len(s) > 1) for s in spans if s is not span):
            continue  # the word opens a name of its own
        spans = replace_overlapping(spans, Span(doc, span.start, after + 1, label="PER"))
    return spans


def with_patronymic_after_first_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Сейітов Марат" + "Ерланұлы": a person named surname first, then the first name, is one name with the
    patronymic right after it, as a list of appointees writes them."""
    patronymics = tuple(ending_list("patronymic"))
    surnames = tuple(ending_list("surname"))
    for span in [s for s in spans if s.label_ == "PER" and len(s) == 2]:
        after = span.end
        if after >= len(doc) or not (_is_capitalised_word(doc[after].text) and doc[after].is_alpha):
            continue
        if not strip_case(doc[after].text).lower().endswith(patronymics) \
                or not stem(span[0].text).endswith(surnames) or span[-1].lower_.endswith(patronymics):
            continue
        spans = _widened_person(doc, spans, span, span.start, after + 1)
    return spans


def with_surname_before_first_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Есенова" + "Гүлнар Маратқызының": a person of a first name and a Kazakh patronymic is one name with the
    surname in the nominative right before it, as a charge or a list writes a name surname first."""
    patronymics = tuple(ending_list("patronymic"))
    surnames = tuple(ending_list("surname"))
    for span in [s for s in spans if s.label_ == "PER" and len(s) == 2]:
        if span.start == 0 or not strip_case(span[-1].text).lower().endswith(patronymics):
            continue
        word = doc[span.start - 1]
        if _is_capitalised_word(word.text) and word.is_alpha and strip_case(word.text) == word.text \
                and word.lower_.endswith(surnames) and not word.lower_.endswith(patronymics):
            spans = _widened_person(doc, spans, span, span.start - 1, span.end)
    return spans


def citizens_named(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """"Қытай азаматы Ван Сяо Линнің компаниясымен": the capitalised words after a citizen's noun are the citizen,
    whatever the models made of them (a company with the noun after, a person cut), unless an adjective or a body's
    head tells a body ("азаматы Ұлттық банкке жүгінді")."""
    nouns = frozenset(_shapes()["citizen_nouns"])
    adjectives = tuple(ending_list("adjective"))
    for noun in [t for t in doc if t.lower_ in nouns]:
        end = noun.i + 1
        while end < len(doc) and end - noun.i <= _shapes()["max_citizen_name_words"] \
                and _is_capitalised_word(doc[end].text) and doc[end].is_alpha:
            end += 1
        words = doc[noun.i + 1 : end]
        after = doc[end] if end < len(doc) else None
        if not len(words) or any(t.lower_.endswith(adjectives) for t in words) \
                or any(stem(t.text) in rules.heads | rules.position_heads for t in words) \
                or after is not None and stem(after.text) in rules.heads and not has_possessive(after.text):
            continue  # "Ұлттық банкке": the body itself; "Линнің компаниясымен" is his company
        if any(s.start < noun.i + 1 < s.end for s in spans):
            continue  # the noun's first word is inside a name of its own
        spans = replace_overlapping(spans, Span(doc, noun.i + 1, end, label="PER"))
    return spans


def with_name_said_again(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Ван Сяо" + "Линге" after "Ван Сяо Лин": a person cut before a capitalised word that completes, without its
    case ending, a person named in full in the article is that person, and so is a body of the same words ("Пак Чон
    Хоға" after "Пак Чон Хоның")."""
    full_names = {(*(t.lower_ for t in s[:-1]), name_word_nominative(s[-1].text).lower())
                  for s in spans if s.label_ == "PER" and len(s) > 1}
    def words_of(span: Span) -> tuple[str, ...]:
        return (*(t.lower_ for t in span[:-1]), name_word_nominative(span[-1].text).lower())

    # a place stays: the models call a place a person more often than a person a place ("Солтүстік Аралға")
    for span in [s for s in spans if s.label_ == "ORG" and len(s) > 1 and words_of(s) in full_names]:
        spans = replace_overlapping(spans, Span(doc, span.start, span.end, label="PER"))  # "Пак Чон Хоға" an ORG
    for span in [s for s in spans if s.label_ == "PER"]:
        after = span.end
        if after >= len(doc) or not (_is_capitalised_word(doc[after].text) and doc[after].is_alpha):
            continue
        if words_of(doc[span.start : after + 1]) in full_names:
            spans = _widened_person(doc, spans, span, span.start, after + 1)
    return spans


INITIAL = re.compile(r"[^\W\d_]\.")
MAX_INITIALS = 2


def with_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Ж. Қ." + "Омаровты", "Омаров" + "Ж. Қ.": a surname and the initials written before or after it are one
    person, whatever the models made of the surname alone (an initial is one capital letter and its stop)."""
    surnames = tuple(ending_list("surname"))
    for span in [s for s in spans if s.label_ in ("PER", "ORG", "LOC")]:
        words = [t for t in span if not is_initial(t.text)]
        if len(words) != 1 or not words[0].is_alpha or not words[0].text[:1].isupper():
            continue
        start, end = span.start, span.end
        while start > 0 and span.start - start < MAX_INITIALS and is_initial(doc[start - 1].text):
            start -= 1
        if not is_initial(span[-1].text):
            while end < len(doc) and end - span.end < MAX_INITIALS and is_initial(doc[end].text):
                end += 1
        # a surname of no Kazakh or Russian pattern ("Ким", "Ли") takes two initials after it, not one
        if not (stem(words[0].text).endswith(surnames) or strip_case(words[0].text).lower().endswith(surnames)
                or end - span.end == MAX_INITIALS):
            continue
        spans = _widened_person(doc, spans, span, start, end)
    return _initials_before_surnames(doc, spans, surnames)


def _initials_before_surnames(doc: Doc, spans: list[Span], surnames: tuple[str, ...]) -> list[Span]:
    """"директоры Қ. Ж. Мұқановты": one or two initials and a capitalised word of a surname's pattern after them, which
    no entity covers, are a person the models missed."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for token in doc:
        start = token.i
        while start > 0 and token.i - start < MAX_INITIALS and is_initial(doc[start - 1].text):
            start -= 1
        if start == token.i or not token.is_alpha or not token.text[:1].isupper() \
                or any(i in taken for i in range(start, token.i + 1)):
            continue
        if stem(token.text).endswith(surnames) or strip_case(token.text).lower().endswith(surnames):
            found.append(Span(doc, start, token.i + 1, label="PER"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _widened_person(doc: Doc, spans: list[Span], span: Span, start: int, end: int) -> list[Span]:
    """`span` widened to the person `start`-`end`, unless that would overlap another entity than an initial the models
    took for a name of its own ("Б." of "Б. Ж. Әбдірахманов" as a place)."""
    if (start, end) == (span.start, span.end) or any(
            s is not span and s.start < end and start < s.end and not all(is_initial(t.text) for t in s)
            for s in spans):
        return spans
    return replace_overlapping(spans, Span(doc, start, end, label="PER"))


def is_initial(text: str) -> bool:
    return INITIAL.fullmatch(text) is not None and text[0].isupper()


def russian_style_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person named in the Russian way in Kazakh text is one name with the Russian patronymic after it ("Ким
    Виктор" + "Сергеевич") and, before a first name and such a patronymic, with the surname before them ("Пак" +
    "Сергей Владимирович"): a capitalised word in the nominative that is no head of a body or post and that the
    article never writes in lower case."""
    patronymic = re.compile(r"(?:" + "|".join(_shapes()["russian_patronymics"]) + r")\w*$")
    for span in [s for s in spans if s.label_ == "PER"]:
        start, end = span.start, span.end
        if end < len(doc) and patronymic.search(doc[end].text) and doc[end].text[:1].isupper() \
                and not patronymic.search(span[-1].text):
            end += 1
        if patronymic.search(doc[end - 1].text) and end - start == 2 and start > 0:
            word = doc[start - 1]
            if (word.is_alpha and word.text[:1].isupper() and not word.is_upper and strip_case(word.text) == word.text
                    and not is_lower_case_elsewhere(Span(doc, word.i, word.i + 1))
                    and not any(s.start <= word.i < s.end for s in spans)):
                start -= 1
        spans = _widened_person(doc, spans, span, start, end)
    return spans


def cut_before_counts(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """"Департамент 35 мемлекеттік органда": a body's name holds no count of bodies; a number in an organisation
    (not after "№", not in quotes) with lower-case words after it, what it counts, ends it, and a lone head left
    before the number names no one. A number closing a name is the name's ("«Хабар 24»"), and so is a unit's number
    ("Ұлттық ұланның 6505 әскери бөлімі")."""
    result = []
    for span in spans:
        count = next((t.i for t in span[1:-1] if t.text.isdigit() and doc[t.i - 1].text != rules.number_sign
                      and doc[t.i + 1].is_lower and stem(doc[t.i + 1].text) not in rules.unit_number_words), None)
        if span.label_ != "ORG" or count is None or any(t.text in rules.opening_quotes for t in span):
            result.append(span)
            continue
        kept = Span(doc, span.start, count, label="ORG")
        if not (len(kept) == 1 and stem(kept[0].text) in rules.heads):
            result.append(kept)
    return result


def capitals_taken_for_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """"… деп хабарлайды AZERTADJ": one word all in capitals, no initial, is an organisation's name (an agency, an
    abbreviation), no person's: Kazakh news writes people's names capitalised, not in capitals."""
    return [Span(doc, s.start, s.end, label="ORG") if s.label_ == "PER" and len(s) == 1 and s[0].is_alpha
            and s[0].is_upper and len(s[0].text) > 3 else s for s in spans]


def without_bodies_taken_for_persons(spans: list[Span], rules: NameRules) -> list[Span]:
    """"Прокуратура биыл …": one word, the head of a body, is no person (and, named by no more, no entity)."""
    return [s for s in spans if not (s.label_ == "PER" and len(s) == 1 and stem(s[0].text) in rules.heads)]


def without_cardinal_points_as_persons(spans: list[Span]) -> list[Span]:
    """"Шығыстың ең үлкен бөлігі …": a cardinal point alone is no person."""
    points = frozenset(_shapes()["cardinal_points"])
    return [s for s in spans if not (s.label_ == "PER" and len(s) == 1 and stem(s[0].text) in points)]


def without_lone_heads(spans: list[Span], rules: NameRules) -> list[Span]:
    """"Сотқа дейінгі …": a body's head alone, in a word not all capitals, names no organisation, unless the head is
    one body's own name ("Үкімет")."""
    own_names = frozenset(_shapes()["bodies_by_head_alone"])
    return [s for s in spans if not (s.label_ == "ORG" and len(s) == 1 and not s[0].is_upper
                                     and stem(s[0].text) in rules.heads - own_names)]


def persons_taken_for_bodies(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """"Жасурбек Тошматовтан": capitalised words the models called a body, with no head of a body, no legal form
    and no quote among them, the last a surname, are a person."""
    surnames = tuple(ending_list("surname"))
    result = []
    for span in spans:
        last = span[-1]
        if (span.label_ == "ORG" and len(span) in (2, 3)
                and all(t.is_alpha and _is_capitalised_word(t.text) for t in span)
                and not any(stem(t.text) in rules.heads or _legal_form(t.text, rules) for t in span)
                and (stem(last.text).endswith(surnames) or strip_case(last.text).lower().endswith(surnames))):
            span = Span(doc, span.start, span.end, label="PER")
        result.append(span)
    return result


EAST_ASIAN_NAME_WORDS = (2, 3)
SYLLABLE_LETTERS = 4  # "Пак", "Чжон", "Хун", "Сяо": one vowel sound, Chinese and Korean names' parts
VOWEL_RUN = re.compile(r"[аеёиоуыэюя]+")
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)  # no Chinese or Korean name is written with one


def _is_syllable(text: str) -> bool:
    return (text.isalpha() and text[:1].isupper() and len(text) <= SYLLABLE_LETTERS
            and len(VOWEL_RUN.findall(text.lower())) == 1 and not KAZAKH_LETTERS.search(text))


def east_asian_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Пак Чжон Хун", "Ли Мин Хо": three capitalised syllables with no Kazakh letter are a Chinese or Korean person,
    whatever the models called them (a body "Ли Мин Хо"), and a third syllable right after a person of two is the
    name's last ("Пак Чжон" + "Хун")."""
    result = []
    for span in spans:
        # two syllables the models called a body may be one ("Бек Эйр", an airline); three are a person's name
        if (span.label_ == "PER" or span.label_ == "ORG" and len(span) == max(EAST_ASIAN_NAME_WORDS)) \
                and len(span) in EAST_ASIAN_NAME_WORDS and all(_is_syllable(t.text) for t in span):
            end = span.end
            if len(span) < max(EAST_ASIAN_NAME_WORDS) and end < len(doc) and _is_syllable(doc[end].text) \
                    and not any(s.start == end for s in spans):
                end += 1
            span = Span(doc, span.start, end, label="PER")
        result.append(span)
    return result


def cut_at_genitive(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """"Ковалёвтың Амстердамдағы": a person's name ends at a word in the genitive (the owner of what follows)
    when one more capitalised word closes the span; that word is a place when it has a place's locative, else
    nothing the model's span tells ("Германияның Халықаралық ..."). A longer rest ("Республикасының Президенті
    Александр Лукашенко") is left to the model."""
    result = list(spans)
    for span in [s for s in spans if s.label_ == "PER" and len(s) > 1]:
        cut = span.end - 2
        if not (span[-2].is_alpha and is_genitive(span[-2].text) and _is_capitalised_word(span[-1].text)):
            continue
        owner = doc[span.start : cut + 1]
        # the owner stays a person when it looks like one: a name and a surname, or a surname alone ("Норвегияның",
        # "Клубтың" are the model's mistake for a country or a common word, no person)
        person = len(owner) > 1 or stem(owner[-1].text).endswith(tuple(ending_list("surname")))
        pieces = [Span(doc, owner.start, owner.end, label="PER")] if person else []
        rest = doc[cut + 1 : span.end]
        if rest[0].lower_.endswith(tuple(_shapes()["place_locatives"])) and stem(rest[0].text) not in rules.heads:
            pieces.append(Span(doc, rest.start, rest.end, label="LOC"))
        result = sorted([s for s in result if s is not span] + pieces, key=lambda s: s.start)
    return result


def with_double_surname(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Динара Сәрсенбаева-Ким": a double surname right after a person's name is part of it (whatever the models
    made of it); its first part has a surname's ending, each part a capital."""
    surnames = tuple(ending_list("surname"))
    for span in [s for s in spans if s.label_ == "PER" and s.end < len(doc)]:
        parts = doc[span.end].text.split("-")
        if (len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts)
                and (stem(parts[0]).endswith(surnames) or parts[0].lower().endswith(surnames))):
            spans = replace_overlapping(spans, Span(doc, span.start, span.end + 1, label="PER"))
    return spans


MIN_SURNAME_LETTERS = 3


def cut_after_surname(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Серік Мұратов Интерпол арқылы": a person named first name first ends at the surname (or patronymic) after
    it; a capitalised word the models ran on past it with no name's ending is no part of the name."""
    patronymics = tuple(ending_list("patronymic"))
    # "-ұл" alone is also the end of first names ("Абдул Махди"): a surname here has a longer ending
    surnames = tuple(e for e in ending_list("surname") if e not in ("ұл", "ул"))

    def has_ending(token: Token, endings: tuple[str, ...]) -> bool:
        return stem(token.text).endswith(endings) or strip_case(token.text).lower().endswith(endings)

    def is_surname(token: Token) -> bool:
        # a syllable of three letters is no surname's stem and ending ("Ли Мин Хо", "Ван Сяо Лин")
        return has_ending(token, surnames) and not has_ending(token, patronymics) \
            and len(strip_case(token.text)) > MIN_SURNAME_LETTERS

    result = []
    for span in spans:
        last = max((t.i for t in span[1:] if is_surname(t)), default=None) if span.label_ == "PER" else None
        if last is not None and last + 1 < span.end and not has_ending(span[0], surnames) and not any(
                is_initial(t.text) or has_ending(t, patronymics) for t in doc[last + 1 : span.end]):
            span = Span(doc, span.start, last + 1, label="PER")
        result.append(span)
    return result


def surname_before_body(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Жақсыбеков Энергетика министрлігінде қызмет атқарған", "Жақсыбеков Ресей Федерациясына кетті": a sentence
    opened by the surname of a person named in full in the article, which the models ran into the body or place
    after it, is that person, then the body or place."""
    surnames = {stem(s[-1].text) for s in spans if s.label_ == "PER" and len(s) > 1}
    for span in [s for s in spans if s.label_ == "ORG" and len(s) > 2 or s.label_ == "LOC" and len(s) > 1]:
        first, second = span[0], span[1]
        if (_starts_sentence(doc, span.start) and first.is_alpha and stem(first.text) in surnames
                and _is_capitalised_word(second.text)):
            spans = sorted([s for s in spans if s is not span]
                           + [Span(doc, span.start, span.start + 1, label="PER"),
                              Span(doc, span.start + 1, span.end, label=span.label_)], key=lambda s: s.start)
    return spans


# Companies ---------------------------------------------------------------------------------------------

def quoted_companies(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """"«Атырау Мұнай Сервис» ЖШС-ның": quotes and a legal form with a case ending after them are one
    organisation; an organisation that ends right before a closing quote and a legal form ("«ҚазМұнайГаз»
    ұлттық компаниясы" + "» АҚ-ның", nested quotes) runs on over both."""
    for opening in (t for t in doc if t.text in rules.opening_quotes):
        closing = next((t.i for t in doc[opening.i + 1 : opening.i + rules.max_quoted_words + 1]
                        if t.text in rules.closing_quotes), None)
        if closing is None or closing == opening.i + 1 or closing + 1 >= len(doc):
            continue
        form = closing + 1
        while form + 1 < len(doc) and doc[form].text in rules.legal_forms:
            form += 1  # "ШЖҚ МКК-ның": bare forms before the one that takes the case
        if "-" in doc[form].text and _legal_form(doc[form].text, rules):
            end = form + 1
        else:  # a bare form is the organisation rules' own case; a form in words the rules' stems miss is ours
            end = _after_form_phrase(doc, closing + 1)
        if end is None or any(s.start < opening.i < s.end for s in spans):
            continue  # inside a name that started earlier: nested quotes, below
        spans = replace_overlapping(spans, Span(doc, opening.i, end, label="ORG"))
    for span in [s for s in spans if s.label_ == "ORG"]:
        if (span.end + 1 < len(doc) and doc[span.end].text in rules.closing_quotes
                and _legal_form(doc[span.end + 1].text, rules)
                and any(t.text in rules.opening_quotes for t in span)):
            spans = replace_overlapping(spans, Span(doc, span.start, span.end + 2, label="ORG"))
    return spans



def branches_of_companies(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """"«Қазпошта» АҚ-ның" + "Атырау облыстық филиалы", "«…» мемлекеттік корпорациясының" + "Қостанай облысы бойынша
    филиалы": a company in the genitive and its branch or unit named right after it are one organisation, as a body in
    the genitive and its department are ("агенттігінің … департаменті"); so are a company whose abbreviated form stands
    in the nominative and its branch, the official name ("«Қазпошта» АҚ Атырау облыстық филиалы")."""
    branch_heads = frozenset(_shapes()["branch_heads"])
    for company in [s for s in spans if s.label_ == "ORG"]:
        form = company[-1].text
        # the form abbreviated ("АҚ-ның") or written in words after the quoted name ("… мемлекеттік корпорациясының")
        in_words = company[0].text == "«" and company[-1].is_lower and len(company) > 2
        nominative_form = form in rules.legal_forms and len(company) > 1
        if not ((_legal_form(form, rules) and "-" in form or in_words) and is_genitive(form) or nominative_form):
            continue
        unit = next((s for s in spans if s.start == company.end and s.label_ in ("ORG", "LOC")), None)
        end = unit.end if unit is not None and unit.label_ == "ORG" else unit.end + 1 if unit is not None else None
        if nominative_form and (end is None or end > len(doc) or stem(doc[end - 1].text) not in branch_heads):
            continue
        # a place the models found alone names the branch with the head after it: "ЖШС-ның Павлодар филиалы"
        if end is not None and end <= len(doc) and stem(doc[end - 1].text) in rules.heads \
                and has_possessive(doc[end - 1].text):
            spans = replace_overlapping(spans, Span(doc, company.start, end, label="ORG"))
    return spans


def _after_form_phrase(doc: Doc, start: int) -> int | None:
    """The end of a legal form in words at `start` ("мемлекеттік коммуналдық кәсіпорнына", "шаруа
    қожалығының"; the last word in any case), or None."""
    for phrase in _shapes()["legal_form_phrases"]:
        words = phrase.split()
        tokens = doc[start : start + len(words)]
        if len(tokens) == len(words) and all(
            t.is_lower and stem(t.text) == stem(w) for t, w in zip(tokens, words, strict=True)
        ):
            return start + len(words)
    return None


# Units of bodies ---------------------------------------------------------------------------------------

def units_of_bodies(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """"Жамбыл облысы әкімдігінің" + "дене шынықтыру және спорт басқармасының": a body in the genitive, then at
    most `max_unit_words` words of the unit's name (the first may be capitalised, the rest lower case; nouns in
    the nominative, "және", no verb, no postposition) and a head with the possessive, one unit, not plural."""
    shapes = _shapes()
    joiners = frozenset(shapes["unit_joiners"])
    stops = frozenset(shapes["not_in_unit_names"])
    converbs = frozenset(shapes["converbs_in_unit_names"])

    def is_verb(i: int) -> bool:
        compound = doc[i].lower_ in converbs and i + 1 < len(doc) and doc[i + 1].lower_.endswith("у")
        return doc[i].lower_.endswith(ending_list("verb")) and not compound

    for span in [s for s in spans if s.label_ == "ORG"]:
        last = span[-1]
        if stem(last.text) not in rules.heads or not is_genitive(last.text):
            continue
        end = None
        for i in range(span.end, min(len(doc), span.end + shapes["max_unit_words"] + 1)):
            token = doc[i]
            if (not (token.is_alpha or "-" in token.text) or token.lower_ in stops
                    or stem(token.text) in rules.position_heads or is_verb(i)
                    or (i > span.end and not token.is_lower) or (i == span.end and token.is_upper)):
                break
            if stem(token.text) in rules.heads and i > span.end:
                if has_possessive(token.text) and not is_plural(token.text):
                    end = _past_ranked_unit(doc, i + 1, rules)
                    break
                if (doc[span.end].text[:1].isupper() and is_name_word(token.text) and i + 1 < len(doc)
                        and doc[i + 1].is_lower):
                    continue  # "Түрксіб аудандық полиция басқармасы": a named unit's field, a head's bare noun
                break
            if token.lower_ not in joiners and strip_case(token.text) != token.text and (
                    not has_possessive(token.text) or not is_name_word(token.text)):
                break  # a word in another case starts a clause ("ғимаратында", "үкімімен": "сотының үкімімен")
        if end is not None and not any(span.end <= s.start < end and s.end > end for s in spans):
            spans = replace_overlapping(spans, Span(doc, span.start, end, label="ORG"))
    return spans


def _past_ranked_unit(doc: Doc, end: int, rules: NameRules) -> int:
    """"Әскери полициясы" + "бас басқармасы": a unit's head, rank words and a head with the possessive name the
    unit's main directorate, one unit; so does a head right after it ("жол полициясы басқармасы", the road police's
    directorate)."""
    rank = end
    while rank < len(doc) and doc[rank].lower_ in rules.unit_rank_words:
        rank += 1
    if rank < len(doc) and doc[rank].is_lower and stem(doc[rank].text) in rules.heads \
            and has_possessive(doc[rank].text) and not is_plural(doc[rank].text):
        return rank + 1
    return end


def without_plural_openers(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Материалдар прокуратураға жолданды": a plural noun opening a sentence, capitalised for that alone, and
    lower-case words after it name nothing (a name's first word is no plural without the possessive)."""
    return [s for s in spans if not (
        s.label_ in ("ORG", "LOC") and len(s) > 1 and _starts_sentence(doc, s.start) and s[0].is_alpha
        and is_plural(s[0].text) and strip_case(s[0].text) == s[0].text and not has_possessive(s[0].text)
        and all(t.is_lower for t in s[1:]))]


MIN_PLURAL_STEM = 3  # "Индер" (a district) is no plural of "ин"


def _is_plural_noun(word: str) -> bool:
    """"Инвестицияларға", "Идеяларыңызды": a plural ending after the stem, then at most a possessive and a case."""
    nominative = strip_case(word).lower()
    bases = [nominative, *(nominative[: -len(p)] for p in _shapes()["plural_possessives"] if nominative.endswith(p))]
    return any(base.endswith(e.suffix) and len(base) - len(e.suffix) >= MIN_PLURAL_STEM
               and e.fits(base[: -len(e.suffix)]) for base in bases for e in suffixes().groups["plural"])


def without_plural_places(spans: list[Span]) -> list[Span]:
    """A plural noun alone is no place, whichever rule made it: a place's name is singular, and the models read a
    capitalised plural as one ("Инвестицияларға кепілдік беру жөніндегі …", "Идеяларыңызды қолдаймын")."""
    return [s for s in spans
            if not (s.label_ == "LOC" and len(s) == 1 and s[0].is_alpha and _is_plural_noun(s[0].text))]


MIN_PRIVATIVE_STEM = 3  # "заңсыздық"; "Сыздықов" opens with the ending's letters


def without_privative_nouns(spans: list[Span]) -> list[Span]:
    """"Жауапсыздықтың салдары …": one word holding the abstract noun of a lack is a common noun, capitalised
    because it opens a sentence, whatever the models made of it."""
    def privative(word: str) -> bool:
        lower = word.lower()
        return any(lower.find(ending, MIN_PRIVATIVE_STEM) >= 0 for ending in _shapes()["privative_nouns"])

    return [s for s in spans if not (len(s) == 1 and s[0].is_alpha and privative(s[0].text))]


def without_websites(spans: list[Span]) -> list[Span]:
    """"Электрондық үкімет порталын тұрғындардың 58 пайызы пайдаланады": an organisation a website's noun in lower
    case stands in after its first word is the site, no body."""
    websites = frozenset(_shapes()["website_nouns"])
    return [s for s in spans if not (s.label_ == "ORG" and (any(t.is_lower and stem(t.text) in websites for t in s[1:])
                                                            or _names_the_site_after_it(s, websites)))]


def _names_the_site_after_it(span: Span, websites: frozenset[str]) -> bool:
    """"электрондық үкімет порталы арқылы": a word in lower case and the nominative right before a site's noun with the
    possessive is a word of the site's name ("әкімдіктің сайты", in the genitive, is the body's site: the body stays;
    a capitalised name before one is left as it is)."""
    after = span.end < len(span.doc) and span.doc[span.end]
    return bool(after) and after.is_lower and stem(after.text) in websites and has_possessive(after.text) \
        and span[0].is_lower and not is_genitive(span[-1].text)


def without_lone_adjectives(spans: list[Span]) -> list[Span]:
    """"Ішкі аудит нәтижесінде …": an adjective of place or time alone, capitalised as a sentence's first word, is
    no place nor person."""
    adjectives = frozenset(_shapes()["attribute_adjectives"])
    return [s for s in spans if not (s.label_ in ("LOC", "PER") and len(s) == 1 and s[0].lower_ in adjectives)]


def complete_name_shapes(doc: Doc, spans: list[Span], rules: NameRules) -> list[Span]:
    """The rules of this module over the entity component's spans, before norms are set."""
    spans = without_privative_nouns(without_plural_places(without_plural_openers(doc, spans)))
    spans = without_lone_adjectives(without_websites(spans))
    spans = cut_before_counts(doc, spans, rules)
    spans = with_patronymic_after_first_name(doc, with_surname_after_patronymic(doc, spans, rules))
    spans = with_surname_before_first_name(doc, spans)
    spans = with_name_said_again(doc, citizens_named(doc, spans, rules))
    spans = surname_before_body(doc, cut_at_genitive(doc, spans, rules))
    spans = with_double_surname(doc, cut_after_surname(doc, spans))
    spans = russian_style_names(doc, with_initials(doc, persons_taken_for_bodies(doc, spans, rules)))
    spans = without_lone_heads(without_cardinal_points_as_persons(spans), rules)
    spans = capitals_taken_for_persons(doc, without_bodies_taken_for_persons(spans, rules))
    spans = east_asian_names(doc, spans)
    return units_of_bodies(doc, quoted_companies(doc, spans, rules), rules)
