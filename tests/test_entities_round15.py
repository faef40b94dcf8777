"""Entities, round 15: Kazakh Latin "ts" read as Ц in loanwords, the Russian dateline's agency, a court of a union
named with it. Sentences of their own (not the curated sets' nor the real articles'), through the real components."""

import pytest
from pokazatel.nlp.kk.latin import to_cyrillic


def analysed(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    from pokazatel.nlp.pipeline import analyse

    (record,) = analyse([{"id": "x", "text": text, "title": None, "published": "2026-11-01", "lang": lang}])
    return {(e["label"], e["norm"]) for e in record["entities"] if e["label"] != "POSITION"}


# Kazakh Latin "ts": Ц in a loanword, т + с where a Kazakh ending or word begins ---------------------------------------

@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("farmatsevt", "фармацевт"),  # ts before e inside a stem
    ("lıtsenzııasyn", "лицензиясын"),
    ("retseptisiz", "рецептісіз"),
    ("ofıtserler", "офицерлер"),
    ("Kýznetsova", "Кузнецова"),  # a Russian surname's -цов
    ("Shveıtsarııa", "Швейцария"),  # ts before a
    ("Lorentso", "Лоренцо"),  # ts before o
    ("tsentr", "центр"),  # at a word's start, as before
    ("prıntsıp", "принцип"),  # before ı, as before
])
def test_ts_inside_a_loanword_is_one_letter(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("eger ol ketse", "егер ол кетсе"),  # the conditional's ending
    ("biz aıtsaq", "біз айтсақ"),
    ("siz kórsetseńiz", "сіз көрсетсеңіз"),
    ("jatsa", "жатса"),
    ("baqytsyz", "бақытсыз"),  # a privative ending, as before
    ("jumysqa atsalysty", "жұмысқа атсалысты"),  # a Kazakh word after a t: ат салысу
    ("bortserik", "бортсерік"),
    ("100 kVtsaǵ", "100 кВтсағ"),
    ("hatshy", "хатшы"),  # tsh is т + ш, as before
])
def test_ts_where_a_kazakh_ending_or_word_begins_is_two_letters(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


def test_a_latin_body_named_with_a_loanword_is_normed_with_ts():
    text = ("ASTANA. KAZINFORM – Densaýlyq saqtaý mınıstrliginiń Farmatsevtıkalyq qyzmet komıteti dárihanalardy "
            "tekserdi, dep habarlaıdy agenttik tilshisi. Tekseris nátıjesinde 12 dárihana aıyppul tóledi.")
    orgs = {norm for label, norm in analysed(text) if label == "ORG"}
    assert any("фармацевтикалық" in norm.lower() for norm in orgs), orgs
    assert not any("тс" in norm.lower() for norm in orgs), orgs


# A Russian dateline: the agency signs the report, the place in capitals is a town ------------------------------------

def test_a_russian_datelines_agency_is_no_entity_and_its_place_a_town():
    found = analysed("ЖЕНЕВА. КАЗИНФОРМ – Международная организация труда опубликовала доклад о занятости в Азии.",
                     lang="ru")
    assert ("LOC", "Женева") in found
    assert not any(norm.lower() == "казинформ" for _, norm in found), found


def test_an_agency_named_in_the_text_stays_an_organisation():
    found = analysed("Корреспондент обратился в агентство. Как сообщает Интерфакс, переговоры продолжатся в Осло.",
                     lang="ru")
    assert any(label == "ORG" and norm == "Интерфакс" for label, norm in found), found


def test_a_title_of_capitals_and_a_full_stop_with_no_dash_is_no_dateline():
    found = analysed("ОБЗОР. Министерство финансов Казахстана опубликовало отчёт об исполнении бюджета.", lang="ru")
    assert any(label == "ORG" and norm.startswith("Министерство финансов") for label, norm in found), found


# A court named with a capital and the union whose court it is: one organisation --------------------------------------

@pytest.mark.parametrize(("text", "court"), [
    ("Фермеры подали иск в Суд Евразийского экономического союза в Минске.", "Суд Евразийского экономического союза"),
    ("Банк заявил, что оспорит штраф в Суде Европейского союза.", "Суд Европейского союза"),
    ("Спор рассмотрит Суд ЕАЭС в Минске.", "Суд ЕАЭС"),
])
def test_a_named_court_and_its_union_are_one_organisation(text, court):
    found = analysed(text, lang="ru")
    assert ("ORG", court) in found, found
    assert ("ORG", "Суд") not in found


def test_a_court_in_lower_case_keeps_the_union_its_own_entity():
    found = analysed("Компания обратилась в суд Евросоюза с жалобой на решение комиссии.", lang="ru")
    assert not any(norm.lower().startswith("суд") for _, norm in found), found
    assert any(label == "ORG" and "союз" in norm.lower() for label, norm in found), found


# Known places joined by a hyphen: one place --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Биыл Щучинск-Бурабай курорттық аймағына 2 млн турист келді.", "Щучинск-Бурабай"),
    ("Petropavl-Kókshetaý tas joly jóndeýden ótti, dep habarlady oblys ákimdigi.", "Петропавл-Көкшетау"),
])
def test_known_places_joined_by_a_hyphen_are_one_place(text, place):
    assert ("LOC", place) in analysed(text, lang="kk")


@pytest.mark.parametrize("text", [
    "Қазақстан-Ресей қатынастары жаңа деңгейге көтерілді.",
    "Qytaı-Kanada kelissózderi toqtady.",
])
def test_two_states_joined_by_a_hyphen_are_no_one_place(text):
    assert not any("-" in norm for _, norm in analysed(text, lang="kk"))


def test_a_hyphened_name_with_a_part_no_place_is_left_to_the_models():
    found = analysed("Кеше «Атырау-Мұнай Сервис» серіктестігінің директоры ұсталды.", lang="kk")
    assert not any(label == "LOC" and "-" in norm for label, norm in found), found


# A Kazakh outlet reporting the news is its byline -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Aýylda jańa dárigerlik ambýlatorııa ashyldy, dep habarlaıdy Kazinform.",
    "Aýylda jańa dárigerlik ambýlatorııa ashyldy, dep habarlaıdy Kazinform agenttigi.",
    "Ауылда жаңа дәрігерлік амбулатория ашылды, деп хабарлайды Казинформ агенттігі.",
])
def test_an_outlet_reporting_the_news_is_no_entity(text):
    found = analysed(text, lang="kk")
    assert not any(norm.lower().startswith(("казинформ", "казінформ")) for _, norm in found), found


def test_a_body_reporting_the_news_stays_an_organisation():
    found = analysed("Ауылда жаңа дәрігерлік амбулатория ашылды, деп хабарлайды Ақорда.", lang="kk")
    assert ("ORG", "Ақорда") in found


# A body named by its kind alone stays no entity (data/eval/README, "Entity labels: a body named by its kind alone")

@pytest.mark.parametrize("text", [
    "Бұл туралы облыстық соттың баспасөз қызметі хабарлады. Сот бұрынғы инспекторды 5 жылға сотталды деп танды.",
    "Ауданда аудандық ветеринария бөлімінің бас маманы пара алған кезде ұсталды.",
])
def test_a_body_named_by_its_kind_alone_is_no_entity(text):
    found = analysed(text, lang="kk")
    assert not any(label == "ORG" for label, _ in found), found
