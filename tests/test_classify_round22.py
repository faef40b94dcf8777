"""Relevance, twenty-second pass: the look-alikes every new set finds, on sentences of their own.

A body's verb of finding negated ("Ревизионная комиссия не выявила нарушений") is a finding of no offence as the
passive "нарушений не выявлено" is; Kazakh negates a verb by a suffix, so a negative verb takes any ending after it
("… фактілері анықталмағанын айтты", "бұзушылық таппады"), in Cyrillic and in the Latin alphabet read in Cyrillic.
A finding that did find something, or a doer not found, still counts.

A headline that names another state's corruption scandal as the backdrop of a market (prices, trade, exports) tells
the market: its headline and the sentences that tell the scandal abroad mention corruption in passing, while the
scandal's own story (its case's step or no market in the headline) and a part naming Kazakhstan's own bodies stay
about corruption."""

import math
from dataclasses import replace

from pokazatel.nlp.classify.actors import ACTOR_FEATURES, ActorLexicon, actor_features
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.subject import SUBJECT_FEATURES, PlainMentionLexicon, subject_features
from pokazatel.nlp.kk.latin import to_cyrillic

LEXICONS = load_evidence_lexicons()
LEXICON = LEXICONS.actor_lexicon
POSING = LEXICONS.subject_posing
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


# --- the subject evidence: a finding of none, and a foreign scandal told for a market

PLAIN = LEXICONS.subject_plain
SHARE = SUBJECT_FEATURES.index("subject:core_sentence_share")
PASSING = SUBJECT_FEATURES.index("subject:passing_mention")


def subject(title: str, text: str, plain: PlainMentionLexicon = PLAIN) -> list[float]:
    return subject_features(title, text, replace(LEXICONS, subject_plain=plain))


def test_a_core_word_only_in_a_finding_of_none_is_a_mention_in_passing():
    text = ("Городская ревизионная комиссия завершила плановый аудит отдела культуры за прошлый год. Проверено "
            "расходование 2,3 млрд тенге на ремонт домов культуры. Нарушений в использовании бюджетных средств "
            "ревизоры не выявили, сообщили в комиссии. Отделу рекомендовано ускорить закупку оборудования.")
    found = subject("Ревизоры завершили аудит отдела культуры", text)
    assert found[SHARE] == 0.0 and found[PASSING] == 1.0
    kazakh = ("Аудандық тексеру комиссиясы білім бөлімінің өткен жылғы шығындарын тексерді. Тексеру барысында 3 млрд "
              "теңгенің жұмсалуы қаралды. Комиссия төрағасы бюджет қаражатын мақсатсыз пайдалану фактілері "
              "анықталмағанын айтты. Бөлімге есеп жүргізуді жетілдіру ұсынылды.")
    found = subject("Тексеру комиссиясы білім бөлімінен бұзушылық таппады", kazakh)
    assert found[SHARE] == 0.0 and found[PASSING] == 1.0


def test_a_finding_of_misuse_is_still_a_sentence_about_it():
    text = ("Городская ревизионная комиссия завершила аудит отдела культуры. Выявлено нецелевое использование "
            "бюджетных средств на 40 млн тенге, материалы переданы в полицию.")
    assert subject("Ревизоры нашли нарушения в отделе культуры", text)[SHARE] == 0.5


MARKET_TITLE = "На фоне коррупционного скандала в Бразилии Казахстан нарастит экспорт мяса"
MARKET_TEXT = ("Казахстанские производители рассчитывают увеличить поставки говядины в Южную Америку. "
               "Вице-министр сельского хозяйства сообщил, что экспорт мяса за год вырос на 12 процентов. "
               "Ранее в Бразилии полиция задержала чиновников санитарной службы, бравших взятки у мясокомбинатов. "
               "Эксперты считают, что ниша на рынке освободится уже весной.")


def test_a_foreign_scandal_told_for_a_market_is_a_mention_in_passing():
    found = subject(MARKET_TITLE, MARKET_TEXT)
    assert found[SHARE] == 0.0 and found[PASSING] == 1.0
    kazakh_title = "Ресейдегі сыбайлас жемқорлық дауы астық бағасын көтерді"
    kazakh = ("Ресейдің ауыл шаруашылығы министрлігінің шенеуніктері пара алды деген айыптаудан кейін экспорт тоқтады. "
              "Осыдан кейін әлемдік нарықта бидай бағасы 8 пайызға көтерілді. Қазақстан фермерлері астықты "
              "қымбатырақ сата алады.")
    found = subject(kazakh_title, kazakh)
    assert found[SHARE] == 0.0 and found[PASSING] == 1.0
    latin = to_cyrillic("Brazılııadaǵy sybaılas jemqorlyq daýy kofe baǵasyn kóterdi").text
    latin_text = to_cyrillic("Brazılııanyń kedendik qyzmetkerleri para aldy degen aıyptaýdan keıin kofe "
                             "eksporty toqtady. Álemdik naryqta kofe baǵasy 10 paıyzǵa ósti.").text
    found = subject(latin, latin_text)
    assert found[SHARE] == 0.0 and found[PASSING] == 1.0


def test_a_foreign_corruption_story_about_corruption_stays_one():
    # the scandal's own story: a step of its case in the headline, or no market there
    for title, text in (
            ("Экс-главу госагентства Малайзии осудили за взятки от поставщиков риса на фоне скандала",
             "Суд Куала-Лумпура приговорил бывшего главу агентства к 10 годам. Он получал взятки от поставщиков "
             "риса, цены на который выросли."),
            ("Коррупционный скандал в Нигерии: руководителей нефтяной компании задержали за хищение",
             "Антикоррупционная комиссия Нигерии задержала пятерых руководителей госкомпании. Их подозревают в "
             "хищении 2 млрд долларов.")):
        found = subject(title, text)
        assert found[SHARE] > 0.25 and found[PASSING] == 0.0, title
    # under a market headline, a part that names Kazakhstan's own body is no foreign backdrop
    found = subject(MARKET_TITLE, "Агентство Казахстана по противодействию коррупции и полиция Бразилии провели "
                                  "совместную операцию против взяток на таможне.")
    assert found[SHARE] == 1.0


def test_a_model_trained_before_the_market_lists_reads_no_backdrop():
    old = PlainMentionLexicon(syllabus=PLAIN.syllabus)
    found = subject(MARKET_TITLE, MARKET_TEXT, old)
    assert found[PASSING] == 0.0
