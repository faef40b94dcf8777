"""Normal (nominative) forms of Russian entity mentions with pymorphy3.

Organisations and places: the head noun goes to the nominative and the adjectives before it agree;
everything after the head stays as written ("Департаменте полиции Алматинской области" ->
"Департамент полиции Алматинской области"), which is how the gold annotation writes names. A place
the gazetteer knows takes the gazetteer's nominative: Kazakh names such as "Мерке" or "Шу" do not decline.
People: case and gender are read from the first name, then every part of the name is put in the
nominative of that gender ("Марату Жунусову" -> "Марат Жунусов", "Алия Нурмуханова" stays).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pokazatel.nlp.ru.gazetteer import first_names, gazetteer, org_words, word_lemmas
from pokazatel.nlp.ru.morph import parse

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*\.?|\s+|.", re.UNICODE)
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# names whose nominative phrase_norm keeps: an article names a body or place several times, and the stream names
# the same ones again (2,194 questions for 914 names on 200 real Russian articles; 2,174 names after 1,195
# articles held 0.8 MB, so 5,000 hold about 2 MB)
NORM_CACHE_SIZE = 5_000
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Administrative units are named in the singular even in "Карагандинской и Туркестанской областях".
SINGULAR_HEADS = frozenset({"область", "район", "город", "округ", "село", "аул", "посёлок", "поселок", "гарнизон"})
QUOTES = "«»\"„“”'"
MASCULINE_CASE_ENDINGS = frozenset({"", "а", "у", "ом", "е"})


def restore_case(original: str, new: str) -> str:
    """Copy the capitalisation of `original` onto the inflected `new` (same stem, letter by letter; a hyphenated
    word part by part, as each part takes its own ending: "Петровой-Водкиной" → "Петрова-Водкина")."""
    if original.isupper() and len(original) > 1:
        return new.upper()
    if "-" in original and original.count("-") == new.count("-"):
        return "-".join(map(restore_case, original.split("-"), new.split("-")))
    letters = list(new)
    for position, char in enumerate(original[:len(letters)]):
        if char.isupper():
            letters[position] = letters[position].upper()
    return "".join(letters)


def _is_word(token: str) -> bool:
    return bool(CYRILLIC.search(token)) and token[0].isalpha()


def inflect(analysis, grammemes: set[str]) -> str | None:
    try:
        inflected = analysis.inflect(grammemes)
    except (ValueError, KeyError):
        return None
    return inflected.word if inflected is not None else None


NAME_TAGS = frozenset({"Name", "Surn", "Patr"})  # pymorphy's tags of a first name, surname, patronymic


# Organisations and places --------------------------------------------------------------------------

def _noun_parses(word: str, label: str) -> list:
    parses = [p for p in parse(word.lower()) if p.tag.POS == "NOUN"]
    if label == "LOC":
        preferred = [p for p in parses if "Geox" in p.tag] or [p for p in parses if "inan" in p.tag]
    elif label == "POSITION":
        preferred = [p for p in parses if "anim" in p.tag and not NAME_TAGS & set(p.tag.grammemes)]
    else:
        preferred = [p for p in parses if "inan" in p.tag]
    return preferred or parses


def adjective_parses(word: str) -> list:
    return [p for p in parse(word.lower()) if p.tag.POS in ("ADJF", "PRTF")]


def _agrees(adjective, noun) -> bool:
    if adjective.tag.case != noun.tag.case and not {adjective.tag.case, noun.tag.case} <= {"nomn", "accs"}:
        return False
    if adjective.tag.number != noun.tag.number:
        return False
    return noun.tag.number == "plur" or adjective.tag.gender in (None, noun.tag.gender)


def _phrase_head(words: list[str], label: str) -> tuple[list[int], int] | None:
    """Indexes of the adjectives before the head noun, and of the head, in a run of words."""
    adjectives: list[int] = []
    for index, word in enumerate(words):
        is_last = index == len(words) - 1
        if not is_last and adjective_parses(word):
            adjectives.append(index)
            continue
        if _noun_parses(word, label):
            return adjectives, index
        if is_last and adjectives and adjective_parses(word):
            return adjectives, -1  # adjectives alone: "Карагандинской" of "Карагандинской и … областях"
        return None
    return None


def _choose_head(word: str, adjectives: list[str], label: str):
    """The head's analysis that the adjectives agree with, nominative first if possible."""
    candidates = _noun_parses(word, label)
    agreeing = [
        noun for noun in candidates
        if all(any(_agrees(adj, noun) for adj in adjective_parses(a)) for a in adjectives)
    ] or candidates
    # Names of bodies and places are singular far more often than not: "прокуратуры" is genitive.
    singular = [noun for noun in agreeing if noun.tag.number == "sing"] or agreeing
    for noun in singular:
        if noun.tag.case == "nomn":
            return noun
    return singular[0]


def _head_grammemes(noun) -> set[str]:
    if noun.tag.number == "plur" and (noun.normal_form in SINGULAR_HEADS or "Pltm" not in noun.tag):
        if noun.normal_form in SINGULAR_HEADS:
            return {"nomn", "sing"}
        return {"nomn", "plur"}
    return {"nomn", "sing"} if noun.tag.number == "sing" else {"nomn"}


def nominative_adjective(word: str, noun, grammemes: set[str]) -> str:
    options = [adj for adj in adjective_parses(word) if noun is None or _agrees(adj, noun)]
    options = options or adjective_parses(word)
    if not options:
        return word
    wanted = set(grammemes)
    gender = noun.tag.gender if noun is not None else None
    if "sing" in wanted and gender:
        wanted.add(gender)
    if "sing" in wanted and not gender:
        wanted.add(options[0].tag.gender or "masc")
    if any(wanted <= set(adj.tag.grammemes) for adj in adjective_parses(word)):
        return word  # already in the form wanted: re-inflecting "Высший" would give "Высочайший"
    return restore_case(word, inflect(options[0], wanted) or word)


def _body_head_nominative(word: str) -> str | None:
    """"маслихата" -> "маслихат": Kazakhstan's masculine body names (data/gazetteer/org_words.yaml) that
    pymorphy does not know, recognised as the nominative plus a case ending."""
    lower = word.lower()
    for head in org_words()["heads"]:
        if lower.startswith(head) and lower[len(head):] in MASCULINE_CASE_ENDINGS:
            return head
    return None


def _known_place(words: list[str]) -> tuple[int, str] | None:
    """(words it spans, norm) of a gazetteer place the phrase opens with: its nominative is the
    gazetteer's, not pymorphy's, which reads the indeclinable "Мерке" as "мерка" in the dative."""
    if not words[0][:1].isupper():
        return None
    found = gazetteer().matches([word_lemmas(word) for word in words])
    if not found or found[0][0] != 0 or not found[0][2].is_place:
        return None
    end, norm = found[0][1], found[0][2].norm
    if "ё" not in " ".join(words[:end]).lower():
        norm = norm.replace("ё", "е")  # the text's own spelling, as the gold writes it
    return end, norm


@lru_cache(maxsize=NORM_CACHE_SIZE)
def phrase_norm(text: str, label: str = "ORG", head_noun: str | None = None) -> str:
    """Nominative of an organisation or place name: the head noun and the adjectives before it.
    `head_noun` supplies the noun an adjective-only mention leaves out ("Карагандинской" -> with
    "область" -> "Карагандинская область")."""
    tokens = [t for t in TOKEN.findall(" ".join(text.split())) if t]
    positions = [i for i, t in enumerate(tokens) if _is_word(t)]
    if not positions or any(q in tokens[0] for q in QUOTES):
        return " ".join(text.split())
    # Only the words before the first punctuation or quote can be inflected.
    leading: list[int] = []
    for index, token in enumerate(tokens):
        if token.isspace():
            continue
        if not _is_word(token):
            break
        leading.append(index)
    words = [tokens[i] for i in leading]
    known = _known_place(words) if label == "LOC" and not head_noun else None
    if known is not None:
        end, norm = known
        return norm + "".join(tokens[leading[end - 1] + 1:])
    found = ([*range(len(words))], -1) if head_noun else _phrase_head(words, label)
    if found is None:
        return "".join(tokens)
    adjective_idx, head_idx = found
    if head_idx == -1:
        if not head_noun:
            return "".join(tokens)
        noun = _choose_head(head_noun, [], label)
        grammemes = {"nomn", "sing"}
        for i in adjective_idx:
            tokens[leading[i]] = nominative_adjective(words[i], noun, grammemes)
        return "".join(tokens) + " " + (inflect(noun, grammemes) or head_noun)
    noun = _choose_head(words[head_idx], [words[i] for i in adjective_idx], label)
    grammemes = _head_grammemes(noun)
    body = _body_head_nominative(words[head_idx])
    if body is not None:
        tokens[leading[head_idx]] = restore_case(words[head_idx], body)
    elif noun.tag.case != "nomn" or noun.tag.number == "plur" and "sing" in grammemes:
        tokens[leading[head_idx]] = restore_case(words[head_idx], inflect(noun, grammemes) or words[head_idx])
    for i in adjective_idx:
        tokens[leading[i]] = nominative_adjective(words[i], noun, grammemes)
    return "".join(tokens)


# People ----------------------------------------------------------------------------------------------

MASC_ENDINGS = (("", "nomn"), ("а", "gent"), ("у", "datv"), ("ом", "ablt"), ("е", "loct"))
MASC_Y_ENDINGS = (("я", "gent"), ("ю", "datv"), ("ем", "ablt"), ("е", "loct"))  # Абай -> Абая
FEMN_A_ENDINGS = (("ы", "gent"), ("и", "gent"), ("е", "datv"), ("у", "accs"), ("ой", "ablt"), ("ей", "ablt"))
FEMN_YA_ENDINGS = (("и", "gent"), ("ю", "accs"), ("ей", "ablt"))


def first_name_reading(word: str) -> tuple[str, str | None, str] | None:
    """(gender, case or None when the form does not tell, nominative) of a known first name."""
    names = first_names()
    lower = word.lower()
    if lower in names:
        gender = names[lower]
        indeclinable = gender == "femn" and not lower.endswith(("а", "я"))
        return gender, None if indeclinable else "nomn", lower
    for ending, case in MASC_ENDINGS[1:]:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and names.get(stem) == "masc" and not stem.endswith("й"):
            return "masc", case, stem
    for ending, case in MASC_Y_ENDINGS:
        stem = lower[: -len(ending)] + "й"
        if lower.endswith(ending) and names.get(stem) == "masc":
            return "masc", case, stem
    for endings, final in ((FEMN_A_ENDINGS, "а"), (FEMN_YA_ENDINGS, "я")):
        for ending, case in endings:
            stem = lower[: -len(ending)] + final
            if lower.endswith(ending) and names.get(stem) == "femn":
                return "femn", case, stem
    return None


# Russian-pattern surnames, the only ones that decline: Бектенов, Бектенова, Бектенову, Ахметовой,
# Ильиным, Жандосовский... Kazakh ones without these endings (Сатыбалды, Сейткали) stay as written.
SURNAME_NOMINATIVE_MASC = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий)$")
SURNAME_FORM = re.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|е|ой|ою)?$|(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую)$")
# the ending a Russian-pattern surname ("Калиев", "Калиева") takes in each case but the nominative, and its nominative's
SURNAME_STEM = re.compile(r"(ов|ев|ёв|ин|ын)$")
SURNAME_CASE_ENDINGS = {
    **{("masc", case): (ending, "") for case, ending in
       (("gent", "а"), ("accs", "а"), ("datv", "у"), ("ablt", "ым"), ("loct", "е"))},
    **{("femn", case): (ending, "а") for case, ending in
       (("gent", "ой"), ("accs", "у"), ("datv", "ой"), ("ablt", "ой"), ("loct", "ой"))},
}
PATRONYMIC_FORM = re.compile(r"(вич|ич)(а|у|ем|е)?$|(вн|чн)(а|ы|е|у|ой)$")


def _name_parses(word: str, tags: frozenset[str] = NAME_TAGS) -> list:
    """Singular analyses of a word as a first name, surname or patronymic (as any noun if none)."""
    parses = [p for p in parse(word.lower()) if p.tag.number != "plur"]
    named = [p for p in parses if tags & set(p.tag.grammemes)]
    return named or [p for p in parses if p.tag.POS == "NOUN"]


def _declines(word: str) -> bool:
    """Whether a name part can carry case: a Russian-pattern surname, a known first name or patronymic."""
    lower = word.lower()
    if SURNAME_FORM.search(lower) or PATRONYMIC_FORM.search(lower):
        return True
    return any("Name" in p.tag and p.is_known for p in parse(lower))  # not a guess from the ending


def _pymorphy_reading(words: list[str], case_hint: frozenset[str] = frozenset(),
                      only_gender: str | None = None) -> tuple[str | None, str | None]:
    """(gender, case) that every declining part of the name can have: one of `case_hint` (the cases
    the context allows) if possible, else nominative if possible, else the likeliest; of `only_gender` if given."""
    scores: dict[tuple[str, str], float] = {}
    for word in words:
        if not _is_word(word) or len(word) <= 2 or not _declines(word):
            continue
        seen: dict[tuple[str, str], float] = {}
        for p in _name_parses(word):
            for gender in ([p.tag.gender] if p.tag.gender in ("masc", "femn") else ["masc", "femn"]):
                key = (gender, p.tag.case)
                seen[key] = max(seen.get(key, 0.0), p.score + 0.01)
        if not seen:
            continue
        scores = seen if not scores else {k: v + seen[k] for k, v in scores.items() if k in seen}
    if only_gender is not None:
        scores = {key: score for key, score in scores.items() if key[0] == only_gender}
    if not scores:
        return None, None
    ranked = sorted(scores, key=scores.get, reverse=True)
    for key in ranked:
        if key[1] in case_hint:
            return key
    for key in ranked:
        if key[1] == "nomn":
            return key
    return ranked[0]


def _inflect_name_part(word: str, parses: list, gender: str | None, case: str | None) -> str:
    if any(p.tag.case == "nomn" and (gender is None or p.tag.gender in (gender, None)) for p in parses) \
            and case in (None, "nomn"):
        return word
    fitting = [p for p in parses if (gender is None or p.tag.gender == gender) and (case is None or p.tag.case == case)]
    if not fitting:
        return word
    grammemes = {"nomn", "sing"} | ({gender} if gender and "Fixd" not in fitting[0].tag else set())
    return restore_case(word, inflect(fitting[0], grammemes) or word)


def _nominative_name_part(word: str, gender: str | None, case: str | None) -> str:
    if "-" in word and all(_is_word(part) and part[:1].isupper() for part in word.split("-")):
        # each part of a double surname declines on its own or not at all ("Волкову-Беккер" → "Волкова-Беккер");
        # a part in lower case is no surname's ("Сары-озек", a canal the models took for a person, stays)
        return "-".join(_nominative_name_part(part, gender, case) for part in word.split("-"))
    if not _is_word(word) or len(word) <= 2 or word.endswith("."):
        return word
    lower = word.lower()
    if SURNAME_FORM.search(lower):
        if SURNAME_NOMINATIVE_MASC.search(lower) and gender != "femn" and case in (None, "nomn"):
            return word  # "Токаев" is already nominative, whatever pymorphy guesses
        nominative = _inflect_name_part(word, _name_parses(word, frozenset({"Surn"})), gender, case)
        ending, nominative_ending = SURNAME_CASE_ENDINGS.get((gender, case), ("", ""))
        stem = lower.removesuffix(ending)
        if nominative == word and ending and stem != lower and SURNAME_STEM.search(stem):
            return word[: len(stem)] + nominative_ending  # "Марата Калиева", "Анны Калиевой": unknown to pymorphy
        return nominative
    if _declines(word):
        return _inflect_name_part(word, _name_parses(word, frozenset({"Name", "Patr"})), gender, case)
    return word


def person_norm(text: str, case_hint: frozenset[str] = frozenset(), gender: str | None = None) -> str:
    """Nominative of a person's name: 'Олжаса Бектенова' -> 'Олжас Бектенов'. `case_hint`: the cases
    the words around allow ("директора Т. Жукенова": genitive), used when the name itself is ambiguous;
    `gender`, where the text tells it elsewhere ("Марину Орлову" is Марин Орлов in the dative or Марина Орлова)."""
    words = text.split()
    # a first name of the other gender than the text tells is another name's case form ("Марину": Марин's dative)
    readings = [r if r is None or gender is None or r[0] == gender else None for r in map(first_name_reading, words)]
    known = next((r for r in readings if r is not None), None)
    if known is not None:
        gender, case, _ = known
        if case is None:  # an indeclinable first name: the surname tells the case
            others = [w for w, r in zip(words, readings, strict=True) if r is None]
            case = _pymorphy_reading(others, case_hint)[1]
    else:
        gender, case = _pymorphy_reading(words, case_hint, gender)
    hinted = min(case_hint) if len({FOREIGN_MASCULINE_ENDINGS.get(c) for c in case_hint}) == 1 else None
    if hinted is not None and _is_east_asian_with_a_first_name_last(words, case_hint):
        # "у предпринимателя Ким Сон Ира": three syllables, the last read as a Russian first name in a case the
        # governing word rules out, are a foreign man's name in that case, no woman Ира
        foreign = [foreign_masculine_nominative(word, hinted) for word in words]
        if foreign != words:
            return " ".join(foreign)
    if case is None:
        case = hinted  # no part declines: the governing word tells ("гражданину … Ван Лэю", "гражданина")
    elif hinted is not None and case not in case_hint and known is None and not any(map(_is_known_name, words)):
        # the governing word's case fits no reading of a name no word of which is a name we know ("гражданину
        # Чэнь Мину" is no woman Мина; "министра … Игорь Лепеха" stays): a foreign man's name in that case
        foreign = [foreign_masculine_nominative(word, hinted) for word in words]
        if foreign != words:
            return " ".join(foreign)
    out = []
    for index, (word, reading) in enumerate(zip(words, readings, strict=True)):
        if reading is not None:
            out.append(restore_case(word, reading[2]) if reading[1] is not None else word)
        elif index + 1 < len(words) and PATRONYMIC_FORM.search(words[index + 1].lower()) and not _declines(word):
            out.append(_given_name_nominative(word, gender, case))
        else:
            nominative = _nominative_name_part(word, gender, case)
            if nominative == word and gender in ("masc", None) and not _declines(word):
                nominative = foreign_masculine_nominative(word, case)
            if nominative == word and gender in ("masc", None) and not _declines(word):
                nominative = AFTER_E_SOFT_ENDING.sub("эй", word)
            out.append(nominative)
    return " ".join(out)


MAX_SYLLABLE_LETTERS = 3


def _is_east_asian_with_a_first_name_last(words: list[str], case_hint: frozenset[str]) -> bool:
    """Three words, none of a Russian surname's or patronymic's form, the last a first name pymorphy knows in none
    of the cases the governing word allows ("у предпринимателя Ким Сон Ира"), or two such words, the first no name
    it knows ("гражданину Чжан Юню" is no woman Юня): a Korean or Chinese name whose last syllable looks Russian."""
    if len(words) == 2 and _is_known_name(words[0]):
        return False  # "гражданину Китая Чжан Юню": of two words, the first is no name pymorphy knows
    if len(words) not in (2, 3) or any(len(w) > MAX_SYLLABLE_LETTERS and SURNAME_FORM.search(w.lower())
                              or PATRONYMIC_FORM.search(w.lower()) for w in words):
        return False  # "Мин", "Лин" are syllables, not surnames in -ин
    last = [p for p in parse(words[-1].lower()) if "Name" in p.tag and p.is_known]
    return bool(last) and not any(p.tag.case in case_hint for p in last)


def _is_known_name(word: str) -> bool:
    """A first name, surname or patronymic pymorphy knows, or a Russian-pattern surname."""
    parses = [p for p in parse(word.lower()) if NAME_TAGS & set(p.tag.grammemes)]
    return any(p.is_known for p in parses) or SURNAME_FORM.search(word.lower()) is not None and bool(parses)


# A man's name part of no Russian pattern (Пак, Цой, Лэй, Йылдыз) declines as a masculine noun: "Пака", "Цоя", "Лэю".
FOREIGN_MASCULINE_ENDINGS = {"gent": ("я", "а"), "accs": ("я", "а"), "datv": ("ю", "у"), "ablt": ("ем", "ом")}
SOFT_ENDINGS = ("я", "ю", "ем")  # after a vowel they stand for the stem's final й
# after э, whatever the case: no Russian or Chinese nominative ends in "эя", "эю", "эем" ("Лэя" is Лэй's genitive)
AFTER_E_SOFT_ENDING = re.compile(r"э(я|ю|ем)$")
VOWELS = "аеёиоуыэюяәіөүұ"
SOFT_FINALS = "лнр"  # consonants a foreign name's syllable ends in before a soft sign


def foreign_masculine_nominative(word: str, case: str | None) -> str:
    """The nominative of a man's foreign name part in `case` (the case the name's other parts or the word
    governing it tell): "Пака" → "Пак", "Цоя" → "Цой", "Лэю" → "Лэй", "Хуаня" → "Хуань"; a word its case ending does
    not fit stays."""
    if not _is_word(word) or word.endswith(".") or not CYRILLIC.search(word):
        return word
    for ending in FOREIGN_MASCULINE_ENDINGS.get(case or "", ()):
        stem = word[: -len(ending)]
        if not word.lower().endswith(ending) or len(stem) < 2:
            continue
        if ending in SOFT_ENDINGS and stem[-1].lower() in VOWELS:
            return stem + "й"
        if ending in SOFT_ENDINGS and stem[-1].lower() in SOFT_FINALS:
            return stem + "ь"  # "Хуаня", "Вэньцзюню" → "Хуань", "Вэньцзюнь"
        if ending not in SOFT_ENDINGS and stem[-1].lower() not in VOWELS and stem[-1].isalpha():
            return stem
    return word


GIVEN_NAME_ENDINGS = {"masc": {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"},
                      "femn": {"gent": "ы", "accs": "у", "datv": "е", "ablt": "ой", "loct": "е"}}


def _given_name_nominative(word: str, gender: str | None, case: str | None) -> str:
    """A first name the name list does not know, before a patronymic that tells the case ("Нурболата Серикбаевича"
    → "Нурболат"): the case ending of its gender comes off (a woman's name ends in -а in the nominative)."""
    ending = GIVEN_NAME_ENDINGS.get(gender or "", {}).get(case or "")
    if not ending or not word.lower().endswith(ending) or len(word) - len(ending) < 3:
        return word
    return word[: -len(ending)] + ("а" if gender == "femn" else "")


def surname_keys(word: str) -> set[str]:
    """Forms a surname may be referred back by: 'Омарова' -> {'омарова', 'омаров'}."""
    lower = word.lower()
    return {lower} | {p.normal_form for p in _name_parses(word) if "Surn" in p.tag or "Name" in p.tag}


def entity_norm(text: str, label: str) -> str:
    """Nominative form of a PER, ORG, LOC or POSITION mention."""
    if label == "PER":
        return person_norm(text)
    return phrase_norm(text, label)
