"""Search, seventh round, on a real SQLite database built through pokazatel.store.load: Kazakh typed in the Latin
alphabet of January 2021 (ä ğ ñ ö ş ū ü; ı for і, i for и/й, u for у, y for ы) is read as the 2018 alphabet the
articles are written in, and so in Cyrillic; a query of the 2018 alphabet or of plain Latin reads as before; a
body's name typed in Latin letters finds its other names as its Cyrillic name does; a Kazakh phrase finds its verb's
other voices and its short noun's other cases, as a word alone does. The articles are invented for these tests."""

from __future__ import annotations

import pytest
from pokazatel.store.db import open_db
from pokazatel.store.query import kazakh_cyrillic
from pokazatel.store.search import search
from pokazatel.store.typed_latin import from_2021_alphabet
from test_search import build_database
from test_search import invented_article as article

ARTICLES = [
    article(1, "kk", "Әкімдік қызметкері ұсталды",
            "Аудан әкімдігінің қызметкері жер телімі үшін пара алған кезде ұсталды."),
    article(2, "kk", "Шенеунік сотталды", "Бұрынғы шенеунік бюджет қаражатын жымқырғаны үшін төрт жылға сотталды."),
    article(3, "kk", "Ішкі істер департаменті", "Ішкі істер департаментінің үш қызметкеріне айып тағылды."),
    article(4, "ru", "Сотрудник акимата задержан", "Сотрудник акимата задержан при получении взятки."),
    article(5, "kk", "Құқық қорғау органдары", "Құқық қорғау органдары сыбайлас жемқорлыққа қарсы тексеру жүргізді."),
    article(6, "kk", "Кәсіпкер әйел ұсталды", "Пара берген кәсіпкер әйел қамауға алынды."),
    article(7, "kk", "Аудит", "Тексеру кезінде бюджет қаражатының шашылғаны анықталды."),
    article(8, "kk", "Шекарашы ұсталды", "ҰҚК Шекара қызметінің офицері пара алды деген күдікпен қамалды."),
    article(9, "ru", "Задержан пограничник", "Сотрудник Комитета национальной безопасности задержан на взятке."),
    article(10, "kk", "Үкім шықты", "Бұрынғы директор бес жылға бас бостандығынан айырылды."),
    article(11, "kk", "Сот шешімі", "Облыстық қылмыстық істер жөніндегі сот бухгалтерге үкім шығарды."),
    article(12, "kk", "Тексеріс", "Прокуратура бухгалтерге қатысты істі сотқа жіберді."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_db(build_database(tmp_path_factory.mktemp("round7") / "news.db", ARTICLES, unprocessed=False))


def found(db, query: str, **filters) -> set[int]:
    return {int(row["url"].rsplit("/", 1)[1]) for row in search(db, query, **filters)}


@pytest.mark.parametrize(("query", "wanted"), [
    ("äkımdık", {1}),                 # әкімдік: ä, and ı for і
    ("şeneunık", {2}),                # шенеунік: ş for ш, u for у
    ("Işkı ıster", {3}),              # Ішкі істер: capital I for І
    ("qyzmetkerı ūstaldy", {1}),      # қызметкері ұсталды: a word of no own letter read with its neighbour's alphabet
    ("Qūqyq qorğau", {5}),            # Құқық қорғау
    ("jymqyrğany", {2}),              # жымқырғаны
    ("äiel", {6}),                    # әйел: i after a vowel is й
    ("şaşylğany", {7}),               # шашылғаны
])
def test_a_query_in_the_2021_alphabet_finds_the_kazakh_words(db, query, wanted):
    assert found(db, query) == wanted, query


@pytest.mark.parametrize("query", ["Ulttyq qaýipsizdik komiteti", "Ūlttyq qauıpsızdık komitetı"])
def test_a_body_named_in_latin_letters_finds_its_other_names(db, query):
    # the 2018 and the 2021 spelling of Ұлттық қауіпсіздік комитеті: its short names, Kazakh and Russian
    assert found(db, query) == {8, 9}


@pytest.mark.parametrize(("query", "wanted"), [
    ('"бас бостандығынан айыру"', {10}),  # the passive, айырылды, of the verbal noun typed
    ('"qylmystyq is"', {11}),             # қылмыстық істер: the short noun's plural
    ("іс", {3, 11, 12}),                  # істер, істі: a bare two-letter noun's other cases
])
def test_a_kazakh_phrase_finds_its_verb_and_short_noun_in_other_forms(db, query, wanted):
    assert found(db, query) == wanted, query


@pytest.mark.parametrize(("query", "wanted"), [("ákimdik", {1}), ("sheneýnik", {2}),
                                               ("Ishki ister", {3})])
def test_the_2018_alphabet_still_reads_as_before(db, query, wanted):
    assert found(db, query) == wanted, query


@pytest.mark.parametrize(("typed", "written"), [
    ("äkımşılık", "ákimshilik"), ("Türkıstan", "Túrkistan"), ("İşkı ıster", "Ishki ister"),
    ("ákimdik şeneunik", "ákimdik şeneunik"),  # a mark of 2018's: that alphabet, whose ş is Kazinform's Щ
    ("paraqorlyq", "paraqorlyq"), ("Ministr Şul", "Mınıstr Shýl"), ("взятка", "взятка")])
def test_rewriting_the_2021_alphabet_letter_by_letter(typed, written):
    assert from_2021_alphabet(typed) == written


@pytest.mark.parametrize(("typed", "cyrillic"), [("ŞYMKENT", "ШЫМКЕНТ"), ("ÄKIMDIK", "ӘКІМДІК"), ("Ūlttyq", "Ұлттық")])
def test_capitals_of_the_2021_alphabet_read_as_their_letters(typed, cyrillic):
    assert kazakh_cyrillic(from_2021_alphabet(typed)) == cyrillic
