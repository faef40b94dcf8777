"""Facts: the figures of different articles that state the same thing, counted once with their sources.

Two figures are one fact when they have the same event, unit and period, the same scope and subject
(the person, else the body, else the region named with them: nlp/figures/scope.py; a case's region names
no one), values within 0.5% of each other, and were published within FACT_WINDOW_DAYS of each other (a chain
of reports a few weeks apart is one story; a total of a stated period at any distance). A figure with no subject
is a fact of its own: nothing says that another figure speaks of the same thing. Facts of one story
with different values conflict when no article gives both values and they are within a factor of
MAX_CONFLICT_RATIO (see _disagreements).

The tables are kept in step by save_analyses (store/load.py), in the transaction that replaces a
batch's tags: the groups (event, unit, subject key, period) its old and new figures are in are rebuilt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import cache

import sqlite_utils
from pokazatel.store.body_keys import body_key
from pokazatel.store.kazakh_keyboard import keyboard_fold
from pokazatel.store.name_spellings import spelling_key
from pokazatel.store.new_episodes import tells_new_episode

FACT_WINDOW_DAYS = 30
# What a person took or cost in a case is one amount however late it is told (at the arrest, the charge, the verdict
# months later); what was done (a detention, a verdict, a fine) happens on a day, so a second one is another event.
CASE_AMOUNTS = ("bribe", "damage")
CASE_AMOUNT_WINDOW_DAYS = 180  # the months from an arrest to a verdict; a year on, another case
CURRENCIES = ("KZT", "USD", "EUR", "RUB")  # money, often told rounded; counts of people, cases and terms are exact
ROUND_DIGITS = 2  # "1,5 млрд", "150 млн", "около 5 млн": a value of this many significant digits may be rounded
MAX_ROUNDING = 0.05  # and stands for values this close to it that round to it ("1 480 млн"), no further
NATIONAL = "KZ"  # a total's region for the whole country, as nlp/figures/scope.py writes it (not imported: heavy)
VALUE_TOLERANCE = 0.005
MAX_CONFLICT_RATIO = 2.0
# The rule subject_key follows; a database keyed by an older one is keyed again at its first write open.
KEY_RULE = 6
DECLINED = ("ова", "ева", "ёва", "ина", "ына")  # a Russian-declined surname's genitive, a woman's nominative
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", *DECLINED)
# A patronymic, Russian or Kazakh, in any case ("Мухтарович", "Сериковны", "Маратқызы", "Бекұлының"; Kazakh letters
# folded): the word it follows is the first name, whichever end of the name the surname is at.
PATRONYMIC = re.compile(r"(?:ович|евич)(?:а|у|ем|е)?$|(?:овн|евн|ичн)(?:а|ы|е|у|ой)$"
                        r"|(?:улы|кызы)(?:н|нын|нин|на|нда|нан|мен)?$")

SCHEMA = """
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    event TEXT NOT NULL,
    unit TEXT NOT NULL,
    value REAL NOT NULL,
    period TEXT,
    scope TEXT,
    region TEXT,
    subject TEXT,
    subject_key TEXT NOT NULL,
    story TEXT NOT NULL,
    conflict INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL,
    first_published TEXT,
    last_published TEXT
);
CREATE INDEX IF NOT EXISTS facts_group ON facts(event, unit, subject_key);
CREATE INDEX IF NOT EXISTS facts_story ON facts(story);
CREATE TABLE IF NOT EXISTS fact_sources (
    statistic_id INTEGER PRIMARY KEY REFERENCES statistics(id) ON DELETE CASCADE,
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS fact_sources_fact ON fact_sources(fact_id);
CREATE INDEX IF NOT EXISTS statistics_subject ON statistics(event, unit, subject_key);
CREATE TABLE IF NOT EXISTS fact_key_rule (rule INTEGER NOT NULL);
CREATE VIEW IF NOT EXISTS fact_overview AS
    SELECT f.id AS fact_id, f.event, f.unit, f.value, f.period, f.scope, f.region, f.subject, f.sources,
           f.conflict, substr(f.first_published, 1, 7) AS month, a.source AS outlet, s.quote,
           a.published_at, a.title, fs.article_id, a.url
    FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id
    JOIN statistics s ON s.id = fs.statistic_id JOIN articles a ON a.id = fs.article_id;
"""
# Columns nlp/figures/scope.py adds to a figure, and the key facts group on.
FIGURE_COLUMNS = ("scope", "region", "subject", "subject_key")


def ensure(db: sqlite_utils.Database) -> None:
    """Add the figure columns and the fact tables to a database that lacks them, inside the caller's
    write transaction; the figures already stored are keyed (again, when keyed by an older rule) and their
    facts built."""
    have = {row[1] for row in db.execute("PRAGMA table_info(statistics)")}
    for column in FIGURE_COLUMNS:
        if column not in have:
            db.execute(f"ALTER TABLE statistics ADD COLUMN {column} TEXT")
    new = "facts" not in db.table_names()
    _script(db, SCHEMA)
    if new or _key_rule(db) != KEY_RULE:
        rows = db.execute("SELECT id, subject, scope FROM statistics").fetchall()
        db.conn.executemany("UPDATE statistics SET subject_key = ? WHERE id = ?",
                            [(subject_key(subject, sid, scope), sid) for sid, subject, scope in rows])
        db.execute("DELETE FROM facts")
        rebuild(db, groups_of(db, None))
        db.execute("DELETE FROM fact_key_rule")
        db.execute("INSERT INTO fact_key_rule (rule) VALUES (?)", [KEY_RULE])


def is_current(db: sqlite_utils.Database) -> bool:
    return ("fact_sources" in db.table_names() and "subject_key" in db["statistics"].columns_dict
            and _key_rule(db) == KEY_RULE)


def _key_rule(db: sqlite_utils.Database) -> int | None:
    if "fact_key_rule" not in db.table_names():
        return None
    row = db.execute("SELECT max(rule) FROM fact_key_rule").fetchone()
    return row[0]


def _script(db: sqlite_utils.Database, script: str) -> None:
    # executescript would COMMIT the caller's transaction: one statement at a time instead
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def subject_key(subject: str | None, statistic_id: int, scope: str | None = None) -> str:
    """What two subjects must share to be one, with Kazakh letters as a Russian text spells them
    ("Сейтқазиев" = "Сейтказиев"): a place's gazetteer name ("Шығыс Қазақстан облысы" = "Восточно-Казахстанская
    область"), but '#id' for a case's (a case with a place for its subject names no one: "сотрудник акимата" and
    "жер инспекторы" of one town are two people); a person's surname by its spelling key ("Марат Ахметов" =
    "Ахметов Марат Серикович" = "Ахметов М.С.", "Болат Төлегенов" = "Болат Тулегенов": pokazatel.store.name_spellings),
    a surname alone as a man's ("Сапарова", his genitive, = "Сапаров"); a body's name as either language writes it
    (pokazatel.store.body_keys: "Антикоррупционная служба" = "Сыбайлас жемқорлыққа қарсы қызмет"); otherwise the whole
    name case-folded; '#id' for none at all."""
    words = (subject or "").replace("ё", "е").split()
    if not words:
        return f"#{statistic_id}"
    place = _place_names().get(" ".join(words))
    if place:
        return f"#{statistic_id}" if scope == "case" else keyboard_fold(place).casefold()
    person = _person(words)
    if not person:
        if len(words) == 1 and _is_surname(words[0]):
            return spelling_key(words[0][:-1] if words[0].endswith(DECLINED) else words[0])
        return body_key(" ".join(words)) or keyboard_fold(" ".join(words)).casefold()
    first, surname = person
    if first and _first_names().get(keyboard_fold(first).casefold()) == "masc" and surname.endswith(DECLINED):
        surname = surname[:-1]  # "Гани Оспанова": a man's surname in the genitive or accusative, not a woman's
    return spelling_key(surname)


def _is_surname(word: str) -> bool:
    """A capitalised word of a Russian or Kazakh surname's shape: "Сапаров", "Сапарова", "Тілеубаев"."""
    return word[:1].isupper() and word.isalpha() and word.casefold().endswith(SURNAME_ENDINGS)


def first_initial(subject: str | None) -> str | None:
    """The first letter of a person's first name ("Бекзат Оразов", "Оразов Бекзат Маратович", "Б. Оразов":
    "б"), None for a surname alone or a subject that is no person's name."""
    words = (subject or "").replace("ё", "е").split()
    person = _person(words) if words and not _place_names().get(" ".join(words)) else None
    return keyboard_fold(person[0][0]).casefold() if person and person[0] else None


def _person(words: list[str]) -> tuple[str | None, str] | None:
    """(first name or its initial, surname) of a person's name of two or three capitalised words: "Имя Фамилия",
    "Фамилия Имя" when the second is a known first name, "Фамилия Имя Отчество", "Имя Отчество Фамилия" when the
    second is a patronymic and the third none ("Бауыржан Мухтарович Исаев", "Гүлнар Маратқызы Есенова"), initials
    before or after the surname ("А.Б. Жексенов", "Жексенов А.Б."); None for anything else."""
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return None
    initials = [word for word in words if _is_initials(word)]
    names = [word for word in words if not _is_initials(word)]
    if initials:
        return (initials[0], names[0]) if len(names) == 1 else None
    if len(words) == 3:
        if _is_patronymic(words[1]) and not _is_patronymic(words[2]):
            return words[0], words[2]
        return words[1], words[0]
    if _is_first_name(words[1]) and not _is_first_name(words[0]):
        return words[1], words[0]
    return words[0], words[1]


def _is_initials(word: str) -> bool:
    """"А.", "А.Б.", "А.Б": letters each followed by a full stop."""
    letters = word.replace(".", "")
    return "." in word and letters.isalpha() and len(letters) <= 2 and len(word) <= 2 * len(letters)


def _is_patronymic(word: str) -> bool:
    return bool(PATRONYMIC.search(keyboard_fold(word).casefold()))


def _is_first_name(word: str) -> bool:
    return keyboard_fold(word).casefold() in _first_names()


@cache
def _first_names() -> dict[str, str]:
    """Known first names, their Kazakh letters folded ("Нұрлан" is "Нурлан"), with "masc" or "femn"."""
    from pokazatel.nlp.ru.gazetteer import first_names

    return {keyboard_fold(name): gender for name, gender in first_names().items()}


@cache
def _place_names() -> dict[str, str]:
    """Every name of a place in the gazetteer (Russian and Kazakh) with the gazetteer's own name."""
    from pokazatel.nlp.ru.gazetteer import variants

    return {name: entry.norm for name, entry in variants() if entry.is_place}


def groups_of(db: sqlite_utils.Database, article_ids: Iterable[int] | None) -> set[tuple]:
    """The (event, unit, subject_key, period) groups of these articles' stored figures (of all, given
    None). Facts never span two groups, so a group is rebuilt on its own."""
    if article_ids is None:
        rows = db.execute("SELECT DISTINCT event, unit, subject_key, period FROM statistics"
                          " WHERE subject_key IS NOT NULL")
        return {tuple(row) for row in rows}
    ids = list(article_ids)
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT DISTINCT event, unit, subject_key, period FROM statistics WHERE article_id IN ({marks})"
                      " AND subject_key IS NOT NULL", ids)
    return {tuple(row) for row in rows}


def update(db: sqlite_utils.Database, article_ids: list[int], stale: set[tuple]) -> None:
    """After a batch's figures were replaced: key them, then rebuild their groups and the stale ones
    (the groups their old figures were in). Inside the caller's transaction."""
    marks = ",".join("?" * len(article_ids))
    rows = db.execute(f"SELECT id, subject, scope FROM statistics WHERE article_id IN ({marks})",
                      article_ids).fetchall()
    db.conn.executemany("UPDATE statistics SET subject_key = ? WHERE id = ?",
                        [(subject_key(subject, statistic_id, scope), statistic_id)
                         for statistic_id, subject, scope in rows])
    rebuild(db, stale | groups_of(db, article_ids))


def rebuild(db: sqlite_utils.Database, groups: Iterable[tuple]) -> None:
    """Drop and build again the facts of these (event, unit, subject_key, period) groups."""
    for event, unit, key, period in sorted(groups, key=lambda group: tuple(str(part) for part in group)):
        db.execute("DELETE FROM facts WHERE event = ? AND unit = ? AND subject_key = ? AND period IS ?",
                   [event, unit, key, period])
        figures = db.execute(
            "SELECT s.id, s.article_id, s.value, s.period, s.scope, s.region, s.subject,"
            " substr(coalesce(a.published_at, a.fetched_at), 1, 10) AS day,"
            " CASE WHEN s.unit = 'item' THEN s.object ELSE '' END"  # 3 flats and 5 houses are two things
            " FROM statistics s JOIN articles a ON a.id = s.article_id"
            " WHERE s.event = ? AND s.unit = ? AND s.subject_key = ? AND s.period IS ? ORDER BY day, s.id",
            [event, unit, key, period]).fetchall()
        money = unit in CURRENCIES
        for story in _stories(figures, money, event in CASE_AMOUNTS):
            base = (f"{event}|{unit}|{key}|{story[0][3] or ''}|{story[0][4] or ''}|{story[0][8]}|{story[0][7]}"
                    f"|{first_initial(story[0][6]) or ''}")
            values = _same_values(story, money)
            for number, cluster in enumerate(_disagreements(values, _new_episodes(db, values))):
                conflict = int(len(cluster) > 1 and not key.startswith("#"))
                for members in cluster:
                    _insert_fact(db, event, unit, key, f"{base}#{number}", conflict, members)


def _stories(figures: list[tuple], money: bool = False, amount: bool = False) -> list[list[tuple]]:
    """Figures of one period, scope and person published no more than FACT_WINDOW_DAYS apart, chained (a total of
    a stated period at any distance: a year's report quoted months later is still that year's). Two
    first names under one surname are two people ("Бекзат Оразов", "Нуржан Оразов"); then a figure naming
    the surname alone is a story of its own, as nothing says which of them it speaks of."""
    initials = {first_initial(figure[6]) for figure in figures} - {None}
    by_kind: dict[tuple, list[tuple]] = {}
    for figure in figures:
        person = first_initial(figure[6]) if len(initials) > 1 else None
        by_kind.setdefault((figure[3], figure[4], figure[8], person), []).append(figure)
    stories = []
    for (period, scope, _, _), members in by_kind.items():
        dated = period is not None and scope == "total"  # "за 9 месяцев 2023 года" is that span whenever told
        current = [members[0]]
        for figure in members[1:]:
            if not dated and not _told_again(figure, current, money, amount):
                stories.append(current)
                current = []
            current.append(figure)
        stories.append(current)
    return stories


def _told_again(figure: tuple, story: list[tuple], money: bool, amount: bool) -> bool:
    """Does the figure belong to the story: published within FACT_WINDOW_DAYS of its last figure, or, an amount a
    named person took or cost in a case (`amount`: a bribe, damage), the same amount told within
    CASE_AMOUNT_WINDOW_DAYS."""
    gap = _days_between(story[-1][7], figure[7])
    if gap <= FACT_WINDOW_DAYS:
        return True
    return (amount and figure[4] == "case" and gap <= CASE_AMOUNT_WINDOW_DAYS and _names_a_person(figure[6])
            and any(_one_value(figure[2], other[2], money) for other in story))


def _names_a_person(subject: str | None) -> bool:
    """A person's name with a surname of a surname's shape ("Ерлан Сапаров", "Сапаров Е.К.", "Сапаров"), no place."""
    words = (subject or "").replace("ё", "е").split()
    if not words or _place_names().get(" ".join(words)):
        return False
    person = _person(words)
    return _is_surname(person[1] if person else words[0]) and (person is not None or len(words) == 1)


def _days_between(first: str | None, second: str | None) -> int:
    try:
        return abs((date.fromisoformat(second) - date.fromisoformat(first)).days)
    except (TypeError, ValueError):
        return 0  # an undated article joins the story it is filed with


def _same_values(story: list[tuple], money: bool = False) -> list[list[tuple]]:
    """The story's figures grouped by value: each within VALUE_TOLERANCE of its group's smallest value, or, money,
    one of them rounded from the other ("1,5 млрд" and "1 480 млн")."""
    groups: list[list[tuple]] = []
    for figure in sorted(story, key=lambda f: f[2]):
        if groups and any(_one_value(figure[2], other[2], money) for other in groups[-1]):
            groups[-1].append(figure)
        else:
            groups.append([figure])
    return groups


def _one_value(value: float, other: float, money: bool) -> bool:
    if abs(value - other) <= VALUE_TOLERANCE * max(min(abs(value), abs(other)), 1e-9):
        return True
    return money and (_rounded_from(value, other) or _rounded_from(other, value))


def _rounded_from(rounded: float, value: float) -> bool:
    """Is `rounded` `value` told rounded: a whole number of at most ROUND_DIGITS significant digits that `value` rounds
    to at that precision, no more than MAX_ROUNDING away ("1,5 млрд" from 1 480 млн, "5 млн" from 4,9 млн)?"""
    if rounded <= 0 or rounded != int(rounded):
        return False
    written = str(int(rounded))
    digits = written.rstrip("0")
    if len(digits) > ROUND_DIGITS:
        return False
    step = 10 ** (len(written) - len(digits))
    return abs(value - rounded) <= min(step / 2, MAX_ROUNDING * rounded)


def _new_episodes(db: sqlite_utils.Database, values: list[list[tuple]]) -> frozenset[int]:
    """The articles of a story told with several values that say theirs is another case (store/new_episodes.py);
    none read for a story of one value."""
    if len(values) < 2:
        return frozenset()
    ids = sorted({figure[1] for group in values for figure in group})
    rows = db.execute(f"SELECT id, coalesce(title, '') || ' ' || coalesce(text, '') FROM articles"
                      f" WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchall()
    return frozenset(article for article, text in rows if tells_new_episode(text))


def _disagreements(facts: list[list[tuple]], new_episodes: frozenset[int] = frozenset()) -> list[list[list[tuple]]]:
    """The story's facts in clusters of one thing each: a fact joins the cluster of a better-sourced
    fact when no article reports both (one article giving 3 and 5 speaks of two things), the
    values are within MAX_CONFLICT_RATIO (684 against 648 is one total misreported; 730 million
    against 420 billion are two things) and its articles do not all tell of another case (`new_episodes`: "по новому
    эпизоду"). A cluster of more than one fact is a conflict."""
    clusters: list[list[list[tuple]]] = []
    for fact in sorted(facts, key=lambda members: (-len({f[1] for f in members}), members[0][7] or "")):
        articles, value = {f[1] for f in fact}, fact[0][2]
        home = None if articles <= new_episodes else next(
            (cluster for cluster in clusters if all(not articles & {f[1] for f in other} for other in cluster)
             and _close(value, cluster[0][0][2])), None)
        if home is None:
            clusters.append([fact])
        else:
            home.append(fact)
    return clusters


def _close(value: float, other: float) -> bool:
    low, high = sorted((abs(value), abs(other)))
    return low > 0 and high / low <= MAX_CONFLICT_RATIO


def _insert_fact(db: sqlite_utils.Database, event: str, unit: str, key: str, story: str, conflict: int,
                 members: list[tuple]) -> None:
    value = Counter(f[2] for f in members).most_common(1)[0][0]
    first = members[0]
    days = sorted(f[7] for f in members if f[7])
    cursor = db.execute(
        "INSERT INTO facts (event, unit, value, period, scope, region, subject, subject_key, story, conflict,"
        " sources, first_published, last_published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event, unit, value, first[3], first[4], _most_common(f[5] for f in members),
         _most_common(f[6] for f in members), key, story, conflict, len({f[1] for f in members}),
         days[0] if days else None, days[-1] if days else None])
    db.conn.executemany("INSERT INTO fact_sources (statistic_id, fact_id, article_id) VALUES (?, ?, ?)",
                        [(f[0], cursor.lastrowid, f[1]) for f in members])


def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def conflicts(db: sqlite_utils.Database, *, event: str | None = None, limit: int | None = None) -> list[dict]:
    """Stories whose facts disagree: for each, the shared event, unit, period, scope and subject, and
    its facts side by side (value, sources) with each source's article, outlet, date and quote."""
    rows = db.execute(
        "SELECT f.story, f.id, f.event, f.unit, f.period, f.scope, f.region, f.subject, f.value, f.sources,"
        " a.id, a.source, a.published_at, a.url, a.title, s.quote"
        " FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id JOIN statistics s ON s.id = fs.statistic_id"
        " JOIN articles a ON a.id = fs.article_id"
        " WHERE f.conflict AND (? IS NULL OR f.event = ?)"
        " ORDER BY f.story, f.sources DESC, f.value, a.published_at",
        [event, event]).fetchall()
    stories: dict[str, dict] = {}
    for (story, fact_id, event_, unit, period, scope, region, subject, value, sources,
         article_id, outlet, published, url, title, quote) in rows:
        entry = stories.setdefault(story, {"event": event_, "unit": unit, "period": period, "scope": scope,
                                           "region": region, "subject": subject, "facts": {}})
        fact = entry["facts"].setdefault(fact_id, {"fact_id": fact_id, "value": value, "sources": sources,
                                                   "articles": []})
        fact["articles"].append({"article_id": article_id, "outlet": outlet, "published_at": published,
                                 "url": url, "title": title, "quote": quote})
    result = [{**entry, "facts": list(entry["facts"].values())} for entry in stories.values()]
    result.sort(key=lambda story: max(a["published_at"] or "" for f in story["facts"] for a in f["articles"]),
                reverse=True)  # the latest news first
    return result[:limit] if limit is not None else result
