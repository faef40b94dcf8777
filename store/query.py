"""What search, stats and export share: the filters on articles, text folding for comparisons
SQLite cannot do (its lower() leaves Cyrillic alone), and the query lemmatiser that agrees with
the lemma index."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from pokazatel.store.entity_places import place_named
from pokazatel.store.period_match import period_within

WORD = re.compile(r"\w+")
# The longest name of bodies.yaml has 9 words and 75 characters; the longest entity norm of 336 stored articles
# (demo and real) 11 words and 109 characters.
MAX_ENTITY_WORDS, MAX_ENTITY_CHARS = 30, 300
LANGS = ("ru", "kk")


class QueryError(ValueError):
    """A search query or filter the user has to correct, said in one line."""


def fold(text: str) -> str:
    """Case- and ё-insensitive form for comparing names: 'Бектёнов' -> 'бектенов'."""
    return " ".join(WORD.findall(text.casefold().replace("ё", "е")))


@cache
def _lemmatiser():
    """nlp.lemmas.lemmatise(text, lang) once it exists; until then Russian lemmas from pymorphy3
    and lower-cased Kazakh words, the same as the placeholder lemma component writes."""
    try:
        from pokazatel.nlp.lemmas import lemmatise
    except ImportError:
        lemmatise = None
    if lemmatise is not None:
        return lemmatise

    def fallback(text: str, lang: str) -> str:
        if lang == "ru":
            from pokazatel.nlp.ru.morph import lemma

            return " ".join(lemma(word) for word in WORD.findall(text))
        return " ".join(word.lower() for word in WORD.findall(text))

    return fallback


@lru_cache(maxsize=100_000)
def lemmatise(text: str, lang: str) -> str:
    """Space-joined lower-case lemmas of `text`, as the index stores them."""
    return _lemmatiser()(text, lang)


UNKNOWN_NOUN_ENDINGS = ("ом", "ем", "а", "у", "е")  # a masculine noun's case endings, for words no dictionary knows


@lru_cache(maxsize=10_000)
def is_function_word(lemma: str) -> bool:
    """A Russian preposition or conjunction ("по", "и"): a phrase's lemmas match without it ("по завышенной цене":
    "цены были завышены"); a particle ("не") changes the meaning and stays."""
    from pokazatel.nlp.ru.morph import parse

    analyses = parse(lemma)
    return bool(analyses) and analyses[0].tag.POS in {"PREP", "CONJ"}


RUSSIAN_WORD = re.compile(r"[а-яё]+[бвгджзклмнпрстфхцчшщ]")


@lru_cache(maxsize=10_000)
def unknown_word_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas the index gives the case forms of a Russian word pymorphy3 does not know, read as a masculine
    noun: "Антикор" is written "в Антикоре", which it lemmatises "антикора"; () for a known word, a Kazakh one,
    one ending in a vowel."""
    from pokazatel.nlp.ru.morph import parse

    lower = word.casefold()
    if not RUSSIAN_WORD.fullmatch(lower) or parse(lower)[0].is_known:
        return ()
    lemmas = {lemmatise(word + ending, "ru") for ending in UNKNOWN_NOUN_ENDINGS}
    return tuple(sorted(lemma for lemma in lemmas - {lemmatise(word, "ru")} if len(lemma.split()) == 1))


# an adjective's case endings in a place's name ("Мангистауской области"), for adjectives no dictionary knows
UNKNOWN_ADJECTIVE_ENDINGS = {"ая": ("ой", "ую"), "ий": ("ого", "ому", "ом", "им"), "ый": ("ого", "ому", "ом", "ым")}


@lru_cache(maxsize=10_000)
def unknown_adjective_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas the index gives the case forms of a Russian adjective pymorphy3 does not know: "Мангистауская" is
    written "Мангистауской области", which it lemmatises "мангистауска"; () for a known word or no adjective."""
    from pokazatel.nlp.ru.morph import parse

    lower = word.casefold()
    ending = next((ending for ending in UNKNOWN_ADJECTIVE_ENDINGS if lower.endswith(ending)), None)
    if ending is None or len(lower) < len(ending) + 3 or not lower.isalpha() or parse(lower)[0].is_known:
        return ()
    lemmas = {lemmatise(word[: -len(ending)] + other, "ru") for other in UNKNOWN_ADJECTIVE_ENDINGS[ending]}
    return tuple(sorted(lemma for lemma in lemmas - {lemmatise(word, "ru")} if len(lemma.split()) == 1))


@lru_cache(maxsize=100_000)
def word_variants(word: str) -> frozenset[str]:
    """Every form a name token may be indexed under: itself folded, every Russian dictionary form
    pymorphy3 offers (a surname in the genitive is ambiguous), an unknown word without a masculine case
    ending, and its Kazakh lemma; Kazakh letters folded as a Russian keyboard types them, and each form's
    spelling key ("Тлеубаев" shares "тлеубаев" with "Тілеубаев": pokazatel.store.name_spellings)."""
    from pokazatel.nlp.ru.morph import parse
    from pokazatel.store.kazakh_keyboard import keyboard_fold
    from pokazatel.store.name_spellings import spelling_key

    folded = fold(word)
    variants = {folded, fold(lemmatise(word, "kk"))}
    analyses = parse(folded)
    variants.update(fold(p.normal_form) for p in analyses)
    if analyses and not analyses[0].is_known:  # "Антикора": pymorphy guesses a feminine "антикора"
        variants.update(folded[: -len(e)] for e in UNKNOWN_NOUN_ENDINGS
                        if folded.endswith(e) and len(folded) > len(e) + 3)
    variants = {keyboard_fold(v) for v in variants if v}  # "Толеуова" is "Төлеуов" typed without ө
    return frozenset(variants | {spelling_key(v) for v in variants})


@lru_cache(maxsize=200_000)
def name_key(name: str) -> tuple[frozenset[str], ...]:
    return tuple(word_variants(word) for word in WORD.findall(name))


@lru_cache(maxsize=200_000)  # SQL calls it on every entity row an --entity search reads
def names_match(norm: str | None, wanted: str | None) -> bool:
    """Does the entity `norm` ('Олжас Бектенов') name who the user typed ('Бектенова')? Each word
    the user typed must share a form with some word of the norm, or be an initial of one or have
    one for its initial ("Данияра Сапарова" is "Сапаров Д. К.", "Д. Сапаров" is "Данияр Сапаров"),
    and one word at least share a form."""
    if not norm or not wanted:
        return False
    have, typed = name_key(norm), name_key(wanted)
    return (all(any(variants & other or _initial_of(variants, other) for other in have) for variants in typed)
            and any(variants & other for other in have for variants in typed))


def _initial_of(one: frozenset[str], other: frozenset[str]) -> bool:
    """One word is a single letter the other begins with."""
    initial, word = (one, other) if min(map(len, one)) == 1 else (other, one)
    return min(map(len, initial)) == 1 and min(map(len, word)) > 1 and any(
        form.startswith(letter) for letter in initial if len(letter) == 1 for form in word)


@lru_cache(maxsize=10_000)
def body_names(name: str) -> tuple[str | None, tuple[str, ...]]:
    """The canonical body `name` names (pokazatel.nlp.bodies) and every name the gazetteer gives it, Russian
    and Kazakh, full and short; (None, ()) for a name of no known body. A name in another case names it
    too: by its Russian lemmas ("Генпрокуратуры"), or as a name of as many words, each sharing a form
    with it ("Агентства по финансовому мониторингу")."""
    from pokazatel.nlp.bodies import canonical_body

    one_word = WORD.findall(name) == [name.strip()]
    body = next(filter(None, map(canonical_body, [name, lemmatise(name, "ru"),
                                                  *(sorted(word_variants(name)) if one_word else [])])), None)
    if body is None:
        words = len(WORD.findall(name))
        body = next((names[0] for names in _body_name_lists().values() for other in names
                     if len(WORD.findall(other)) == words and names_match(other, name)), None)
    return body, _body_name_lists().get(body, ())


@cache
def body_name_words() -> frozenset[str]:
    """Every form of every word of the bodies' names (word_variants): a query word outside it names no body."""
    return frozenset(variant for names in _body_name_lists().values() for name in names
                     for word in WORD.findall(name) for variant in word_variants(word))


@cache
def _body_name_lists() -> dict[str, tuple[str, ...]]:
    """Each body's names: data/gazetteer/bodies.yaml's, and the norms and variants organisations.yaml
    ties to it but abbreviations bodies.yaml does not list ("АПК" is also the agro-industrial complex)."""
    from pokazatel.nlp.bodies import body_entries

    from pokazatel.resources import data_path, read_yaml

    names = {entry["body"]: [entry["body"], *entry.get("names", [])] for entry in body_entries()}
    by_id = {entry["id"]: entry["body"] for entry in body_entries() if entry.get("id")}
    for item in read_yaml(data_path("gazetteer", "organisations.yaml")):
        body = by_id.get(item.get("body"))
        if body:
            names[body].extend(other for other in [item["norm"], *item.get("variants", [])]
                               if not (other.isupper() and other not in names[body]))
    return {body: tuple(dict.fromkeys(listed)) for body, listed in names.items()}


LATIN_LETTER = re.compile(r"[A-Za-záǵıńóúýÁǴŃÓÚÝ]")


def kazakh_cyrillic(text: str) -> str | None:
    """Latin-alphabet text as Kazakh Latin reads in Cyrillic ("ákimi": "әкімі"; typed in plain Latin letters,
    "zhymkyrdy": "жымкырды"): Kazakh Latin articles are lemmatised and normed in Cyrillic. None for text with any
    Cyrillic letter or no Latin one."""
    if not LATIN_LETTER.search(text):  # most queries: the transliterator is not even loaded
        return None
    from pokazatel.nlp.kk.latin import CYRILLIC_LETTER, to_cyrillic
    from pokazatel.store.typed_latin import in_kazakh_alphabet

    return None if CYRILLIC_LETTER.search(text) else to_cyrillic(in_kazakh_alphabet(text)).text


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the filters use; safe on read-only connections."""
    conn.create_function("pk_fold", 1, lambda text: fold(text) if text else text, deterministic=True)
    conn.create_function("pk_names_match", 2, lambda norm, wanted: int(names_match(norm, wanted)),
                         deterministic=True)
    conn.create_function("pk_period_within", 2, lambda period, wanted: int(period_within(period, wanted)),
                         deterministic=True)


def parse_day(value: date | str | None, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise QueryError(f"{name} must be a date like 2024-01-31, not {value!r}") from None


def as_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part) for part in value]


@dataclass(frozen=True)
class Filters:
    """Filters on articles, combinable. The SQL they build expects `articles a` LEFT JOINed with
    `classifications c ON c.article_id = a.id`. `relevant=None` means all articles, processed or not."""

    date_from: date | str | None = None
    date_to: date | str | None = None
    source: str | Sequence[str] | None = None
    lang: str | Sequence[str] | None = None
    topic: str | Sequence[str] | None = None
    relevant: bool | None = True
    entity: str | None = None
    event: str | Sequence[str] | None = None
    min_value: float | None = None
    unit: str | Sequence[str] | None = None  # a figure's unit and period, as `stats --by unit,period` names them
    period: str | Sequence[str] | None = None

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def split(self) -> tuple[Filters, Filters]:
        """(the filters on the article's own short columns: dates, source, language; all the others).
        Search applies the first through covering indexes, never reading an article row."""
        own = Filters(self.date_from, self.date_to, self.source, self.lang, relevant=None)
        return own, replace(self, date_from=None, date_to=None, source=None, lang=None)

    def wanted_entity(self) -> str | None:
        """The name an article's entities must match; None when not filtered on, QueryError when
        the name has nothing to match."""
        if not self.entity or not self.entity.strip():
            return None
        if not WORD.search(self.entity):
            raise QueryError(f"entity {self.entity!r} has no letters or digits to match")
        words = len(WORD.findall(self.entity))
        if words > MAX_ENTITY_WORDS or len(self.entity) > MAX_ENTITY_CHARS:  # 3,000 words took 6.7 s to find nothing
            raise QueryError(f"entity name of {words} words and {len(self.entity)} characters: a name has at most "
                             f"{MAX_ENTITY_WORDS} words and {MAX_ENTITY_CHARS} characters")
        return self.entity

    def where(self, statistic: str | None = None, article_id: str = "a.id", places: bool = True) -> tuple[str, list]:
        """A WHERE clause (without the keyword; '1' when empty) and its parameters. With `statistic`
        (the alias of a joined statistics row), event, unit, period and min_value constrain that row itself;
        otherwise the article must report such a figure. `article_id` is the SQL expression the
        entity and figure subqueries correlate with; `places` is False for a database whose entities
        have no place column yet (pokazatel.store.entity_places)."""
        clauses: list[str] = []
        params: list = []
        start = parse_day(self.date_from, "the start date (--from)")
        end = parse_day(self.date_to, "the end date (--to)")
        if start:
            clauses.append("a.published_at >= ?")
            params.append(start.isoformat())
        if end:  # the whole last day, whatever time or offset follows the date
            clauses.append("a.published_at < ?")
            params.append((end + timedelta(days=1)).isoformat())
        for column, value in (("a.source", self.source), ("a.lang", self.lang), ("c.topic", self.topic)):
            values = as_list(value)
            if values:
                clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        if self.relevant is not None:
            clauses.append("c.relevant = ?")
            params.append(1 if self.relevant else 0)
        if self.wanted_entity():
            entity, entity_params = self._entity_clause(article_id, places)
            clauses.append(entity)
            params.extend(entity_params)
        figure, figure_params = self._figure_clause(statistic or "s")
        if figure:
            if statistic:
                clauses.append(figure)
            else:
                clauses.append(f"EXISTS (SELECT 1 FROM statistics s WHERE s.article_id = {article_id} AND {figure})")
            params.extend(figure_params)
        return (" AND ".join(clauses) or "1"), params

    def _entity_clause(self, article_id: str, places: bool) -> tuple[str, list]:
        """An article naming the entity typed. "Антикор" also finds the articles that name the agency otherwise:
        same canonical body, or a name holding one of the body's names ("Департамент Агентства по
        противодействию коррупции по …", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің … департаменті"),
        whichever name was typed; "Казахстан" the articles writing "РК" (a place's one name is the entity's
        place), and "Qazaqstan" the Cyrillic norms Kazakh Latin articles get."""
        spelled = kazakh_cyrillic(self.entity)
        typed = [self.entity, *([spelled] if spelled else [])]
        bodies = [body_names(name) for name in typed]
        body = next((found for found, _ in bodies if found), None)
        place = next((found for found in map(place_named, typed) if found), None)
        names = list(dict.fromkeys([*typed, *(name for _, listed in bodies for name in listed),
                                    *([place] if place else [])]))
        conditions = ["e.body = ?", *["pk_names_match(e.norm, ?)"] * len(names)]
        params = [body or "", *names]
        if places and place:
            conditions.append("e.place = ?")
            params.append(place)
        return (f"EXISTS (SELECT 1 FROM entities e WHERE e.article_id = {article_id} AND ({' OR '.join(conditions)}))",
                params)

    def _figure_clause(self, alias: str) -> tuple[str, list]:
        clauses, params = [], []
        for column, value in (("event", self.event), ("unit", self.unit)):
            values = as_list(value)
            if values:
                clauses.append(f"{alias}.{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        periods = as_list(self.period)
        if periods:  # a figure of a period within one asked for (pokazatel.store.period_match); one call, as
            clauses.append(f"pk_period_within({alias}.period, ?)")  # 1,000 ORs are too deep for SQLite
            params.append(",".join(periods))
        if self.min_value is not None:
            try:
                params.append(float(self.min_value))
            except (TypeError, ValueError):
                raise QueryError(f"min_value must be a number, not {self.min_value!r}") from None
            clauses.append(f"{alias}.value >= ?")
        return " AND ".join(clauses), params


def filters_from(values: dict) -> Filters:
    """Filters from keyword arguments, rejecting names that are not filters."""
    unknown = set(values) - set(Filters.names())
    if unknown:
        raise TypeError(f"unknown filters: {', '.join(sorted(unknown))}")
    return Filters(**values)


def placeholders(values: Iterable) -> str:
    return ", ".join("?" for _ in values)
