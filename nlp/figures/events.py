"""Which event a figure reports (SCHEMA.md Events), from trigger words near it: the nearest trigger in its
clause, failing that in its sentence. Trigger vocabularies live in data/rules/statistics.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pokazatel.nlp.figures.kk_nouns import kk_noun_base
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, ru_adjective_lemma, ru_is_animate, ru_lemma, ru_pos
from pokazatel.nlp.figures.values import word_value
from pokazatel.nlp.kk.stem import ending_list

RU_VERB_POS = {"VERB", "INFN", "PRTS", "GRND"}
DASHES = {"–", "—", "-"}
NO_FIGURE = "none"  # the event of triggers whose figures are no statistic (data/rules/statistics.yaml)
LIST_JOINERS = {"и", ",", "және", "мен", "бен", "пен"}
LOAN_REACH = 3  # words between an amount and the loan it is ("кредит на сумму 20 млн тенге")
LIST_REACH = 3  # words back from a list's joiner to the number of the count before it ("15 средних школ и")
WINDOW = 6  # tokens within which the words of a several-word trigger must occur
FIGURE_CLASSES = {"money": "money", "percent": "money", "mci": "money", "term": "term",
                  "person": "person", "item": "item"}


@dataclass(frozen=True)
class Trigger:
    event: str
    words: tuple[str, ...]
    weak: bool
    units: frozenset[str]
    order: int  # position of the event in the rules: the earlier wins a tie


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    indices: frozenset[int]


@cache
def triggers(lang: str) -> tuple[Trigger, ...]:
    events = rules("statistics")["events"]
    found = []
    for order, (event, spec) in enumerate(events.items()):
        units = frozenset(spec["units"])
        for weak, key in ((False, lang), (True, f"weak_{lang}")):
            for entry in spec.get(key, []):
                found.append(Trigger(event, tuple(entry.split()), weak,
                                     frozenset(spec.get("weak_units", units)) if weak else units, order))
    return tuple(found)


def word_key(token: Token, lang: str) -> str:
    """What trigger words are compared with: the lemma (ru) or the lower-case form (kk); a reporting formula's
    verb ("передаёт корреспондент") or a participle describing goods keeps its form, which no trigger matches."""
    if lang == "ru" and token.is_word and token.lower not in rules("statistics")["kept_forms"][lang]:
        return ru_lemma(token.lower)
    return token.lower


def word_matches(key: str, word: str, lang: str) -> bool:
    if lang == "ru":
        return key.startswith(word[:-1]) if word.endswith("*") else key == word
    if word.startswith("="):
        return key == word[1:]
    return key.startswith(word)


@cache
def _match_rule(word: str, lang: str) -> tuple[bool, str]:
    """`word_matches`' rule for a list word: whether it matches a key's start, and the form it compares."""
    if lang == "ru":
        return (True, word[:-1]) if word.endswith("*") else (False, word)
    return (False, word[1:]) if word.startswith("=") else (True, word)


def occurs(word: str, keys: set[str] | frozenset[str], lang: str) -> bool:
    """any(word_matches(key, word, lang) for key in keys): one lookup for a word matched whole."""
    by_start, form = _match_rule(word, lang)
    return any(key.startswith(form) for key in keys) if by_start else form in keys


@lru_cache(maxsize=50_000)
def is_kk_trigger_word(word: str) -> bool:
    """A Kazakh word form that is a one-word event trigger (a verb, mostly: "сотталды", "өтелді")."""
    return any(len(t.words) == 1 and word_matches(word, t.words[0], "kk") for t in triggers("kk"))


@lru_cache(maxsize=50_000)
def is_kk_person_trigger_word(word: str) -> bool:
    """A Kazakh word form that is a one-word trigger of an event of people ("сотталды", "ұсталды")."""
    return any(len(t.words) == 1 and "person" in t.units and word_matches(word, t.words[0], "kk")
               for t in triggers("kk"))


TriggerIndex = dict[str, list[tuple[int, Trigger]]]


@cache
def _triggers_by_first_word(lang: str) -> tuple[TriggerIndex, TriggerIndex]:
    """Triggers indexed by their first word, split into exact words and prefixes (the `word_matches`
    rules), so a token finds its candidate triggers in a few lookups instead of a scan of all."""
    exact: TriggerIndex = {}
    prefix: TriggerIndex = {}
    for number, trigger in enumerate(triggers(lang)):
        word = trigger.words[0]
        if lang == "ru":
            table, word = (prefix, word[:-1]) if word.endswith("*") else (exact, word)
        else:
            table, word = (exact, word[1:]) if word.startswith("=") else (prefix, word)
        table.setdefault(word, []).append((number, trigger))
    return exact, prefix


@cache
def _prefix_lengths(lang: str) -> tuple[int, ...]:
    """The lengths of the prefixes in the trigger index, shortest first: only those are worth looking up."""
    return tuple(sorted({len(word) for word in _triggers_by_first_word(lang)[1]}))


@lru_cache(maxsize=100_000)
def _candidates(key: str, lang: str) -> tuple[tuple[int, Trigger], ...]:
    exact, prefix = _triggers_by_first_word(lang)
    found = list(exact.get(key, ()))
    for length in _prefix_lengths(lang):
        if length > len(key):
            break
        found.extend(prefix.get(key[:length], ()))
    return tuple(found)


# The last article's tokens, with their word keys (by language, made as asked) and the trigger matches found in
# them (by start, end, language): the extractor asks for the same sentence and clause several times (matter,
# each figure's event, the next sentence's list), and for the keys of every clause.
_article: list[Any] = [None, {}, {}]


def _article_of(tokens: list[Token]) -> list[Any]:
    if _article[0] is not tokens:  # held, so its id is never another list's
        _article[:] = [tokens, {}, {}]
    return _article


def scope_keys(tokens: list[Token], start: int, end: int, lang: str) -> list[str]:
    """word_key of every token of tokens[start:end], each made once per article."""
    keys = _article_of(tokens)[1].setdefault(lang, [None] * len(tokens))
    for i in range(start, end):
        if keys[i] is None:
            keys[i] = word_key(tokens[i], lang)
    return [keys[i] for i in range(start, end)]


def names_entry(keys: set[str] | frozenset[str], entries: list[str], lang: str) -> bool:
    """Do `keys` (a scope's, from scope_keys) hold every word of one of `entries` ("не работать", "жалған штат")?"""
    return any(all(occurs(word, keys, lang) for word in entry.split()) for entry in entries)


def find_triggers(tokens: list[Token], start: int, end: int, lang: str) -> list[TriggerMatch]:
    """Trigger matches in tokens[start:end], in the order of the trigger list, then of the text; found once
    per article's tokens and scope."""
    found_in = _article_of(tokens)[2]
    found = found_in.get((start, end, lang))
    if found is None:
        found = found_in[start, end, lang] = _find_triggers(tokens, start, end, lang)
    return list(found)


def _find_triggers(tokens: list[Token], start: int, end: int, lang: str) -> list[TriggerMatch]:
    keys = dict(zip(range(start, end), scope_keys(tokens, start, end, lang), strict=True))
    starts = sorted((number, i, trigger) for i, key in keys.items() for number, trigger in _candidates(key, lang))
    bought = set(rules("statistics")["weak_not_after"][lang])
    matches: list[TriggerMatch] = []
    for _, i, trigger in starts:
        if trigger.weak and i > 0 and tokens[i - 1].lower in bought:
            continue  # "мектептерге сатып алынған жабдық": bought, not taken
        indices = {i}
        for word in trigger.words[1:]:
            near = [k for k in range(max(start, i - WINDOW), min(end, i + WINDOW + 1))
                    if k not in indices and word_matches(keys[k], word, lang)]
            if not near:
                break
            indices.add(min(near, key=lambda k: abs(k - i)))
        else:
            if not _counts_a_multiple(tokens, i, start, lang) and not _names_body(tokens, max(indices), lang):
                matches.append(TriggerMatch(trigger, frozenset(indices)))
    return _tightest(matches)


def _counts_a_multiple(tokens: list[Token], i: int, start: int, lang: str) -> bool:
    """"штраф в размере 20-кратной суммы взятки", "пара сомасының 20 еселенген мөлшерінде": the bribe only
    measures another figure (the fine) and is no trigger of its own."""
    data = rules("statistics")
    near = [tokens[k].lower for k in range(max(start, i - 2), i + 3) if k < len(tokens) and k != i]
    return any(word in near_word and not near_word.startswith(tuple(data["not_multiple_of"][lang]))
               for word in data["multiple_of"][lang] for near_word in near)


def _names_body(tokens: list[Token], last: int, lang: str) -> bool:
    """Are the trigger's words, ending at token `last`, the name of a body ("мемлекеттік кірістер басқармасының
    инспекторы": the state revenue department, not revenue to the state)? Its head word follows them."""
    heads = tuple(rules("statistics")["body_heads"][lang])
    return bool(heads) and last + 1 < len(tokens) and tokens[last + 1].lower.startswith(heads)


def _tightest(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Of two matches of one several-word trigger that share a word, the one whose words stand closer: in
    "3 года лишения свободы с лишением права занимать должности" the ban is "лишением права", not
    "лишения … права"."""
    def span(m: TriggerMatch) -> int:
        return max(m.indices) - min(m.indices)

    return [m for m in matches if not any(o is not m and o.trigger == m.trigger and o.indices & m.indices
                                          and span(o) < span(m) for o in matches)]


def outermost(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Of matches sharing a word, keep the longest, then the one of the earlier event: "ущерб" inside
    "возмещение ущерба", "привлечь к ответственности" inside "привлечь к дисциплинарной ответственности"."""
    def rank(m: TriggerMatch) -> tuple[int, int]:
        return (-len(m.indices), m.trigger.order)

    return [m for m in matches if not any(m.indices & other.indices and rank(other) < rank(m) for other in matches)]


def _distance(tokens: list[Token], match: TriggerMatch, first: int, last: int, glue: set[str],
              lang: str) -> int:
    def gap(a: int, b: int) -> int:
        return 1 + sum(1 for k in range(a + 1, b) if word_key(tokens[k], lang) not in glue)

    return min(gap(i, first) if i < first else gap(last, i) if i > last else 0 for i in match.indices)


@dataclass(frozen=True)
class EventChoice:
    event: str
    trigger: frozenset[int]  # token indices of the trigger that decided, empty when none did
    weak: bool = False  # the trigger was a weak one ("получил 5 млн тенге")

    @property
    def firm(self) -> bool:
        """Did a trigger of its own, not a weak one, decide the event?"""
        return bool(self.trigger) and not self.weak


def choose_event(tokens: list[Token], kind: str, first: int, last: int, clause: tuple[int, int],
                 sentence: tuple[int, int], lang: str, theme: str) -> EventChoice | None:
    """The event of a figure of `kind` covering tokens first..last; None when it is not a statistic
    (a number of years with no sentence in sight)."""
    if kind == "case":
        return EventChoice("cases", frozenset())
    figure_class = FIGURE_CLASSES[kind]
    glue = set(rules("statistics")["glue"][lang])
    scopes = (clause,) if kind == "percent" and _compares(tokens, clause, lang) else (clause, sentence)
    paid_act = paid_act_words(tokens, first, last, clause, lang) if figure_class == "money" else frozenset()
    if figure_class == "money":
        scopes = (_with_described_payment(tokens, _with_payees_clause(tokens, clause, sentence, lang), sentence,
                                          lang), *scopes[1:])
    for scope in scopes:
        matches = outermost([m for m in find_triggers(tokens, *scope, lang)
                             if figure_class in m.trigger.units and not m.indices & paid_act
                             and not (paid_act and _names_taker(tokens, m, lang))])
        for weak in (False, True):
            candidates = [m for m in matches if m.trigger.weak == weak]
            if candidates:
                best = min(candidates, key=lambda m: (_distance(tokens, m, first, last, glue, lang),
                                                      m.trigger.order))
                if lang == "kk" and scope == scopes[0]:
                    best = _kk_predicate_over_attribute(tokens, best, candidates, first, last,
                                                        figure_class == "money")
                event = best.trigger.event
                if weak and figure_class == "money" and event == "bribe" and not _distributive(tokens, first):
                    # received money: a bribe in a bribery story or when paid for an act ("за непроведение
                    # проверки"), stolen in a fraud; never a bribe when the clause says it came from the budget
                    # ("бюджеттен 86 млн теңге алғаны")
                    paid = paid_act or _paid_for_before(tokens, first, clause, lang) \
                        or _from_private_giver(tokens, first, clause, lang) or _go_between_took(tokens, scope, lang)
                    event = "damage" if _from_public_money(tokens, scope, lang) else "bribe" if paid else theme
                if event == "bribe" and (weak or kind != "percent") and not paid_act \
                        and _names_loan(tokens, first, last, clause, lang):
                    event = NO_FIGURE  # "банктен 20 млн теңге несие сұраған", "взятку за выдачу кредита на 20 млн
                    # тенге": a loan's sum, asked of a bank or what a bribe was paid for, is no bribe
                return EventChoice(event, best.indices, weak)
    return None if figure_class == "term" else EventChoice("other", frozenset())


def _go_between_took(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the trigger's scope name a go-between as who received the money ("сумма, которую получали посредники")?
    Money taken for a promised official's decision is a bribe (мнимое посредничество; data/eval/README.md, fresh23),
    whatever the story's theme. Figure round 27."""
    takers = rules("statistics")["paid_act"]["go_betweens"][lang]
    return any(tokens[i].lower in takers for i in range(*scope))


def _names_loan(tokens: list[Token], first: int, last: int, clause: tuple[int, int], lang: str) -> bool:
    """Does a loan word stand within LOAN_REACH words of the amount on tokens first..last as its sum: before it joined
    by words of a sum only ("кредит на 20 млн тенге"), or after it, not as what the money was paid for ("20 млн теңге
    несие", not "3 млн тенге за кредит", "несие үшін")?"""
    data = rules("statistics")
    loans, links, paid_for = data["loan_words"][lang], data["loan_sum_links"][lang], data["loan_paid_for"][lang]
    for i in range(max(clause[0], first - LOAN_REACH), min(clause[1], last + LOAN_REACH + 1)):
        if not (tokens[i].is_word
                and any(occurs(loan, {word_key(tokens[i], lang), tokens[i].lower}, lang) for loan in loans)):
            continue
        if i < first and all(t.lower in links for t in tokens[i + 1 : first]):
            return True  # "кредит на сумму 20 млн", "несие сомасы 20 млн": the loan's sum
        if i > last and not any(t.lower in paid_for for t in tokens[last + 1 : i + 2]):
            return True
    return False


def paid_act_words(tokens: list[Token], first: int, last: int, clause: tuple[int, int], lang: str) -> frozenset[int]:
    """The words naming an act the money covering tokens first..last was paid for, if its clause names one: Russian
    "за" and a verbal noun after the money ("получили 5 тысяч долларов за непроведение проверки", "за ускоренный
    возврат НДС"), Kazakh a verbal noun and "үшін" before it ("тексеру жүргізбеу үшін 5 мың доллар алған"). Money
    received for an act is a bribe whatever the story's theme, and the act's words ("возврат") are no trigger."""
    data = rules("statistics")["paid_act"]
    if lang == "ru":
        for i in range(last + 1, clause[1] - 1):
            if tokens[i].lower != "за":
                continue
            for k in range(i + 1, min(i + 3, clause[1])):
                lemma = ru_lemma(tokens[k].lower) if tokens[k].is_word else ""
                if lemma in data["not_acts"]["ru"]:
                    break
                if lemma.endswith(tuple(data["noun_endings"]["ru"])) or lemma in data["nouns"]["ru"]:
                    return frozenset(range(i, min(k + 2, clause[1])))
        return frozenset()
    for i in range(max(clause[0] + 1, first - 4), first):
        act = tokens[i - 1].lower
        if tokens[i].lower in data["postpositions"]["kk"] and act.endswith(tuple(data["noun_endings"]["kk"])) \
                and not act.startswith(tuple(data["not_acts"]["kk"])):
            return frozenset(range(max(clause[0], i - 2), i + 1))
    return frozenset()


def _with_payees_clause(tokens: list[Token], clause: tuple[int, int], sentence: tuple[int, int],
                        lang: str) -> tuple[int, int]:
    """The clause, widened to the one before it when it pays people that one named, pointing back to them by a
    pronoun ("…, которые фактически не работали, и начислил им 7 млн тенге", "…, оларға 7 млн теңге жалақы
    есептеген"): what that clause says of them ("не работали") says what the money is."""
    pronouns = [entry.split() for entry in rules("statistics")["payees_named_before"][lang]]
    words = [t.lower for t in tokens[clause[0] : clause[1]]]
    if clause[0] <= sentence[0] or not any(words[i : i + len(p)] == p for p in pronouns for i in range(len(words))):
        return clause
    start = clause[0] - 1
    while start > sentence[0] and tokens[start - 1].text not in {",", ";"}:
        start -= 1
    return (start, clause[1])


def _with_described_payment(tokens: list[Token], clause: tuple[int, int], sentence: tuple[int, int],
                             lang: str) -> tuple[int, int]:
    """The clause, widened to the relative clause after it when it ends with what the money was paid for and that
    clause describes it ("… 900 млн тенге за услуги, которые фактически не оказывались"): what it says of them says what
    the money is."""
    data = rules("statistics")
    described = data["paid_for_described"]
    comma = clause[1]
    if comma + 1 >= sentence[1] or tokens[comma].text != "," \
            or word_key(tokens[comma + 1], lang) not in data["relative_openers"][lang]:
        return clause
    before_comma = tokens[max(clause[0], comma - described["reach"]) : comma]
    if not any(t.lower in described["paid_for"][lang] for t in before_comma):
        return clause
    end = comma + 2
    while end < sentence[1] and tokens[end].text not in {",", ";"}:
        end += 1
    return (clause[0], end)


def _names_taker(tokens: list[Token], match: TriggerMatch, lang: str) -> bool:
    """Is the trigger the name of whoever took money paid for an act ("алаяқ"), not what was done with it?"""
    takers = rules("statistics")["paid_act"]["takers"][lang]
    return all(tokens[i].lower in takers for i in match.indices)


def _paid_for_before(tokens: list[Token], first: int, clause: tuple[int, int], lang: str) -> bool:
    """Does the clause name the act the money was paid for before it: "за беспрепятственный пропуск грузовиков он
    получил 2 500 долларов"? (Kazakh names it before the money always: `paid_act_words`.)"""
    if lang != "ru":
        return False
    data = rules("statistics")["paid_act"]
    for i in range(clause[0], first):
        if tokens[i].lower != "за":
            continue
        for k in range(i + 1, min(i + 3, first)):
            lemma = ru_lemma(tokens[k].lower) if tokens[k].is_word else ""
            if lemma in data["not_acts"]["ru"]:
                break
            if lemma.endswith(tuple(data["noun_endings"]["ru"])) or lemma in data["nouns"]["ru"]:
                return True
    return False


def _from_private_giver(tokens: list[Token], first: int, clause: tuple[int, int], lang: str) -> bool:
    """Did the money come from a private party an official deals with: "получил от поставщика 12 тысяч долларов",
    "фермерден 2 млн теңге алған"?"""
    data = rules("statistics")["private_givers"]
    givers = data[lang]
    if lang == "ru":
        return any(tokens[i].lower == "от" and tokens[k].is_word and ru_lemma(tokens[k].lower) in givers
                   for i in range(clause[0], clause[1] - 1) for k in range(i + 1, min(i + 3, clause[1])))
    return any(t.lower.endswith(tuple(data["kk_ablative"])) and t.lower.startswith(tuple(givers))
               for t in tokens[clause[0] : first])


def _kk_predicate_over_attribute(tokens: list[Token], best: TriggerMatch, candidates: list[TriggerMatch],
                                 first: int, last: int, money: bool) -> TriggerMatch:
    """"бюджетке заңсыз төленген 2,3 млрд теңге қайтарылды": a Kazakh participle before the figure says what the
    money was, the finite verb after it what was done with it; the verb decides. So it does after a whole in the
    genitive right before a part of money in the possessive ("Залалдың 25 млн теңгесі бюджетке қайтарылды": of the
    damage)."""
    forms = rules("statistics")["kk_predicate"]
    before = max(best.indices)
    whole_of_part = money and before == first - 1 and tokens[before].lower.endswith(ending_list("genitive")) \
        and tokens[last].lower.endswith(tuple(forms["possessive"]))
    if before >= first or not (tokens[before].lower.endswith(tuple(forms["attribute"])) or whole_of_part):
        return best
    after = [m for m in candidates if min(m.indices) > last
             and tokens[max(m.indices)].lower.endswith(tuple(forms["finite"]))]
    return min(after, key=lambda m: min(m.indices)) if after else best


def item_event(tokens: list[Token], scope: tuple[int, int], lang: str) -> str | None:
    """The event the scope's own triggers give counted things ("имущество конфисковано"), if any: what a
    list in the next sentence ("В их числе – три квартиры") reports."""
    matches = outermost([m for m in find_triggers(tokens, *scope, lang)
                          if "item" in m.trigger.units and not m.trigger.weak and m.trigger.event != "other"])
    return matches[0].trigger.event if matches else None


def _from_public_money(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the scope say the money came from public funds ("из бюджета", "бюджеттен")?"""
    lowered = f" {' '.join(t.lower for t in tokens[scope[0] : scope[1]])} "
    return any(f" {phrase} " in lowered for phrase in rules("statistics")["public_money_source"][lang])


def _distributive(tokens: list[Token], first: int) -> bool:
    """"получал от руководителей ТОО по 100 тысяч тенге": money received again and again is a bribe."""
    return first > 0 and tokens[first - 1].lower == "по"


def has_anaphora(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause point back to people or cases named before ("из них", "олардың арасында")?"""
    words = rules("statistics")["anaphora"][lang]
    return any(tokens[i].lower in words for i in range(*scope))


def in_background(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause describe the story's setting ("в районе проживает 200 тысяч человек") rather than
    report what was done? Every word of one `background` entry must occur in it. What the clause calls
    unlawful is no setting: "прибыль от легализации незаконно добытых средств" is part of the offence; nor is a queue
    someone was moved up ("продвинул в очереди три семьи")."""
    keys = set(scope_keys(tokens, *scope, lang))
    data = rules("statistics")
    if names_entry(keys, data["unlawful"][lang] + data["moved_up_queue"][lang], lang):
        return False
    return _says_what_there_is(tokens, scope, lang) or _not_done(tokens, scope, lang) or names_entry(
        keys, data["background"][lang], lang)


def _not_done(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """"агенттік 15 ұлттық компанияда талдау жүргізетінін айтты", "онда 250 мың адам жұмыс істейтінін": a Kazakh
    clause told as what is done as a rule or will be done, not what was done."""
    endings = tuple(rules("statistics")["not_done_endings"].get(lang, []))
    return bool(endings) and any(tokens[i].lower.endswith(endings) for i in range(*scope))


def _says_what_there_is(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """"В районе 27 школ", "Облыста 1,5 миллионнан астам мал басы бар": a clause that says what there is, not what
    was done: in Russian one with no verb that opens with a place, in Kazakh one with "бар"."""
    start = scope[0]
    while start < scope[1] and tokens[start].text in DASHES:
        start += 1  # "– В центральном аппарате у нас около 2 700 сотрудников": a line of an interview
    clause = tokens[start : scope[1]]
    words = [t for t in clause if t.is_word]
    if not words or has_anaphora(tokens, scope, lang) or any(t.text in DASHES for t in clause):
        return False  # "В их числе – три квартиры", "В прошлом году – 131 человек": a dash stands for a verb
    data = rules("statistics")
    if lang == "kk":
        return any(t.lower in data["existence"]["kk"] for t in words)
    opening = " ".join(t.lower for t in words[:3])
    if any(opening.startswith(phrase) for phrase in data["existence_not"]["ru"]):
        return False  # "в общей сложности 9,6 млн тенге": all in all, no place
    opener = clause.index(words[0])
    governs_a_word = opener + 1 < len(clause) and clause[opener + 1].is_word  # "на 12 млн тенге" is an amount
    return words[0].lower in data["existence"]["ru"] and governs_a_word \
        and not any(ru_pos(t.lower) in RU_VERB_POS for t in words)


def is_penalty_threat(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause say what the law provides ("грозит до 2 000 МРП штрафа") rather than what a court gave?"""
    return names_entry(set(scope_keys(tokens, *scope, lang)), rules("statistics")["penalty_threat"][lang], lang)


def _first_entry_found(tokens: list[Token], scope: tuple[int, int], lang: str, entries: list[str]) -> frozenset[int]:
    """The token indices of the first entry (words matched like triggers) all of whose words occur in the scope."""
    keys = dict(zip(range(*scope), scope_keys(tokens, *scope, lang), strict=True))
    first_of: dict[str, int] = {}
    for i, key in keys.items():
        first_of.setdefault(key, i)
    for entry in entries:
        found = []
        for word in entry.split():
            by_start, form = _match_rule(word, lang)
            first = next((i for i, key in keys.items() if key.startswith(form)), None) if by_start \
                else first_of.get(form)
            if first is None:
                break
            found.append(first)
        else:
            return frozenset(found)
    return frozenset()


def is_building(tokens: list[Token], first: int | None, scope: tuple[int, int], lang: str) -> bool:
    """Does the clause build the things counted from token `first` ("построено 19 школ", "9 мектеп салынады",
    "на строительство 12 школ") rather than seize or return them? With no `first`: does it build anything ("около
    20 млрд тенге направлено на строительство школ": money spent, whatever it was before)?"""
    data = rules("statistics")
    places = [_list_start(tokens, first, scope) - 1] if first is not None else range(*scope)
    words_before = data["built_before"][lang] + (data["purpose_before"][lang] if first is not None else [])
    before = any(k >= scope[0] and tokens[k].is_word and any(
        word_matches(word_key(tokens[k], lang), word, lang) for word in words_before) for k in places)
    return (before or bool(_first_entry_found(tokens, scope, lang, data["built"][lang]))) \
        and not _first_entry_found(tokens, scope, lang, data["built_unless"][lang])


def _list_start(tokens: list[Token], first: int, scope: tuple[int, int]) -> int:
    """Where the list of counts that the count at `first` closes begins: "на строительство 15 школ и 6 больниц"
    builds the hospitals too."""
    while first - 1 > scope[0] and tokens[first - 1].lower in LIST_JOINERS:
        earlier = next((k for k in range(first - 2, max(scope[0], first - 2 - LIST_REACH) - 1, -1)
                        if tokens[k].is_digit), None)
        if earlier is None:
            break
        first = earlier
    return first


def states_value(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause state what something is worth ("Общая стоимость имущества оценивается в 870 млн тенге")?"""
    return bool(_first_entry_found(tokens, scope, lang, rules("statistics")["value_of"][lang]))


def names_indicator(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause name the indicator reported before ("этот показатель", "бұл көрсеткіш")?"""
    return bool(_first_entry_found(tokens, scope, lang, rules("statistics")["indicator"][lang]))


def acquittal_words(tokens: list[Token], scope: tuple[int, int], lang: str) -> frozenset[int]:
    """The words of the clause that acquit ("ещё двое оправданы", "екеуі ақталды"), if any; a capitalised word inside
    the clause or one in capitals is a name ("АҚТАУ. KAZINFORM – … үкімді": the city, not "ақтау үкімі")."""
    found = _first_entry_found(tokens, scope, lang, rules("statistics")["acquittal"][lang])
    named = any(tokens[i].text[:1].isupper() and (i != scope[0] or tokens[i].text.isupper()) for i in found)
    return frozenset() if named else found


def is_wanted(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause say someone is wanted ("объявлен в розыск", "іздеуге жарияланды")?"""
    return bool(_first_entry_found(tokens, scope, lang, rules("statistics")["wanted"][lang]))


def is_administrative(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause speak of administrative, not criminal, responsibility ("привлечены к административной
    ответственности", "әкімшілік жауапкершілікке тартылды")?"""
    return bool(_first_entry_found(tokens, scope, lang, rules("statistics")["administrative"][lang]))


def is_obligation(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause order money to be paid back ("суд обязал возместить", "өтеуге міндеттелді") rather than
    say it was?"""
    return bool(_first_entry_found(tokens, scope, lang, rules("statistics")["obligation"][lang]))


def offers_bribe(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause give or offer a bribe to someone ("пара ұсынған", "предложил взятку")?"""
    return bool(_first_entry_found(tokens, scope, lang, rules("statistics")["bribe_recipients"]["offered"][lang]))


def is_claim(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause award a civil claim or order money to be paid ("удовлетворил иск", "в счёт возмещения
    ущерба", "азаматтық талабын", "обязал возместить")?"""
    return bool(_first_entry_found(tokens, scope, lang, rules("statistics")["claim"][lang])) \
        or is_obligation(tokens, scope, lang)


def whole_group_role(tokens: list[Token], first: int, last: int, counted_object: str, lang: str) -> str | None:
    """The event of a count that is the whole of a partitive and names its people by role: the five of
    "троих из пяти обвиняемых", "бес сотталушының үшеуі" are the accused (`charged`), whatever the verdict
    says of the three."""
    if lang == "ru":
        whole = first > 0 and tokens[first - 1].lower == "из"
    else:
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        whole = following is not None and tokens[last].lower.endswith(ending_list("genitive")) \
            and (following.is_digit or word_value(following.text, lang) is not None)
    if not whole or not counted_object:
        return None
    head = counted_object.split()[-1].replace("ё", "е")
    for event, words in rules("statistics")["role_nouns"].items():
        if head in words[lang] if lang == "ru" else any(head.startswith(word) for word in words[lang]):
            return event
    return None


def is_allocation(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause put money aside in a budget ("выделено 4,7 млрд тенге", "180 млрд теңге бөлінді"),
    lawfully as far as it says?"""
    data = rules("statistics")
    keys = scope_keys(tokens, *scope, lang)
    def says(words: list[str]) -> bool:
        return any(word_matches(key, word, lang) for key in keys for word in words)
    return says(data["allocation"][lang]) and not says(data["unlawful"][lang])


def is_funding(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the clause name money received as funding ("вуз получил 2,1 млрд тенге государственного гранта"), lawfully
    as far as it says?"""
    data = rules("statistics")
    keys = scope_keys(tokens, *scope, lang)
    return any(word_matches(key, word, lang) for key in keys for word in data["funding"][lang]) \
        and is_allocation(tokens, scope, lang)


def is_share_of_people(tokens: list[Token], first: int, last: int, lang: str) -> bool:
    """Is the percentage covering tokens first..last a share of people: "9,8% респондентов", "халықтың 74
    пайызы", "Олардың 15 пайызы – басшылар"? Not a Kazakh share in the accusative, the object of what is done to it
    ("халықтың 40 пайызын")."""
    wholes = rules("statistics")["people_wholes"][lang]
    if lang == "ru":
        if last + 1 >= len(tokens) or not tokens[last + 1].is_word:
            return False
        word = tokens[last + 1].lower
        lemma = ru_lemma(word)
        return lemma in wholes or ru_adjective_lemma(word) in wholes \
            or (ru_pos(word) == "NOUN" and ru_is_animate(word))
    if first == 0 or not tokens[first - 1].is_word:
        return False
    if tokens[last].lower.endswith(ending_list("possessive_accusative")):
        return False  # "тұрғындарының 40 пайызын жылумен қамтамасыз етеді": the share served, not a group's answer
    person_nouns = rules("units")["person_nouns"]["kk"]
    if last + 1 < len(tokens) and tokens[last + 1].text in DASHES and any(
            t.is_word and kk_noun_base(t.lower).startswith(tuple(person_nouns)) for t in tokens[last + 2 : last + 6]):
        return True  # "Олардың 15 пайызы – мемлекеттік органдардың басшылары": what share of them a group is
    word = tokens[first - 1].lower
    if not word.endswith(ending_list("genitive")):
        return False
    base = kk_noun_base(word)
    return any(base.startswith(w) for w in [*wholes, *person_nouns])


def names_share_of_people(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the scope name the share one group of people makes ("Доля руководителей среди осуждённых",
    "басшылардың үлесі")? Its percentage is no event's figure."""
    share_words = rules("statistics")["share_words"][lang]
    person_nouns = rules("units")["person_nouns"][lang]
    for i in range(scope[0], scope[1] - 1):
        if lang == "ru" and word_key(tokens[i], lang) in share_words and tokens[i + 1].is_word:
            group = tokens[i + 1].lower
            if ru_pos(group) == "NOUN" and (ru_is_animate(group) or ru_lemma(group) in person_nouns):
                return True
        if lang == "kk" and tokens[i + 1].lower.startswith(tuple(share_words)) and tokens[i].is_word \
                and tokens[i].lower.endswith(ending_list("genitive")) \
                and kk_noun_base(tokens[i].lower).startswith(tuple(person_nouns)):
            return True
    return False


def reports_change(tokens: list[Token], scope: tuple[int, int], lang: str) -> bool:
    """Does the scope report a change against another time ("снизилось с 1 310 до 1 150", "на 8% меньше")?"""
    return _compares(tokens, scope, lang)


def _compares(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """A share compared with another period ("на 8% меньше, чем годом ранее") is not a share of its sentence's
    event."""
    words = rules("statistics")["comparison"][lang]
    return any(tokens[i].lower in words or word_key(tokens[i], lang) in words for i in range(*clause))


def _stem_regex(stem: str) -> str:
    """A stem list entry as a regex: words by their start ("взятк"), "=word" whole, at a word's start."""
    parts = [rf"{re.escape(w[1:])}(?![\w])" if w.startswith("=") else rf"{re.escape(w)}\w*" for w in stem.split()]
    return r"(?<![\w])" + r"\s+".join(parts)


@cache
def _stem_pattern(stem: str) -> re.Pattern:
    return re.compile(_stem_regex(stem))


@cache
def _any_stem_pattern(stems: tuple[str, ...]) -> re.Pattern:
    """One pass over the text for "does any stem occur": the stem lists are longer than re's own cache of
    compiled patterns, so matching them one by one recompiled each at every call. The stems' common start,
    "not after a letter", is said once before the alternatives: the same matches, and a position inside a
    word is given up at once instead of by every alternative in turn."""
    start = r"(?<![\w])"
    return re.compile(start + "(?:" + "|".join(f"(?:{_stem_regex(stem).removeprefix(start)})" for stem in stems) + ")")


def count_stems(text: str, stems: list[str]) -> int:
    """How often the stems occur in `text` (lower case), each counted on its own; a stem with a word nowhere in the
    text is not searched for (`in` finds a string far faster than the pattern, which tries every position)."""
    return sum(len(_stem_pattern(stem).findall(text)) for stem in stems
               if all(word.removeprefix("=") in text for word in stem.split()))


def has_stem(text: str, stems: list[str]) -> bool:
    """count_stems(text, stems) > 0, in one search."""
    return bool(stems) and _any_stem_pattern(tuple(stems)).search(text) is not None


def story_theme(text: str, lang: str) -> str:
    """"bribe" or "damage": what money merely received or handed over stands for in this article."""
    themes = rules("statistics")["themes"]
    lowered = text.lower().replace("ё", "е")
    bribe = count_stems(lowered, themes["bribe"][lang])
    damage = count_stems(lowered, themes["damage"][lang])
    return "damage" if damage > bribe else "bribe"


def is_about_corruption(text: str, lang: str) -> bool:
    """Does the article speak of corruption at all? Figures of other news are not statistics."""
    return mentions_corruption(text.lower().replace("ё", "е"), lang)


def mentions_corruption(lowered: str, lang: str) -> bool:
    """Does lower-cased `lowered` (ё written е) hold a word of the corruption lexicon?"""
    data = rules("statistics")
    if has_stem(lowered, data["corruption_stems"][lang]):
        return True
    in_context = data["corruption_in_context"][lang]
    if not has_stem(lowered, list(in_context)):  # one pass for the many texts that hold none of them
        return False
    return any(has_stem(lowered, [stem]) and has_stem(lowered, context) for stem, context in in_context.items())
