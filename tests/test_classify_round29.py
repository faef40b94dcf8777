"""Relevance, twenty-ninth pass: a public body's release that names corruption only in passing, on articles of our own.

A ministry's, akimat's or agency's report on procurement results and savings, a tender, a portal or its staff's
discipline whose only corruption words are public spending, a finding of none and, after the lead, corruption as a risk
its measures reduce ("что снизит коррупционные риски", "сыбайлас жемқорлық тәуекелдерін азайтады") is no story about
corruption (SCHEMA.md); the model's probability for it is capped after the model (releases.py). A case named anywhere
(an inflated price, damage, a criminal case), a control body's check, the Antikor, the risk in the headline or the lead,
or a rule of conduct that names no spending and no finding of none leaves the article to the model."""

import dataclasses
import gzip
import json

import pytest
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.linear import LinearClassifier
from pokazatel.nlp.classify.model import MODEL_PATH, load_classifier
from pokazatel.nlp.classify.release_words import NO_RELEASE_LEXICON
from pokazatel.nlp.classify.releases import RELEASE_PROBABILITY, is_release
from pokazatel.nlp.kk.latin import article_in_cyrillic

LEXICONS = load_evidence_lexicons()

SAVINGS = ("Минфин: экономия на госзакупках за девять месяцев составила 120 млрд тенге",
           "Министерство финансов подвело итоги государственных закупок за девять месяцев. "
           "Через веб-портал заключено 900 тысяч договоров на общую сумму 4,1 трлн тенге. "
           "Экономия бюджетных средств составила 120 млрд тенге, доля отечественных товаров выросла до 62%. "
           "По словам вице-министра, переход на электронный магазин сократит сроки закупок и снизит коррупционные "
           "риски.")
SAVINGS_KK = ("Павлодар облысында мемлекеттік сатып алудан 4,1 млрд теңге үнемделді",
              "Облыстық мемлекеттік сатып алу басқармасы 11 айдың қорытындысын шығарды. "
              "Тапсырыс берушілер 7 мың конкурс өткізіп, 96 млрд теңгеге шарт жасасты. "
              "Бюджет қаражатының 4,1 млрд теңгесі үнемделді. "
              "Басқарма басшысының айтуынша, электрондық портал рәсімдерді ашық етіп, сыбайлас жемқорлық "
              "тәуекелдерін азайтады.")
SAVINGS_LATIN = ("Jambyl oblysynda memlekettik satyp alýdan 2,3 mlrd teńge únemdeldi",
                 "Oblystyq memlekettik satyp alý basqarmasy jyl qorytyndysyn shyǵardy. "
                 "Tapsyrys berýshiler 5 myń konkýrs ótkizdi. "
                 "Býdjet qarajatynyń 2,3 mlrd teńgesi únemdeldi. "
                 "Basqarma basshysy ashyq konkýrstar sybaılas jemqorlyq táýekelderin azaıtatynyn aıtty.")
TENDER = ("В Караганде объявили конкурс на подвоз учащихся",
          "Отдел образования Караганды объявил конкурс на подвоз учащихся сельских школ на 2027 год. "
          "Общая сумма конкурса – 1,8 млрд тенге. "
          "Конкурс проводится на веб-портале государственных закупок, протоколы публикуются в открытом доступе. "
          "Это, как отметили в отделе, обеспечит прозрачность и исключит коррупционные риски.")
DISCIPLINE = ("В Минтруда подвели итоги дисциплинарной практики за год",
              "Министерство труда подвело итоги работы дисциплинарной комиссии за год. "
              "К дисциплинарной ответственности за опоздания и нарушение служебной этики привлечены 18 сотрудников. "
              "Фактов коррупционных правонарушений за отчётный период не выявлено, сообщили в службе управления "
              "персоналом.")
PORTAL = ("Доля электронных закупок в области достигла 97%",
          "Управление государственных закупок области подвело итоги года. "
          "Через портал проведено 12 тысяч процедур, экономия бюджетных средств составила 2,2 млрд тенге. "
          "Средний срок конкурса сократился до 16 дней.")
RELEASES = [SAVINGS, SAVINGS_KK, SAVINGS_LATIN, TENDER, DISCIPLINE, PORTAL]


def release(title: str, text: str, lexicons=LEXICONS) -> bool:
    return is_release(*article_in_cyrillic(title, text), lexicons)


@pytest.mark.parametrize("title, text", RELEASES)
def test_a_release_that_names_corruption_only_in_passing_is_found(title, text):
    assert release(title, text)


@pytest.mark.parametrize("title, text", RELEASES)
def test_the_shipped_model_calls_such_a_release_not_relevant(title, text):
    [(relevant, topic, probability)] = load_classifier().model.predict([article_in_cyrillic(title, text)])
    assert not relevant and topic == "other" and probability <= RELEASE_PROBABILITY


@pytest.mark.parametrize("case", [
    "Ранее в управлении выявили закупку парт по завышенным ценам.",
    "Ранее по факту закупки оборудования было возбуждено уголовное дело.",
    "Ущерб бюджету от срыва договоров оценён в 40 млн тенге.",
    "Ранее руководитель отдела был задержан при получении взятки.",
])
def test_a_case_named_anywhere_leaves_the_article_to_the_model(case):
    title, text = SAVINGS
    assert not release(title, f"{text} {case}")


def test_a_control_bodys_check_or_the_antikor_is_no_release():
    title, text = SAVINGS
    assert not release(title, f"{text} Итоги закупок проверила прокуратура области.")
    assert not release(title, f"{text} Порядок закупок изучили сотрудники Антикора.")
    assert not release("Ревизионная комиссия проверила госзакупки акимата",
                       "Ревизионная комиссия области завершила аудит государственных закупок акимата. "
                       "Нарушений при проведении конкурсов не установлено.")


def test_corruption_as_a_risk_in_the_headline_or_the_lead_is_the_story():
    assert not release("Электронный магазин снизит коррупционные риски в госзакупках",
                       "Минфин переводит все малые закупки в электронный магазин. "
                       "Поставщиков будут выбирать автоматически.")
    assert not release("Минфин подвёл итоги госзакупок",
                       "Министерство финансов подвело итоги государственных закупок. "
                       "Главным итогом года в ведомстве назвали снижение коррупционных рисков. "
                       "Экономия бюджетных средств составила 80 млрд тенге.")


def test_corruption_named_otherwise_leaves_the_article_to_the_model():
    title, text = SAVINGS
    assert not release(title, f"{text} Коррупция в закупках остаётся главной проблемой отрасли.")
    assert not release(title, text.replace("снизит коррупционные риски", "поможет бороться с коррупцией"))


def test_a_rule_of_conduct_with_its_aim_named_is_integrity_work():
    assert not release("Учителям запретят принимать подарки от родителей",
                       "Министерство просвещения утвердило новые правила этики педагогов. "
                       "Учителям запрещено принимать подарки дороже двух МРП. "
                       "Меры направлены на снижение коррупционных рисков в школах.")


def test_a_model_without_the_release_words_caps_nothing():
    old = dataclasses.replace(LEXICONS, release_lexicon=NO_RELEASE_LEXICON)
    assert not release(*SAVINGS, lexicons=old)


def test_the_model_file_keeps_the_release_words():
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as handle:
        document = json.load(handle)
    assert document["release_lexicon"] == LEXICONS.release_lexicon.to_json()
    del document["release_lexicon"]
    old = LinearClassifier.from_json(document)
    assert old.lexicons.release_lexicon == NO_RELEASE_LEXICON
    [probability] = old.probabilities([article_in_cyrillic(*SAVINGS)])
    [capped] = load_classifier().model.probabilities([article_in_cyrillic(*SAVINGS)])
    assert capped == RELEASE_PROBABILITY < probability
