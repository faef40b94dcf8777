"""What forged papers claim is the fraud's setting, no figure: "представил фиктивные документы о покупке 350 голов
скота и получил субсидии", "жалған құжаттарда 200 сиыр көрсетілген" (figure round 22). The money the papers
brought in is the damage and keeps its own trigger; papers used as a means ("жалған құжаттар арқылы 11 жұмысшыға
жалақы төлеген") claim nothing."""

from __future__ import annotations

from pokazatel.nlp.figures.events import occurs, word_key
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token

ADJECTIVE_REACH = 2  # words from "фиктивные" to its noun ("фиктивные платёжные документы")


def in_forged_papers(tokens: list[Token], first: int, clause: tuple[int, int], lang: str) -> bool:
    """Does the figure at `first` tell what forged papers before it in its clause are about: the papers, then "о"
    (ru) before the figure, or the papers in the locative (kk)?"""
    data = rules("statistics")["forged_papers"]
    for i in range(clause[0], first):
        key = word_key(tokens[i], lang)
        if not tokens[i].is_word or not any(occurs(noun, {key}, lang) for noun in data["papers"][lang]):
            continue
        forged = {word_key(t, lang) for t in tokens[max(clause[0], i - ADJECTIVE_REACH) : i]}
        if not any(occurs(word, forged, lang) for word in data["forged"][lang]):
            continue
        if lang == "ru" and any(tokens[k].lower in data["about"]["ru"] for k in range(i + 1, first)):
            return True
        if lang == "kk" and tokens[i].lower.endswith(tuple(data["locative_endings"]["kk"])):
            return True
    return False
