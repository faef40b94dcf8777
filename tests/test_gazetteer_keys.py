"""The gazetteer's lemma keys shipped in data/gazetteer/lemma_keys.json (read at start instead of computed):
they must be what the gazetteer and the installed pymorphy3 give, and a variant missing from them is computed."""

import json

from pokazatel.nlp.ru import gazetteer as gazetteer_module
from pokazatel.nlp.ru.gazetteer import LEMMA_KEYS, Gazetteer, morphology, variants
from pokazatel.nlp.ru.gazetteer_keys import computed_keys

REBUILD = "rebuild it: .venv/bin/python -m pokazatel.nlp.ru.gazetteer_keys"


def computed_index() -> Gazetteer:
    index = Gazetteer()
    for variant, entry in variants():
        index.add(variant, entry)
    return index


def test_the_shipped_keys_are_those_of_the_gazetteer_and_this_morphology():
    shipped = json.loads(LEMMA_KEYS.read_text(encoding="utf-8"))
    assert shipped["morphology"] == morphology(), f"{LEMMA_KEYS} was made with another pymorphy3: {REBUILD}"
    assert shipped["keys"] == computed_keys(), f"{LEMMA_KEYS} does not match the gazetteer's files: {REBUILD}"


def test_the_index_from_the_shipped_keys_is_the_computed_one():
    index = gazetteer_module.gazetteer.__wrapped__()
    assert gazetteer_module.shipped_keys()  # read from the file, not computed
    expected = computed_index()
    assert index.by_key == expected.by_key and index.by_first_lemma == expected.by_first_lemma


def test_a_variant_missing_from_the_shipped_keys_is_computed(monkeypatch):
    shipped = gazetteer_module.shipped_keys()
    missing = ["Алматинская область", "Семей", "Антикор"]
    assert all(variant in shipped for variant in missing)
    monkeypatch.setattr(gazetteer_module, "shipped_keys",
                        lambda: {variant: keys for variant, keys in shipped.items() if variant not in missing})
    index = gazetteer_module.gazetteer.__wrapped__()
    expected = computed_index()
    assert index.by_key == expected.by_key and index.by_first_lemma == expected.by_first_lemma
    assert ("алматинский", "область") in index.by_key
