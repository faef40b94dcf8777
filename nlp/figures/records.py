"""The SCHEMA.md record of a figure, and one record per figure an article states: repeats and restated amounts are
dropped."""

from __future__ import annotations

from pokazatel.nlp.figures.events import EventChoice
from pokazatel.nlp.figures.sentence_figures import DEFAULT_PERSON, Figure
from pokazatel.nlp.figures.text import Token

CASE_MONEY = {"damage", "bribe"}  # what the money of a case is, when a later sentence names it
VALUE_TOLERANCE = 0.005  # the scoring rule's: figures this close are the same figure
NAMED_AGAIN_REACH = 2  # sentences after a count of people with no event in which a count of them with one names them


def already_reported(records: list[dict], figure: Figure, unit: str | None) -> bool:
    """Has the article already reported this value in this unit as a figure of some event?"""
    here = {"unit": unit, "value": figure.value}
    return any(r["event"] != "other" and same_value(r, here) for r in records)


def figure_record(text: str, tokens: list[Token], figure: Figure, choice: EventChoice, period: str | None,
                  clause: tuple[int, int]) -> dict:
    """The SCHEMA.md record; the quote runs from the trigger to the figure when the trigger is in the
    figure's clause ("задержал двух сотрудников"), else it is the whole clause."""
    first, last = figure.mention.first, figure.measure.last
    if choice.trigger and all(clause[0] <= i < clause[1] for i in choice.trigger):
        first, last = min(first, *choice.trigger), max(last, *choice.trigger)
    else:
        first, last = min(first, clause[0]), max(last, clause[1] - 1)
    start, end = tokens[first].start, tokens[last].end
    while end > start and text[end - 1] in ".,;:!? ":
        end -= 1
    value = figure.value
    return {
        "value": int(value) if float(value).is_integer() else round(value, 4),
        "unit": figure.measure.unit,
        "event": choice.event,
        "object": figure.measure.object if figure.measure.kind in ("person", "case", "item") else "",
        "period": period,
        "quote": text[start:end],
        "start": start,
        "end": end,
    }


def distinct_records(records: list[dict], firm: list[bool], sentence_of: list[int]) -> list[dict]:
    """One record per figure: a sentence repeating an earlier figure adds nothing, and neither does an amount
    (or a count of the same thing) stated again where no trigger of its own says what it is ("собрано 10,6
    млрд тенге" after "поступления в бюджет составили 10,6 млрд тенге"). One sentence counting two groups alike
    ("двое его заместителей и два предпринимателя") reports both."""
    kept: list[tuple[dict, bool]] = []
    place = {id(record): number for record, number in zip(records, sentence_of, strict=True)}
    for record, decided in zip(records, firm, strict=True):
        same = [k for k, _ in kept if same_value(k, record)]
        if any(k["event"] == record["event"] and not _other_group(k, record, place) for k in same):
            continue
        if not decided and any(not k["object"] or k["object"] == record["object"] for k in same):
            continue
        kept.append((record, decided))
    # an amount first stated with no trigger ("подрядчику перечислено 1,2 млрд тенге") or a weak one ("бюджеттен 210
    # млн теңге төлеуге рұқсат берген") and named later by a trigger of its own ("Ущерб в размере 1,2 млрд тенге",
    # "Мемлекетке келтірілген залал 210 млн теңге") is that figure: the later record says what it is
    named_again = {id(record) for record, decided in kept if _named_again(record, decided, kept, place)}
    return [record for record, decided in kept
            if id(record) not in named_again and (
                decided or record["object"]
                or not any(d and k is not record and same_value(k, record)
                           and (record["event"] == "other" or k["event"] in CASE_MONEY) for k, d in kept))]


def _named_again(record: dict, decided: bool, kept: list[tuple[dict, bool]], place: dict[int, int]) -> bool:
    """Is a count of people with no event of its own ("екі қызметкері … 15 мың АҚШ долларын алды", "Оған тағы екі
    қызметкер көмектескен") the people one of the next two sentences counts again with what was done to them
    ("Екеуі де қамауға алынды", "Оның екі сыбайласы … сотталды")? Then that later count is the figure."""
    return not decided and record["event"] == "other" and record["unit"] == "person" and any(
        d and k["event"] != "other" and 0 < place[id(k)] - place[id(record)] <= NAMED_AGAIN_REACH
        and same_value(k, record) for k, d in kept)


def _other_group(a: dict, b: dict, place: dict[int, int]) -> bool:
    """Do two counts of one sentence count different groups ("заместителя" and "предпринимателя", not "человек")?"""
    generic = set(DEFAULT_PERSON.values())
    return place[id(a)] == place[id(b)] and bool(a["object"]) and bool(b["object"]) \
        and a["object"] != b["object"] and not {a["object"], b["object"]} & generic


def same_value(a: dict, b: dict) -> bool:
    return a["unit"] == b["unit"] and abs(a["value"] - b["value"]) <= VALUE_TOLERANCE * max(abs(a["value"]), 1e-9)
