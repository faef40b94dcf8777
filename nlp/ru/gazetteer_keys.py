"""Writes data/gazetteer/lemma_keys.json, the lemma keys of every gazetteer variant (places.yaml,
organisations.yaml, world.yaml), which pokazatel.nlp.ru.gazetteer reads instead of computing them at every start. Run it
after changing either file or upgrading pymorphy3 (tests/test_gazetteer_keys.py says when it is due):

    .venv/bin/python -m pokazatel.nlp.ru.gazetteer_keys
"""

from __future__ import annotations

import json
from pathlib import Path

from pokazatel.nlp.ru.gazetteer import LEMMA_KEYS, morphology, variant_keys, variants
from pokazatel.store.whole_file import written_whole


def computed_keys() -> dict[str, list[list[str]]]:
    return {variant: [list(key) for key in variant_keys(variant)] for variant, _ in variants()}


def write(path: Path = LEMMA_KEYS) -> int:
    keys = computed_keys()
    lines = [f"{json.dumps(variant, ensure_ascii=False)}: {json.dumps(keys[variant], ensure_ascii=False)}"
             for variant in sorted(keys)]
    with written_whole(path) as stream:  # a stopped rebuild leaves the shipped file as it was
        stream.write(f'{{"morphology": {json.dumps(morphology())},\n"keys": {{\n' + ",\n".join(lines) + "\n}}\n")
    return len(keys)


if __name__ == "__main__":
    print(f"{LEMMA_KEYS}: the keys of {write()} variants")
