"""What the tagging keeps between articles stays small: a long crawl brings new words every night, and what is kept
per word form must be little and bounded."""

from __future__ import annotations

import gc
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
