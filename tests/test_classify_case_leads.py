"""Round rr29 of the classifier on sentences of our own: a dateline or an initial that ends no sentence (so a charge in
the second sentence after "TARAZ. KAZINFORM –" is in the lead), quasi-public companies as public actors and public money
(SCHEMA.md), an overpriced purchase as a corruption act, and money taken per paper a forester issues."""

import math

from pokazatel.crawlers.prefilter import matches_prefilter
from pokazatel.nlp.classify.actors import ACTOR_FEATURES, actor_features
from pokazatel.nlp.classify.keywords import feature_names
from pokazatel.nlp.classify.lexicons import EvidenceLexicons, load_evidence_lexicons
from pokazatel.nlp.classify.linear import PASSING, evidence
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.classify.paid_acts import paid_act_features
from pokazatel.nlp.classify.subject import SUBJECT_FEATURES, procedure_headline, sentence_pieces, subject_features
from pokazatel.nlp.kk.latin import to_cyrillic

LEXICONS = load_evidence_lexicons()
ACTORS = LEXICONS.actor_lexicon
CORE = LEXICONS.subject_lexicon
PASSING_COLUMN = len(feature_names(LEXICONS.keywords)) + PASSING
PROCEDURE = LEXICONS.subject_procedure
# the core words and the posing markers alone: no headline is a case's step, so the lead is two sentences
CORE_AND_POSING = EvidenceLexicons(subject_lexicon=CORE, subject_posing=LEXICONS.subject_posing)


def subject(title: str, text: str) -> dict[str, float]:
    return dict(zip(SUBJECT_FEATURES, subject_features(title, text, CORE_AND_POSING), strict=True))


def actors(text: str, title: str = "") -> dict[str, float]:
    return {name: round(value, 3) for name, value in
            zip(ACTOR_FEATURES, actor_features(title, text, ACTORS), strict=True)}


def test_an_upper_case_dateline_is_joined_to_the_sentence_it_opens():
    assert sentence_pieces("OSKEMEN. KAZINFORM – Sot úkim shyǵardy. Ol 5 jylǵa sottaldy.") == (
        "OSKEMEN. KAZINFORM – Sot úkim shyǵardy.", "Ol 5 jylǵa sottaldy.")
    assert sentence_pieces("АКТОБЕ. Суд вынес приговор. Он обжалован.") == (
        "АКТОБЕ. Суд вынес приговор.", "Он обжалован.")


def test_an_initial_ends_no_sentence_but_a_line_break_after_it_does():
    assert sentence_pieces("Директор А. К. Сейтов и инженер Б. Омаров задержаны. Дело передано в суд.") == (
        "Директор А. К. Сейтов и инженер Б. Омаров задержаны.", "Дело передано в суд.")
    assert sentence_pieces("Подпись: М.\nНовый абзац.") == ("Подпись: М.", "Новый абзац.")
    assert sentence_pieces("Город растёт. Парков стало больше.") == ("Город растёт.", "Парков стало больше.")


def test_a_dateline_does_not_push_the_charge_out_of_the_lead():
    text = ("SEMEI. KAZINFORM – Oblystyq sot búrynǵy bas dárigerge qatysty úkimdi ózgerissiz qaldyrdy. "
            "Ol jetkizýshiden 20 mln teńge para alǵany úshin 5 jylǵa sottalǵan. Aýrýhanada 200 tósek bar. "
            "Jańa ǵımarat salynýda. Qys jyly bolady. Jol jóndelýde. Avtobýs qatynaıdy. Bazar ashyldy.")
    assert subject("Búrynǵy bas dárigerdiń úkimi kúshinde qaldy", to_cyrillic(text).text)[
        "subject:passing_mention"] == 0.0


def test_a_core_word_only_after_the_lead_is_still_in_passing():
    text = ("Министерство подвело итоги года. Открыто 12 школ. Построено 40 км дорог. Набрано 300 учителей. "
            "Министр отдельно упомянул борьбу с коррупцией. Следующий год будет трудным.")
    assert subject("Итоги года в министерстве", text)["subject:passing_mention"] == 1.0


def passing(title: str, text: str) -> float:
    row = evidence(title, text, LEXICONS)
    return row[PASSING_COLUMN]


WANTED = ("Бывший директор коммунального предприятия объявлен в розыск. Об этом сообщили в департаменте полиции. "
          "Его подозревают в хищении 300 млн тенге при ремонте теплосетей. Сам он выехал за рубеж в марте. "
          "Его заместитель уже арестован. Следствие продолжается. Суд назначит меру пресечения заочно. "
          "Предприятие продолжает работу. Теплосети отремонтируют к зиме. Подрядчик сменён. "
          "Жалоб от жителей не поступало. Новые трубы уложены на двух улицах.")


def test_a_charge_named_after_the_lead_of_a_case_headline_is_not_in_passing():
    assert subject("Экс-директора предприятия объявили в розыск", WANTED)["subject:passing_mention"] == 1.0
    assert passing("Экс-директора предприятия объявили в розыск", WANTED) == 0.0
    assert passing("Бұрынғы директор халықаралық іздеуге жарияланды", WANTED) == 0.0
    assert passing("Бывшего главврача осудили на 5 лет", WANTED) == 0.0
    late = ("Бывший директор предприятия арестован. Об этом сообщили в полиции. Он выехал за рубеж в марте. "
            "Его заместитель тоже под следствием. Следствие продолжается. Ранее в области выявили хищения в школах. "
            "Суд назначит меру пресечения. Предприятие работает. Теплосети отремонтируют к зиме. Подрядчик сменён.")
    assert passing("Экс-директора предприятия арестовали", late) == 1.0  # only the first four sentences


def test_a_detention_headline_or_a_law_keeps_the_flag():
    assert passing("Экс-директора предприятия задержали", WANTED) == 1.0  # police news reports detentions of all kinds
    text = ("Депутаты приняли закон о пастбищах. Он уточняет сроки аренды. Законопроект прошёл антикоррупционную "
            "экспертизу. Закон вступит в силу через десять дней. Его подпишет Президент.")
    assert passing("Мажилис принял закон о пастбищах", text) == 1.0


def test_the_procedure_markers_are_read_in_the_headline_only():
    assert procedure_headline("Аким арестован", PROCEDURE)
    assert procedure_headline(to_cyrillic("Poshta bólimsheniń burynǵy dırektory sottaldy").text, PROCEDURE)
    assert procedure_headline("Бұрынғы директор сотталды", PROCEDURE)
    assert procedure_headline("Соттың үкімі күшінде қалды", PROCEDURE)
    assert not procedure_headline("Мажилис принял закон о пастбищах", PROCEDURE)
    assert not procedure_headline("Үкімет отырысында егіс науқаны талқыланды", PROCEDURE)
    assert not procedure_headline("Аким арестован", ())
    assert not procedure_headline("В ведомстве опровергли слухи об аресте акима", PROCEDURE, LEXICONS.subject_disputed)


def test_fraud_at_a_national_holdings_subsidiary_is_public_money_not_private_theft():
    text = ("«Бәйтерек» ұлттық басқарушы холдингінің еншілес ұйымы филиалының басшысы алаяқтық жасады деп күдіктелуде. "
            "Ол жалған фермерлерге несие берген.")
    found = actors(text)
    assert found["actors:public_money_fraud_sentences"] > 0
    assert found["actors:private_theft_sentences"] == 0.0


def test_fraud_against_a_private_bank_stays_private_theft():
    found = actors("Жеке банктің кассирі салымшылардың ақшасын ұрлаған. Ол қамауға алынды.")
    assert found["actors:private_theft_sentences"] > 0
    assert found["actors:public_money_fraud_sentences"] == 0.0


def test_an_overpriced_purchase_by_a_quasi_public_manager_is_an_act_by_an_official():
    assert actors("Менеджеры дочерней компании нацкомпании завысили стоимость закупленных труб вдвое.")[
        "actors:act_by_official_sentences"] > 0
    assert actors("Ұлттық компанияның еншілес ұйымының басшылары жабдық бағасын қолдан көтерген.")[
        "actors:act_by_official_sentences"] > 0
    assert actors("Ұлттық компания бастығы тексерілді. Ол жабдық бағасын асырып, мемлекетке 90 млн теңге залал "
                  "келтірген.")["actors:act_by_official_sentences"] == round(math.log1p(1), 3)


def test_overpricing_by_a_supplier_or_a_shop_names_no_public_actor():
    found = actors("Антимонопольное ведомство выяснило, что сеть магазинов завысила цены на сахар.")
    assert found["actors:act_by_official_sentences"] == 0.0
    assert found["actors:public_money_fraud_sentences"] == 0.0
    found = actors("Поставщик продавал больницам молоко по завышенным ценам, переплата из бюджета составила 3 млн.")
    assert found["actors:act_by_official_sentences"] == 0.0
    assert found["actors:public_money_fraud_sentences"] == 0.0



def test_a_forester_paid_for_each_felling_ticket_is_a_paid_act():
    text = ("В области осуждён лесничий. Как установил суд, он выдавал порубочные билеты без торгов, получая за каждый "
            "билет по 300 тысяч тенге.")
    paid = paid_act_features("Лесничего осудили", text, LEXICONS.paid_lexicon, ACTORS.actors, ACTORS.acts)
    assert paid[0] > 0
    shop = paid_act_features("Итоги ярмарки", "Фермер продавал картофель, получая за каждый мешок по 3 тысячи тенге.",
                             LEXICONS.paid_lexicon, ACTORS.actors, ACTORS.acts)
    assert shop[0] == 0.0


def test_the_shipped_model_was_trained_with_these_procedure_markers_and_reads_case_headlines():
    model = load_classifier().model
    assert model.lexicons.subject_procedure == PROCEDURE
    relevant = model.probabilities([("Экс-директора предприятия объявили в розыск", WANTED)])[0]
    assert relevant >= model.threshold


def test_a_bribe_demanded_or_asked_for_is_a_corruption_keyword_in_kazakh():
    assert matches_prefilter("Емхана басшысы пара талап етті", "Ол науқастардан ақша сұраған.")
    assert matches_prefilter("Инспектор ұсталды", "Ол жүргізушіден пара сұраған.")
    assert matches_prefilter("Инспектор ұсталды", "Ол параны қолма-қол алған.")
    assert not matches_prefilter("Емхана жөнделді", "Жаңа жабдық алынды, науқастар талап еткен кезек қысқарды.")
    assert {"пара талап", "пара сұра"} <= set(CORE)
