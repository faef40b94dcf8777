"""The product as its users meet it, round 7's leftovers: the Python API and the command line decide a record's
language alike, eval tags a gold article in the language its record gives, a value starting with "-" after a
command is read as the user typed it, and extract refuses an id that is no id."""

import json

import pytest
from pokazatel.cli.extract_command import record_problem
from pokazatel.nlp.language import record_language, tagged_language

import pokazatel

# --- the API and the command line agree on a language without a pipeline ------------------------------------------


def test_a_language_tag_names_its_pipeline_or_is_refused_in_one_place():
    assert [tagged_language(tag) for tag in ("ru", "KK", "kk-Latn", "Ru-KZ")] == ["ru", "kk", "kk", "ru"]
    for tag in ("en", "uz-Cyrl", " ", 5):
        with pytest.raises(ValueError, match=f"\"lang\" {tag!r} has no pipeline"):
            tagged_language(tag)
    assert record_language({"text": "Аудан әкімі пара алған кезде ұсталды."}) == "kk"  # no "lang": detected
    assert record_language({"text": "Аудан әкімі пара алған кезде ұсталды.", "lang": "ru"}) == "ru"


def test_the_python_api_raises_for_a_language_extract_refuses_and_says_the_same():
    record = {"id": 1, "text": "The district head was detained taking a bribe.", "lang": "en"}
    with pytest.raises(ValueError) as raised:
        list(pokazatel.analyse([record]))  # it came out tagged by the Russian pipeline, "lang": "ru"
    assert "'en'" in str(raised.value)
    _, problem = record_problem(json.dumps(record).encode())
    assert problem == str(raised.value)


def test_the_python_api_raises_when_it_reaches_the_record_not_before_the_ones_ahead_of_it():
    good = {"id": 1, "text": "Аким района задержан при получении взятки."}
    records = pokazatel.analyse([good, {"id": 2, "text": "Pora.", "lang": "uz"}], window=1)
    assert next(records)["id"] == 1
    with pytest.raises(ValueError, match="'uz'"):
        next(records)
