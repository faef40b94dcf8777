"""Search benchmark: generate N Russian and Kazakh news articles (fixed seed, word lists inflected
by the real lemmatiser's morphology), load them through pokazatel.store.load with the search index, then time
typical filtered searches against the same questions asked with a LIKE scan.

    .venv/bin/python bench/bench_search.py --n 20000
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pokazatel.store.db import open_db  # noqa: E402
from pokazatel.store.load import save_analyses, save_articles  # noqa: E402
from pokazatel.store.query import lemmatise, register_functions  # noqa: E402
from pokazatel.store.search import search  # noqa: E402

RU_LEMMAS = """
взятка получение дача сотрудник чиновник аким акимат департамент управление служба агентство
коррупция преступление дело суд приговор срок лишение свобода штраф ущерб бюджет средство деньги
тенге миллион миллиард хищение мошенничество растрата закупка контракт подрядчик строительство
дорога школа больница проверка расследование прокуратура прокурор следователь задержание арест
обвинение подозрение полиция налоговый таможня инспектор разрешение земля участок компания
директор руководитель заместитель глава министр министерство область город район житель
предприниматель бизнес договор отчёт год месяц неделя день время работа решение вопрос система
государственный бюджетный крупный особо новый бывший районный областной антикоррупционный
уголовный досудебный получить задержать осудить возбудить выявить похитить вернуть возместить
требовать передать сообщить заявить установить направить рассмотреть назначить признать
""".split()
RU_PHRASES = ["при получении взятки", "в особо крупном размере", "возбуждено уголовное дело",
              "причинён ущерб государству", "задержан с поличным", "приговорён к лишению свободы"]
KK_WORDS = """
пара параны пара алған парақорлық сыбайлас жемқорлық жемқорлыққа қарсы қызмет қызметі агенттік
агенттігі шенеунік шенеунікті шенеуніктер ұсталды ұстады қамауға алынды сот соты сотталды үкім
жаза бас бостандығынан айыру айыппұл залал келтірілді бюджет қаражаты қаражатын ақша теңге миллион
миллиард жымқыру алаяқтық мемлекеттік сатып алу келісімшарт құрылыс жол мектеп аурухана тексеру
тергеу прокуратура прокуроры полиция салық кеден облысы облысында ауданы қаласы әкім әкімдігі
басшысы орынбасары директоры министрлігі кәсіпкер кәсіпкерлерден талап еткен берілді жылы айы
бойынша туралы үшін және мен бұл осы сол бір екі үш жүз мың деп хабарлады мәлімдеді анықталды
""".split()
SURNAMES = ["Сапаров", "Ахметов", "Нургалиев", "Бектенов", "Жумабаев", "Касымов", "Омаров", "Серикбаев",
            "Исаев", "Тулегенов", "Абдрахманов", "Байжанов"]
FIRST_NAMES = ["Ерлан", "Нурлан", "Асхат", "Марат", "Данияр", "Бауыржан", "Серик", "Айдар"]
REGIONS = ["Алматинская область", "Карагандинская область", "Туркестанская область", "Астана", "Алматы",
           "Шымкент", "Актюбинская область", "Павлодарская область", "Мангистауская область"]
BODIES = ["Антикоррупционная служба", "Генеральная прокуратура", "Комитет государственных доходов",
          "Министерство здравоохранения", "Акимат города", "Служба экономических расследований"]
SOURCES = ["tengrinews", "zakon", "nur", "inform", "informburo", "kursiv", "inbusiness", "egemen", "baq"]
TOPICS = ["bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy"]
EVENTS = [("convicted", "person"), ("detained", "person"), ("charged", "person"), ("cases", "case"),
          ("bribe", "KZT"), ("damage", "KZT"), ("recovered", "KZT"), ("fine", "MCI")]

QUERIES = [  # (label, search() arguments, the LIKE baseline's pattern and SQL filter)
    ("word", {"query": "взятка"}, ("%взятк%", "")),
    ("word+year+source", {"query": "взятка", "date_from": "2023-01-01", "date_to": "2023-12-31",
                          "source": "tengrinews"},
     ("%взятк%", " AND a.published_at >= '2023-01-01' AND a.published_at < '2024-01-01'"
                 " AND a.source = 'tengrinews'")),
    ("phrase", {"query": '"получении взятки"'}, ("%получении взятки%", "")),
    ("prefix+topic", {"query": "хищ*", "topic": "embezzlement"}, ("%хищ%", " AND c.topic = 'embezzlement'")),
    ("word+event+min", {"query": "ущерб", "event": "damage", "min_value": 1e9},
     ("%ущерб%", " AND EXISTS (SELECT 1 FROM statistics s WHERE s.article_id = a.id"
                 " AND s.event = 'damage' AND s.value >= 1e9)")),
    ("kazakh", {"query": "пара", "lang": "kk"}, ("%пара%", " AND a.lang = 'kk'")),
    ("two words", {"query": "прокурор задержание"}, ("%прокурор%задержан%", "")),
    ("word+entity", {"query": "взятка", "entity": "Сапарова"},
     ("%взятк%", " AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id"
                 " AND e.norm LIKE '%Сапаров%')")),
]
# Not typical, so timed apart from the rest: a word in about a third of the archive with no filter
# but relevance, where bm25 has to score every match.
STRESS = [("common word", {"query": "ущерб"}, ("%ущерб%", ""))]


KK_STEMS = """
ел жер қала аудан облыс халық мемлекет үкімет заң сот істер министр әкім басшы маман қызметкер жұмыс
мектеп аурухана жол көлік су үй ақша бюджет жоба бағдарлама есеп тексеру шешім мәселе уақыт жыл ай күн
апта адам бала отбасы кәсіпорын компания нарық баға тауар өнім қызмет сала сапа даму өзгеріс жағдай
""".split()
KK_SUFFIXES = ["", "ның", "ға", "да", "дан", "ды", "мен", "лар", "лары", "дағы", "ы", "і", "ге", "ін"]
RUSSIAN_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
FILLER_WORDS = 40_000


def russian_vocabulary(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(form, lemma) pairs: filler words drawn from natasha's news vocabulary (shipped with the
    package), and the corruption words of RU_LEMMAS in all their forms."""
    from natasha import NewsEmbedding
    from pokazatel.nlp.ru.morph import parse

    words = [w for w in NewsEmbedding().vocab.words if RUSSIAN_WORD.fullmatch(w)]
    rng.shuffle(words)
    filler = [(w, lemmatise(w, "ru")) for w in words[:FILLER_WORDS]]
    topic = []
    for lemma in RU_LEMMAS:
        forms = sorted({f.word for f in parse(lemma)[0].lexeme})[:12]
        topic.extend((form, lemmatise(form, "ru")) for form in forms)
    topic.extend((phrase, lemmatise(phrase, "ru")) for phrase in RU_PHRASES)
    rng.shuffle(topic)
    return filler, topic


def kazakh_vocabulary(rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    filler = [(stem + suffix, lemmatise(stem + suffix, "kk")) for stem in KK_STEMS for suffix in KK_SUFFIXES]
    rng.shuffle(filler)
    return filler, [(word, lemmatise(word, "kk")) for word in KK_WORDS]


def cumulative_zipf(size: int) -> list[float]:
    total, weights = 0.0, []
    for rank in range(size):
        total += 1 / (rank + 1) ** 1.05
        weights.append(total)
    return weights


def pick_words(rng: random.Random, vocabulary: tuple, weights: tuple, share: float,
               count: int) -> list[tuple[str, str]]:
    """`count` filler words, each replaced by a corruption word with probability `share`."""
    (filler, topic), (filler_weights, topic_weights) = vocabulary, weights
    chosen = rng.choices(filler, cum_weights=filler_weights, k=count)
    for position in range(count):
        if rng.random() < share:
            chosen[position] = rng.choices(topic, cum_weights=topic_weights)[0]
    return chosen


def generate(n: int, seed: int) -> Iterator[tuple[dict, dict]]:
    """(article, analysis) pairs; about one article in eight is Kazakh, lengths 150-700 words;
    corruption words are 4% of the words of a relevant article and 0.3% of the others."""
    rng = random.Random(seed)
    vocabularies = {"ru": russian_vocabulary(rng), "kk": kazakh_vocabulary(rng)}
    weights = {lang: tuple(cumulative_zipf(len(part)) for part in parts) for lang, parts in vocabularies.items()}
    for number in range(n):
        lang = "kk" if rng.random() < 0.12 else "ru"
        relevant = rng.random() < 0.7
        share = 0.04 if relevant else 0.003
        words = functools.partial(pick_words, rng, vocabularies[lang], weights[lang], share)

        person = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        region, body = rng.choice(REGIONS), rng.choice(BODIES)
        chosen = words(rng.randint(150, 700))
        sentences, lemma_words, at = [], [], 0
        while at < len(chosen):
            sentence = chosen[at:at + rng.randint(8, 20)]
            at += len(sentence)
            forms = [w for w, _ in sentence]
            lemma_words.extend(lemma for _, lemma in sentence)
            if relevant and rng.random() < 0.1:
                forms.insert(rng.randrange(len(forms)), person)
                lemma_words.append(lemmatise(person, lang))
            sentences.append(" ".join(forms).capitalize() + ".")
        title_words = words(rng.randint(5, 10))
        title = " ".join(w for w, _ in title_words).capitalize()
        year, month, day = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        text = " ".join(sentences)
        article = {"url": f"https://bench.example/{number}", "source": rng.choice(SOURCES), "lang": lang,
                   "title": title, "text": text, "published_at": f"{year}-{month:02d}-{day:02d}T10:00:00+05:00"}
        event, unit = rng.choice(EVENTS)
        value = rng.randint(1, 30) if unit in ("person", "case") else rng.randint(1, 5000) * 1_000_000
        analysis = {
            "lang": lang, "relevant": relevant,
            "topic": rng.choice(TOPICS) if relevant else "other", "relevance_score": 0.5,
            "entities": [{"text": person, "label": "PER", "norm": person, "start": 0, "end": 1},
                         {"text": region, "label": "LOC", "norm": region, "start": 0, "end": 1},
                         {"text": body, "label": "ORG", "norm": body, "start": 0, "end": 1}],
            "statistics": [{"value": value, "unit": unit, "event": event, "quote": text[:60]}] if relevant else [],
            "lemmas": {"title": " ".join(lemma for _, lemma in title_words), "text": " ".join(lemma_words)},
        }
        yield article, analysis


def load(path: Path, n: int, seed: int, batch: int = 500) -> tuple[float, float]:
    """Seconds spent generating and seconds spent writing (save_articles + save_analyses, FTS
    triggers), a batch of articles per write transaction as a bulk import would."""
    db = open_db(path)
    pending: list[tuple[dict, dict]] = []
    generating = writing = 0.0
    loaded = 0
    started = time.perf_counter()
    for article, analysis in generate(n, seed):
        pending.append((article, analysis))
        loaded += 1
        if len(pending) < batch and loaded < n:
            continue
        generated = time.perf_counter()
        generating += generated - started
        save_articles(db, [article for article, _ in pending])
        _save_batch(db, [(article["url"], analysis) for article, analysis in pending])
        pending = []
        print(f"\rloaded {loaded}", end="", file=sys.stderr, flush=True)
        started = time.perf_counter()
        writing += started - generated
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    print(file=sys.stderr)
    return generating, writing


def _save_batch(db, pending: list[tuple[str, dict]]) -> None:
    if not pending:
        return
    ids = dict(db.execute(
        f"SELECT url, id FROM articles WHERE url IN ({', '.join('?' * len(pending))})", [u for u, _ in pending]
    ).fetchall())
    save_analyses(db, [{**analysis, "id": ids[url]} for url, analysis in pending], model="bench")


def like_baseline(db, pattern: str, extra: str, limit: int = 20) -> list:
    sql = ("SELECT a.id FROM articles a LEFT JOIN classifications c ON c.article_id = a.id"
           " WHERE c.relevant = 1 AND (a.title LIKE ? OR a.text LIKE ?)" + extra +
           " ORDER BY a.published_at DESC LIMIT ?")
    return db.execute(sql, [pattern, pattern, limit]).fetchall()


def timed(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_query(db, row: tuple, repeat: int, like_repeat: int) -> tuple[list[float], list[float]]:
    """Times one QUERIES row both ways, prints its line; the FTS and LIKE times in ms."""
    label, arguments, (pattern, extra) = row
    query = arguments["query"]
    filters = {k: v for k, v in arguments.items() if k != "query"}
    hits = len(search(db, query, **filters))  # warm: lemmatiser and page cache
    like_baseline(db, pattern, extra)
    fts = timed(lambda: search(db, query, **filters), repeat)
    like = timed(lambda: like_baseline(db, pattern, extra), like_repeat)
    print_row(label, hits, fts, like)
    return fts, like


def print_row(label: str, hits: int | str, fts: list[float], like: list[float]) -> None:
    print(f"{label:18} {hits:>5} {percentile(fts, .5):8.1f}ms {percentile(fts, .95):8.1f}ms "
          f"{percentile(like, .5):8.1f}ms {percentile(like, .95):8.1f}ms "
          f"{percentile(like, .5) / percentile(fts, .5):8.1f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000, help="articles to generate (default 200000)")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--repeat", type=int, default=11, help="timed runs of each FTS query")
    parser.add_argument("--like-repeat", type=int, default=3, help="timed runs of each LIKE scan")
    parser.add_argument("--db", type=Path, help="keep the generated database here (default: a temp dir)")
    parser.add_argument("--reuse", action="store_true", help="time the searches on an existing --db only")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if args.reuse:
            if not path.exists():
                parser.error(f"--reuse needs an existing --db, and {path} does not exist")
        elif path.exists():
            parser.error(f"{path} exists: the benchmark builds a fresh database (or pass --reuse)")
        else:
            generating, writing = load(path, args.n, args.seed)
            print(f"articles: {args.n}  generation: {generating:.1f} s")
            print(f"load (save_articles + save_analyses in batches of 500, with the search index): {writing:.1f} s, "
                  f"{args.n / writing:.0f} articles/s")
        db = open_db(path, readonly=True)
        count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        print(f"database: {count} articles, {path.stat().st_size / 1e6:.0f} MB")
        register_functions(db.conn)
        print("\nFTS: pokazatel.store.search.search (one index of words, lemmas and facet tokens; bm25 over the matches"
              " the facets leave; exact filters on the ranked rows; snippets), first 20."
              "\nLIKE: the newest 20 articles whose title or text contains a stem pattern, same filters.")
        print(f"\n{'query':18} {'hits':>5} {'FTS p50':>9} {'FTS p95':>9} {'LIKE p50':>9} {'LIKE p95':>9} "
              f"{'LIKE/FTS':>9}")
        all_fts, all_like = [], []
        for row in QUERIES:
            fts, like = time_query(db, row, args.repeat, args.like_repeat)
            all_fts += fts
            all_like += like
        print_row("all queries", "", all_fts, all_like)
        print("\nnot typical, not in 'all queries': bm25 scores every match of a very common word")
        for row in STRESS:
            time_query(db, row, args.repeat, args.like_repeat)
        db.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
