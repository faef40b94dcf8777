"""Relevance, thirty-fifth pass: a headline that makes corruption itself the subject, on articles of our own.

A report headed "Депутаты: коррупционные риски в закупе … остаются высокими" may tell the rest in the words of its field
(contracts, prices, subsidies, permits) and repeat no corruption word; SCHEMA.md judges the main subject on title and
body, and the headline names it. The headline flag (headline_subject.py) is that evidence where the body seldom repeats
it: set by a word of corruption itself, a bribe or an abuse of office, not by a headline of procurement or a theft,
nor by one in which a swindler poses as Antikor, a rumour is denied or a foreign scandal is a market's backdrop."""

import pytest
from pokazatel.nlp.classify.headline_subject import HEADLINE_FEATURES, headline_features
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.linear import evidence
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.kk.latin import article_in_cyrillic, to_cyrillic

LEXICONS = load_evidence_lexicons()


def names_corruption(title: str, body_share: float = 0.0, lexicons=LEXICONS) -> float:
    flags = headline_features(title, body_share, lexicons.headline_subject,
                              lexicons.subject_posing + lexicons.subject_disputed, lexicons.subject_procedure,
                              lexicons.subject_plain)
    return dict(zip(HEADLINE_FEATURES, flags, strict=True))["headline:names_corruption"]


@pytest.mark.parametrize("title", [
    "Депутаты: коррупционные риски в закупе лекарств остаются высокими",
    "Антикоррупционная служба проверит выдачу разрешений на строительство",
    "Взяточничество в автошколах: что изменилось после реформы",
    "Экс-аким района осуждён за злоупотребление должностными полномочиями",
    "Аграрлық субсидиялардағы сыбайлас жемқорлық тәуекелдері жоғары",
    "Жол полициясының қызметкері пара алып ұсталды",
    to_cyrillic("Aýyl ákimdikterinde sybaılas jemqorlyqqa qarsy kúres kúsheıtiledi").text,
])
def test_a_headline_that_names_corruption_itself_is_flagged(title):
    assert names_corruption(title) == 1.0


@pytest.mark.parametrize("title", [
    "Минфин подвёл итоги госзакупок за девять месяцев",
    "Хищение велосипедов раскрыли полицейские Караганды",
    "Мошенники звонят от имени сотрудников Антикора",
    "В акимате опровергли слухи о задержании замакима за взятку",
    "На фоне коррупционного скандала в Бразилии мировые цены на кофе выросли",
    "Алаяқтар Антикор қызметкері болып қоңырау шалуда",
    "",
])
def test_procurement_a_theft_a_swindler_a_denial_or_a_foreign_backdrop_is_not(title):
    assert names_corruption(title) == 0.0


def test_an_empty_list_turns_the_flag_off():
    assert headline_features("Коррупционные риски в закупе лекарств", 0.0, (), (), (), LEXICONS.subject_plain) == [0.0]


def test_a_body_that_tells_corruption_at_length_needs_no_flag():
    title = "Депутаты: коррупционные риски в закупе лекарств остаются высокими"
    assert names_corruption(title, body_share=0.25) == 1.0
    assert names_corruption(title, body_share=0.5) == 0.0
    story = ("Антикор задержал замакима за взятку. Взятку в 5 млн тенге он получил от подрядчика. "
             "Дело о взятке направлено в суд.")
    report = "Министерство закупило 300 томографов. Цены выросли на 9%. Договоры перейдут на портал."
    assert evidence(title, story, LEXICONS)[-1] == 0.0
    assert evidence(title, report, LEXICONS)[-1] == 1.0


FIELD_REPORTS = [
    ("Сенаторы: коррупционные риски в закупе школьного питания сохраняются",
     "На заседании Сената обсудили отчёт Министерства просвещения об организации питания в школах. "
     "В этом году на горячее питание учеников начальных классов направлено 180 млрд тенге. "
     "По словам сенатора, в 12 регионах у одного поставщика оказались контракты в 40 школах сразу, а цена обеда "
     "выросла на 11%. Министр сообщил, что к 2027 году все договоры с поставщиками будут заключаться через "
     "электронный портал."),
    ("Депутаты: коррупционные риски в субсидировании фермеров остаются высокими",
     "В Мажилисе обсудили отчёт Министерства сельского хозяйства о поддержке аграриев. "
     "В прошлом году фермерам выплачено 540 млрд тенге субсидий, на 8% больше, чем годом ранее. "
     "Депутат отметил, что в пяти областях треть выплат получили одни и те же хозяйства, а заявки мелких фермеров "
     "часто отклоняются. Министр пообещал к 2027 году перевести приём всех заявок в цифровой формат."),
    ("Коррупционные риски в выдаче разрешений на строительство: что предлагают депутаты",
     "Депутаты маслихата обсудили работу управления архитектуры. "
     "За год выдано 4,2 тысячи разрешений на строительство, средний срок рассмотрения заявки составил 23 дня. "
     "По словам депутатов, жители жалуются на очереди и повторные отказы. "
     "Управление обещало к концу года перевести подачу документов на портал."),
    ("Аграрлық субсидиялардағы сыбайлас жемқорлық тәуекелдері әлі де жоғары – депутаттар",
     "Мәжілісте Ауыл шаруашылығы министрлігінің фермерлерді қолдау туралы есебі талқыланды. "
     "Өткен жылы шаруаларға 540 млрд теңге субсидия төленді. "
     "Депутаттың айтуынша, бес облыста төлемдердің үштен бірін бір ғана шаруашылықтар алған. "
     "Министр 2027 жылға қарай барлық өтінімдерді цифрлық форматқа көшіруді уәде етті."),
]


@pytest.mark.parametrize(("title", "text"), FIELD_REPORTS)
def test_the_shipped_model_calls_a_report_under_such_a_headline_relevant(title, text):
    [(relevant, topic, _)] = load_classifier().model.predict([article_in_cyrillic(title, text)])
    assert relevant and topic != "other"
