"""The act-by-official count in its context (nlp/classify/actors.py, words in data/rules/actors.yaml), on
hand-written sentences: a subject pronoun takes the actor of the sentence before, the police who detain someone
are no actor of that person's act, words that only look like acts count nothing, and an act that is a private
party's theft is not an official's even when an official comments in the same sentence."""

import math

from pokazatel.nlp.classify.actors import ACTOR_FEATURES, ActorLexicon, actor_features, load_actor_lexicon
from pokazatel.nlp.classify.subject import load_posing_markers

LEXICON = load_actor_lexicon()
POSING = load_posing_markers()


def act_sentences(title: str, text: str, lexicon: ActorLexicon = LEXICON) -> float:
    return dict(zip(ACTOR_FEATURES, actor_features(title, text, lexicon, POSING), strict=True))[
        "actors:act_by_official_sentences"]


def test_a_subject_pronoun_takes_the_actor_of_the_sentence_before():
    assert act_sentences("", "Суд вынес приговор инспектору таможни. Он вымогал у перевозчиков деньги.") \
        == math.log1p(1)
    assert act_sentences("", "Аудан әкімінің орынбасары ұсталды. Ол кәсіпкерден 3 млн теңге талап еткен.") \
        == math.log1p(1)
    assert act_sentences("Задержан начальник отдела акимата", "Они получали откаты от подрядчиков.") == math.log1p(1)


def test_no_carry_over_without_a_pronoun_an_actor_before_or_beyond_one_sentence():
    assert act_sentences("", "Суд вынес приговор инспектору таможни. Вымогательство длилось год.") == 0.0
    assert act_sentences("", "Синоптики обещают метель. Они вымогали деньги у водителей.") == 0.0
    assert act_sentences("", "Задержан аким села. Погода была ясной. Он брал взятки.") == 0.0
    # "по его словам" after an official who comments on another's case is no subject pronoun
    assert act_sentences("", "Министр прокомментировал задержание. По его словам, хищение стало неожиданностью.") == 0.0


def test_an_old_lexicon_without_pronouns_keeps_the_old_count():
    old = ActorLexicon(acts=LEXICON.acts, actors=LEXICON.actors)
    assert act_sentences("", "Суд вынес приговор инспектору таможни. Он вымогал у перевозчиков деньги.", old) == 0.0
    assert ActorLexicon.from_json({name: list(words) for name, words in old.to_json().items()
                                   if name not in ("pronouns", "not_acts", "catchers", "catching")}) == old


def test_the_police_who_detain_someone_are_no_actor_of_that_persons_act():
    for text in ("Полиция Караганды задержала двух мужчин, которые вымогали деньги у таксистов.",
                 "Полицейские задержали троих. Они похитили у фермера 40 овец.",
                 "Шымкент полициясы дүкен иесінен ақша бопсалаған екі адамды ұстады."):
        assert act_sentences("", text) == 0.0, text


def test_a_detained_police_officer_stays_an_actor():
    for text in ("Антикор задержал полицейского, который вымогал деньги у водителя.",
                 "Задержан полицейский: он вымогал у водителя 200 тысяч тенге.",
                 "Агенттік кәсіпкерден ақша бопсалаған полиция қызметкерін ұстады."):
        assert act_sentences("", text) == math.log1p(1), text


def test_words_that_only_look_like_acts_count_nothing():
    for text in ("Депутаты одобрили присвоение имени героя улице, предложил министр.",
                 "Министр сообщил, что камеры нужны для предотвращения злоупотреблений со стороны полицейских.",
                 "Аким области поручил обеспечить недопущение хищений при строительстве."):
        assert act_sentences("", text) == 0.0, text
    assert act_sentences("", "Аким присвоил имущество сельского округа.") == math.log1p(1)


def test_a_private_theft_commented_on_by_an_official_is_no_act_of_the_official():
    assert act_sentences("", "Министр прокомментировал арест директора благотворительного фонда, "
                             "подозреваемого в хищении пожертвований.") == 0.0
    assert act_sentences("", "Аким района подозревается в хищении бюджетных средств.") == math.log1p(1)


def test_public_bodies_named_by_their_service():
    for text in ("Двух сотрудников патрульной полиции осудили за взятку.",
                 "Налоговик требовал взятку за закрытие проверки.",
                 "Мемлекеттік кірістер департаментінің қызметкері пара алды."):
        assert act_sentences("", text) == math.log1p(1), text


def test_the_ones_who_made_a_passive_detention_are_no_actor():
    assert act_sentences("", "Разыскиваемый был задержан сотрудниками департамента полиции: он похитил деньги "
                             "у работодателя в Турции.") == 0.0
    assert act_sentences("", "Задержан сотрудник полиции, который вымогал деньги у водителей.") == math.log1p(1)


def test_patronage_by_officials_is_an_act():
    assert act_sentences("", "Должностные лица колонии оказывали покровительство осуждённому.") == math.log1p(1)


def test_public_land_given_unlawfully_is_public_money_misuse():
    def money_fraud(text: str) -> float:
        return dict(zip(ACTOR_FEATURES, actor_features("", text, LEXICON, POSING), strict=True))[
            "actors:public_money_fraud_sentences"]

    assert money_fraud("Суд признал незаконной передачу государственной земли в частную собственность.") \
        == math.log1p(1)
    assert money_fraud("Мемлекеттік жер телімі заңсыз берілген.") == math.log1p(1)
    assert money_fraud("Участок передан в частную собственность по итогам аукциона.") == 0.0
