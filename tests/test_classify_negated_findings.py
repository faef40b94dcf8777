"""A finding of no offence is no evidence of one (nlp/classify/negated_findings.py, words in data/rules/actors.yaml's
`findings` and `not_found`): the sentence-level evidence of actors.py and paid_acts.py on hand-written sentences,
Russian and Kazakh, while an act that is itself a failure ("не вернул", "не исполнил") or whose doer is unknown
("лицо не установлено") still counts."""

import math

from pokazatel.nlp.classify.actors import ACTOR_FEATURES, ActorLexicon, actor_features, load_actor_lexicon
from pokazatel.nlp.classify.negated_findings import without_negated_findings
from pokazatel.nlp.classify.paid_acts import load_paid_lexicon, paid_act_features
from pokazatel.nlp.classify.subject import load_posing_markers

LEXICON = load_actor_lexicon()
POSING = load_posing_markers()
NOTHING = {name: 0.0 for name in ACTOR_FEATURES}
ONE = math.log1p(1)


def features(text: str, lexicon: ActorLexicon = LEXICON) -> dict[str, float]:
    return dict(zip(ACTOR_FEATURES, actor_features("", text, lexicon, POSING), strict=True))


def test_a_finding_of_no_misuse_of_public_money_counts_for_nothing():
    for text in ("Нецелевого использования средств республиканского бюджета в ходе проверки не выявлено.",
                 "В ходе ревизии не было выявлено фактов хищения бюджетных средств.",
                 "Фактов присвоения государственного имущества руководством предприятия не установлено.",
                 "Нарушений при расходовании бюджетных средств и фактов растраты не зафиксировано.",
                 "Проверка завершена, хищений бюджетных средств не обнаружено.",
                 "Тексеру қорытындысы бойынша бюджет қаражатын жымқыру фактілері анықталмады.",
                 "Мемлекеттік қаражатты мақсатсыз пайдалану жағдайлары тіркелген жоқ.",
                 "Комиссия мүшелері мемлекеттік сатып алуда қаржылық бұзушылықтың жоқ екені анықталды деп мәлімдеді.",
                 "Бюджет қаражатын мақсатсыз жұмсау фактілері орын алмаған."):
        assert features(text) == NOTHING, text


def test_a_finding_of_no_act_by_an_official_counts_for_nothing():
    for text in ("Фактов получения взяток сотрудниками акимата не установлено.",
                 "Случаев злоупотребления должностными полномочиями со стороны чиновников не выявлено.",
                 "Әкімдік қызметкерлерінің пара алу фактілері тіркелмеді."):
        assert features(text) == NOTHING, text


def test_the_same_acts_found_still_count():
    for text, name in (("Выявлены факты нецелевого использования бюджетных средств.",
                        "actors:public_money_fraud_sentences"),
                       ("Ранее не выявленные факты хищения бюджетных средств установили аудиторы.",
                        "actors:public_money_fraud_sentences"),
                       ("Бюджет қаражатын мақсатсыз пайдалану фактілері анықталды.",
                        "actors:public_money_fraud_sentences"),
                       ("Сотрудники акимата получили взятки, факты установлены следствием.",
                        "actors:act_by_official_sentences")):
        assert features(text)[name] == ONE, text


def test_an_unknown_doer_or_a_failure_that_is_the_act_still_counts():
    for text in ("По факту хищения бюджетных средств лицо пока не установлено.",
                 "Лицо, совершившее хищение бюджетных средств, не установлено.",
                 "Совершившее хищение субсидий лицо не установлено.",
                 "Получатель субсидии не вернул похищенные бюджетные средства.",
                 "Подрядчик не исполнил контракт, а выделенные из бюджета деньги похитил.",
                 "Поставщик не поставил товар и присвоил бюджетные средства.",
                 "Бюджет қаражатын жымқырған адам әлі анықталмады."):
        assert features(text)["actors:public_money_fraud_sentences"] == ONE, text


def test_only_the_part_between_commas_that_finds_nothing_is_blanked():
    text = "Фактов хищения не установлено, однако выявлено нецелевое использование бюджетных средств."
    assert features(text)["actors:public_money_fraud_sentences"] == ONE
    cleaned = without_negated_findings(text, LEXICON.findings, LEXICON.not_found)
    assert len(cleaned) == len(text)
    assert cleaned.strip().startswith(", однако выявлено")
    assert features("Фактов хищения бюджетных средств не установлено, проверка продолжается.") == NOTHING


def test_a_model_trained_before_the_words_existed_blanks_nothing():
    old = ActorLexicon.from_json({name: words for name, words in LEXICON.to_json().items()
                                  if name not in ("findings", "not_found")})
    assert old.findings == () and old.not_found == ()
    text = "Фактов нецелевого использования бюджетных средств не установлено."
    assert features(text, old)["actors:public_money_fraud_sentences"] == ONE


def test_paid_acts_are_told_by_finite_verbs_that_a_finding_of_none_does_not_use():
    paid = load_paid_lexicon()
    for text in ("Случаев получения сотрудниками ЦОН 20 тысяч тенге за выдачу справок не зафиксировано.",
                 "ХҚКО қызметкерлерінің анықтама беру үшін 20 мың теңге алу фактілері анықталмады."):
        assert paid_act_features("", text, paid, LEXICON.actors, LEXICON.acts, POSING)[0] == 0.0, text
    told = "Сотрудник ЦОН получил 20 тысяч тенге за выдачу справки."
    assert paid_act_features("", told, paid, LEXICON.actors, LEXICON.acts, POSING)[0] == ONE
