"""Extortion by a public actor and an audit's finding that public money was misused, as the classifier's
sentence-level evidence (nlp/classify/actors.py, words in data/rules/actors.yaml), on hand-written sentences.
("участковых" is a district police officer, "земельных участков" no actor.)"""

import math

from pokazatel.nlp.classify.actors import ACTOR_FEATURES, actor_features, load_actor_lexicon
from pokazatel.nlp.classify.subject import load_posing_markers

LEXICON = load_actor_lexicon()
POSING = load_posing_markers()
NOTHING = {name: 0.0 for name in ACTOR_FEATURES}


def features(title: str, text: str) -> dict[str, float]:
    return dict(zip(ACTOR_FEATURES, actor_features(title, text, LEXICON, POSING), strict=True))


def test_extortion_by_an_official_is_an_act_in_russian_and_kazakh():
    for text in ("Участковый вымогал у торговца 200 тысяч тенге.",
                 "Инспектор требовал деньги, вымогая у фермера плату за справку.",
                 "Судебного исполнителя осудили за вымогательство у должника.",
                 "Полицейлер жүргізушіден 300 мың теңге бопсалаған.",
                 "Инспектор кәсіпкерді қорқытып алу әрекеті үшін ұсталды.",
                 "Әкімдік қызметкері кәсіпкерден ақша талап етіп алған."):
        assert features("", text) == {**NOTHING, "actors:act_by_official_sentences": math.log1p(1)}, text


def test_extortion_between_private_people_is_no_act():
    for text in ("Рэкетиры вымогали деньги у продавцов рынка.",
                 "Мужчина вымогал у бывшей подруги миллион тенге.",
                 "Үш адам базар саудагерлерінен ақша бопсалаған."):
        assert features("", text) == NOTHING, text


def test_an_audit_finding_of_misused_public_money_counts_as_public_money_misuse():
    for text in ("Ревизионная комиссия выявила нарушения на сумму 3 млрд тенге.",
                 "Аудиторы установили неэффективное использование бюджетных средств.",
                 "Выявлены нарушения бюджетного законодательства при строительстве школы.",
                 "Бюджет қаражатын тиімсіз пайдалану фактілері анықталды.",
                 "Аудиторлық палата 2 млрд теңгеге қаржылық бұзушылықтар анықтады."):
        assert features("", text) == {**NOTHING, "actors:public_money_fraud_sentences": math.log1p(1)}, text


def test_an_audit_without_violations_and_budget_execution_count_for_nothing():
    for text in ("Ревизионная комиссия проверила управление, нарушений не выявлено.",
                 "Бюджет области исполнен на 98 процентов.",
                 "Тексеру комиссиясы бюджеттің атқарылуы туралы есепті мақұлдады."):
        assert features("", text) == NOTHING, text



def test_a_district_officer_is_an_actor_and_a_land_plot_is_not():
    assert features("", "Участковых осудили за вымогательство.")["actors:act_by_official_sentences"] == math.log1p(1)
    assert features("", "Вымогательство при продаже земельных участков.") == NOTHING
