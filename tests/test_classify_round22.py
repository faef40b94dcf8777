"""Relevance, twenty-second pass: the look-alikes every new set finds, on sentences of their own.

A body's verb of finding negated ("Ревизионная комиссия не выявила нарушений") is a finding of no offence as the
passive "нарушений не выявлено" is; Kazakh negates a verb by a suffix, so a negative verb takes any ending after it
("… фактілері анықталмағанын айтты", "бұзушылық таппады"), in Cyrillic and in the Latin alphabet read in Cyrillic.
A finding that did find something, or a doer not found, still counts."""

import math

from pokazatel.nlp.classify.actors import ACTOR_FEATURES, ActorLexicon, actor_features, load_actor_lexicon
from pokazatel.nlp.classify.subject import load_posing_markers
from pokazatel.nlp.kk.latin import to_cyrillic

LEXICON = load_actor_lexicon()
POSING = load_posing_markers()
NOTHING = {name: 0.0 for name in ACTOR_FEATURES}
ONE = math.log1p(1)
MONEY_FRAUD = "actors:public_money_fraud_sentences"


def features(text: str, title: str = "", lexicon: ActorLexicon = LEXICON) -> dict[str, float]:
    return dict(zip(ACTOR_FEATURES, actor_features(title, text, lexicon, POSING), strict=True))


def test_a_body_that_did_not_find_an_offence_finds_none():
    for title in ("Ревизионная комиссия не выявила нарушений в расходовании бюджета района",
                  "Аудиторы нарушений в госзакупках акимата не обнаружили",
                  "Счётная комиссия не установила фактов нецелевого использования бюджетных средств",
                  "Проверка бюджетных средств больницы: нарушений не найдено"):
        assert features("", title) == NOTHING, title


def test_a_kazakh_negative_verb_with_any_ending_finds_none():
    for text in ("Комиссия төрағасы бюджет қаражатын мақсатсыз пайдалану фактілері анықталмағанын айтты.",
                 "Тексеру бюджет қаражатын заңсыз пайдалану фактілерін таппады.",
                 "Аудиторлар мемлекеттік сатып алуда қаржылық бұзушылықтар табылмағанын хабарлады.",
                 "Мемлекеттік қаражатты мақсатсыз жұмсау жағдайлары кездеспеді."):
        assert features(text) == NOTHING, text


def test_the_same_in_the_latin_alphabet_read_in_cyrillic():
    for text in ("Revızııalyq komıssııa bıýdjet qarajatyn maqsatsyz paıdalaný faktileri anyqtalmaǵanyn málimdedi.",
                 "Aýdıtorlar memlekettik qarajatty tıimsiz paıdalaný faktilerin tappady."):
        assert features(to_cyrillic(text).text) == NOTHING, text


def test_what_was_found_or_a_doer_not_found_still_counts():
    for text in ("Ревизионная комиссия выявила нарушения в расходовании бюджетных средств на 40 млн тенге.",
                 "Комиссия не выявила виновных, но установила хищение бюджетных средств.",
                 "Тексеру комиссиясы бюджет қаражатын мақсатсыз пайдалану фактілерін анықтады.",
                 "Бюджет қаражатын жымқырған адам әлі табылмады.",
                 to_cyrillic("Bıýdjet qarajatyn maqsatsyz paıdalaný faktileri anyqtaldy.").text):
        assert features(text)[MONEY_FRAUD] == ONE, text


def test_a_model_trained_before_the_stems_existed_reads_only_its_whole_words():
    old = ActorLexicon.from_json({name: words for name, words in LEXICON.to_json().items()
                                  if name != "not_found_stems"})
    assert old.not_found_stems == ()
    text = "Тексеру бюджет қаражатын заңсыз пайдалану фактілерін таппады."
    assert features(text, lexicon=old)[MONEY_FRAUD] == ONE
