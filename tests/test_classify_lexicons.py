"""The classifier's word lists as one value (lexicons.py, word_lists.py): read from the rules files, kept in the model
file under the keys it has always had, and read back from it unchanged."""

import gzip
import json

from pokazatel.nlp.classify.actors import ActorLexicon, load_actor_lexicon
from pokazatel.nlp.classify.lexicons import EvidenceLexicons, load_evidence_lexicons
from pokazatel.nlp.classify.linear import LinearClassifier, evidence, evidence_width
from pokazatel.nlp.classify.model import MODEL_PATH
from pokazatel.nlp.classify.paid_acts import PaidActLexicon
from pokazatel.nlp.classify.subject import PlainMentionLexicon, load_plain_mentions
from pokazatel.nlp.classify.word_lists import section_entries

LEXICONS = load_evidence_lexicons()
MODEL_KEYS = ["keywords", "subject_lexicon", "subject_posing", "subject_disputed", "subject_procedure", "subject_plain",
              "actor_lexicon", "paid_lexicon", "release_lexicon", "private_crime_lexicon"]


def test_the_shipped_model_file_loads_and_saves_to_the_same_json(tmp_path):
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as handle:
        shipped = handle.read()
    model = LinearClassifier.from_json(json.loads(shipped))
    assert model.to_json() == json.loads(shipped)
    model.save(tmp_path / "model.json.gz")
    with gzip.open(tmp_path / "model.json.gz", "rt", encoding="utf-8") as handle:
        assert handle.read() == shipped  # the same keys in the same order, the same lists


def test_the_lexicons_keep_the_model_files_keys_and_the_shipped_model_was_trained_with_the_rules_files():
    document = LEXICONS.to_json()
    assert list(document) == MODEL_KEYS
    assert isinstance(document["keywords"], list) and isinstance(document["actor_lexicon"]["acts"], list)
    assert EvidenceLexicons.from_json(json.loads(json.dumps(document))) == LEXICONS
    assert LinearClassifier.load(MODEL_PATH).lexicons == LEXICONS
    assert "взятк" in LEXICONS.keywords and LEXICONS.actor_lexicon.acts and LEXICONS.paid_lexicon.money


def test_a_list_the_model_file_lacks_is_empty_as_that_model_was_trained():
    old = EvidenceLexicons.from_json({"keywords": ["взятк"], "actor_lexicon": {"acts": ["вымог"]}, "format": 10})
    assert old == EvidenceLexicons(keywords=("взятк",), actor_lexicon=ActorLexicon(acts=("вымог",)))
    assert old.subject_plain == PlainMentionLexicon() and old.paid_lexicon == PaidActLexicon()
    assert old.actor_lexicon.not_found == ()


def test_empty_lexicons_turn_every_evidence_feature_off():
    title, text = "Аким задержан за взятку", "Аким района получил взятку в 5 млн тенге за выдачу земли."
    empty = EvidenceLexicons()
    assert evidence(title, text, empty) == [0.0] * evidence_width(empty)
    row = evidence(title, text, LEXICONS)
    assert len(row) == evidence_width(LEXICONS) and row[0] == 1.0  # a keyword found


def test_a_rules_files_section_is_its_languages_lists_in_file_order():
    document = {"acts": {"ru": ["взятк", "вымог"], "kk": ["пара ал"]}, "empty": None, "blank": {"ru": None}}
    assert section_entries(document, "acts") == ("взятк", "вымог", "пара ал")
    assert section_entries(document, "empty") == () == section_entries(document, "blank")
    assert section_entries(document, "missing") == ()
    assert ActorLexicon.from_sections(document) == ActorLexicon(acts=("взятк", "вымог", "пара ал"))
    assert load_actor_lexicon().acts and load_plain_mentions().syllabus
