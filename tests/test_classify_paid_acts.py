"""The classifier's evidence without corruption words (nlp/classify/paid_acts.py) on hand-written sentences: money
taken for an official's act or a price for a paper a clerk issues, goods seized in an operation."""

import math

from pokazatel.nlp.classify.actors import load_actor_lexicon
from pokazatel.nlp.classify.linear import evidence_width
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.classify.paid_acts import (
    NO_PAID_LEXICON,
    PAID_FEATURES,
    PaidActLexicon,
    load_paid_lexicon,
    paid_act_features,
    price_pattern,
)
from pokazatel.nlp.classify.subject import load_posing_markers

LEXICON = load_paid_lexicon()
ACTORS = load_actor_lexicon()
POSING = load_posing_markers()


def features(title: str, text: str) -> dict[str, float]:
    return dict(zip(PAID_FEATURES, paid_act_features(title, text, LEXICON, ACTORS.actors, ACTORS.acts, POSING),
                    strict=True))


def test_money_taken_by_a_public_post_for_its_act_counts_without_the_word_bribe():
    result = features("Таможенника осудили", "Суд установил, что таможенный инспектор получил от водителя 900 тысяч "
                      "тенге за то, чтобы фуру пропустили без взвешивания. Его приговорили к пяти годам.")
    assert result == {"paid:paid_act_sentences": math.log1p(1), "paid:goods_seizure_sentences": 0.0}
    kazakh = features("Мектеп директоры ұсталды", "Ол баланы бірінші сыныпқа қабылдау үшін ата-аналардан 200 мың "
                      "теңгеден алған.")
    assert kazakh["paid:paid_act_sentences"] == math.log1p(1)  # the headline names the post, the sentence the act


def test_the_public_post_may_be_named_in_the_sentences_before():
    text = ("В Таразе осуждён преподаватель государственного университета. Как установил суд, он учился вместе с "
            "обвинителем. Он требовал со студентов по 15 тысяч тенге за проставление оценки.")
    assert features("Приговор в Таразе", text)["paid:paid_act_sentences"] == math.log1p(1)
    far = ("Приговор вынесли в Таразе. Суд работал три дня. Был объявлен перерыв. Свидетели выступили. "
           "Мужчина требовал со знакомых по 15 тысяч тенге за проставление оценки.")
    assert features("Новости суда", far)["paid:paid_act_sentences"] == 0.0  # no post named anywhere


def test_money_paid_without_an_act_bought_or_without_a_post_does_not_count():
    assert features("Цены", "Аким района сообщил, что за проезд в автобусе жители платят 150 тенге.") == {
        "paid:paid_act_sentences": 0.0, "paid:goods_seizure_sentences": 0.0}  # nobody takes money for an act
    assert features("Мошенник", "Мошенник получил от покупателя 2 млн тенге за автомобиль, которого не было.")[
        "paid:paid_act_sentences"] == 0.0  # a sale is no act paid for, and no post is named
    posing = features("Лжечиновник", "Мужчина, представившийся сотрудником акимата, получил 500 тысяч тенге за "
                      "выдачу справки.")
    assert posing["paid:paid_act_sentences"] == 0.0  # a scam posing as an official


def test_goods_seized_count_and_a_corruption_act_beside_them_does_not():
    seized = features("На границе изъяли сигареты", "Таможенники изъяли 3 тысячи блоков сигарет. Водитель задержан. "
                      "Ранее на посту обнаружили 2 тонны топлива без документов.")
    assert seized["paid:goods_seizure_sentences"] == math.log1p(3)  # the headline and two sentences
    kazakh = features("", "Шекарашылар 50 келі есірткі тәркіледі.")
    assert kazakh["paid:goods_seizure_sentences"] == math.log1p(1)
    bribe = features("", "У таможенника, получившего взятку за пропуск контрабандных сигарет, изъяли 2 тысячи блоков.")
    assert bribe["paid:goods_seizure_sentences"] == 0.0


def test_a_price_is_a_sum_of_money_never_a_duration_or_a_count():
    price = price_pattern(LEXICON.price, LEXICON.sum_scale)
    for paid in ("за 250 тысяч тенге", "за 1 5 млн. тенге", "за 300 000 тенге", "за 500 долларов", "за 2 тыс. рублей",
                 "150 мың теңгеге", "1 5 млн теңгеге", "300 долларға"):
        assert price.search(paid), paid
    for other in ("за 15 минут", "за 3 дня", "за 2-3 дня", "за 2 года", "за 3 тысячи заявлений", "за 2024 год",
                  "250 тысяч тенге", "15 минутта", "150 мың теңге", "3 мың өтініш"):
        assert not price.search(other), other


def test_a_clerk_issuing_papers_for_a_price_is_a_paid_act_in_both_languages():
    def paid(title: str, text: str) -> float:
        return features(title, text)["paid:paid_act_sentences"]
    assert paid("Задержан сотрудник ЦОНа", "В Таразе задержан сотрудник ЦОНа. По данным полиции, он за 150 тысяч "
                "тенге оформлял справки без проверки документов.") == math.log1p(1)
    assert paid("Приговор инспектору", "Инспектор отдела регистрации за 80 тысяч тенге регистрировал автомобили без "
                "осмотра.") == math.log1p(1)
    assert paid("ХҚКО қызметкері ұсталды", "Тергеу мәліметінше, ХҚКО қызметкері 120 мың теңгеге жүргізуші куәлігін "
                "емтихансыз рәсімдеп берген.") == math.log1p(1)
    assert paid("Ярмарка в Таразе", "Фермер за 5 тысяч тенге продавал мешок картофеля. Сотрудник акимата следил "
                "за порядком.") == 0.0  # a sale, not a paper issued
    assert paid("Итоги года в ЦОНах", "Сотрудники ЦОНов за 15 минут оформляли документы, госпошлина составила "
                "2 тысячи тенге.") == 0.0  # a duration, the fee no price paid to the clerk
    assert paid("ХҚКО жұмысы", "ХҚКО қызметкерлері 15 минутта құжаттарды рәсімдеп береді, баж салығы 3 мың "
                "теңге.") == 0.0


def test_an_official_selling_papers_he_issues_is_a_paid_act_priced_or_not_in_both_languages():
    def paid(title: str, text: str) -> float:
        return features(title, text)["paid:paid_act_sentences"]
    assert paid("Сотрудник ЦОНа продавал справки о несудимости", "В Костанае задержан сотрудник ЦОНа. Он выдавал "
                "справки без проверки по базе.") == math.log1p(1)
    assert paid("Задержан инспектор", "Инспектор миграционной службы продавал разрешения на работу иностранцам.") == \
        math.log1p(1)
    assert paid("Орманшы ұсталды", "Тергеу мәліметінше, орман инспекторы ағаш кесуге рұқсатты сатқан.") == math.log1p(1)
    assert paid("Мошенник продавал поддельные дипломы", "Житель Шымкента продавал дипломы через соцсети. Покупатели "
                "обратились в полицию.") == 0.0  # no public post: a private seller of fakes
    assert paid("Кондитерская в Актау", "Пекарь продавал торты с сертификатом качества.") == 0.0


def test_an_empty_lexicon_gives_zeros_and_the_sections_round_trip():
    assert paid_act_features("Аким получил 1 млн тенге за выдачу земли", "", NO_PAID_LEXICON) == [0.0, 0.0]
    assert PaidActLexicon.from_json(LEXICON.to_json()) == LEXICON
    assert {"тенге", "теңге"} <= set(LEXICON.money) and "үшін" in LEXICON.paid_for and "есірткі" in LEXICON.goods


def test_the_shipped_model_was_trained_with_these_lists():
    model = load_classifier().model
    assert model.lexicons.paid_lexicon == LEXICON
    width = sum(len(block.idf) for block in model.blocks.values()) + evidence_width(model.lexicons)
    assert model.relevance_weights.shape == (width,)
