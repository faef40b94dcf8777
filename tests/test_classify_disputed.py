"""Rumours and denials, scams posing as officials in other words, private fraud on loans: the classifier's evidence
(nlp/classify/subject.py, actors.py; words in data/rules/subject.yaml, actors.yaml) on sentences of their own, and
what the shipped model makes of such articles."""

import math

from pokazatel.nlp.classify.actors import ACTOR_FEATURES, actor_features
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.linear import LinearClassifier
from pokazatel.nlp.classify.model import MODEL_PATH
from pokazatel.nlp.classify.subject import DISPUTED_FEATURES, disputed_features, subject_features

LEXICONS = load_evidence_lexicons()
DISPUTED = LEXICONS.subject_disputed
POSING = LEXICONS.subject_posing
ACTORS = LEXICONS.actor_lexicon


def disputed(title: str, text: str) -> float:
    return dict(zip(DISPUTED_FEATURES, disputed_features(title, text, DISPUTED), strict=True))[
        "subject:disputed_lead"]


def actors(title: str, text: str) -> dict[str, float]:
    return dict(zip(ACTOR_FEATURES, actor_features(title, text, ACTORS, POSING + DISPUTED), strict=True))


def test_a_denied_or_unconfirmed_report_in_the_headline_or_the_lead_is_disputed():
    assert disputed("В полиции опровергли слухи о задержании начальника", "Начальник работает.") == 1.0
    assert disputed("Новости района", "В сети пишут о задержании главы ведомства. В ведомстве эту информацию не "
                    "подтвердили. Глава ведомства на работе.") == 1.0
    assert disputed("Әкімнің ұсталғаны туралы ақпарат", "Әкімдік бұл ақпаратты жоққа шығарды.") == 1.0
    assert disputed("Бас прокуратура хабарлады", "Облыс әкімінің ұсталғаны расталмады.") == 1.0


def test_a_confirmed_detention_a_comment_refused_or_a_defendant_who_denies_guilt_is_not_disputed():
    assert disputed("МВД подтвердило задержание генерала", "Генерал задержан по подозрению во взятке.") == 0.0
    assert disputed("Источники: задержан вице-министр", "В Антикоре задержание не комментируют.") == 0.0
    assert disputed("Аким осуждён за взятку", "Суд приговорил акима к 7 годам. Он вину не признал.") == 0.0
    assert disputed("", "") == 0.0


def test_a_rumour_further_down_than_the_lead_does_not_make_the_story_disputed():
    text = ("Агентство задержало акима района. Он подозревается во взятке. Ранее об этом ходили слухи. "
            "Начато расследование.")
    assert disputed("Задержан аким района", text) == 0.0


def test_a_rumoured_act_of_an_official_is_no_act_pair():
    rumour = actors("Слухи в сети", "В соцсетях пишут, что аким якобы задержан при получении взятки.")
    assert rumour["actors:act_by_official_sentences"] == 0.0
    kazakh = actors("", "Аудан әкімі пара алып ұсталды деген ақпарат тарады.")
    assert kazakh["actors:act_by_official_sentences"] == 0.0
    real = actors("", "Аким задержан при получении взятки.")
    assert real["actors:act_by_official_sentences"] == math.log1p(1)


def test_scammers_calling_as_if_from_antikor_pose():
    russian = subject_features("Мошенники звонят горожанам", "Злоумышленники звонят якобы из антикоррупционной "
                               "службы и требуют перевести деньги.", LEXICONS)
    kazakh = subject_features("Алаяқтар хабарласуда", "Алаяқтар Сыбайлас жемқорлыққа қарсы қызметтің қызметкері "
                              "болып хабарласып, ақша сұрайды.", LEXICONS)
    assert russian == [0.0, 0.0, 1.0] and kazakh == [0.0, 0.0, 1.0]


def test_loans_obtained_from_a_bank_with_forged_papers_are_private_theft():
    russian = actors("", "Заёмщик получил в банке кредиты по поддельным справкам о доходах.")
    kazakh = actors("", "Ол жалған анықтама арқылы банктен несие алған.")
    assert russian["actors:private_theft_sentences"] == math.log1p(1)
    assert kazakh["actors:private_theft_sentences"] == math.log1p(1)
    # forged acts for budget money are public money obtained by fraud, not a private party's loss
    public = actors("", "Подрядчик по фиктивным актам получил бюджетные средства на ремонт школы.")
    assert public["actors:public_money_fraud_sentences"] == math.log1p(1)
    assert public["actors:private_theft_sentences"] == 0.0


def test_the_shipped_model_knows_the_disputed_words_and_tells_a_denial_from_a_confirmed_detention():
    model = LinearClassifier.load(MODEL_PATH)
    assert model.lexicons.subject_disputed == DISPUTED and model.lexicons.subject_posing == POSING
    denial, confirmed = model.probabilities([
        ("В акимате Кокшетау опровергли слухи о задержании заместителя акима",
         "В телеграм-каналах появилась информация о том, что заместитель акима города якобы задержан при "
         "получении взятки. В акимате эти сведения назвали недостоверными: заместитель акима находится в отпуске. "
         "В Антикоррупционной службе сообщили, что никаких следственных действий в отношении него не ведётся."),
        ("Антикор подтвердил задержание заместителя акима Кокшетау",
         "В Антикоррупционной службе подтвердили задержание заместителя акима города при получении взятки в 8 млн "
         "тенге от строительной компании. Деньги он требовал за подписание актов приёмки. Он водворён в ИВС."),
    ])
    assert denial < model.threshold <= confirmed
