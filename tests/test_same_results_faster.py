"""The speed-ups of issue 16 must not change a single result: each faster path is held here to the plain
one it replaced, on the gold articles (Russian and Kazakh), to the bit where floats are involved."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from pokazatel.nlp.classify import keywords, subject
from pokazatel.nlp.classify.lexicons import EvidenceLexicons, load_evidence_lexicons
from pokazatel.nlp.classify.linear import ANALYZERS, article_text, feature_rows, featurise, row_products
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.figures import events
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.matter import figure_sentences
from pokazatel.nlp.figures.text import split_sentences, tokenize
from pokazatel.nlp.ru.entities import natasha_spans
from pokazatel.nlp.ru.tokenizer import razdel_tokens
from scipy import sparse

GOLD_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev.jsonl"


def gold(lang: str | None = None) -> list[dict]:
    articles = [json.loads(line) for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [a for a in articles if lang is None or a["lang"] == lang]


def plain_transform(block, documents, analyzer) -> sparse.csr_matrix:
    """TfidfBlock.transform as it was: count the in-vocabulary grams as they come."""
    rows, columns, values = [], [], []
    for row, document in enumerate(documents):
        counts = Counter(column for gram in analyzer(document)
                         if (column := block.vocabulary.get(gram)) is not None)
        weights = {column: (1.0 + math.log(count)) * block.idf[column] for column, count in counts.items()}
        norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
        for column, weight in weights.items():
            rows.append(row)
            columns.append(column)
            values.append(weight / norm)
    return sparse.csr_matrix((values, (rows, columns)), shape=(len(documents), len(block.idf)), dtype=np.float64)


def plain_char_ngrams(document: str) -> list[str]:
    grams = []
    for word in document.lower().split():
        padded = f" {word} "
        for size in range(2, 6):
            if len(padded) < size:
                break
            grams.extend(padded[i:i + size] for i in range(len(padded) - size + 1))
    return grams


def test_character_grams_are_the_same_list():
    documents = [article_text(a.get("title", ""), a["text"]) for a in gold()] + ["", "a", "и о", "a  b\nв"]
    for document in documents:
        assert ANALYZERS["chars"](document) == plain_char_ngrams(document)


def test_character_columns_are_those_of_the_grams_in_order():
    """The columns cut and looked up word by word are the in-vocabulary grams of char_ngrams, in their order, for
    words of one to many letters, each seen the first time (a fresh block) and again (its cache)."""
    model_block = load_classifier().model.blocks["chars"]
    documents = [article_text(a.get("title", ""), a["text"]) for a in gold()[:10]]
    documents += ["", "a", "и о", "a  b\nв", "Взятку в 5 млн тенге получил аким"]
    block = type(model_block)(model_block.vocabulary, model_block.idf)
    for document in [*documents, *documents]:
        plain = [column for gram in plain_char_ngrams(document)
                 if (column := block.vocabulary.get(gram)) is not None]
        assert block._char_columns(document) == plain
    assert len(block._char_columns(documents[0])) > 100


@pytest.mark.parametrize("name", list(ANALYZERS))
def test_tfidf_rows_are_the_same_floats_in_the_same_order(name):
    block = load_classifier().model.blocks[name]
    documents = [article_text(a.get("title", ""), a["text"]) for a in gold()]
    fast, plain = block.transform(documents, ANALYZERS[name]), plain_transform(block, documents, ANALYZERS[name])
    assert fast.nnz == plain.nnz > 1000
    assert np.array_equal(fast.indptr, plain.indptr)
    assert np.array_equal(fast.indices, plain.indices)
    assert fast.data.tobytes() == plain.data.tobytes()


def test_has_stem_answers_as_counting_the_stems_does():
    stems = rules("statistics")["corruption_stems"]
    checked = found = 0
    for article in gold():
        lang = article["lang"]
        lowered = article["text"].lower().replace("ё", "е")
        lists = [stems[lang], rules("matter")["matter_words"][lang],
                 *rules("statistics")["corruption_in_context"][lang].values()]
        for sentence in [lowered, *lowered.split(". ")]:
            for stem_list in lists:
                expected = events.count_stems(sentence, stem_list) > 0
                assert events.has_stem(sentence, stem_list) == expected
                checked, found = checked + 1, found + expected
    assert events.has_stem("взятка", []) is False
    assert checked > 500 and 0 < found < checked  # both answers were exercised


def plain_count_stems(text: str, stems: list[str]) -> int:
    return sum(len(events._stem_pattern(stem).findall(text)) for stem in stems)


def test_count_stems_counts_as_searching_every_stem_does():
    """count_stems skips a stem with a word the text lacks: the same counts as searching for each one."""
    themes = rules("statistics")["themes"]
    invented = ["взяткодатель дал взятку, а взятки брал другой", "ущерб возмещён, ущерба нет", "пара алды, параны",
                "сыйақы мен пара", "материальный ущерб государству"]
    checked = found = 0
    for article in gold():
        lang = article["lang"]
        lowered = article["text"].lower().replace("ё", "е")
        lists = [themes["bribe"][lang], themes["damage"][lang], rules("statistics")["corruption_stems"][lang],
                 *rules("statistics")["corruption_in_context"][lang].values()]
        for text in [lowered, *invented]:
            for stem_list in lists:
                expected = plain_count_stems(text, stem_list)
                assert events.count_stems(text, stem_list) == expected
                checked, found = checked + 1, found + bool(expected)
    assert events.count_stems("взятка", []) == 0
    assert checked > 300 and 0 < found < checked  # both answers were exercised


def plain_candidates(key: str, lang: str) -> list:
    exact, prefix = events._triggers_by_first_word(lang)
    found = list(exact.get(key, ()))
    for length in range(len(key) + 1):
        found.extend(prefix.get(key[:length], ()))
    return found


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_trigger_candidates_are_found_as_by_trying_every_prefix(lang):
    keys = {events.word_key(token, lang) for a in gold(lang) for token in tokenize(a["text"])}
    assert len(keys) > 500
    hits = 0
    for key in keys:
        expected = plain_candidates(key, lang)
        assert list(events._candidates(key, lang)) == expected
        hits += bool(expected)
    assert hits > 20


def test_figure_sentences_unchanged_on_gold_articles(monkeypatch):
    """The sentence filter reads has_stem now: the same sentences as with counting, over every gold article."""
    def sentence_choices() -> list[list[bool]]:
        choices = []
        for article in gold():
            lang, text = article["lang"], article["text"]
            tokens = tokenize(text)
            choices.append(figure_sentences(text, tokens, split_sentences(text, tokens, lang), lang))
        return choices

    fast = sentence_choices()
    plain_has_stem = lambda text, stems: events.count_stems(text, stems) > 0  # noqa: E731
    monkeypatch.setattr(events, "has_stem", plain_has_stem)
    monkeypatch.setattr("pokazatel.nlp.figures.matter.has_stem", plain_has_stem)
    plain = sentence_choices()
    assert fast == plain
    assert 0 < sum(map(sum, plain)) < sum(map(len, plain))


def test_natasha_spans_from_razdel_tokens_are_natashas_own():
    """natasha_spans hands slovnet the razdel tokens it has already made, from the tagger nlp/ru/ner_model.py
    loads without navec's word index: the same spans as natasha's own NewsNERTagger tokenising each text."""
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    texts = [a["text"] for a in gold("ru")][:16]
    expected = [[(s.start, s.stop, s.type) for s in markup.spans] for markup in tagger.map(texts)]
    tokens = [razdel_tokens(text) for text in texts]
    for given in (None, tokens):
        got = [[(s.start, s.stop, s.type) for s in spans] for spans in natasha_spans(texts, given)]
        assert got == expected
    assert sum(map(len, expected)) > 50


EDGE_TEXTS = ["", "   ", "\n", "a  b", "\nГлава\n\nакимата \n сообщил ", " ведущий пробел", "сообщает«Лента.ру»",
              "1 200\u00a0тенге\t(2024)", "конец."]


def test_the_russian_doc_is_razdels_tokens_and_keeps_the_text():
    from pokazatel.nlp.pipeline import load_pipeline

    nlp = load_pipeline("ru")
    for text in [*EDGE_TEXTS, *(a["text"] for a in gold())]:
        doc = nlp.make_doc(text)
        assert doc.text == text
        tokens = razdel_tokens(text)
        assert [(t.start, t.stop) for t in doc._.razdel_tokens] == [(t.start, t.stop) for t in tokens]
        # each razdel token is one spaCy token; what lies between them is whitespace only
        starts = {token.idx: token for token in doc}
        assert all(starts[t.start].text == t.text for t in tokens)
        assert all(token.is_space for token in doc if token.idx not in {t.start for t in tokens})


def test_scores_without_scipy_are_scipys_to_the_bit():
    """Tagging scores each article's nonzero features with numpy alone: the same rows as featurise's CSR
    matrix, and the same margins, topic scores and probabilities as scipy's products, to the bit."""
    model = load_classifier().model
    articles = [(a.get("title", ""), a["text"]) for a in gold()] + [("", ""), ("Заголовок", "")]
    matrix = featurise(model.blocks, model.lexicons, articles)
    rows = feature_rows(model.blocks, model.lexicons, articles)
    for number, (columns, values) in enumerate(rows):
        stored = slice(matrix.indptr[number], matrix.indptr[number + 1])
        assert np.array_equal(columns, matrix.indices[stored])
        assert values.tobytes() == matrix.data[stored].tobytes()
    margins = matrix @ model.relevance_weights
    assert np.array([row_products(row, model.relevance_weights) for row in rows]).tobytes() == margins.tobytes()
    topic_scores = np.asarray(matrix @ model.topic_weights.T)
    assert np.array([row_products(row, model.topic_weights.T) for row in rows]).tobytes() == topic_scores.tobytes()
    slope, offset = model.calibration
    expected = 1.0 / (1.0 + np.exp(-(slope * (margins + model.relevance_intercept) + offset)))
    assert model.probabilities(articles).tobytes() == expected.tobytes()
    assert len({round(p, 3) for p in expected}) > 10  # real, varied scores were compared


def plain_keyword_features(title: str, text: str, entries: tuple[str, ...]) -> list[float]:
    """keyword_features as it was: every entry's pattern counted over the title and the text."""
    patterns = [re.compile(keywords.stem_pattern(entry), re.IGNORECASE) for entry in entries]
    counts = [len(pattern.findall(text or "")) + len(pattern.findall(title or "")) for pattern in patterns]
    in_title = any(pattern.search(title or "") for pattern in patterns)
    hits = sum(counts)
    return [float(hits > 0), float(in_title), math.log1p(hits), math.log1p(sum(count > 0 for count in counts)),
            *(math.log1p(count) for count in counts)]


# Characters IGNORECASE compares otherwise than lower() alone: the old rounded Cyrillic ve and o, the final sigma,
# the dotted capital I that lower() makes two characters, the long s; and stems in capitals.
ODD_TEXTS = [("ᲀЗЯТКА", "Получил ᲀзятку и ВЗЯТКИ, взяточник"), ("", "кᲂррупция, КОРРУПЦИЯ, коррупц"),
             ("İ ВЗЯТКА", "İstanbul: взятка"), ("ΣΟΣ", "σος ς, ſ АЛАЯҚ алаяқтар ПАРА АЛҒАН пара\nалды"),
             (None, None), ("", "талан-тараж ТАЛАН-ТАРАЖ талан тараж")]


def test_keyword_counts_with_the_folded_text_check_are_the_plain_counts():
    entries = keywords.prefilter_entries()
    articles = [(a.get("title", ""), a["text"]) for a in gold()] + ODD_TEXTS
    hits = 0
    for title, text in articles:
        expected = plain_keyword_features(title, text, entries)
        assert keywords.keyword_features(title, text, entries) == expected
        hits += expected[0] > 0
    assert hits > 40 and all(plain_keyword_features(t, x, entries)[0] for t, x in ODD_TEXTS if x and "σος" not in x)


def plain_subject_features(title, text, lexicon, posing) -> list[float]:
    """subject_features as it was: each sentence asked separately whether it names corruption and whether it poses,
    each alternative of the patterns with its own "not after a letter"."""
    def plain_pattern(entries):
        alternatives = (r"\s+".join(rf"(?<!\w){re.escape(word)}\w*" for word in entry.split()) for entry in entries)
        return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives) or r"(?!)", re.IGNORECASE)

    core, poses = plain_pattern(lexicon), plain_pattern(posing)

    def names_corruption(piece: str) -> bool:
        return bool(core.search(piece)) and not poses.search(piece)

    def names_posing(piece: str) -> bool:
        return bool(poses.search(piece)) and bool(core.search(piece))

    pieces = subject.sentences(text)
    with_core = [names_corruption(piece) for piece in pieces]
    posing_found = any(names_posing(piece) for piece in [title or "", *pieces])
    share = sum(with_core) / len(pieces) if pieces else 0.0
    passing = (any(with_core) and not names_corruption(title or "") and not any(with_core[:subject.LEAD_SENTENCES])
               and share <= subject.PASSING_SHARE)
    return [share, float(passing), float(posing_found)]


def test_main_subject_features_are_the_plain_ones():
    lexicons = load_evidence_lexicons()
    lexicon, posing = lexicons.subject_lexicon, lexicons.subject_posing
    core_and_posing = EvidenceLexicons(subject_lexicon=lexicon, subject_posing=posing)
    scam = ("Мошенники представились сотрудниками Антикора", "Звонившие представились сотрудниками Антикора и "
            "требовали деньги. Позже задержан взяточник.")
    articles = [(a.get("title", ""), a["text"]) for a in gold()] + ODD_TEXTS + [scam]
    seen = set()
    for title, text in articles:
        expected = plain_subject_features(title, text, lexicon, posing)
        assert subject.subject_features(title, text, core_and_posing) == expected
        seen.add((expected[0] > 0, expected[1], expected[2]))
    assert len(seen) >= 3  # shares, passing mentions and posing were all exercised


def test_kazakh_entities_of_a_batch_are_those_of_one_document_at_a_time():
    """Under nlp.pipe the Kazakh NER model tags a whole batch at once: the same entities and norms."""
    from pokazatel.nlp.pipeline import _make_doc, load_pipeline

    nlp = load_pipeline("kk")
    component = nlp.get_pipe("pokazatel_entities_kk")
    articles = gold("kk")

    def entities(docs):
        return [[(e.start_char, e.end_char, e.label_, e._.norm) for e in doc.ents] for doc in docs]

    batched = entities(component.pipe([_make_doc(nlp, a) for a in articles], batch_size=16))
    alone = entities(component(_make_doc(nlp, a)) for a in articles)
    assert batched == alone and sum(map(len, alone)) > 30


def gold_clauses(lang: str):
    """Each gold article's tokens with every clause and sentence of it, as the extractor scopes its rules."""
    for article in gold(lang):
        tokens = tokenize(article["text"])
        for sentence in split_sentences(article["text"], tokens, lang):
            for scope in {*sentence.clauses, (sentence.start, sentence.end)}:
                yield tokens, scope


def plain_matches(tokens, start: int, end: int, lang: str) -> list:
    """find_triggers as it was: the keys made again at every call, nothing kept between calls."""
    keys = {i: events.word_key(tokens[i], lang) for i in range(start, end)}
    starts = sorted((number, i, trigger) for i, key in keys.items()
                    for number, trigger in events._candidates(key, lang))
    matches = []
    for _, i, trigger in starts:
        indices = {i}
        for word in trigger.words[1:]:
            near = [k for k in range(max(start, i - events.WINDOW), min(end, i + events.WINDOW + 1))
                    if k not in indices and events.word_matches(keys[k], word, lang)]
            if not near:
                break
            indices.add(min(near, key=lambda k: abs(k - i)))
        else:
            if not events._counts_a_multiple(tokens, i, start, lang):
                matches.append(events.TriggerMatch(trigger, frozenset(indices)))
    return events._tightest(matches)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_trigger_matches_kept_per_article_are_those_found_afresh(lang):
    """find_triggers keeps each article's matches and keys by scope: asked again, in any order, and for another
    article's tokens at the same scope, it answers as the plain search does; what a caller does to the list it
    gets changes nothing kept."""
    found = 0
    for tokens, scope in gold_clauses(lang):
        expected = plain_matches(tokens, *scope, lang)
        first = events.find_triggers(tokens, *scope, lang)
        assert first == expected
        first.clear()
        assert events.find_triggers(tokens, *scope, lang) == expected
        other = tokenize("Сотрудник осуждён за получение взятки. Қызметкер пара алғаны үшін сотталды.")
        if scope[1] <= len(other):
            assert events.find_triggers(other, *scope, lang) == plain_matches(other, *scope, lang)
        found += len(expected)
    assert found > 50


def plain_first_entry_found(tokens, scope, lang, entries) -> frozenset[int]:
    keys = {i: events.word_key(tokens[i], lang) for i in range(*scope)}
    for entry in entries:
        found = [[i for i, key in keys.items() if events.word_matches(key, word, lang)] for word in entry.split()]
        if all(found):
            return frozenset(indices[0] for indices in found)
    return frozenset()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_clause_rules_match_word_lists_as_word_by_word(lang):
    """The rules that look for a list's words in a clause (entries by first occurrence, whole words by one set
    lookup) answer as matching every word against every key did, on every gold clause."""
    data = rules("statistics")
    lists = [data[name][lang] for name in ("built", "built_unless", "value_of", "acquittal", "obligation", "claim")]
    plain_words = lambda keys, words: any(events.word_matches(k, w, lang) for k in keys for w in words)  # noqa: E731
    answered = set()
    for tokens, scope in gold_clauses(lang):
        for entries in lists:
            expected = plain_first_entry_found(tokens, scope, lang, entries)
            assert events._first_entry_found(tokens, scope, lang, entries) == expected
            answered.add(bool(expected))
        keys = [events.word_key(tokens[i], lang) for i in range(*scope)]
        plain_background = not plain_words(keys, data["unlawful"][lang]) and (
            events._says_what_there_is(tokens, scope, lang) or events._not_done(tokens, scope, lang)
            or any(all(plain_words(keys, [w]) for w in entry.split()) for entry in data["background"][lang]))
        assert events.in_background(tokens, scope, lang) == plain_background
        assert events.is_penalty_threat(tokens, scope, lang) == any(
            all(plain_words(keys, [w]) for w in entry.split()) for entry in data["penalty_threat"][lang])
    assert answered == {True, False}


def test_word_caches_answer_as_the_functions_do():
    """word_value, kk_known_noun and is_kk_trigger_word are kept per word form: the same answers as computed anew."""
    from pokazatel.nlp.figures.kk_nouns import kk_known_noun
    from pokazatel.nlp.figures.values import word_value

    for article in gold():
        for token in tokenize(article["text"]):
            lang = article["lang"]
            assert word_value(token.text, lang) == word_value.__wrapped__(token.text, lang)
            if lang == "kk":
                assert kk_known_noun(token.lower) == kk_known_noun.__wrapped__(token.lower)
                assert events.is_kk_trigger_word(token.lower) == events.is_kk_trigger_word.__wrapped__(token.lower)


def test_the_crf_tags_the_words_as_it_tags_a_copy_of_the_doc():
    """The CRF reads a Kazakh article's words directly: the spans it gave on a copy of the Doc in its own vocab."""
    from pokazatel.nlp.kk.entities import DEFAULT_CRF_DIR, load_ner_model, model_copy, model_spans
    from pokazatel.nlp.pipeline import _make_doc, load_pipeline

    nlp, crf = load_pipeline("kk"), load_ner_model(DEFAULT_CRF_DIR)
    found = 0
    for article in gold("kk"):
        doc = _make_doc(nlp, article)
        copied = [(e.start, e.end, e.label_) for e in crf(model_copy(doc, crf)).ents]
        assert model_spans(doc, crf) == copied
        found += len(copied)
    assert found > 30
