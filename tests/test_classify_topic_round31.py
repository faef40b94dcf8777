"""Topic rules of round 31 (data/rules/topic.yaml): an official's extortion and a favour he sells for money are
`bribery`, contracts given to an affiliated or a relative's firm and illegal enrichment charged are `abuse_of_office`,
unless the lead names another offence, a promise of a favour (fraud) or what was returned. Sentences of our own, none
from an evaluation set."""

import pytest
from pokazatel.nlp.classify.topic_rules import load_topic_rules

RULES = load_topic_rules()
MODEL_TOPICS = ("bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy")


@pytest.mark.parametrize("title, text", [
    ("Участкового осудили за вымогательство", "Он требовал у владельца магазина 300 тысяч тенге за то, что не "
     "составит протокол."),
    ("Задержан инспектор ДЧС", "Его задержали при вымогательстве 500 тысяч тенге у директора торгового центра."),
    ("Дело начальника отдела", "Начальник отдела ЗАГС вымогал деньги у заявителей за ускоренную регистрацию. Дело "
     "передано в суд."),
    ("Санэпидемиолог ұсталды", "Маман дүкен иесінен ақша бопсалағаны үшін ұсталды."),
    ("Жер инспекторы сотталды", "Ол шаруадан 1 млн теңге бопсалады деген айыппен сотталды."),
])
def test_an_officials_extortion_is_bribery(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "bribery"


@pytest.mark.parametrize("title, text", [
    ("Работники автошколы наказаны", "Проверка показала, что экзаменаторы за деньги засчитывали проваленный экзамен."),
    ("Надзиратели СИЗО осуждены", "Они за ежемесячную плату в 100 тысяч тенге передавали арестованному продукты и "
     "телефон."),
    ("Дәрігер ұсталды", "Әскери комиссияның дәрігері ақшаға денсаулығы туралы жалған қорытынды жазып берген."),
    ("Түрме қызметкерлері жазаланды", "Олар сотталушыға тыйым салынған заттар өткізген. Бұл үшін туыстарынан 600 мың "
     "теңге алған."),
])
def test_a_favour_an_official_sells_for_money_is_bribery(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "bribery"


@pytest.mark.parametrize("title, text, predicted", [
    # a promise of a favour sold by someone who cannot give it: мнимое посредничество, fraud
    ("Посредник задержан", "Он обещал за деньги устроить сына заявительницы в полицию.", "fraud"),
    ("Делдал ұсталды", "Ол ақшаға пәтер кезегіне қойып беремін деп уәде берген.", "fraud"),
    # theft named beside money, money turned into cash, property bought with stolen money
    ("Бухгалтер акимата", "Она за вознаграждение от подрядчика помогала в хищении бюджетных денег.", "embezzlement"),
    ("Құрылыс компаниясы", "Құрылтайшылар аванс ақшаны қолма-қол ақшаға айналдырып, бөліп алған.", "fraud"),
    ("Тәркіленген мүлік", "Жымқырылған ақшаға алынған үйлер мемлекетке қайтарылды.", "asset_recovery"),
])
def test_a_promise_another_offence_or_money_not_paid_for_a_favour_keeps_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


@pytest.mark.parametrize("title, text", [
    ("Проверка в управлении сельского хозяйства", "Субсидии на технику получали в основном фермы, аффилированные с "
     "руководителем отдела. Трое сотрудников уволены."),
    ("Госзаказ без конкурса", "Директор ГКП заключил договоры на вывоз мусора с фирмой своего зятя."),
    ("Коммунальные закупки", "Отдел ЖКХ отдавал заказы компаниям, аффилированным с заместителем акима."),
    ("Әкімдік тендері", "Тапсырыстар әкім орынбасарының үлестес компаниясына берілген."),
])
def test_contracts_given_to_an_affiliated_or_relatives_firm_are_abuse_of_office(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "abuse_of_office"


@pytest.mark.parametrize("title, text, predicted", [
    ("Для депутатов введут проверку на аффилированность", "Декларации сверят с реестром компаний.", "policy"),
    ("Хищение в акимате", "Деньги на ремонт дорог ушли фирме брата заместителя акима и были похищены.", "embezzlement"),
    ("Возврат в бюджет", "Суд обязал вернуть в бюджет 40 млн тенге, выплаченных фирме жены директора.",
     "asset_recovery"),
])
def test_a_check_for_affiliation_or_a_theft_or_a_return_keeps_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


@pytest.mark.parametrize("title, text", [
    ("Бывшего судью осудили за незаконное обогащение", "Он купил три дома, хотя его зарплата этого не позволяла."),
    ("Экс-начальника ДГД подозревают в незаконном обогащении", "Следствие насчитало у него 14 квартир."),
    ("Бұрынғы кеден қызметкері жауапқа тартылды", "Ол табысына сәйкес келмейтін мүлкі үшін айыпталды."),
])
def test_illegal_enrichment_charged_is_abuse_of_office(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "abuse_of_office"


@pytest.mark.parametrize("title, text, predicted", [
    ("Парламент обсудил закон о незаконном обогащении", "Депутаты предлагают ввести ответственность за незаконное "
     "обогащение чиновников.", "policy"),
    ("Имущество вернули государству", "Бывшего таможенника осудили за незаконное обогащение, его дома обращены в "
     "доход государства.", "asset_recovery"),
])
def test_a_law_on_illegal_enrichment_or_its_property_returned_keeps_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted
