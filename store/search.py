"""Morphological full-text search over articles.

A query is words (взятки), "exact phrases", prefixes (взят*), OR, NOT or -word, and parentheses;
words side by side must all be found. Each word or phrase is found either in its exact form in the
original text (articles_fts) or in any form through the lemma index (article_lemmas_fts), so
'взятки' finds 'взятку' and 'взятка'. Articles are ranked by bm25 with exact-form matches counting
double, and the snippet comes from the original text.

User text never reaches SQL as code: every word is quoted into an FTS5 expression built here and
passed as a parameter.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import sqlite_utils

from store.query import LANGS, WORD, Filters, QueryError, lemmatise, register_functions

TITLE_WEIGHT = 5.0  # a word in the headline says more than one in the body
EXACT_WEIGHT = 2.0  # the exact form the user typed ranks above other forms of the word
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


@dataclass(frozen=True)
class All:
    include: tuple  # every one must match
    exclude: tuple = ()  # none may match


@dataclass(frozen=True)
class Any_:
    options: tuple


def parse_query(query: str):
    """The query as a tree of Term / All / Any_; QueryError in one line when it cannot be parsed."""
    tokens = _lex(query)
    if not tokens:
        raise QueryError("empty search query: give at least one word")
    parser = _Parser(tokens)
    tree = parser.expression()
    if parser.position < len(tokens):
        raise QueryError(f"unexpected {tokens[parser.position][1]!r} in search query")
    return tree


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
    """The term in every language's lemmas, ORed: the query's language is not known."""
    if term.prefix:  # a prefix is matched as typed: the lemma of a word's beginning means nothing
        return original_expression(term)
    forms = []
    for lang in langs:
        lemmas = tuple(lemmatise(term.text or " ".join(term.words), lang).split()) or term.words
        if lemmas not in forms:
            forms.append(lemmas)
    if len(forms) == 1:
        return _quote(forms[0])
    return "(" + " OR ".join(_quote(form) for form in forms) + ")"


def positive_terms(node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    children = node.include if isinstance(node, All) else node.options
    return [term for child in children for term in positive_terms(child)]


def _id_set(node, langs: tuple[str, ...], params: list) -> str:
    """A compound SELECT of the ids of the articles matching the node."""
    if isinstance(node, Term):
        params.extend([original_expression(node), lemma_expression(node, langs)])
        return ("SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?"
                " UNION SELECT rowid FROM article_lemmas_fts WHERE article_lemmas_fts MATCH ?")
    if isinstance(node, Any_):
        return " UNION ".join(f"SELECT id FROM ({_id_set(o, langs, params)})" for o in node.options)
    parts = [f"SELECT id FROM ({_id_set(child, langs, params)})" for child in node.include]
    sql = " INTERSECT ".join(parts)
    for child in node.exclude:
        sql += f" EXCEPT SELECT id FROM ({_id_set(child, langs, params)})"
    return sql


def _is_disjunction(node) -> bool:
    """Terms ORed: every article matching a positive term matches the query."""
    return isinstance(node, Term) or (isinstance(node, Any_) and all(map(_is_disjunction, node.options)))


def _ranking_sql(tree, langs: tuple[str, ...], any_original: str, any_lemma: str,
                 filters: Filters) -> tuple[str, list]:
    """SELECT id, score, exact of the matching articles that pass `filters` (all but the entity
    filter, which the caller applies to the ranked rows), best first.

    bm25 is the expensive part, so it is computed for candidates only: the articles matching the
    query (its AND/NOT structure included) that pass the filters, found from the indexes' doclists
    without scoring. The article's own columns are filtered through covering indexes, so no article
    row (and none of its text's overflow pages) is read while ranking. With no filters and no AND/NOT
    structure every match is a candidate and the candidate set is skipped."""
    own, others = filters.split()
    own_where, own_params = own.where()
    other_where, other_params = replace(others, entity=None).where(article_id="hit.id")
    structured = not _is_disjunction(tree)
    params: list = []
    candidates = ""
    if structured or own_params or other_params:
        if structured:
            hits = _id_set(tree, langs, params)
        else:
            hits = ("SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?"
                    " UNION SELECT rowid FROM article_lemmas_fts WHERE article_lemmas_fts MATCH ?")
            params.extend([any_original, any_lemma])
        conditions = [other_where]
        params.extend(other_params)
        if own_params:
            conditions.append(f"hit.id IN (SELECT a.id FROM articles a WHERE {own_where})")
            params.extend(own_params)
        candidates = f"""candidates AS MATERIALIZED (
            SELECT hit.id FROM ({hits}) hit LEFT JOIN classifications c ON c.article_id = hit.id
            WHERE {" AND ".join(conditions)}),"""
    # +rowid: a filter on each match, not a rowid constraint FTS5 would answer by one lookup per id
    only_candidates = " AND +rowid IN (SELECT id FROM candidates)" if candidates else ""
    params.extend([any_original, any_lemma])
    sql = f"""
        WITH {candidates}
        ranked AS MATERIALIZED (
            SELECT id, sum(score) AS score, max(exact) AS exact FROM (
                SELECT rowid AS id, {EXACT_WEIGHT} * bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS score, 1 AS exact
                FROM articles_fts WHERE articles_fts MATCH ?{only_candidates}
                UNION ALL
                SELECT rowid, bm25(article_lemmas_fts, {TITLE_WEIGHT}, 1.0), 0
                FROM article_lemmas_fts WHERE article_lemmas_fts MATCH ?{only_candidates})
            GROUP BY id)
        SELECT id, -score AS score, exact FROM ranked ORDER BY ranked.score, id DESC"""
    return sql, params


def _page(db: sqlite_utils.Database, sql: str, params: list, entity: str | None,
          limit: int, offset: int) -> list[tuple]:
    """One page of the ranked rows. The entity filter runs Python on every entity of an article,
    so it is applied to the ranked rows a chunk at a time, stopping once the page is full."""
    if entity is None:
        return db.conn.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    cursor = db.conn.execute(sql, params)
    wanted = offset + limit
    found: list[tuple] = []
    chunk_size = max(64, wanted)
    while len(found) < wanted:
        chunk = cursor.fetchmany(chunk_size)
        if not chunk:
            break
        ids = [row[0] for row in chunk]
        named = {row[0] for row in db.conn.execute(
            f"SELECT DISTINCT article_id FROM entities WHERE article_id IN ({', '.join('?' * len(ids))})"
            " AND pk_names_match(norm, ?)", [*ids, entity])}
        found.extend(row for row in chunk if row[0] in named)
        chunk_size = min(chunk_size * 4, 4096)  # a rare name: widen the window
    cursor.close()
    return found[offset:wanted]


# --- search -------------------------------------------------------------------------------------

def search(db: sqlite_utils.Database, query: str, *, date_from=None, date_to=None, source=None, lang=None,
           topic=None, relevant: bool | None = True, entity=None, event=None, min_value=None,
           limit: int = 20, offset: int = 0, mark: tuple[str, str] = MARK) -> list[dict]:
    """Articles matching `query`, best first: dicts with id, url, source, lang, title, published_at,
    topic, relevant, score (higher is better), exact (True when the exact form matched) and snippet
    (original text, matches wrapped in `mark`). QueryError (a ValueError) for a query or filter
    the user has to correct."""
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset cannot be negative")
    filters = Filters(date_from, date_to, source, lang, topic, relevant, entity, event, min_value)
    tree = parse_query(query)
    langs = tuple(lang for lang in LANGS if lang in (filters.lang or LANGS)) or LANGS
    terms = positive_terms(tree)
    any_original = " OR ".join(original_expression(t) for t in terms)
    any_lemma = " OR ".join(lemma_expression(t, langs) for t in terms)
    sql, params = _ranking_sql(tree, langs, any_original, any_lemma, filters)
    register_functions(db.conn)
    try:
        ranked = _page(db, sql, params, filters.wanted_entity(), limit, offset)
    except sqlite3.OperationalError as error:
        if "fts5" in str(error) or "MATCH" in str(error):
            raise QueryError(f"search query cannot be run: {error}") from None
        raise
    snippets = _fts_snippets(db, [r[0] for r in ranked if r[2]], any_original, mark)
    highlight = Highlighter(terms, langs, mark)
    rows = []
    for (article_id, score, exact), row in zip(ranked, _articles(db, [r[0] for r in ranked]), strict=True):
        text = row.pop("text")
        row.update(score=round(score, 4), exact=bool(exact))
        row["relevant"] = None if row["relevant"] is None else bool(row["relevant"])
        row["snippet"] = snippets.get(article_id) or highlight(text)
        rows.append(row)
    return rows


def _articles(db: sqlite_utils.Database, ids: list[int]) -> list[dict]:
    """What a result shows, read for one page of results only: the text of every match is large."""
    cursor = db.conn.execute(
        "SELECT a.id, a.url, a.source, a.lang, a.title, a.published_at, c.topic, c.relevant, a.text"
        " FROM articles a LEFT JOIN classifications c ON c.article_id = a.id"
        f" WHERE a.id IN ({', '.join('?' * len(ids))})", ids)
    columns = [d[0] for d in cursor.description]
    found = {row[0]: dict(zip(columns, row, strict=True)) for row in cursor}
    return [found[i] for i in ids]


def _fts_snippets(db: sqlite_utils.Database, ids: list[int], expression: str,
                  mark: tuple[str, str]) -> dict[int, str]:
    """Snippets of the original text for one page of exact matches, in one pass over the doclist:
    FTS5 looks a single rowid up by re-reading the term's doclist, so a lookup per result costs a
    full pass each. Headline-only matches get no snippet."""
    if not ids:
        return {}
    wanted = ", ".join(str(int(i)) for i in ids)
    cursor = db.conn.execute(
        f"SELECT rowid, CASE WHEN rowid IN ({wanted}) THEN snippet(articles_fts, 1, ?, ?, '…', ?) END"
        " FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?",
        [mark[0], mark[1], SNIPPET_WORDS, expression, min(ids), max(ids)])
    return {rowid: snippet for rowid, snippet in cursor if snippet and mark[0] in snippet}


@lru_cache(maxsize=200_000)
def _word_lemmas(word: str, langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lemmatise(word, lang) for lang in langs)


def _fold_word(word: str) -> str:
    return word.casefold().replace("ё", "е")


class Highlighter:
    """Marks the words of the original text that match the query in any form, around the first
    match: for articles found through their lemmas only."""

    def __init__(self, terms: list[Term], langs: tuple[str, ...], mark: tuple[str, str] = MARK) -> None:
        self.langs = langs
        self.mark = mark
        self.prefixes = tuple(_fold_word(t.words[-1]) for t in terms if t.prefix)
        self.forms = {_fold_word(w) for t in terms for w in (t.words[:-1] if t.prefix else t.words)}
        self.lemmas = {lemma for t in terms if not t.prefix for w in t.words for lemma in _word_lemmas(w, langs)}

    def matches(self, word: str) -> bool:
        folded = _fold_word(word)
        return (folded in self.forms or (bool(self.prefixes) and folded.startswith(self.prefixes))
                or not self.lemmas.isdisjoint(_word_lemmas(word, self.langs)))

    def __call__(self, text: str) -> str:
        words, first = [], None
        for match in WORD.finditer(text):  # read no further than the window after the first match
            words.append(match)
            if first is None and self.matches(match.group()):
                first = len(words) - 1
            if first is not None and len(words) >= first + SNIPPET_WORDS:
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
        return ("…" if start > 0 else "") + snippet + ("…" if more else "")


def lemma_match_expression(query: str, langs: tuple[str, ...] = LANGS) -> str:
    """The FTS5 expression for article_lemmas_fts alone (the web UI's morphological canned query)."""
    tree = parse_query(query)

    def build(node) -> str:
        if isinstance(node, Term):
            return lemma_expression(node, langs)
        if isinstance(node, Any_):
            return "(" + " OR ".join(build(o) for o in node.options) + ")"
        sql = "(" + " AND ".join(build(child) for child in node.include) + ")"
        for child in node.exclude:
            sql = f"({sql} NOT {build(child)})"
        return sql

    return build(tree)


def highlight(text: str, query: str, mark: tuple[str, str] = MARK, langs: tuple[str, ...] = LANGS) -> str:
    """A snippet of `text` with the words matching `query` in any form marked."""
    return Highlighter(positive_terms(parse_query(query)), langs, mark)(text)
