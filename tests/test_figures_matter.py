"""Within an article about corruption, figures come only from sentences about the corruption matter: not
from a background paragraph, a "read also" teaser, a recap of other news or an unrelated matter. All
sentences are written for these tests."""

from datetime import date

import pytest
from pokazatel.nlp.figures.extractor import extract_statistics
from pokazatel.nlp.figures.matter import figure_sentences
from pokazatel.nlp.figures.text import split_sentences, tokenize

PUBLISHED = date(2024, 5, 20)
LEAD_RU = "Антикоррупционная служба задержала акима села при получении взятки в 3 млн тенге."
LEAD_KK = "Сыбайлас жемқорлыққа қарсы қызмет ауыл әкімін 3 млн теңге пара алу кезінде ұстады."


def values(text: str, lang: str) -> list[float]:
    return [f["value"] for f in extract_statistics(text, lang, PUBLISHED)]


def allowed(text: str, lang: str) -> list[bool]:
    tokens = tokenize(text)
    return figure_sentences(text, tokens, split_sentences(text, tokens, lang), lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", f"{LEAD_RU}\nЧитайте также: В Караганде 12 человек пострадали при пожаре на рынке."),
    ("ru", f"{LEAD_RU}\nПодробнее о 5 новых школах города читайте на нашем сайте."),
    ("kk", f"{LEAD_KK}\nТолығырақ: облыста 40 жаңа мектеп салынады."),
    ("kk", f"{LEAD_KK}\nСондай-ақ оқыңыз: қалада 15 жол жөнделді."),
])
def test_a_teaser_line_gives_no_figure(lang, text):
    assert values(text, lang) == [3000000]


def test_a_teaser_naming_corruption_still_gives_none():
    text = f"{LEAD_RU}\nЧитайте также: Бывшего акима района осудили за взятку в 8 млн тенге."
    assert values(text, "ru") == [3000000]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", f"{LEAD_RU} Он находится под стражей. Его помощник отпущен. Дело передано в суд. Село живёт "
           "своей жизнью. Ранее сообщалось, что в районе открыли 4 новых детских сада."),
    ("kk", f"{LEAD_KK}\nБұған дейін хабарлағандай, ауданда 6 жаңа балабақша ашылды."),
])
def test_a_recap_of_other_news_gives_no_figure(lang, text):
    assert values(text, lang) == [3000000]


def test_a_recap_of_the_corruption_matter_itself_keeps_its_figure():
    text = f"{LEAD_RU}\nРанее сообщалось, что его заместитель осуждён за взятку в 900 тысяч тенге."
    assert values(text, "ru") == [3000000, 900000]


def test_a_background_paragraph_about_budgets_gives_no_figure():
    text = (f"{LEAD_RU}\nПо данным следствия, деньги он требовал за выдачу земельного участка.\n"
            "Село расположено в предгорьях. В нём проживают семьи фермеров. Школа на 300 мест построена "
            "в 2019 году. Бюджет района в этом году составил 12 млрд тенге.")
    assert values(text, "ru") == [3000000]


def test_an_unrelated_matter_later_in_the_article_gives_no_figure():
    text = (f"{LEAD_KK}\nОл уақытша ұстау изоляторына қамалды. Іс сотқа жіберіледі. Ауылда көктемгі егіс "
            "басталды. Биыл ауылда 12 жаңа үй салынды.")
    assert values(text, "kk") == [3000000]


def test_sentences_continuing_the_story_keep_their_figures():
    # the second and third sentences name no corruption word: they continue the lead
    text = (f"{LEAD_RU}\nДеньги он требовал у фермера за выдачу участка. Всего фермер передал ему 5 млн "
            "тенге частями.")
    assert values(text, "ru") == [3000000, 5000000]


def test_a_sentence_far_from_the_story_needs_a_word_of_the_matter():
    story = f"{LEAD_RU} Аким помещён под стражу. Село находится в горах. Дорогу к нему ремонтируют. "
    assert values(story + "На ремонт дороги потратили 800 тысяч тенге.", "ru") == [3000000]
    assert values(story + "Всего незаконно он получил 800 тысяч тенге.", "ru") == [3000000, 800000]


def test_each_rule_is_per_sentence():
    text = (f"{LEAD_RU} Сумма крупная. Аким молчит. Погода тёплая. Читайте также: новости спорта. "
            "Следствие продолжается.")
    assert allowed(text, "ru") == [True, True, True, False, False, True]


@pytest.mark.parametrize("sentence", [
    "На строительство каждой школы государство выделяло по 400 млн тенге, но ни одна не достроена.",
    "По проекту освоено 2,1 млрд тенге, однако подрядчик объект не сдал.",
])
def test_money_a_budget_set_aside_or_spent_is_no_figure(sentence):
    text = f"{LEAD_RU} {sentence}"
    assert values(text, "ru") == [3000000]


def test_kazakh_budget_spent_is_no_figure():
    assert values(f"{LEAD_KK} Жобаға 2 млрд теңге игерілді.", "kk") == [3000000]


def test_kazakh_generals_and_officers_are_people():
    text = "Сыбайлас жемқорлық ісі бойынша үш генерал мен екі офицер ұсталды."
    figures = extract_statistics(text, "kk", PUBLISHED)
    assert [(f["value"], f["unit"]) for f in figures] == [(3, "person"), (2, "person")]


def test_phrases_match_whole_words_only():
    text = f"{LEAD_RU} Ранее писались жалобы, что он брал с фермеров по 700 тысяч тенге."  # not "ранее писали"
    assert values(text, "ru") == [3000000, 700000]


def test_kazakh_before_this_continues_the_story_unless_it_recaps_earlier_news():
    continued = f"{LEAD_KK} Бұған дейін ол кәсіпкерден тағы 400 мың теңге алған."
    assert values(continued, "kk") == [3000000, 400000]
    recap = f"{LEAD_KK} Бұған дейін ауданда 7 жаңа мектеп ашылғанын хабарлаған едік."
    assert values(recap, "kk") == [3000000]
