"""One body, one name: the canonical name (Russian, full) of the state body or national company an
ORG entity's norm names, in either language ("Антикор", "АПК", "Сыбайлас жемқорлыққа қарсы іс-қимыл
агенттігі" -> "Агентство по противодействию коррупции"), so search and statistics see one body.

Names come from data/gazetteer/bodies.yaml and the Russian gazetteer (organisations.yaml, by body id);
akimats resolve by rule through the places of places.yaml ("Алматы облысының әкімдігі", "акимат
Алматинской области" -> "Акимат Алматинской области")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pokazatel.nlp.kk.stem import stem, strip_case

from pokazatel.resources import data_path, read_yaml

BODIES_FILE = data_path("gazetteer", "bodies.yaml")
WORD = re.compile(r"\w+(?:-\w+)*")
KK_AKIMAT = re.compile(r"^(?P<place>.+?)\s+әкімдігі$", re.IGNORECASE)
RU_AKIMAT = re.compile(r"^акимат\s+(?P<place>.+)$", re.IGNORECASE)
KK_CITY_WORD = re.compile(r"^қала(сы|сының)?$", re.IGNORECASE)  # "Астана қаласының әкімдігі"
REGION = "область"
QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]+)[»\"“”]")
KK_GENITIVE_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің")


def name_key(name: str) -> tuple[str, ...]:
    """Word by word, the Kazakh stem of the lower-cased word ("ё" as "е"): the case forms of a Kazakh
    name share it ("агенттігі", "агенттігінің"), and a Russian norm, already nominative, is itself."""
    return tuple(stem(word.replace("ё", "е").replace("Ё", "Е")) for word in WORD.findall(name))


@cache
def body_entries() -> list[dict]:
    return read_yaml(BODIES_FILE)


@cache
def _index() -> dict[tuple[str, ...], str]:
    organisations = read_yaml(data_path("gazetteer", "organisations.yaml"))
    by_id = {entry["id"]: entry["body"] for entry in body_entries() if entry.get("id")}
    index: dict[tuple[str, ...], str] = {}
    for item in organisations:  # the Russian names and variants of the gazetteer's bodies
        if item.get("body") in by_id:
            for name in [item["norm"], *item.get("variants", [])]:
                index.setdefault(name_key(name), by_id[item["body"]])
    for entry in body_entries():
        for name in [entry["body"], *entry.get("names", [])]:
            index.setdefault(name_key(name), entry["body"])
    return index


def kazakh_names() -> list[str]:
    """The Kazakh names of bodies.yaml (any word with a Kazakh-only letter), for the Kazakh gazetteer."""
    kazakh_letters = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    return [name for entry in body_entries() for name in entry.get("names", [])
            if kazakh_letters & set(name)]


# an article's bodies are named several times: 1,254 questions for 649 norms on 300 articles (1,829 norms after
# 1,195 articles held 0.2 MB)
@lru_cache(maxsize=5_000)
def canonical_body(norm: str | None) -> str | None:
    """The canonical name of the body `norm` names, or None if it names no known body."""
    if not norm or not norm.strip():
        return None
    index = _index()
    for candidate in _candidates(norm):
        if name_key(candidate) in index:
            return index[name_key(candidate)]
    return _akimat(norm)


def _candidates(norm: str) -> list[str]:
    """The norm; the name inside its quotes ("«Қазақстан темір жолы» ҰК АҚ", "АО «НК «КазМунайГаз»»");
    in Kazakh, the last body of a genitive chain, when it is a name ("Қаржы министрлігінің Мемлекеттік
    кірістер комитеті" is the revenue committee; "... агенттігінің Жетісу облысы бойынша департаменті",
    a regional branch, is no body of the list); in Russian, what comes before a parent body of the
    gazetteer ("Комитет государственных доходов Министерства финансов" is the revenue committee)."""
    candidates = [norm, *QUOTED.findall(norm)[::-1]]
    words = norm.split()
    genitives = [i for i, word in enumerate(words[:-1]) if word.lower().endswith(KK_GENITIVE_ENDINGS)]
    if genitives and words[genitives[-1] + 1][:1].isupper():
        candidates.append(" ".join(words[genitives[-1] + 1:]))
    for cut in range(1, len(words)):  # in Russian, the body before its parent body
        if words[cut][:1].isupper() and _is_gazetteer_body(" ".join(words[cut:])):
            candidates.append(" ".join(words[:cut]))
            break
    return candidates


def _is_gazetteer_body(text: str) -> bool:
    """Whether the whole `text` is a body of the Russian gazetteer, in any case ("Министерства финансов")."""
    from pokazatel.nlp.ru.gazetteer import gazetteer, word_lemmas

    words = WORD.findall(text)
    matches = gazetteer().matches([word_lemmas(word) for word in words])
    return len(matches) == 1 and matches[0][:2] == (0, len(words)) and not matches[0][2].is_place


def _akimat(norm: str) -> str | None:
    """"Акимат <place in the genitive>" of an akimat named after a place of places.yaml."""
    norm = " ".join(norm.split())
    kazakh = KK_AKIMAT.match(norm)
    russian = RU_AKIMAT.match(norm)
    if kazakh:
        words = kazakh.group("place").split()
        if len(words) > 1 and KK_CITY_WORD.match(words[-1]):
            words = words[:-1]
        words[-1] = strip_case(words[-1]) if words[-1].lower().endswith(("ның", "нің")) else words[-1]
        place = _place(" ".join(words))
    elif russian:
        place = _place(re.sub(r"^(города|г\.)\s+", "", russian.group("place")))
    else:
        return None
    return f"Акимат {_genitive(place)}" if place else None


def _place(text: str) -> str | None:
    """The places.yaml norm of a place named by the whole `text`, in any case, in either language."""
    from pokazatel.nlp.ru.gazetteer import gazetteer, word_lemmas

    words = WORD.findall(text)
    matches = gazetteer().matches([word_lemmas(word) for word in words])
    if len(matches) == 1 and matches[0][:2] == (0, len(words)) and matches[0][2].is_place:
        return matches[0][2].norm
    return None


def _genitive(place: str) -> str:
    """"Алматинская область" -> "Алматинской области"; a town is "города Алматы" (towns' names in -ы
    and Kazakh names do not decline reliably, so the town keeps its nominative)."""
    from pokazatel.nlp.ru.morph import parse

    words = place.split()
    if words[-1].lower() != REGION:
        return f"города {place}"
    inflected = []
    for word in words:
        forms = [p.inflect({"gent"}) for p in parse(word.lower()) if p.tag.case == "nomn"]
        form = next((f.word for f in forms if f is not None), word.lower())
        inflected.append(form.capitalize() if word[:1].isupper() else form)
    return " ".join(inflected)
