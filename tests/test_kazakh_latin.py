"""Kazakh in the Latin alphabet (qz.inform.kz): detected as Kazakh, read through Cyrillic, and every offset and
quote of the extract record pointing into the Latin original. All sentences are written for these tests."""

import pytest
from pokazatel.crawlers.prefilter import matches_prefilter
from pokazatel.nlp.kk.latin import _normalise, article_in_cyrillic, is_kazakh_latin, to_cyrillic
from pokazatel.nlp.language import detect_lang
from pokazatel.nlp.pipeline import analyse

LATIN_STORY = ("Almaty oblysynda eki polıtseı kásipkerden 500 myń teńge para alý kezinde ustaldy. "
               "Sybaılas jemqorlyqqa qarsy is-qımyl agenttigi sotqa deıingi tergeý bastady.")
CYRILLIC_STORY = ("Алматы облысында екі полицей кәсіпкерден 500 мың теңге пара алу кезінде ұсталды. "
                  "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі сотқа дейінгі тергеу бастады.")


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("baılanys", "байланыс"),  # ı after a vowel is й
    ("prezıdent", "президент"),  # ı after a consonant is и
    ("bıýdjet", "бюджет"),  # ıý is ю
    ("delegatsııa", "делегация"),  # ts before ı is ц, ıa is я
    ("mıllıard materıal", "миллиард материал"),  # ıa after a consonant is и + а
    ("ıaǵnı aıaq", "яғни аяқ"),  # ıa at the start of a word or after a vowel is я
    ("aıtsa", "айтса"),  # ts where a suffix meets a stem stays т + с
    ("hatshy", "хатшы"),  # tsh is т + ш
    ("protsess", "процесс"),  # ts inside a listed loanword stem
    ("Shymkent", "Шымкент"),
    ("QAZAQSTAN", "ҚАЗАҚСТАН"),
    ("Ishki ister", "Ішкі істер"),  # capital I of a front-vowel word is І
    ("Iran", "Иран"),  # capital I of a back-vowel word is И
    ("ǵ ń ó ú ý á y u", "ғ ң ө ү у ә ы ұ"),
    ("chempıon", "чемпион"),
])
def test_letters_and_their_rules(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


def test_a_sentence_reads_as_its_cyrillic_spelling():
    assert to_cyrillic(LATIN_STORY).text == CYRILLIC_STORY


def test_every_cyrillic_span_maps_back_to_its_latin_letters():
    result = to_cyrillic("Shymkentte 12 shenqeı ustaldy.")
    assert result.text == "Шымкентте 12 шенқей ұсталды."
    assert result.original_text(0, 1) == "Sh"
    assert result.original_text(0, 9) == "Shymkentte"
    start = result.text.index("12")
    assert result.original_span(start, start + 2) == (11, 13)
    word = result.text.index("ұсталды")
    assert result.original_text(word, word + len("ұсталды")) == "ustaldy"
    assert len(result.starts) == len(result.ends) == len(result.text)


def test_a_letter_read_as_two_maps_both_to_it():
    result = to_cyrillic("Taxı")
    assert result.text == "Такси"
    assert result.original_text(2, 3) == result.original_text(3, 4) == "x"
    assert result.starts == (0, 1, 2, 2, 3) and result.ends == (1, 2, 3, 3, 4)


def test_letters_are_lower_cased_one_by_one_whatever_their_neighbours():
    """İ (two characters in lower case) and Σ (σ or ς by its neighbours, when a whole text is lower-cased) keep
    their one-character reading, so every offset still points at its own letter."""
    result = to_cyrillic("İzmir ΑΣ")
    assert _normalise("İzmir ΑΣ") == "İzmir ασ"
    assert result.text == "İзмір ΑΣ"
    assert result.starts == tuple(range(8)) and result.ends == tuple(range(1, 9))


def test_kazakh_latin_is_detected_as_kazakh():
    assert is_kazakh_latin(LATIN_STORY)
    assert detect_lang(LATIN_STORY) == "kk"
    assert detect_lang("Úkimet otyrysynda bıyl salynatyn mektepter talqylandy.") == "kk"


@pytest.mark.parametrize("text", [
    "The anti-corruption agency detained two police officers for taking a bribe of 500 thousand tenge.",
    "Kazakhstan's parliament passed the budget on Thursday; the president signed it into law.",
    "В Алматы задержаны двое полицейских при получении взятки в 500 тысяч тенге.",
])
def test_english_and_russian_are_not_kazakh_latin(text):
    assert not is_kazakh_latin(text)
    assert detect_lang(text) == "ru"


def test_cyrillic_kazakh_is_still_kazakh_and_not_latin():
    assert not is_kazakh_latin(CYRILLIC_STORY)
    assert detect_lang(CYRILLIC_STORY) == "kk"


def test_an_article_is_read_in_cyrillic_when_its_title_and_text_together_are_kazakh_latin():
    title, text = article_in_cyrillic("Polıtseıler ustaldy", LATIN_STORY)
    assert title == "Полицейлер ұсталды" and not is_kazakh_latin(text) and "жемқорлыққа" in text
    assert article_in_cyrillic("Alash", LATIN_STORY)[0] == "Алаш"  # a title too short to tell alone
    assert article_in_cyrillic("Astana", "В Астане задержан аким.") == ("Astana", "В Астане задержан аким.")


def test_the_extract_record_points_into_the_latin_original():
    for given_lang in (None, "kk-Latn", "kk"):
        record = next(analyse([{"id": 1, "text": LATIN_STORY, "lang": given_lang,
                                "title": "Eki polıtseı para alý kezinde ustaldy"}]))
        assert record["lang"] == "kk"
        assert record["entities"], "the Kazakh pipeline found no entity in the transliterated text"
        for entity in record["entities"] + record["positions"]:
            assert LATIN_STORY[entity["start"]:entity["end"]] == entity["text"]
        assert record["relevant"] is True
        assert record["statistics"], "no figure from the transliterated text"
        for figure in record["statistics"]:
            assert LATIN_STORY[figure["start"]:figure["end"]] == figure["quote"]
        money = [f for f in record["statistics"] if f["unit"] == "KZT"]
        assert [f["value"] for f in money] == [500000]
        assert "500 myń teńge" in money[0]["quote"]
        assert {"text": "Almaty oblysynda", "label": "LOC", "norm": "Алматы облысы", "start": 0, "end": 16} \
            in record["entities"]


def test_a_latin_article_is_tagged_as_its_cyrillic_spelling_would_be():
    latin, cyrillic = analyse([{"id": 1, "text": LATIN_STORY}, {"id": 2, "text": CYRILLIC_STORY}])
    assert [(e["label"], e["norm"]) for e in latin["entities"]] == \
        [(e["label"], e["norm"]) for e in cyrillic["entities"]]
    assert [(f["value"], f["unit"], f["event"]) for f in latin["statistics"]] == \
        [(f["value"], f["unit"], f["event"]) for f in cyrillic["statistics"]]
    assert latin["relevant"] == cyrillic["relevant"] and latin["topic"] == cyrillic["topic"]


def test_the_crawl_prefilter_reads_kazakh_latin():
    assert matches_prefilter("Eki polıtseı para alý kezinde ustaldy", LATIN_STORY)
    assert not matches_prefilter("Almatyda kóktem", "Almatyda kóktemgi egis bastaldy. Kúnniń jyly bolýy kútiledi.")
