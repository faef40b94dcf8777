"""Morphological full-text search over articles.

A query is words (взятки), "exact phrases", prefixes (взят*), OR, NOT or -word, and parentheses;
words side by side must all be found. Each word or phrase is found either in its exact form in the
original text or in any form through the lemmas (both in pokazatel.store.search_index's search_fts), so
'взятки' finds 'взятку' and 'взятка'. Articles are ranked by bm25 with exact-form matches counting
double, and the snippet comes from the original text. The index applies the filters it has facet
tokens for while it matches; the exact filters then run on the ranked articles.

User text never reaches SQL as code: every word is quoted into an FTS5 expression built here and
passed as a parameter.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any

import sqlite_utils
from pokazatel.nlp.place_lemmas import shared_with_common_word
from pokazatel.store import entity_places, search_index
from pokazatel.store.kazakh_equivalents import kazakh_lemmas
from pokazatel.store.kazakh_keyboard import folded_pattern, keyboard_fold, keyboard_stems
from pokazatel.store.kazakh_paradigm import adjective_relatives, is_kazakh, paradigm_stems
from pokazatel.store.name_spellings import feminine, spellings
from pokazatel.store.query import (
    LANGS,
    WORD,
    Filters,
    QueryError,
    as_list,
    body_name_words,
    body_names,
    fold,
    is_function_word,
    kazakh_cyrillic,
    lemmatise,
    parse_day,
    register_functions,
    unknown_adjective_lemmas,
    unknown_word_lemmas,
    word_variants,
)
from pokazatel.store.search_aliases import alias_names, alias_words
from pokazatel.store.search_amounts import amount_as_typed, quote_amounts
from pokazatel.store.search_places import place_names, place_words
from pokazatel.store.search_years import year_option
from pokazatel.store.surname_typos import is_surname_shaped, near_surnames
from pokazatel.store.typed_latin import from_2021_alphabet
from pokazatel.store.word_families import with_families

TITLE_WEIGHT = 5.0  # a word in the headline says more than one in the body
EXACT_WEIGHT = 2.0  # the exact form the user typed ranks above other forms of the word
ORIGINAL, LEMMAS = "title text", "title_lemmas text_lemmas"  # search_fts's columns
# bm25 costs about 2.5 µs per match, so a word found in tens of thousands of articles is ranked this
# many matches at a time, the newest first; fewer matches than this are ranked all together.
RANK_WINDOW = 5_000
BROAD_LANG = "ru"  # most of Kazakhstan's news is in Russian
SNIPPET_WORDS = 24
MARK = ("[", "]")

TOKEN = re.compile(r'"[^"]*"?|«[^»]*»?|\(|\)|-?[\w-]+\*?|\*|\S')
OPERATORS = {"OR": "OR", "|": "OR", "AND": "AND", "NOT": "NOT"}
STRAY = {"*", "»"}  # a prefix star without a word, a closing quote without an opening one


# --- parsing ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False  # last word is a prefix: взят*
    text: str = ""  # as typed, for the lemmatiser: "Кызыл-Орды" is one word to it, two to FTS5
    beside_kazakh: bool = False  # in a query with a word typed in Kazakh: "взятка әкім"


@dataclass(frozen=True)
class All:
    include: tuple  # every one must match
    exclude: tuple = ()  # none may match


@dataclass(frozen=True)
class Any_:
    options: tuple


def parse_query(query: str):
    """The query as a tree of Term / All / Any_ (one typed in the Kazakh Latin alphabet of 2021 read in that of
    2018, as the articles are written; an amount, "1,2 млрд", one phrase); QueryError in one line when it cannot be
    parsed."""
    tokens = _lex(quote_amounts(from_2021_alphabet(query)))
    if not tokens:
        raise QueryError("empty search query: give at least one word")
    _check_nesting(tokens)
    words = sum(len(value.words) for kind, value in tokens if kind == "term")
    if words > MAX_WORDS:
        raise QueryError(f"search query has {words:,} words: at most {MAX_WORDS}")
    parser = _Parser(tokens)
    tree = parser.expression()
    if parser.position < len(tokens):
        raise QueryError(f"unexpected {tokens[parser.position][1]!r} in search query")
    return _marked_beside_kazakh(tree) if any(_typed_in_kazakh(t) for t in positive_terms(tree)) else tree


def _typed_in_kazakh(term: Term) -> bool:
    typed = term.text or " ".join(term.words)
    return is_kazakh(typed) and not typed[:1].isupper()  # a name ("Жақыпов") may stand in a Russian query


def _marked_beside_kazakh(node):
    """The tree with each word not typed in Kazakh marked as standing beside one: a journalist mixing the languages
    ("взятка әкім") asks for the Kazakh news too, so the Russian word also finds its Kazakh word there
    (pokazatel.store.kazakh_equivalents), as it does with `--lang kk`."""
    if isinstance(node, Term):
        return node if _typed_in_kazakh(node) else replace(node, beside_kazakh=True)
    if isinstance(node, Any_):
        return Any_(tuple(_marked_beside_kazakh(option) for option in node.options))
    return All(tuple(_marked_beside_kazakh(child) for child in node.include), node.exclude)


MAX_NESTING = 20  # parentheses inside parentheses: the parser recurses once per level
MAX_WORDS = 200  # each word is lemmatised and matched: 10,000 words took 8 CPU s (a web visitor's URL, too)


def _check_nesting(tokens: list[tuple[str, str]]) -> None:
    depth = 0
    for kind, _ in tokens:
        depth += (kind == "(") - (kind == ")")
        if depth > MAX_NESTING:
            raise QueryError(f"search query nests parentheses more than {MAX_NESTING} deep")


def _lex(query: str) -> list[tuple[str, str]]:
    tokens = []
    for raw in TOKEN.findall(query):
        if raw[0] in "\"«":
            closing = '"' if raw[0] == '"' else "»"
            if len(raw) < 2 or raw[-1] != closing:
                raise QueryError("unbalanced quotes in search query")
            words = tuple(WORD.findall(raw[1:-1]))
            if not words:
                raise QueryError(f"the phrase {raw} has no words to find")
            tokens.append(("term", Term(words, text=raw[1:-1])))
        elif raw in OPERATORS:
            tokens.append((OPERATORS[raw], raw))
        elif raw in "()":
            tokens.append((raw, raw))
        elif raw in STRAY:
            raise QueryError(f"unexpected {raw!r} in search query")
        elif WORD.search(raw):
            negate = raw.startswith("-")
            prefix = raw.endswith("*")
            words = tuple(WORD.findall(raw))
            if negate:
                tokens.append(("NOT", "-"))
            tokens.append(("term", Term(words, prefix, raw.strip("-*"))))
        elif set(raw) <= {"-"}:
            raise QueryError(f"unexpected {raw!r} in search query: NOT needs a word after it")
        # other punctuation separates words, as it does in the text
    return tokens


class _Parser:
    """expression := all (OR all)*;  all := unit+;  unit := NOT? primary;  primary := term | ( expression )"""

    def __init__(self, tokens: list[tuple[str, Any]]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position][0] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, Any]:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expression(self):
        options = [self.all()]
        while self.peek() == "OR":
            self.take()
            options.append(self.all())
        return options[0] if len(options) == 1 else Any_(tuple(options))

    def all(self):
        include, exclude = [], []
        while self.peek() not in (None, "OR", ")"):
            if self.peek() == "AND":
                self.take()
                if self.peek() in (None, "OR", ")", "AND"):
                    raise QueryError("AND needs a word on each side in search query")
                continue
            negate = self.peek() == "NOT"
            if negate:
                self.take()
            (exclude if negate else include).append(self.primary())
        if not include:
            if exclude:
                raise QueryError("a search query needs a word to find, not only words to exclude")
            where = "end of query" if self.peek() is None else repr(self.tokens[self.position][1])
            raise QueryError(f"search query expected a word before {where}")
        if len(include) == 1 and not exclude:
            return include[0]
        return All(tuple(include), tuple(exclude))

    def primary(self):
        kind = self.peek()
        if kind == "term":
            return self.take()[1]
        if kind == "(":
            self.take()
            inner = self.expression()
            if self.peek() != ")":
                raise QueryError("unbalanced parentheses in search query")
            self.take()
            return inner
        found = "end of query" if kind is None else repr(self.tokens[self.position][1])
        raise QueryError(f"search query expected a word, found {found}")


# --- FTS5 expressions -----------------------------------------------------------------------------

def _quote(words: Sequence[str]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def original_expression(term: Term) -> str:
    return _quote(term.words) + (" *" if term.prefix else "")


def lemma_expression(term: Term, langs: tuple[str, ...]) -> str:
    """The term in every language's lemmas, ORed: the query's language is not known. Lemmas are
    matched with Kazakh letters folded, as the index holds them."""
    if term.prefix:  # a prefix is matched as typed: the lemma of a word's beginning means nothing
        return _quote(keyboard_fold(" ".join(term.words)).split()) + " *"
    forms = _lemma_forms(term, langs)
    if len(forms) == 1:
        return _quote(forms[0])
    return "(" + " OR ".join(_quote(form) for form in forms) + ")"


def _lemma_forms(term: Term, langs: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The term's lemmas in each language, a Russian verb's also as the noun made from it and back
    (pokazatel.store.word_families), a Russian phrase also without its prepositions and conjunctions, a Russian
    word no dictionary knows also as its case forms are indexed (an adjective's too, in a phrase: "Мангистауская
    область"), a name also in its other spellings and a man's surname as his family's women's ("Курмангалиев":
    Құрманғалиеваның, as Russian lemmas read "Курмангалиевой")."""
    from pokazatel.nlp.ru.morph import may_be_name  # pymorphy3 loads on a first search, not on import

    forms = []
    for lang in langs:
        lemmas = tuple(keyboard_fold(lemmatise(term.text or " ".join(term.words), lang)).split()) or term.words
        content = tuple(lemma for lemma in lemmas if not is_function_word(lemma)) if lang == "ru" else lemmas
        bases = [lemmas, content] if len(content) > 1 and content != lemmas else [lemmas]
        for form in (f for base in bases for f in with_families(base)) if lang == "ru" else [lemmas]:
            if form not in forms:
                forms.append(form)
        if lang == "ru" and len(term.words) == 1:
            forms.extend((lemma,) for lemma in unknown_word_lemmas(term.words[0]) if (lemma,) not in forms)
        if lang == "ru" and len(term.words) == len(lemmas) > 1:  # "Мангистауская область": мангистауска область
            forms.extend(form for at, word in enumerate(term.words) for other in unknown_adjective_lemmas(word)
                         if (form := (*lemmas[:at], keyboard_fold(other), *lemmas[at + 1:])) not in forms)
    if (typed := amount_as_typed(term.words)) and typed not in forms:  # "1,5 млн тенге": теңгені's lemma is тенге
        forms.append(typed)
    if len(term.words) == 1 and may_be_name(term.words[0]):  # "Тлеубаеву": Тілеубаев (pokazatel.store.name_spellings)
        names = [form[0] for form in forms if len(form) == 1]
        names += [woman for name in names if (woman := feminine(name))]  # "Курмангалиев": Құрманғалиеваның
        forms.extend((spelling,) for name in names for spelling in spellings(name) if (spelling,) not in forms)
    return forms


def kazakh_forms(term: Term) -> list[tuple[str, ...]]:
    """The folded Kazakh lemmas a term typed otherwise than in Kazakh Cyrillic may be: in Latin letters
    ("qamauga": қамауға), or without Kazakh letters ("камауга"); [] when it is typed in neither way."""
    text = term.text or " ".join(term.words)
    cyrillic = kazakh_cyrillic(text)
    forms = []
    if cyrillic:
        forms.append(tuple(keyboard_fold(lemmatise(cyrillic, "kk")).split()))
    words = WORD.findall(keyboard_fold((cyrillic or text).lower()))
    stems = [keyboard_stems(word) for word in words]
    if words and all(stems):
        for choice in range(max(map(len, stems))):
            forms.append(tuple(options[min(choice, len(options) - 1)] for options in stems))
    return [form for form in dict.fromkeys(forms) if form]


def positive_terms(node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    children = node.include if isinstance(node, All) else node.options
    return [term for child in children for term in positive_terms(child)]


def term_expression(term: Term, langs: tuple[str, ...], alone: bool = True) -> str:
    """The term as written in the original columns, or in any of its lemmas in the lemma columns; a
    prefix is matched as typed in all of them. A term typed in the Latin alphabet is also Kazakh Latin
    ("Qazaqstanda"), whose articles' lemmas are Cyrillic: its Cyrillic lemmas are matched in Kazakh ones.
    A term naming a state body ("АФМ", "Антикор") also finds the body's other names. A Kazakh adjective
    `alone` (not beside other words it may describe: "мемлекеттік кірістер") also finds its noun, and a noun
    alone its adjectives."""
    names = [option for name in body_terms(term) for option in _term_options(name, langs, near=False)]
    year = year_option(term.words, term.prefix)  # "взятка 2025": also the news of 2025
    return "(" + " OR ".join([*_term_options(term, langs, alone=alone), *names, *([year] if year else [])]) + ")"


# words a phrase's lemmas may have between them: "превышение полномочий" in "превышении должностных полномочий"
PHRASE_GAP = 2


def _term_options(term: Term, langs: tuple[str, ...], near: bool = True, alone: bool = False) -> list[str]:
    """The term's FTS5 alternatives. A word with a Kazakh letter ("әкімдері") is Kazakh: its Kazakh lemmas,
    which fold to Russian ones ("аким"), are looked for in Kazakh articles only (a name's, capitalised, in
    Russian ones too: "Жақыповты"), with the other forms of its verb or short noun
    (pokazatel.store.kazakh_paradigm). A phrase's lemmas also match a few words apart and in either order
    (`near`; a body's names, each given whole, need not); its exact form in the original text ranks above."""
    original = f"{{{ORIGINAL}}}: {original_expression(term)}"
    if term.prefix:
        return [original, f"{{{LEMMAS}}}: {lemma_expression(term, langs)}"]
    if len(term.words) == 1 and shared_with_common_word(term.words[0]):  # "Семей", not "семей" (families)
        return _lemma_options(_lemma_forms(term, langs), near)
    lemma_forms = _lemma_forms(term, langs)
    typed = term.text or " ".join(term.words)
    kazakh_only = "kk" in langs and len(langs) > 1 and is_kazakh(typed) and not typed[:1].isupper()
    open_forms = _lemma_forms(term, tuple(lang for lang in langs if lang != "kk")) if kazakh_only else lemma_forms
    kazakh = [form for form in [*lemma_forms, *kazakh_forms(term), *_paradigm_forms(term, alone),
                                *_kazakh_words(term, langs)] if form not in open_forms] if "kk" in langs else []
    options = [original, *_lemma_options(open_forms, near)]
    if kazakh:
        alternatives = " OR ".join(_lemma_options(list(dict.fromkeys(kazakh)), near))
        options.append(f"(({alternatives}) AND {search_index.facet_clause(langs=['kk'])})")
    return options


def _lemma_options(forms: list[tuple[str, ...]], near: bool) -> list[str]:
    options = [f"{{{LEMMAS}}}: ({' OR '.join(_quote(form) for form in forms)})"] if forms else []
    for form in forms if near else ():
        if len(form) > 1:
            words = " ".join(_quote((word,)) for word in form)
            options.append(f"{{{LEMMAS}}}: NEAR({words}, {len(form) - 2 + PHRASE_GAP})")
    return options


def _kazakh_words(term: Term, langs: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The Kazakh words for a post, body or offence one Russian word names ("суд": сот;
    pokazatel.store.kazakh_equivalents) when the search asks for Kazakh articles only (`--lang kk`): a Russian word
    searched in every language finds Russian articles first, as the query sets judged it. None for a word typed in
    Kazakh or a phrase; beside a word typed in Kazakh, a Russian word finds its Kazakh word in every language's
    search ("взятка әкім": пара)."""
    typed = term.text or " ".join(term.words)
    if "kk" not in langs or (langs != ("kk",) and not term.beside_kazakh) or len(term.words) != 1 or is_kazakh(typed):
        return ()
    return kazakh_lemmas(tuple(lemmatise(typed, "ru").split()))


def _paradigm_forms(term: Term, alone: bool) -> list[tuple[str, ...]]:
    """A Kazakh word's other verb or short-noun forms as the index stems them, and an adjective's noun or a
    noun's adjectives when it stands alone; none for a name (capitalised). In a phrase, each word's other verb or
    short-noun forms in turn, the others as they are ("бас бостандығынан айыру": айырылды; "қылмыстық іс": істер)."""
    if len(term.words) > 1:
        return _phrase_paradigm_forms(term)
    if term.words[0][:1].isupper():
        return []
    word = kazakh_cyrillic(term.words[0]) or term.words[0]  # "jymqyrdy": жымқырды, whose paradigm is Cyrillic
    return [(stem,) for stem in (*paradigm_stems(word), *(adjective_relatives(word) if alone else ()))]


def _phrase_paradigm_forms(term: Term) -> list[tuple[str, ...]]:
    words = [kazakh_cyrillic(word) or word for word in term.words]
    lemmas = keyboard_fold(lemmatise(" ".join(words), "kk")).split()
    if len(lemmas) != len(words):  # a word the lemmatiser split or joined: the places do not line up
        return []
    return [(*lemmas[:at], stem, *lemmas[at + 1:]) for at, word in enumerate(words) if not word[:1].isupper()
            for stem in paradigm_stems(word)]


@lru_cache(maxsize=1_000)
def body_terms(term: Term) -> tuple[Term, ...]:
    """The other names data/gazetteer/bodies.yaml gives the state body a term names, Russian and Kazakh,
    full and short ("АФМ": Агентство по финансовому мониторингу, Қаржылық мониторинг агенттігі, ҚМА…), or
    those data/search/aliases.yaml gives a service or term that is no body there, or the other names of a place
    (pokazatel.store.search_places: "ВКО", Шығыс Қазақстан облысы); a body's or place's name typed in Latin
    ("Qarjy mınıstrligi", "Kapshagay") as read in Cyrillic."""
    if term.prefix:
        return ()
    typed = term.text or " ".join(term.words)
    spelled = kazakh_cyrillic(typed)
    body, names = body_names(typed)
    if body is None and spelled:  # "Ulttyq qaýipsizdik komiteti": Ұлттық қауіпсіздік комитеті
        body, names = body_names(spelled)
    if body is None:
        names = alias_names(typed) or place_names(typed) or (_spelled_place(spelled) if spelled else ())
    return tuple(Term(tuple(WORD.findall(name)), text=name) for name in names if fold(name) != fold(typed))


def _spelled_place(spelled: str) -> tuple[str, ...]:
    """A place's name typed in Latin letters, read in Cyrillic, with its other names ("Semey": Семей,
    Семипалатинск); () when it names no place."""
    names = place_names(spelled)
    return (spelled, *names) if names else ()


def with_body_names(terms: list[Term], tree=None) -> list[Term]:
    """The terms and the other names of the bodies they name, one term or several side by side."""
    runs = [name for _, _, names in _body_runs_in(tree) for name in names] if tree is not None else []
    return [*terms, *(name for term in terms for name in body_terms(term)), *runs]


MAX_BODY_WORDS = 10  # the longest name of bodies.yaml has 9 words
MAX_BODY_TRIES = 100  # runs looked up a query (0.6 ms each): 200 words of bodies' names would take 0.6 s


@lru_cache(maxsize=1_000)
def body_runs(include: tuple) -> tuple[tuple[int, int, tuple[Term, ...]], ...]:
    """(start, end, other names) of each run of words side by side in a query that names a state body
    ("Бас прокуратура", "Верховного суда"), the longest first; the words that no body's name has in any form
    are never tried. Cached: the query's expression and its highlighter both ask."""
    runs, start, tries = [], 0, 0
    while start < len(include) and tries < MAX_BODY_TRIES:
        for end in range(min(len(include), start + MAX_BODY_WORDS), start + 1, -1):
            run = include[start:end]
            if not all(isinstance(t, Term) and not t.prefix and _in_body_names(t) for t in run):
                continue
            tries += 1
            names = body_terms(Term(tuple(w for t in run for w in t.words),
                                    text=" ".join(t.text or " ".join(t.words) for t in run)))
            if names:
                runs.append((start, end, names))
                start = end
                break
        else:
            start += 1
    return tuple(runs)


def _in_body_names(term: Term) -> bool:
    words = _name_words()
    return all(not word_variants(kazakh_cyrillic(word) or word).isdisjoint(words) for word in term.words)


@cache
def _name_words() -> frozenset[str]:
    """Every form of every word of the bodies', aliases' and places' names."""
    return body_name_words() | alias_words() | place_words()


def _body_runs_in(node) -> list[tuple[int, int, tuple[Term, ...]]]:
    if isinstance(node, Term):
        return []
    if isinstance(node, Any_):
        return [run for option in node.options for run in _body_runs_in(option)]
    return [*body_runs(node.include), *(run for child in node.include for run in _body_runs_in(child))]


def match_expression(query: str, langs: tuple[str, ...] = LANGS) -> str:
    """The FTS5 expression over search_fts that finds the articles matching `query` (the web UI's
    morphological search uses it too)."""
    return _expression(parse_query(query), langs)


def _expression(node, langs: tuple[str, ...], alone: bool = True) -> str:
    if isinstance(node, Term):
        return term_expression(node, langs, alone)
    if isinstance(node, Any_):
        return "(" + " OR ".join(_expression(option, langs, alone) for option in node.options) + ")"
    parts = [_expression(child, langs, len(node.include) == 1) for child in node.include]
    for start, end, names in reversed(body_runs(node.include)):  # the words, or the body under another name
        others = " OR ".join(option for name in names for option in _term_options(name, langs, near=False))
        parts[start:end] = ["((" + " AND ".join(parts[start:end]) + f") OR {others})"]
    sql = "(" + " AND ".join(parts) + ")"
    for child in node.exclude:
        sql = f"({sql} NOT {_expression(child, langs, alone=False)})"
    return sql


def _facets(db: sqlite_utils.Database, filters: Filters) -> str:
    """The filters the index can apply itself, as facet tokens; all are checked again on its matches.
    A facet token held by most articles narrows little and costs much: bm25 counts the articles
    holding each token of the query (about 7 ms per 60,000), so relevance and the language most of
    the archive is in are left to the check."""
    start, end = parse_day(filters.date_from, "date_from"), parse_day(filters.date_to, "date_to")
    dates: list[str] = []
    if start or end:  # an open end is the oldest or newest article's day (min and max apart use the index)
        start = start or _stored_day(db.execute("SELECT min(published_at) FROM articles").fetchone()[0])
        end = end or _stored_day(db.execute("SELECT max(published_at) FROM articles").fetchone()[0])
        if start and end:
            dates = search_index.date_tokens(start, end) if start <= end else ["never"]  # no article has it
    langs = as_list(filters.lang)
    return search_index.facet_clause(
        langs=[] if BROAD_LANG in langs else langs, sources=as_list(filters.source), dates=dates,
        topics=as_list(filters.topic), events=as_list(filters.event))


def _stored_day(value: str | None) -> date | None:
    """The date a stored published_at starts with; None when it does not (the exact filter still runs)."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _ranked(db: sqlite_utils.Database, expression: str, filters: Filters, limit: int, offset: int,
            window: int | None) -> tuple[list[tuple], bool]:
    """One page of (id, score) of the matching articles, best first, and whether more matched than
    one window. bm25 is computed in the index for the articles matching the query and the facet
    tokens, `window` of them at a time (None: all at once): the newest window is ranked first, then
    the one before it. The exact filters run on the ranked rows."""
    where, params = filters.where(places=entity_places.has_column(db))
    wanted = offset + limit
    found: list[tuple] = []
    windowed = False
    newest = None
    while len(found) < wanted:
        oldest = _window_start(db, expression, newest, window)
        windowed = windowed or oldest is not None
        bounds, bound_params = _rowid_bounds(oldest, newest)
        cursor = db.conn.execute(
            f"SELECT rowid, -bm25(search_fts, {EXACT_WEIGHT * TITLE_WEIGHT}, {EXACT_WEIGHT}, {TITLE_WEIGHT}, 1, 0)"
            f" AS score FROM search_fts WHERE search_fts MATCH ?{bounds} ORDER BY score DESC, rowid DESC",
            [expression, *bound_params])
        found.extend(_passing(db, cursor, where, params, wanted - len(found)))
        cursor.close()
        if oldest is None:
            break
        newest = oldest - 1
    return found[offset:wanted], windowed


def _passing(db: sqlite_utils.Database, ranked: sqlite3.Cursor, where: str, params: list,
             needed: int) -> list[tuple]:
    """The first `needed` ranked rows whose articles pass the filters, checked a chunk at a time and
    no further than needed (the entity filter runs Python on every entity of an article)."""
    kept_rows: list[tuple] = []
    chunk_size = max(64, needed)
    while len(kept_rows) < needed:
        chunk = ranked.fetchmany(chunk_size)
        if not chunk:
            break
        ids = [row[0] for row in chunk]
        kept = {row[0] for row in db.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN classifications c ON c.article_id = a.id"
            f" WHERE a.id IN ({', '.join('?' * len(ids))}) AND {where}", [*ids, *params])}
        kept_rows.extend(row for row in chunk if row[0] in kept)
        chunk_size = min(chunk_size * 4, 4096)  # a rare filter value: check more at a time
    return kept_rows[:needed]


def _window_start(db: sqlite_utils.Database, expression: str, newest: int | None, window: int | None) -> int | None:
    """The rowid of the oldest of the `window` newest matches up to `newest`; None when there are no
    more than `window` of them (the last window takes them all)."""
    if window is None:
        return None
    bounds, params = _rowid_bounds(None, newest)
    row = db.conn.execute(f"SELECT rowid FROM search_fts WHERE search_fts MATCH ?{bounds}"
                          " ORDER BY rowid DESC LIMIT 1 OFFSET ?", [expression, *params, window]).fetchone()
    return None if row is None else row[0] + 1


def _rowid_bounds(oldest: int | None, newest: int | None) -> tuple[str, list[int]]:
    """Rowid constraints FTS5 applies while it walks the doclists (not a filter on every match)."""
    clauses = [(" AND rowid >= ?", oldest), (" AND rowid <= ?", newest)]
    return "".join(sql for sql, value in clauses if value is not None), [v for _, v in clauses if v is not None]


# --- search -------------------------------------------------------------------------------------

MAX_RESULTS = 1_000_000  # limit + offset: beyond any archive this tool serves, within SQLite's integers

def search(db: sqlite_utils.Database, query: str, *, date_from=None, date_to=None, source=None, lang=None,
           topic=None, relevant: bool | None = True, entity=None, event=None, min_value=None, unit=None, period=None,
           limit: int = 20, offset: int = 0, mark: tuple[str, str] = MARK,
           window: int | None = RANK_WINDOW) -> Results:
    """Articles matching `query`, best first: dicts with id, url, source, lang, title, published_at,
    topic, relevant, score (higher is better), exact (True when the exact form matched) and snippet
    (original text, matches wrapped in `mark`). More matches than `window` are ranked that many at
    a time, newest first (`.windowed` on the result says so); None ranks them all together.
    QueryError (a ValueError) for a query or filter the user has to correct."""
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset cannot be negative")
    if limit + offset > MAX_RESULTS:
        raise QueryError(f"limit and offset reach at most {MAX_RESULTS:,} results together")
    if window is not None and window < 1:
        raise QueryError("a ranking window holds at least one article")
    filters = Filters(date_from, date_to, source, lang, topic, relevant, entity, event, min_value, unit, period)
    langs = tuple(lang for lang in LANGS if lang in (filters.lang or LANGS)) or LANGS
    tree = _with_near_surnames(db, parse_query(query), langs)
    terms = positive_terms(tree)
    expression = _expression(tree, langs)
    facets = _facets(db, filters)
    if facets:
        expression = f"{expression} AND {facets}"
    register_functions(db.conn)
    try:
        ranked, windowed = _ranked(db, expression, filters, limit, offset, window)
    except sqlite3.OperationalError as error:
        if "fts5" in str(error) or "MATCH" in str(error):
            raise QueryError(f"search query cannot be run: {error}") from None
        raise
    highlight = Highlighter(with_body_names(terms, tree), langs, mark)
    exact = ExactForms(terms)
    rows = Results()
    rows.windowed = windowed
    for (_, score), row in zip(ranked, _articles(db, [r[0] for r in ranked]), strict=True):
        text = row.pop("text")
        row.update(score=round(score, 4), exact=exact.found_in(row["title"], text))
        row["relevant"] = None if row["relevant"] is None else bool(row["relevant"])
        row["snippet"] = highlight(text)
        rows.append(row)
    return rows


def _with_near_surnames(db: sqlite_utils.Database, node, langs: tuple[str, ...]):
    """The query with each surname it asks for that no article holds ("Абдраманов") also as the surnames a slip or
    two from it that articles hold (pokazatel.store.surname_typos); words it excludes stay as typed."""
    if isinstance(node, Any_):
        return Any_(tuple(_with_near_surnames(db, option, langs) for option in node.options))
    if isinstance(node, All):
        return All(tuple(_with_near_surnames(db, child, langs) for child in node.include), node.exclude)
    if node.prefix or len(node.words) != 1 or not is_surname_shaped(node.words[0]):
        return node
    if db.execute("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1",
                  [term_expression(node, langs)]).fetchone():
        return node
    near = near_surnames(db, node.words[0])
    return Any_((node, *(Term((name.capitalize(),), text=name.capitalize()) for name in near))) if near else node


class Results(list):
    """search's rows, and whether more articles matched than one ranking window holds."""

    windowed: bool = False


def _articles(db: sqlite_utils.Database, ids: list[int]) -> list[dict]:
    """What a result shows, read for one page of results only: the text of every match is large."""
    cursor = db.conn.execute(
        "SELECT a.id, a.url, a.source, a.lang, a.title, a.published_at, c.topic, c.relevant, a.text"
        " FROM articles a LEFT JOIN classifications c ON c.article_id = a.id"
        f" WHERE a.id IN ({', '.join('?' * len(ids))})", ids)
    columns = [d[0] for d in cursor.description]
    found = {row[0]: dict(zip(columns, row, strict=True)) for row in cursor}
    return [found[i] for i in ids]


@lru_cache(maxsize=200_000)
def _word_lemmas(word: str, langs: tuple[str, ...]) -> frozenset[str]:
    """A word's lemmas as the index folds them; a Latin word's also through its Kazakh Cyrillic."""
    lemmas = {keyboard_fold(lemmatise(word, lang)) for lang in langs}
    cyrillic = kazakh_cyrillic(word) if "kk" in langs else None
    return frozenset(lemmas | {keyboard_fold(lemmatise(cyrillic, "kk"))} if cyrillic else lemmas)


def _query_word_lemmas(word: str, langs: tuple[str, ...], alone: bool = False,
                       beside_kazakh: bool = False) -> frozenset[str]:
    """A query word's lemmas and their word families, the stems it may have as Kazakh typed without Kazakh
    letters, and those of its other Kazakh verb or short-noun forms (and an adjective's noun or a noun's
    adjectives, the word `alone` in its query)."""
    from pokazatel.nlp.ru.morph import may_be_name  # pymorphy3 loads on a first search, not on import

    lemmas = _word_lemmas(word, langs)
    lemmas |= {variant[0] for lemma in lemmas for variant in with_families((lemma,))}
    if may_be_name(word):
        lemmas |= {woman for lemma in lemmas if (woman := feminine(lemma))}
        lemmas |= {spelling for lemma in lemmas for spelling in spellings(lemma)}
    if "kk" not in langs:
        return lemmas
    term = Term((word,), text=word, beside_kazakh=beside_kazakh)
    return lemmas | {" ".join(form) for form in (*kazakh_forms(term), *_paradigm_forms(term, alone),
                                                 *_kazakh_words(term, langs))}


def _fold_word(word: str) -> str:
    return word.casefold().replace("ё", "е")


class ExactForms:
    """Finds the query's words and phrases as typed (case and ё aside) in an article's own text: what
    `exact` in a result says. A prefix is as typed wherever a word starts with it."""

    def __init__(self, terms: list[Term]) -> None:
        patterns = []
        for term in terms:
            words = [re.escape(_fold_word(word)) for word in term.words]
            tail = r"\w*" if term.prefix else r"(?!\w)"
            patterns.append(r"(?<!\w)" + r"\W+".join(words) + tail)
        self.pattern = re.compile("|".join(patterns))

    def found_in(self, *texts: str) -> bool:
        return any(self.pattern.search(_fold_word(text)) for text in texts if text)


class Highlighter:
    """Marks the words of the original text that match the query in any form, around the first
    match."""

    def __init__(self, terms: list[Term], langs: tuple[str, ...], mark: tuple[str, str] = MARK) -> None:
        self.langs = langs
        self.mark = mark
        self.prefixes = tuple(_fold_word(t.words[-1]) for t in terms if t.prefix)
        self.forms = {_fold_word(w) for t in terms for w in (t.words[:-1] if t.prefix else t.words)}
        alone = len(terms) == 1
        self.lemmas = {lemma for t in terms if not t.prefix for w in t.words
                       for lemma in _query_word_lemmas(w, langs, alone, t.beside_kazakh)}
        self.seen: dict[str, bool] = {}  # a page of articles repeats most of its words
        self.candidates = _candidate_pattern(terms, langs)

    def matches(self, word: str) -> bool:
        found = self.seen.get(word)
        if found is None:
            folded = _fold_word(word)
            found = self.seen[word] = (
                folded in self.forms or (bool(self.prefixes) and folded.startswith(self.prefixes))
                or not self.lemmas.isdisjoint(_word_lemmas(word, self.langs)))
        return found

    def _first_match(self, text: str) -> int | None:
        """Where the first word matching the query starts (None: nowhere). Found by a regular
        expression over the words' beginnings, not word by word, unless a query word shares too
        little with its lemma for one."""
        folded = _fold_word(text)
        if self.candidates is None or len(folded) != len(text):
            return next((m.start() for m in WORD.finditer(text) if self.matches(m.group())), None)
        for candidate in self.candidates.finditer(folded):
            if self.matches(text[candidate.start():candidate.end()]):
                return candidate.start()
        return None

    def __call__(self, text: str) -> str:
        at = self._first_match(text)
        begin = 0 if at is None else text.rfind(" ", 0, max(0, at - 15 * SNIPPET_WORDS // 4)) + 1
        words, first = [], None
        for match in WORD.finditer(text, begin):  # from a few words before the first match to the window's end
            if first is None and at is not None and match.start() >= at:
                first = len(words)
            words.append(match)
            if (first is not None or at is None) and len(words) >= (first or 0) + SNIPPET_WORDS:
                break
        if not words:
            return ""
        start = max(0, min((first or 0) - SNIPPET_WORDS // 4, len(words) - SNIPPET_WORDS))
        window = words[start:start + SNIPPET_WORDS]
        pieces, cursor = [], window[0].start()
        for match in window:
            pieces.append(text[cursor:match.start()])
            word = match.group()
            pieces.append(f"{self.mark[0]}{word}{self.mark[1]}" if self.matches(word) else word)
            cursor = match.end()
        more = WORD.search(text, cursor) is not None
        pieces.append("" if more else text[cursor:])  # the closing punctuation when the text ends here
        snippet = " ".join("".join(pieces).split())
        earlier = WORD.search(text, 0, window[0].start()) is not None
        return ("…" if earlier else "") + snippet + ("…" if more else "")


CANDIDATE_LETTERS = 5  # forms of a word share their first letters with its lemma (взятк-а, взятк-ой)


def _candidate_pattern(terms: list[Term], langs: tuple[str, ...]) -> re.Pattern | None:
    """Words that may match: those starting with a typed prefix, or with the first letters a query
    word shares with its lemmas. None when a word shares fewer than three (идти / шёл)."""
    beginnings = set(keyboard_fold(_fold_word(t.words[-1])) for t in terms if t.prefix)
    for term in terms:
        for word in (term.words[:-1] if term.prefix else term.words):
            folded = keyboard_fold(_fold_word(word))
            for lemma in _query_word_lemmas(word, langs, len(terms) == 1, term.beside_kazakh) | {folded}:
                shared = os.path.commonprefix([folded, lemma])
                if len(shared) < 3:
                    return None
                beginnings.add(shared[:CANDIDATE_LETTERS])
    if not beginnings:
        return None
    alternatives = "|".join(folded_pattern(b) for b in sorted(beginnings, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*")


def highlight(text: str, query: str, mark: tuple[str, str] = MARK, langs: tuple[str, ...] = LANGS) -> str:
    """A snippet of `text` with the words matching `query` in any form marked."""
    tree = parse_query(query)
    return Highlighter(with_body_names(positive_terms(tree), tree), langs, mark)(text)
