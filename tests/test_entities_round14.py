"""Entities, round 14 (round 13's leftovers): no Latin letter left in a Cyrillic norm, whichever Kazakh Latin alphabet
wrote it, and a dateline's place in title case whatever its length. Sentences of their own (not the curated sets'
nor the real articles'), through the real components."""

import re

import pytest
from pokazatel.nlp.kk.latin import to_cyrillic

LATIN_LETTER = re.compile(r"[^\W\d_А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def analysed(text: str) -> set[tuple[str, str]]:
    from pokazatel.nlp.pipeline import analyse

    (record,) = analyse([{"id": "x", "text": text, "title": None, "published": "2026-11-01"}])
    return {(e["label"], e["norm"]) for e in record["entities"] if e["label"] != "POSITION"}


# Every Latin letter of Kazakh's alphabets reads as a Cyrillic one -------------------------------------------------

@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Şymkent", "Щымкент"),  # Kazinform's ş is Щ (its Ш is sh)
    ("Ataşev", "Атащев"),
    ("Çelik", "Челік"),  # Turkish-style ç
    ("Ğalym", "Ғалым"),  # Turkish-style ğ
    ("Äset Ñurlan Ūlan Ömir Ümit", "Әсет Ңұрлан Ұлан Өмір Үміт"),  # the 2021 alphabet's letters
    ("Grønland", "Грөнланд"),
    ("Boléro Cordão", "Болеро Цордао"),  # any other accent: its base letter
    ("Ílııas Ísaev", "Илияс Исаев"),  # the decree of February 2018 wrote И as í
    ("qoíd", "қойд"),
])
def test_every_latin_letter_of_a_kazakh_alphabet_reads_as_cyrillic(latin, cyrillic):
    text = to_cyrillic(latin).text
    assert text == cyrillic
    assert not LATIN_LETTER.search(text)


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Ońtústik Qazaqstan: On'tu'stik Qazaqstan", "Оңтүстік Қазақстан: Оңтүстік Қазақстан"),
    ("s'ag'yn qalanyn'", "шағын қаланың"),
    ("Prezi'dent c'ek", "Президент чек"),
    ("mekteptin'", "мектептің"),  # a mark at a word's end
])
def test_the_2017_alphabets_apostrophe_marks_a_letter(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Kazakhstan's airline", "Казакхстан'с аірліне"),  # an English clitic
    ("I'm", "І'м"),
    ("'Jas Otan' qozǵalysy", "'Жас Отан' қозғалысы"),  # an apostrophe closing a quote
])
def test_an_apostrophe_that_marks_no_letter_is_left(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


def test_an_accented_letter_keeps_the_offsets_into_the_original():
    transliteration = to_cyrillic("Erbol Şaıahmetov keldi")
    start = transliteration.text.index("Щ")
    assert transliteration.original_text(start, start + len("Щаяхметов")) == "Şaıahmetov"


def test_a_latin_article_names_people_and_places_with_no_latin_letter_left():
    entities = analysed("QOSTANAI. KAZINFORM – Qostanaı oblystyq máslıhatynyń hatshysy Baqytjan Ataşev "
                        "Şýchınsk qalasyna bardy. Bul týraly oblys ákimdigi habarlady.")
    assert ("PER", "Бақытжан Атащев") in entities
    assert not {norm for _, norm in entities if LATIN_LETTER.search(norm)}


# A dateline's place in capitals, whatever its length --------------------------------------------------------------

@pytest.mark.parametrize(("latin", "norm"), [
    ("ORAL. KAZINFORM – Batys Qazaqstan oblysynda eki sheneýnik para alǵany úshin ustaldy.", "Орал"),
    ("BAKÝ. KAZINFORM – Ázerbaıjanda burynǵy mınıstr para alǵany úshin sottaldy.", "Баку"),
    ("OSH. KAZINFORM – Qyrǵyzstanda sýdıa para alǵany úshin ustaldy.", "Ош"),
])
def test_a_datelines_short_place_is_normed_in_title_case(latin, norm):
    entities = analysed(latin)
    assert ("LOC", norm) in entities
    assert ("LOC", norm.upper()) not in entities


def test_an_abbreviation_in_capitals_outside_a_dateline_keeps_them():
    entities = analysed("Búgin ShQO men AQSh ókilderi Astanada kezdesti. Bul týraly mınıstrlik habarlady.")
    assert not {norm for label, norm in entities if label == "LOC" and norm in ("Шқо", "Ақш")}


# A norm's word mixing the two scripts is one script's word -----------------------------------------------------

@pytest.mark.parametrize(("norm", "one_script"), [
    ("Aктобе", "Актобе"),  # a Latin A typed in a Cyrillic word
    ("Тaраз қаласы", "Тараз қаласы"),
    ("Есiл ауданы", "Есіл ауданы"),  # a Latin i in a Kazakh word
    ("ТОО «ВАSЕ Group»", "ТОО «BASE Group»"),  # Cyrillic look-alikes in a Latin name
    ("ТОО «Smart Edu Solutions»", "ТОО «Smart Edu Solutions»"),  # each word in one script already
    ("IT-компании", "IT-компании"),  # a hyphen's parts are words of their own
    ("сайтаZakon.kz", "сайтаZakon.kz"),  # two words run together: neither script's
])
def test_a_word_of_two_scripts_is_read_in_one(norm, one_script):
    from pokazatel.nlp.one_script import in_one_script

    assert in_one_script(norm) == one_script


def test_an_entity_typed_with_a_latin_look_alike_is_normed_in_cyrillic():
    entities = analysed("Сотрудники Антикоррупционной службы задержали руководителя ТОО «ВАSЕ Group». "
                        "Жители Aстаны недовольны.")
    mixed = [word for _, norm in entities for word in re.findall(r"[^\W\d_]+", norm)
             if re.search(r"[А-Яа-яЁё]", word) and re.search(r"[A-Za-z]", word)]
    assert not mixed
    assert ("LOC", "Астана") in entities
    assert ("ORG", "ТОО «BASE Group»") in entities


# A court abroad named with its town, in Kazakhstan's news --------------------------------------------------------

@pytest.mark.parametrize(("text", "court"), [
    ("Октябрьский районный суд Бишкека арестовал бывшего акима Жанаозена.", "Октябрьский районный суд Бишкека"),
    ("Апелляционный суд Берлина оставил в силе приговор жителю Караганды.", "Апелляционный суд Берлина"),
])
def test_a_court_abroad_in_kazakhstans_news_is_named_with_its_town(text, court):
    entities = analysed(text)
    assert ("ORG", court) in entities
    assert not {norm for label, norm in entities if label == "LOC" and court.endswith(norm[:-1] + "а")}


def test_a_court_abroad_in_other_news_keeps_its_town_a_place():
    entities = analysed("Октябрьский районный суд Бишкека арестовал бывшего мэра.")  # factRuEval's convention
    assert ("LOC", "Бишкек") in entities
    assert ("ORG", "Октябрьский районный суд Бишкека") not in entities


def test_a_state_after_a_bare_court_stays_a_place():
    entities = analysed("Жителя Алматы задержали по запросу, который направил суд КНР.")
    assert ("LOC", "КНР") in entities
    assert not {norm for label, norm in entities if label == "ORG" and norm.endswith("КНР")}
