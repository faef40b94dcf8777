"""Entities, round 18: a customs post's and a market district's quoted name is a place, a court's board named with the
cases it hears, ... Sentences of their own (not the curated sets' nor the real articles'), through the real
components."""

import pytest


def analysed(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    from pokazatel.nlp.pipeline import analyse

    (record,) = analyse([{"id": "x", "text": text, "title": None, "published": "2026-11-01", "lang": lang}])
    return {(e["label"], e["norm"]) for e in record["entities"] if e["label"] != "POSITION"}


# A customs post's or a market district's quoted name is a place -------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Антикор задержал двух инспекторов таможенного поста «Кайрак» в Костанайской области.", "Кайрак"),
    ("На посту «Кайрак» задержаны трое сотрудников таможни.", "Кайрак"),
    ("В торговом районе «Толкучка» полиция задержала вымогателей.", "Толкучка"),
    ("Кеденшілер «Қалжат» кеден бекетінде жүк көлігінен пара алған.", "Қалжат"),
    ("«Майқапшағай» өткізу пунктінде жүк көлігі тексерілді.", "Майқапшағай"),
    ("Полиция «Толкучка» сауда ауданындағы кәсіпкерлерден ақша бопсалаған топты ұстады.", "Толкучка"),
    ("ALMATY. KAZINFORM – Polıtsııa «Tolkýchka» saýda aýdanyndaǵy kásipkerlerden aqsha bopsalaǵan toptyń "
     "múshesin ustady.", "Толкучка"),
])
def test_a_customs_posts_quoted_name_is_a_place(text, place):
    found = analysed(text)
    assert ("LOC", place) in found, found
    assert not {norm for label, norm in found if label in ("ORG", "PER") and place in norm}, found


@pytest.mark.parametrize(("text", "firm"), [
    ("Директор ТОО «Пост Сервис» задержан за дачу взятки.", "ТОО «Пост Сервис»"),
    ("«Бекет Құрылыс» ЖШС директоры ұсталды.", "«Бекет Құрылыс» ЖШС"),
])
def test_a_firm_in_quotes_stays_an_organisation(text, firm):
    assert ("ORG", firm) in analysed(text)
