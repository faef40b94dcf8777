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
