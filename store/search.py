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
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from store.query import LANGS, WORD, Filters, QueryError, fold, lemmatise, register_functions

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
            tokens.append(("term", Term(words)))
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
            tokens.append(("term", Term(words, prefix)))
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
        lemmas = tuple(lemmatise(" ".join(term.words), lang).split()) or term.words
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
    params: list = []
    hits = _id_set(tree, langs, params)
    terms = positive_terms(tree)
    any_original = " OR ".join(original_expression(t) for t in terms)
    any_lemma = " OR ".join(lemma_expression(t, langs) for t in terms)
    where, where_params = filters.where()
    sql = f"""
        WITH hits(id) AS ({hits}),
        exact AS (SELECT rowid AS id, bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS score
                  FROM articles_fts WHERE articles_fts MATCH ?),
        forms AS (SELECT rowid AS id, bm25(article_lemmas_fts, {TITLE_WEIGHT}, 1.0) AS score
                  FROM article_lemmas_fts WHERE article_lemmas_fts MATCH ?)
        SELECT a.id, a.url, a.source, a.lang, a.title, a.published_at, c.topic, c.relevant, a.text,
               -({EXACT_WEIGHT} * coalesce(exact.score, 0) + coalesce(forms.score, 0)) AS score,
               exact.id IS NOT NULL AS exact
        FROM hits JOIN articles a ON a.id = hits.id
        LEFT JOIN classifications c ON c.article_id = a.id
        LEFT JOIN exact ON exact.id = a.id
        LEFT JOIN forms ON forms.id = a.id
        WHERE {where}
        ORDER BY score DESC, a.published_at DESC, a.id DESC
        LIMIT ? OFFSET ?"""
    register_functions(db.conn)
    try:
        cursor = db.conn.execute(sql, [*params, any_original, any_lemma, *where_params, limit, offset])
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, row, strict=True)) for row in cursor]
    except sqlite3.OperationalError as error:
        if "fts5" in str(error) or "MATCH" in str(error):
            raise QueryError(f"search query cannot be run: {error}") from None
        raise
    highlight = Highlighter(terms, langs, mark)
    for row in rows:
        text = row.pop("text")
        row["relevant"] = None if row["relevant"] is None else bool(row["relevant"])
        row["exact"] = bool(row["exact"])
        row["score"] = round(row["score"], 4)
        row["snippet"] = (_fts_snippet(db, row["id"], any_original, mark) if row["exact"] else None) \
            or highlight(text)
    return rows


def _fts_snippet(db: sqlite_utils.Database, article_id: int, expression: str, mark: tuple[str, str]) -> str:
    row = db.conn.execute(
        "SELECT snippet(articles_fts, 1, ?, ?, '…', ?) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?",
        [mark[0], mark[1], SNIPPET_WORDS, expression, article_id],
    ).fetchone()
    snippet = row[0] if row else ""
    return snippet if mark[0] in snippet else ""  # the match was in the headline only


class Highlighter:
    """Marks the words of the original text that match the query in any form, in the window of
    text that holds most of them: for articles found through their lemmas only."""

    def __init__(self, terms: list[Term], langs: tuple[str, ...], mark: tuple[str, str] = MARK) -> None:
        self.langs = langs
        self.mark = mark
        self.prefixes = [fold(t.words[-1]) for t in terms if t.prefix]
        self.forms = {fold(w) for t in terms for w in (t.words[:-1] if t.prefix else t.words)}
        self._cache: dict[str, frozenset[str]] = {}
        self.lemmas = {lemma for t in terms if not t.prefix for w in t.words for lemma in self._lemmas(w)}

    def _lemmas(self, word: str) -> frozenset[str]:
        if word not in self._cache:
            self._cache[word] = frozenset(fold(lemmatise(word, lang)) for lang in self.langs)
        return self._cache[word]

    def matches(self, word: str) -> bool:
        folded = fold(word)
        return (folded in self.forms or any(folded.startswith(p) for p in self.prefixes)
                or bool(self._lemmas(word) & self.lemmas))

    def __call__(self, text: str) -> str:
        words = list(WORD.finditer(text))
        if not words:
            return ""
        hits = [i for i, w in enumerate(words) if self.matches(w.group())]
        start = 0
        if hits:
            best = max(hits, key=lambda h: sum(1 for other in hits if h <= other < h + SNIPPET_WORDS))
            start = max(0, min(best - SNIPPET_WORDS // 4, len(words) - SNIPPET_WORDS))
        window = words[start:start + SNIPPET_WORDS]
        hit_set = set(hits)
        pieces, cursor = [], window[0].start()
        for index, match in enumerate(window, start):
            pieces.append(text[cursor:match.start()])
            word = match.group()
            pieces.append(f"{self.mark[0]}{word}{self.mark[1]}" if index in hit_set else word)
            cursor = match.end()
        more = start + SNIPPET_WORDS < len(words)
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
