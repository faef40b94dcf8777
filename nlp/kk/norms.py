"""The nominative norm of a Kazakh entity ("Астанада" → "Астана", "Сарыағаш ауданында" → "Сарыағаш ауданы"), so
one name is one row in search and statistics."""

from __future__ import annotations

from pokazatel.nlp.kk.datelines import dateline_words
from pokazatel.nlp.kk.org_rules import org_rules
from pokazatel.nlp.kk.stem import ending_list, stem, strip_case, suffixes
from spacy.tokens import Span

PATRONYMICS = tuple(ending_list("patronymic"))


def _is_part_of_name(word: str, nominative: str) -> bool:
    """Endings names themselves end in: Тұрсын, Ерсін (-н); Сатыбалды, Есенгелді (-ды/-ді after a
    sonorant other than н/м, where the accusative of a surname would rather follow -ин: Маминді); never after a
    patronymic ("Төлегенұлын" is Төлегенұлы's accusative)."""
    ending = word[len(nominative):].lower()
    if nominative.lower().endswith(PATRONYMICS):
        return False  # "Төлегенұлын": a patronymic's accusative, no name ends in it
    return ending == "н" or (ending in ("ды", "ді") and nominative[-1:].lower() not in "нмь")  # "Цзюньді"


VOWELS = frozenset("аәеиоөұүыіэюя")
FOREIGN_SYLLABLE = 2  # "Хо", "Ли", "Бо": Chinese and Korean names' syllables, shorter than any Kazakh stem


def without_soft_sign_ending(word: str) -> str:
    """A foreign stem in a soft sign takes the front endings, which the stemmer does not cut: "Цзюньге", "Игорьдің",
    "Израильден", "Беларусьтің" → "Цзюнь", "Игорь", "Израиль", "Беларусь"."""
    soft = [e.suffix for e in suffixes().groups["case"] if word.lower().endswith("ь" + e.suffix)]
    return word[: -len(max(soft, key=len))] if soft else word


def name_word_nominative(word: str) -> str:
    """A person's word without its case ending, also after a syllable of two letters that the stemmer leaves whole
    ("Ли Мин Хоның", "Хоға" → "Хо"); a Kazakh name is longer."""
    nominative = strip_case(word)
    if nominative != word or not word[:1].isupper():
        return nominative
    soft = without_soft_sign_ending(word)
    if soft != word:
        return soft
    for ending in suffixes().groups["case"]:
        rest = word[: -len(ending.suffix)]
        # a syllable ending in a vowel, and no locative: "Аида" is a name, not "Аи" + "да"
        if word.lower().endswith(ending.suffix) and len(rest) == FOREIGN_SYLLABLE and rest.isalpha() \
                and rest[-1].lower() in VOWELS and ending.suffix not in ending_list("locative") \
                and ending.fits(rest.lower()):
            return rest
    return word


def entity_norm(span: Span) -> str:
    """The entity in the nominative: in Kazakh only a name's last word inflects
    ("Ержан Жұмабаевқа" → "Ержан Жұмабаев", "Түркістан облысында" → "Түркістан облысы"). A state named by its
    place and its form alone is that place ("Қазақстан Республикасында" → "Қазақстан", as the Russian component
    norms "Республике Казахстан"), so one country is one row in search and statistics; a name with words between
    keeps them ("Корея Халық Демократиялық Республикасы" is not "Корея")."""
    words = span.text.split()
    if span.label_ == "LOC" and _is_dateline_place(span):
        words = ["-".join(part.capitalize() for part in word.split("-")) for word in words]
    elif span.label_ == "LOC":
        words = [_place_in_capitals(word) for word in words]
    if span.label_ == "LOC" and len(words) == 2 and stem(words[1]) in org_rules().state_forms:
        return words[0]
    place_noun = _place_noun_of(span)
    if place_noun:  # the name before its place noun is in the nominative: "Бұланды ауданының" is not "Бұлан"
        return " ".join(words + place_noun)
    nominative = name_word_nominative(words[-1]) if span.label_ == "PER" and len(words) > 1 else strip_case(words[-1])
    if span.label_ == "LOC" and nominative == words[-1]:
        nominative = without_soft_sign_ending(nominative)  # "Израильден", "Беларусьтің"
    if not (span.label_ == "PER" and _is_part_of_name(words[-1], nominative)):
        words[-1] = nominative
    return " ".join(words)


MIN_CAPITALS_OF_A_NAME = 5  # "ШҚО", "АҚШ", "ТМД": shorter words in capitals are abbreviations


def _place_in_capitals(word: str) -> str:
    """"АСТАНА" (a dateline: "ASTANA. Kazinform"), "НҰР-СҰЛТАН": a place written in capitals is normed as it is
    written elsewhere, so one city is one row in search and statistics; an abbreviation keeps its capitals."""
    if not word.isupper() or len(word.replace("-", "")) < MIN_CAPITALS_OF_A_NAME:
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def _is_dateline_place(span: Span) -> bool:
    """Is the span the place of the dateline the article opens with ("ОРАЛ. KAZINFORM –", "БАКУ. AZERTADJ –"): a town,
    written in capitals whatever its length, normed as written elsewhere ("Орал")?"""
    place, _ = dateline_words(span.doc)
    return bool(place) and span.start in place and span.end - 1 in place and span.text.isupper()


def _place_noun_of(span: Span) -> list[str]:
    """"Сарыағаш ауданында", "Байтерек ауылдық округінің": KazNERD (and so the model) marks the district by
    its name alone, but the district is another place than its town: its norm takes the noun, and the
    administrative word before it ("Сарыағаш ауданы", "Байтерек ауылдық округі", as
    data/gazetteer/places.yaml names districts)."""
    rules = org_rules()
    if span.label_ != "LOC" or stem(span[-1].text) in rules.place_nouns:
        return []
    after = list(span.doc[span.end : span.end + 2])
    if after and stem(after[0].text) in rules.administrative_words and stem(after[0].text) not in rules.place_nouns:
        words, noun = [after[0].text], after[1:]
    else:
        words, noun = [], after[:1]
    lower_case = all(t.is_lower for t in after[: len(words) + 1])
    if not noun or stem(noun[0].text) not in rules.norm_place_nouns or not lower_case:
        return []
    return words + [strip_case(noun[0].text)]
