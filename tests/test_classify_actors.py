"""The classifier's sentence-level evidence (nlp/classify/actors.py) on hand-written sentences, and what the
shipped model makes of stream-like articles it was not trained on."""

import math

from pokazatel.nlp.classify.actors import ACTOR_FEATURES, actor_features, load_actor_lexicon
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.classify.subject import load_posing_markers

LEXICON = load_actor_lexicon()
POSING = load_posing_markers()


def features(title: str, text: str) -> dict[str, float]:
    return dict(zip(ACTOR_FEATURES, actor_features(title, text, LEXICON, POSING), strict=True))


def test_the_lists_hold_russian_and_kazakh_words():
    assert {"взятк", "пара ал", "жымқыр"} <= set(LEXICON.acts)
    assert {"аким", "әкім", "полицейск"} <= set(LEXICON.actors)
    assert {"субсиди", "бюджет"} <= set(LEXICON.public_money) and {"мошеннич", "алаяқ"} <= set(LEXICON.fraud)


def test_an_act_and_an_official_count_only_in_one_sentence():
    together = features("Аким района задержан при получении взятки",
                        "Аким района получил взятку в 3 млн тенге. Деньги передал подрядчик. Начато расследование.")
    assert together["actors:act_by_official_sentences"] == math.log1p(2)  # the headline and the first sentence
    apart = features("Новости района", "Аким района открыл школу. В соседней области раскрыли взятку.")
    assert apart["actors:act_by_official_sentences"] == 0.0


def test_public_money_and_fraud_in_one_sentence():
    result = features("Фермеров обманули",
                      "Мужчина обещал помочь получить государственные субсидии и обманул 20 фермеров. "
                      "Он задержан.")
    assert result == {"actors:act_by_official_sentences": 0.0, "actors:public_money_fraud_sentences": math.log1p(1),
                      "actors:private_theft_sentences": 0.0, "actors:promised_decision_sentences": math.log1p(1)}
    private = features("Кража в магазине", "Мошенник обманул продавца. Бюджет города утвердили в марте.")
    assert private["actors:public_money_fraud_sentences"] == 0.0


def test_theft_from_a_private_party_counts_apart_unless_the_sentence_names_public_money():
    result = features("Бухгалтер частной фирмы присвоила 40 млн тенге",
                      "Министр прокомментировал задержание главы благотворительного фонда, подозреваемой в хищении "
                      "пожертвований. Бухгалтер банка похитила бюджетные средства. Қайырымдылық қорының басшысы "
                      "демеушілердің ақшасын жымқырды.")
    # the headline, the charity (an official commenting does not make it public money) and the Kazakh charity;
    # the bank clerk's sentence names budget money, so it is public money and fraud instead
    assert result["actors:private_theft_sentences"] == math.log1p(3)
    assert result["actors:public_money_fraud_sentences"] == math.log1p(1)
    assert features("Фирма закрылась", "Частная фирма закрыла магазин. Вор украл велосипед.")[
        "actors:private_theft_sentences"] == 0.0


def test_public_money_paid_out_without_grounds_is_an_act_and_theft_from_a_firms_account_is_private():
    result = features("Премии без оснований",
                      "Государственное учреждение необоснованно премировало работников на 13 млн тенге. "
                      "Мемлекеттік мекеме қызметкерлеріне негізсіз сыйақы төлеген. "
                      "Учредитель ТОО растратил деньги со счетов товарищества. "
                      "Сотрудница отделения сняла деньги со счетов клиентов и присвоила их. "
                      "Бас бухгалтер фирма шотынан 40 млн теңгені жымқырды.")
    assert result["actors:act_by_official_sentences"] == math.log1p(2)
    assert result["actors:private_theft_sentences"] == math.log1p(3)
    assert features("Проверка бизнеса", "Прокуратура отменила необоснованные проверки бизнеса.")[
        "actors:act_by_official_sentences"] == 0.0


def test_a_promise_of_a_public_service_counts_even_from_someone_posing_as_an_official():
    result = features("Обещала место в детском саду",
                      "Женщина представлялась сотрудницей отдела образования и обещала устроить детей в детский сад "
                      "вне очереди. Аким пообещал отремонтировать дороги. Ол әкімдікте таныстарым бар деп, тұрғын үй "
                      "кезегін жылжытып беремін деп уәде берген.")
    # the headline, the first and the last sentence; the akim's promise names no public service
    assert result["actors:promised_decision_sentences"] == math.log1p(3)
    assert result["actors:act_by_official_sentences"] == 0.0


def test_kazakh_sentences_count():
    result = features("Әкім пара алды", "Аудан әкімі 2 миллион теңге пара алған. Бюджет қаражатын жымқырған "
                      "алаяқ та ұсталды.")
    assert result["actors:act_by_official_sentences"] == math.log1p(2)
    assert result["actors:public_money_fraud_sentences"] == math.log1p(1)  # "бюджет қаражаты", "жымқырған"
    assert features("", "") == {name: 0.0 for name in ACTOR_FEATURES}


def test_a_scammer_posing_as_an_official_counts_for_neither_act_pair():
    result = features("Лжеполицейский выманил деньги",
                      "Мошенник представился сотрудником полиции и потребовал взятку за закрытие дела. "
                      "Он же от имени акимата обещал субсидии и обманул пенсионера.")
    # a promise of subsidies is the sale of an official's decision, posing or not: only that pair counts
    assert result == {**{name: 0.0 for name in ACTOR_FEATURES}, "actors:promised_decision_sentences": math.log1p(1)}


def test_the_shipped_model_tells_a_rules_note_from_a_bribe_story_and_a_subsidy_middleman_from_a_private_scam():
    model = load_classifier().model
    rules_note, bribe, middleman, scam = model.predict([
        ("Что изменится для владельцев мопедов с 1 сентября",
         "С 1 сентября для управления мопедом понадобится удостоверение категории А1. Сдать экзамен можно в "
         "центре обслуживания населения, запись открыта на портале. Шлем обязателен и для пассажира. За езду без "
         "удостоверения грозит штраф 10 МРП. В полиции напомнили, что предлагать инспектору деньги вместо "
         "штрафа запрещено. Разъяснения даст колл-центр 102."),
        ("Инспектора дорожной полиции задержали с поличным",
         "В Таразе инспектор дорожной полиции задержан при получении взятки в 150 тысяч тенге от водителя. "
         "Деньги он требовал за то, чтобы не составлять протокол о езде в нетрезвом виде. Задержание провели "
         "сотрудники Антикора. Начато досудебное расследование, полицейский отстранён от службы."),
        ("Обещал место в программе льготной ипотеки за деньги",
         "В Кызылорде задержан мужчина, который обещал жителям за 2 млн тенге включение в государственную "
         "программу льготной ипотеки, ссылаясь на знакомых в акимате. Деньги 15 человек он присвоил. "
         "Возбуждено уголовное дело."),
        ("Интернет-мошенник продавал несуществующие телефоны",
         "В Семее задержан мужчина, который размещал объявления о продаже смартфонов и просил предоплату. "
         "Покупатели переводили деньги, но товар не получали. Пострадали 30 человек, ущерб 6 млн тенге."),
    ])
    # the private scam's 0.34 under round 7's calibration (0.2 and below before): still far under the threshold
    assert rules_note[2] < 0.2 and scam[2] < 0.4 and bribe[2] > 0.8 and middleman[2] > 0.6
    assert not rules_note[0] and bribe[0] and middleman[0] and not scam[0]


def test_theft_from_financial_institutions_by_hackers_is_private_theft():
    hackers = features("Хакеры", "Хакеры совершили хищение денег со счетов финансовых учреждений на 40 млн тенге.")
    assert hackers["actors:private_theft_sentences"] == math.log1p(1)
    budget = features("Хищение", "Чиновник совершил хищение бюджетных средств финансовой организации.")
    assert budget["actors:private_theft_sentences"] == 0.0  # public money in the sentence: not private theft
