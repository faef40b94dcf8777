"""A count told of a whole place with no one doing it ("Ауданда 2026 жылы 1 400-ден астам жер телімі берілген", "В
районе в 2026 году выдано более 1 400 земельных участков"): the place's ordinary volume of work, the setting of the
story, not what its case counts. Words in data/rules/statistics.yaml (`place_volume`)."""

from __future__ import annotations

from pokazatel.nlp.figures.events import DASHES, has_anaphora, mentions_corruption, occurs, scope_keys
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, ru_lemma


def tells_place_volume(tokens: list[Token], clause: tuple[int, int], sentence: tuple[int, int], lang: str) -> bool:
    """Does the clause open with a whole place ("Ауданда", "В районе") and name neither anyone doing it nor people or
    things told of before, in a sentence that names neither corruption nor anything unlawful ("Агенттіктің
    мәліметінше, облыста 7 мектеп әлі аяқталмаған" is what the Agency found)?"""
    words = [i for i in range(*clause) if tokens[i].is_word and tokens[i].text not in DASHES]
    if not words or has_anaphora(tokens, clause, lang):
        return False
    data = rules("statistics")
    places = data["place_volume"][lang]
    if any(tokens[i].lower in data["place_volume"]["agents"][lang] for i in words):
        return False
    if lang == "kk":
        opens = tokens[words[0]].lower in places
    else:
        opens = len(words) > 1 and tokens[words[0]].lower in ("в", "во") and ru_lemma(tokens[words[1]].lower) in places
    if not opens:
        return False
    lowered = " ".join(t.lower for t in tokens[sentence[0] : sentence[1]]).replace("ё", "е")
    keys = set(scope_keys(tokens, *sentence, lang))
    return not mentions_corruption(lowered, lang) \
        and not any(occurs(word, keys, lang) for word in data["unlawful"][lang])
