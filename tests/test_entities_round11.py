"""Entities, round 11 (fresh24's and fresh25's errors, each set measured once before any of these rules). Each rule on
sentences of its own (not the curated sets' nor the real articles'), through the real components."""

import pytest
from entity_readings import found_names as found

# A first name before a patronymic -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "person"), [
    ("Экономист той же компании Динара Болатовна Жумабекова подписывала акты.", "Динара Болатовна Жумабекова"),
    ("Полицейские задержали акима Каменского сельского округа Карасайского района Нурбека Ержановича Сапарова.",
     "Нурбек Ержанович Сапаров"),
])
def test_a_first_name_before_a_patronymic_is_the_persons(ner, text, person):
    entities = found(ner(text))
    assert ("PER", person) in entities
    assert not {e for e in entities if e[1] in person and e[1] != person}


# Bodies' full names ---------------------------------------------------------------------------------------------

def test_a_ministrys_name_with_a_comma_is_whole(ner):
    entities = found(ner("Об этом заявили в Министерстве цифрового развития, инноваций и аэрокосмической "
                         "промышленности."))
    assert entities == {("ORG", "Министерство цифрового развития, инноваций и аэрокосмической промышленности")}


def test_the_short_ministry_name_stays_short(ner):
    assert found(ner("Министерство цифрового развития сообщило о сбое.")) == {
        ("ORG", "Министерство цифрового развития")}


# Numbered institutions ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "norm"), [
    ("Хищение выявлено в средней школе № 12 города.", "средняя школа № 12"),
    ("Директор общеобразовательной школы № 15 задержан.", "общеобразовательная школа № 15"),
    ("Врач городской больницы № 3 задержан.", "больница № 3"),  # a level is no part of the name
])
def test_an_adjective_naming_the_kind_is_part_of_a_numbered_institution(ner, text, norm):
    assert ("ORG", norm) in found(ner(text))


# What names no organisation -------------------------------------------------------------------------------------

def test_kinds_media_and_currencies_are_no_organisation(ner):
    entities = found(ner("Сотрудники посетили ЦОН и два ЦОНа в Астане, по данным СМИ, деньги перевели в USDT."))
    assert entities == {("LOC", "Астана")}


@pytest.mark.parametrize("text", [
    "Заявку подают на портале электронного правительства egov.kz без очереди.",
    "Справку можно получить на eGov.kz за пять минут.",
])
def test_a_state_service_portal_is_no_organisation(ner, text):
    assert not {e for e in found(ner(text)) if e[0] == "ORG"}


@pytest.mark.parametrize("text", [  # crediting the report it is none: round 12, test_entities_round12.py
    "Ранее корреспонденты портала Zakon.kz посетили Кульсары.",
])
def test_an_outlets_address_naming_the_source_stays(ner, text):
    assert ("ORG", "Zakon.kz") in found(ner(text))


# Kazakh place names before their place noun -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "norm"), [
    ("Шығыс Қазақстан облысы Көкпекті ауданының әкімі ұсталды.", "Көкпекті ауданы"),
    ("Ұстаз Бұланды ауданында тұрады.", "Бұланды ауданы"),
    ("Сарыағаш ауданында пара алған.", "Сарыағаш ауданы"),
])
def test_a_kazakh_name_before_its_place_noun_keeps_its_last_syllable(kk_ner, text, norm):
    assert ("LOC", norm) in found(kk_ner(text))


# Kazakh bodies with their lower-case units and parents ------------------------------------------------------------

def test_a_unit_after_the_genitive_may_name_its_service_first(kk_ner):
    entities = found(kk_ner("Қарағанды қаласы Полиция департаментінің әкімшілік полиция басқармасы тексеру "
                            "жүргізді."))
    assert entities == {("ORG", "Қарағанды қаласы Полиция департаментінің әкімшілік полиция басқармасы")}


def test_a_unit_after_the_genitive_still_takes_adjectives_only_before_its_head(kk_ner):
    assert found(kk_ner("Қорғаныс министрлігінің сапёрлік бөлімшесі жаттығу өткізді.")) == {
        ("ORG", "Қорғаныс министрлігінің сапёрлік бөлімшесі")}


@pytest.mark.parametrize(("text", "norm"), [
    ("Іс бойынша тергеу жүргізілуде. Агенттіктің Жамбыл облысы бойынша департаментінің хабарлауынша, әкім ұсталды.",
     "Агенттіктің Жамбыл облысы бойынша департаменті"),
    ("Министрліктің Атырау облысы бойынша департаменті тексеру жүргізді.",
     "Министрліктің Атырау облысы бойынша департаменті"),
])
def test_a_bodys_bare_head_in_the_genitive_opens_its_regional_unit(kk_ner, text, norm):
    assert ("ORG", norm) in found(kk_ner(text))


@pytest.mark.parametrize(("text", "norm"), [
    ("Түркістан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы хабарлады.",
     "Түркістан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы"),
    ("Жамбыл облысының жұмыспен қамтуды үйлестіру басқармасының басшысы ұсталды.",
     "Жамбыл облысының жұмыспен қамтуды үйлестіру басқармасы"),
])
def test_an_object_in_the_instrumental_before_a_verbal_noun_is_a_word_of_the_unit(kk_ner, text, norm):
    assert found(kk_ner(text)) == {("ORG", norm)}


def test_a_place_with_an_object_and_a_verbal_noun_naming_no_body_stays_a_place(kk_ner):
    assert found(kk_ner("Алматы облысында жерді заңсыз беру фактісі анықталды.")) == {("LOC", "Алматы облысы")}


# Kazakh spans naming nothing (the rule alone: the models make such spans only in some contexts) --------------------

def _spans(words: list[str], marked: list[tuple[int, int, str]]):
    import pokazatel.nlp.kk.language  # noqa: F401  (registers the "kk" language and its stop words)
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("kk").make_doc(" ".join(words))
    return [Span(doc, start, end, label=label) for start, end, label in marked]


def _nameless(spans):
    from pokazatel.nlp.kk.nameless_spans import without_nameless
    from pokazatel.nlp.kk.org_rules import org_rules

    rules = org_rules()
    return [(s.text, s.label_) for s in without_nameless(spans, rules.position_heads | rules.administrative_words)]


def test_a_number_a_plural_person_and_a_post_in_a_region_name_nothing():
    spans = _spans(["Сотталғандардың", "бірі", "«", "1424", "»", "орталығына", "жүгінді", ".", "Прокурор", "облыста",
                    "Ерлан", "Сапаровпен", "кездесті", "."],
                   [(0, 1, "PER"), (3, 4, "ORG"), (8, 10, "LOC"), (10, 12, "PER")])
    assert _nameless(spans) == [("Ерлан Сапаровпен", "PER")]


def test_names_beside_common_words_stay():
    spans = _spans(["Облыс", "әкімі", "Асқар", "Бекболатов", "Ақтөбе", "облысында", "Мұратовтар", "болды", "."],
                   [(2, 4, "PER"), (4, 6, "LOC")])
    assert _nameless(spans) == [("Асқар Бекболатов", "PER"), ("Ақтөбе облысында", "LOC")]


# The soft sign of Latin-script loanwords --------------------------------------------------------------------------

@pytest.mark.parametrize(("read", "norm"), [
    ("Павлодар облысының автомобил жолдары басқармасы", "Павлодар облысының автомобиль жолдары басқармасы"),
    ("автомобилдер", "автомобильдер"),
    ("Филм", "Фильм"),
    ("автомобилі", "автомобилі"),  # no Ь before a vowel
    ("Автомобилист", "Автомобилист"),
    ("Ерлан Есенов", "Ерлан Есенов"),
])
def test_a_latin_loanword_takes_its_soft_sign_back(read, norm):
    from pokazatel.nlp.kk.latin_soft_sign import with_soft_signs

    assert with_soft_signs(read) == norm


def test_the_soft_sign_comes_back_in_an_articles_norms():
    from pokazatel.nlp.pipeline import analyse

    text = ("PAVLODAR. KAZINFORM – Pavlodar oblysynyń jolaýshylar kóligi jáne avtomobıl joldary basqarmasynyń "
            "basshysy para alǵany úshin ustaldy.")
    record = next(iter(analyse([{"id": "x", "text": text, "title": None, "published": "2026-11-01"}])))
    norms = {e["norm"] for e in record["entities"] if e["label"] == "ORG"}
    assert any("автомобиль жолдары" in norm for norm in norms), norms


def test_an_introductory_word_opening_a_sentence_names_nothing():
    spans = _spans(["Мысалы", ",", "Ақтөбе", "облысында", "іс", "тіркелді", "."], [(0, 1, "LOC"), (2, 4, "LOC")])
    assert _nameless(spans) == [("Ақтөбе облысында", "LOC")]


def test_a_foreign_state_in_the_genitive_is_a_place(kk_ner):
    entities = found(kk_ner("Нигерияның мемлекеттік газ компаниясының бұрынғы басшысы ұсталды."))
    assert entities == {("LOC", "Нигерия")}


@pytest.mark.parametrize("text", [
    "Аудитті облыстық тексеру комиссиясы жүргізді. Тексеру комиссиясының қорытындысы бойынша бұзушылық анықталмады.",
    "Ақтөбе облысының Тексеру комиссиясы аудит жүргізді. Тексеру комиссиясының талабымен қаржы қайтарылды.",
])
def test_a_common_word_and_a_bodys_head_opening_a_sentence_name_a_body_named_before(kk_ner, text):
    assert not {e for e in found(kk_ner(text)) if e[1] == "Тексеру комиссиясы"}


def test_a_named_commission_of_a_region_stays(kk_ner):
    assert found(kk_ner("Қызылорда облысының Тексеру комиссиясы аудит жүргізді.")) == {
        ("ORG", "Қызылорда облысының Тексеру комиссиясы")}


def test_a_ministry_before_its_committee_joins_it_when_its_first_word_was_misread(kk_ner):
    from pokazatel.nlp.kk.latin import to_cyrillic

    text = to_cyrillic("Bul týraly Ekologııa jáne tabıǵı resýrstar mınıstrligi Balyq sharýashylyǵy komıtetiniń bólim "
                       "basshysy ustaldy.").text
    assert found(kk_ner(text)) == {
        ("ORG", "Екология және табиғи ресурстар министрлігі Балық шаруашылығы комитеті")}


def test_a_person_before_a_committee_is_no_ministry(kk_ner):
    entities = found(kk_ner("Бұл туралы Ерлан Сапаров министрлігі Мемлекеттік кірістер комитеті туралы айтты."))
    assert ("PER", "Ерлан Сапаров") in entities


# A Kazakhstan body with its country ------------------------------------------------------------------------------

def test_a_kazakhstan_body_with_its_country_is_one_organisation_in_any_news(ner):
    assert found(ner("Министерство торговли и интеграции Казахстана подписало меморандум.")) == {
        ("ORG", "Министерство торговли и интеграции Казахстана")}


def test_another_countrys_body_keeps_its_country_apart_outside_kazakhstan_news(ner):
    assert ("LOC", "Германия") in found(ner("Министерство сельского хозяйства Германии сообщило об ограничениях."))


# A post named by its place after its parent body ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Мемлекеттік кірістер комитетінің Қорғас кеден бекетінің инспекторы ұсталды.",
    "Memlekettik kirister komıtetiniń Qorǵas keden beketiniń burynǵy ınspektory sottaldy.",
])
def test_a_customs_post_named_by_its_place_is_its_committees_unit(kk_ner, text):
    from pokazatel.nlp.kk.latin import to_cyrillic

    assert found(kk_ner(to_cyrillic(text).text)) == {("ORG", "Мемлекеттік кірістер комитетінің Қорғас кеден бекеті")}
