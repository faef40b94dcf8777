"""The classifier's main-subject evidence (nlp/classify/subject.py) on hand-written sentences."""

import pytest
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.subject import SUBJECT_FEATURES, sentence_pieces, sentences, subject_features

LEXICONS = load_evidence_lexicons()


def features(title: str, text: str) -> dict[str, float]:
    return dict(zip(SUBJECT_FEATURES, subject_features(title, text, LEXICONS), strict=True))


def test_the_lexicon_holds_russian_and_kazakh_corruption_words():
    assert {"взятк", "коррупц", "сыбайлас", "пара ал"} <= set(LEXICONS.subject_lexicon)


def test_sentences_are_cut_at_sentence_ends_and_line_breaks():
    assert sentences("Первое. Второе!\nТретье? Четвёртое… Пятое") == [
        "Первое.", "Второе!", "Третье?", "Четвёртое…", "Пятое"]
    assert sentences("  \n\n ") == []


def test_an_articles_sentences_are_cut_once_for_all_the_evidence_that_reads_them():
    text = "Аким задержан. Он получил взятку!\nСуд назначит наказание"
    pieces = sentence_pieces(text)
    assert pieces == ("Аким задержан.", "Он получил взятку!", "Суд назначит наказание") == tuple(sentences(text))
    assert sentence_pieces(text) is pieces
    listed = sentences(text)
    listed.append("изменённый список")  # a caller's own list: the kept pieces stay as they were
    assert sentence_pieces(text) == pieces and len(pieces) == 3


def test_a_story_about_a_bribe_is_about_corruption_in_most_of_its_sentences():
    result = features("Аким задержан при получении взятки",
                      "Аким района задержан при получении взятки в 5 млн тенге. "
                      "По данным Антикоррупционной службы, деньги он требовал за выдачу земли. "
                      "Возбуждено уголовное дело.")
    assert result["subject:core_sentence_share"] == pytest.approx(2 / 3)
    assert result["subject:passing_mention"] == 0.0


def test_one_mention_deep_in_a_text_on_something_else_is_in_passing():
    result = features("Какие машины могут ездить с проблесковыми маячками",
                      "МВД напомнило правила дорожного движения. Маячки ставят на машины скорой помощи. "
                      "Их ставят и пожарным. Их могут ставить полиция и антикоррупционная служба. "
                      "Другим водителям это запрещено. За нарушение грозит штраф.")
    assert result["subject:core_sentence_share"] == pytest.approx(1 / 6)
    assert result["subject:passing_mention"] == 1.0


def test_a_mention_in_the_headline_or_the_lead_is_not_in_passing():
    body = "Сегодня прошло заседание. Обсуждали бюджет. Говорили о дорогах. Затем о школах. Итоги подвели вечером."
    assert features("Депутаты обсудили коррупцию в акиматах", body)["subject:passing_mention"] == 0.0
    lead = "Депутаты говорили о коррупции. " + body
    assert features("Заседание маслихата", lead)["subject:passing_mention"] == 0.0


def test_kazakh_words_count_and_a_text_without_them_scores_nothing():
    kazakh = features("Әкім пара алған кезде ұсталды",
                      "Аудан әкімі 2 миллион теңге пара алған кезде ұсталды. "
                      "Сыбайлас жемқорлыққа қарсы қызмет іс қозғады.")
    assert kazakh["subject:core_sentence_share"] == 1.0
    nothing = {"subject:core_sentence_share": 0.0, "subject:passing_mention": 0.0, "subject:posing": 0.0}
    assert features("Чемпионат по боксу", "В Караганде прошёл чемпионат. Победили спортсмены из Алматы.") == nothing
    assert features("", "") == nothing


def test_a_scammer_posing_as_antikor_does_not_make_corruption_the_subject():
    result = features("Лжесотрудник антикоррупционной службы обманул пенсионера",
                      "Неизвестный позвонил пенсионеру и представился сотрудником Антикора. "
                      "Он велел перевести деньги на чужой счёт. Деньги пропали.")
    assert result == {"subject:core_sentence_share": 0.0, "subject:passing_mention": 0.0, "subject:posing": 1.0}
    kazakh = features("Алаяқтар хабарласып жүр",
                      "Белгісіз адамдар өздерін Сыбайлас жемқорлыққа қарсы агенттік қызметкерлері деп таныстырады. "
                      "Агенттік жемқорлықпен күресті жалғастырады.")
    assert kazakh["subject:posing"] == 1.0
    assert kazakh["subject:core_sentence_share"] == pytest.approx(1 / 2)


def test_a_posing_word_without_a_corruption_word_is_no_posing():
    result = features("Аким вручил награды",
                      "От имени акима награды вручил заместитель. Праздник продолжился концертом.")
    assert result["subject:posing"] == 0.0
    assert features("Аким задержан за взятку", "Аким задержан при получении взятки.")["subject:posing"] == 0.0


def test_the_shipped_model_knows_the_current_words_and_tells_a_scam_from_a_bribe():
    from pokazatel.nlp.classify.linear import LinearClassifier
    from pokazatel.nlp.classify.model import MODEL_PATH

    model = LinearClassifier.load(MODEL_PATH)
    assert model.lexicons.subject_lexicon == LEXICONS.subject_lexicon
    assert model.lexicons.subject_posing == LEXICONS.subject_posing
    scam, bribe, kazakh_scam = model.probabilities([
        ("Жителей Павлодара обзванивают лжесотрудники Антикора",
         "Неизвестные звонят горожанам и представляются сотрудниками Агентства по противодействию коррупции. "
         "Они требуют перевести деньги на «безопасный счёт», угрожая уголовным делом. В Антикоре заявили, "
         "что их сотрудники не звонят гражданам с такими требованиями."),
        ("Антикор задержал замакима района при получении взятки",
         "Сотрудники Агентства по противодействию коррупции задержали заместителя акима района при получении "
         "взятки в 3 млн тенге. Деньги он требовал с предпринимателя за выделение земли."),
        ("Алаяқтар Антикор қызметкерлері атынан қоңырау шалуда",
         "Белгісіз адамдар өздерін Сыбайлас жемқорлыққа қарсы агенттіктің қызметкерлері деп таныстырып, "
         "тұрғындардан ақша талап етуде. Агенттік қызметкерлері телефон арқылы ақша сұрамайды."),
    ])
    assert scam < model.threshold <= bribe
    assert kazakh_scam < model.threshold
