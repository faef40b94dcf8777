"""Facts, eighth round: a case's amount whose sentence names no one but a pronoun ("они получили взятки", "олар …
пара алған") is the body named before it; a sum a pronoun's group took, added up ("Олар … жалпы сомасы"), is their
case, no report's total; a week's figures ("за неделю задержаны") are a report's total; a person's second
case told weeks later with another amount ("по новому эпизоду") is a fact of its own, no conflict of the first. Scope
decided on sentences of our own, facts stored in a real SQLite file."""

from __future__ import annotations

import pytest
from pokazatel.nlp.figures.scope import add_scope
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article
from test_facts import analysis
from test_figure_scope import figure, named

RU = ("Антикор задержал двух сотрудников управления земельных отношений акимата Шымкента. "
      "По данным ведомства, они получили взятки на общую сумму 4 млн тенге.")
KK = ("Шымкент қаласы әкімдігі жер қатынастары басқармасының екі қызметкері ұсталды. "
      "Олар кәсіпкерден жалпы сомасы 4 млн теңге пара алған.")


def test_a_pronouns_amount_is_the_body_named_before():
    entities = [named(RU, "ORG", "Антикор", "Антикор"),
                named(RU, "ORG", "управления земельных отношений акимата Шымкента",
                      "управление земельных отношений акимата Шымкента")]
    [bribe] = add_scope(RU, [figure(RU, "на общую сумму 4 млн тенге", "bribe", "KZT", 4_000_000)], entities, "ru")
    assert (bribe["scope"], bribe["subject"]) == ("case", "управление земельных отношений акимата Шымкента")


def test_a_kazakh_total_sum_of_one_cases_bribes_is_the_case():
    entities = [named(KK, "ORG", "Шымкент қаласы әкімдігі жер қатынастары басқармасы",
                      "Шымкент қаласы әкімдігі жер қатынастары басқармасы")]
    [bribe] = add_scope(KK, [figure(KK, "4 млн теңге пара", "bribe", "KZT", 4_000_000)], entities, "kk")
    assert (bribe["scope"], bribe["subject"]) == ("case", "Шымкент қаласы әкімдігі жер қатынастары басқармасы")


def test_an_amount_with_no_pronoun_takes_no_body_from_before():
    text = ("Антикор проверил управление земельных отношений акимата Шымкента. "
            "Выявлены взятки на общую сумму 4 млн тенге.")
    entities = [named(text, "ORG", "управление земельных отношений акимата Шымкента",
                      "управление земельных отношений акимата Шымкента")]
    [bribe] = add_scope(text, [figure(text, "на общую сумму 4 млн тенге", "bribe", "KZT", 4_000_000)], entities, "ru")
    assert bribe["subject"] != "управление земельных отношений акимата Шымкента"


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("За неделю в Павлодарской области задержаны 3 должностных лица.", "задержаны 3 должностных лица", "ru"),
    ("Апта ішінде облыста 3 лауазымды тұлға ұсталды.", "3 лауазымды тұлға ұсталды", "kk"),
    ("Облыста жалпы 3 лауазымды тұлға ұсталды.", "3 лауазымды тұлға ұсталды", "kk"),  # "жалпы" alone: still a total
])
def test_a_weeks_figures_are_a_reports_total(text, quote, lang):
    [count] = add_scope(text, [figure(text, quote, "detained", "person", 3)], [], lang)
    assert count["scope"] == "total"


def _article(db, number: int, published: str, title: str, text: str) -> int:
    url = f"https://example.kz/{number}"
    assert save_article(db, {"url": url, "source": "example", "title": title, "text": text,
                             "published_at": published}) == "new"
    return db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()[0]


def _bribe(value: float, quote: str) -> dict:
    return {"value": value, "unit": "KZT", "event": "bribe", "object": "", "period": None, "quote": quote,
            "start": 0, "end": len(quote), "scope": "case", "region": "Павлодар", "subject": "Ерлан Касенов"}


NEW_EPISODE = ("В отношении Касенова начато ещё одно досудебное расследование: по новому эпизоду он подозревается "
               "в получении взятки в размере 6 млн тенге.")
TOLD_AGAIN = "Касенов, по данным суда, получил взятку в размере 6 млн тенге."  # one bribe told with another value


@pytest.mark.parametrize(("title", "second", "facts", "conflicts"), [
    ("Новое дело против директора", NEW_EPISODE, 2, 0),
    ("Директор осуждён", TOLD_AGAIN, 2, 2),
])
def test_a_persons_new_episode_is_a_fact_of_its_own(tmp_path, title, second, facts, conflicts):
    db = open_db(tmp_path / "facts.db")
    first = _article(db, 1, "2025-04-01", "Директору предъявлено обвинение",
                     "Директор Ерлан Касенов обвиняется в получении взятки в размере 4 млн тенге.")
    later = _article(db, 2, "2025-04-20", title, second)
    save_analyses(db, [analysis(first, _bribe(4_000_000, "взятки в размере 4 млн тенге")),
                       analysis(later, _bribe(6_000_000, "взятки в размере 6 млн тенге"))])
    stored = db.execute("SELECT count(*), coalesce(sum(conflict), 0) FROM facts WHERE event = 'bribe'").fetchone()
    assert tuple(stored) == (facts, conflicts)
    db.close()




def test_the_economic_investigation_department_in_kazakh_is_no_subject():
    # "тергеп-тексеру" is how Kazakh news also name the department that investigates: it reports the case
    text = ("Шымкент қаласы бойынша экономикалық тергеп-тексеру департаменті субсидия жымқырған топты әшкереледі. "
            "Тергеу деректеріне сәйкес, олар жоқ малды құжат жүзінде көрсетіп, 245 млн теңге субсидия алған.")
    entities = [named(text, "ORG", "Шымкент қаласы бойынша экономикалық тергеп-тексеру департаменті",
                      "Шымкент қаласы бойынша экономикалық тергеп-тексеру департаменті")]
    [amount] = add_scope(text, [figure(text, "245 млн теңге субсидия алған", "damage", "KZT", 245e6)], entities, "kk")
    assert "тергеп" not in amount["subject"]
