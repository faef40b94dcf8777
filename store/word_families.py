"""Russian verbs and the nouns made from them, which search treats as one word (data/search/word_families.yaml):
a query's lemmas are each widened to their family, "получить взятка" to "получение взятка" as well."""

from __future__ import annotations

from functools import cache
from itertools import product

from pokazatel.resources import data_path, read_yaml

MAX_VARIANTS = 8  # a phrase of family words: its combinations, at most this many


@cache
def _families() -> dict[str, tuple[str, ...]]:
    families = read_yaml(data_path("search", "word_families.yaml"))["families"]
    return {lemma: tuple(family) for family in families for lemma in family}


def with_families(lemmas: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`lemmas` and the same words with any of them replaced by another of its family, `lemmas` first."""
    choices = [_families().get(lemma, (lemma,)) for lemma in lemmas]
    variants = [lemmas]
    for variant in product(*choices):
        if variant not in variants and len(variants) < MAX_VARIANTS:
            variants.append(variant)
    return variants
