"""What the tagging keeps between articles stays small: a long crawl brings new words every night, and what is kept
per word form must be little and bounded."""

from __future__ import annotations

import gc
import importlib
import inspect
import pkgutil
import random
import tracemalloc

from pokazatel.nlp.classify.linear import char_ngrams
from pokazatel.nlp.classify.model import load_classifier


def invented_words(count: int, seed: int = 7) -> list[str]:
    letters = "абвгдежзиклмнопрстуфхцчшщыэюяәғқңөұүһі"
    generator = random.Random(seed)
    return ["".join(generator.choice(letters) for _ in range(generator.randint(6, 12))) for _ in range(count)]


def test_new_words_leave_only_their_columns_behind():
    """The character-gram block remembers each word's columns (a few hundred bytes), not its 30-odd grams (about
    3 KB a word, which grew to 95 MB over 946 articles)."""
    block = load_classifier().model.blocks["chars"]
    words = invented_words(3000)
    document = " ".join(words)
    block.row("прогрев", char_ngrams)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        columns, _ = block.row(document, char_ngrams)
        del columns
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 3000 * 400, f"{held / 3000:.0f} bytes kept per new word"


PER_WORD_ARGUMENTS = {"word", "text", "token", "form", "lower"}
# unbounded caches keyed by a word of the rule files, not of the articles: as many as the files hold
RULE_WORD_CACHES = {"pokazatel.nlp.figures.events._match_rule"}


def tagging_modules() -> list:
    import pokazatel.nlp

    names = [module.name for module in pkgutil.walk_packages(pokazatel.nlp.__path__, "pokazatel.nlp.")
             if not module.name.startswith(("pokazatel.nlp.training", "pokazatel.nlp.evaluation"))]
    return [importlib.import_module(name) for name in names]


def test_every_cache_of_what_a_word_of_an_article_is_bounded():
    unbounded = set()
    for module in tagging_modules():
        for name, function in vars(module).items():
            info = getattr(function, "cache_info", None)
            if info is None or getattr(function, "__module__", None) != module.__name__ or info().maxsize is not None:
                continue
            if PER_WORD_ARGUMENTS & set(inspect.signature(function).parameters):
                unbounded.add(f"{module.__name__}.{name}")
    assert unbounded - RULE_WORD_CACHES == set()
    assert len(tagging_modules()) > 50  # the walk found the package's modules


# the arguments after the word of the caches that need them: any value the tagging gives
OTHER_ARGUMENTS = {
    "pokazatel.nlp.figures.values.word_value": lambda: ("kk",),
    "pokazatel.nlp.kk.features._word_features": lambda: (tuple(importlib.import_module(
        "pokazatel.nlp.kk.features").FEATURES),),
    "pokazatel.nlp.ru.positions._is_singular_title": lambda: (frozenset(),),
}
MOST_MB_A_CACHE = 40


def per_word_caches() -> dict[str, object]:
    found = {}
    for module in tagging_modules():
        for name, function in vars(module).items():
            info = getattr(function, "cache_info", None)
            if info is None or getattr(function, "__module__", None) != module.__name__ or info().maxsize is None:
                continue
            if PER_WORD_ARGUMENTS & set(inspect.signature(function).parameters):
                found[f"{module.__name__}.{name}"] = function
    return found


def bytes_an_entry(function, other_arguments: tuple, words: list[str]) -> float:
    """What one entry of the cache holds: its key (a word of its own, as each article's words are) and value,
    without what the caches it calls hold."""
    function("прогрев", *other_arguments)
    gc.collect()
    tracemalloc.start()
    try:
        for word in words:
            function("".join(word), *other_arguments)  # a copy: the cache holds the only reference to its key
        gc.collect()
        filled = tracemalloc.get_traced_memory()[0]
        function.cache_clear()
        gc.collect()
        return (filled - tracemalloc.get_traced_memory()[0]) / len(words)
    finally:
        tracemalloc.stop()


def test_every_per_word_cache_holds_a_few_tens_of_mb_at_most_when_full():
    """A long run fills each cache of what a word form is to its bound: what that costs is measured here per entry
    (invented words, so every one is new) and must stay within MOST_MB_A_CACHE (the CRF's feature strings at 200,000
    and 400,000 entries could reach 540 MB, pymorphy's parses at 100,000 some 330 MB)."""
    words = [word.capitalize() if number % 3 == 0 else word for number, word in enumerate(invented_words(2000, 11))]
    worst = {}
    caches = per_word_caches()
    for name, function in caches.items():
        if name in RULE_WORD_CACHES:
            continue
        for cache in caches.values():  # else a cache another one calls would already know the words
            cache.cache_clear()
        other_arguments = OTHER_ARGUMENTS.get(name, tuple)()
        worst[name] = bytes_an_entry(function, other_arguments, words) * function.cache_info().maxsize / 2**20
    print(sorted(((round(mb), name) for name, mb in worst.items()), reverse=True))
    assert {name: round(mb) for name, mb in worst.items() if mb > MOST_MB_A_CACHE} == {}
    assert len(worst) > 20


def vocabulary_sizes() -> dict[str, int]:
    from pokazatel.nlp.pipeline import load_pipeline

    kazakh = load_pipeline("kk")
    vocabularies = {"ru": load_pipeline("ru").vocab, "kk": kazakh.vocab,
                    "kk NER model": kazakh.get_pipe("pokazatel_entities_kk").ner.vocab}
    return {name: len(vocab.strings) for name, vocab in vocabularies.items()}


def test_new_words_leave_the_spacy_vocabularies_as_they_were_once_they_are_full(monkeypatch):
    """spaCy keeps a lexeme and strings for every word form a Doc ever had; once a vocabulary holds
    VOCABULARY_STRINGS_KEPT strings, tagging inside memory zones drops them once the records are made (they grew by
    33,000 Russian and 29,000 Kazakh strings over 1,195 articles)."""
    from pokazatel.nlp import pipeline
    from pokazatel.nlp.pipeline import analyse

    def articles(words: list[str]) -> list[dict]:
        return [{"id": f"ru{n}", "lang": "ru", "text": f"Аким района {word.capitalize()} задержан в Алматы за {word}."}
                for n, word in enumerate(words[::2])] + [
                {"id": f"kk{n}", "lang": "kk", "text": f"Атырауда {word.capitalize()} пара алу кезінде ұсталды."}
                for n, word in enumerate(words[1::2])]

    list(analyse(articles(invented_words(20, seed=3))))
    before = vocabulary_sizes()
    list(analyse(articles(invented_words(40, seed=5))))
    grown = vocabulary_sizes()
    assert all(grown[name] > before[name] for name in before)  # not full: the vocabularies keep new words
    monkeypatch.setattr(pipeline, "VOCABULARY_STRINGS_KEPT", min(grown.values()))
    records = list(analyse(articles(invented_words(400, seed=4))))
    assert all(record.get("error") is None and record["lang"] in ("ru", "kk") for record in records)
    assert vocabulary_sizes() == grown
