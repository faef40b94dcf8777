"""What forged papers claim is the fraud's setting, no figure: "представил фиктивные документы о покупке 350 голов
скота и получил субсидии", "жалған құжаттарда 200 сиыр көрсетілген" (figure round 22). The money the papers
brought in is the damage and keeps its own trigger; papers used as a means ("жалған құжаттар арқылы 11 жұмысшыға
жалақы төлеген") claim nothing."""

from __future__ import annotations

from pokazatel.nlp.figures.events import occurs, word_key
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token

ADJECTIVE_REACH = 2  # words from "фиктивные" to its noun ("фиктивные платёжные документы")


def in_forged_papers(tokens: list[Token], first: int, clause: tuple[int, int], lang: str,
                     sentence_end: int | None = None) -> bool:
    """Does the figure at `first` tell what forged papers before it in its clause are about: the papers, then "о"
    (ru) before the figure, or the papers in the locative (kk)? Papers are forged when a word before them says so
    ("фиктивные акты") or the rest of the sentence says what they tell was not done ("акты о вакцинации 18 тысяч
    голов скота, которая фактически не проводилась"; figure round 27)."""
    data = rules("statistics")["forged_papers"]
    rest = " ".join(t.lower for t in tokens[first : sentence_end if sentence_end is not None else clause[1]])
    untrue = any(f" {phrase} " in f" {rest} " for phrase in data["not_done"][lang])
    for i in range(clause[0], first):
        key = word_key(tokens[i], lang)
        if not tokens[i].is_word or not any(occurs(noun, {key}, lang) for noun in data["papers"][lang]):
            continue
        forged = {word_key(t, lang) for t in tokens[max(clause[0], i - ADJECTIVE_REACH) : i]}
        if not untrue and not any(occurs(word, forged, lang) for word in data["forged"][lang]):
            continue
        if lang == "ru" and any(tokens[k].lower in data["about"]["ru"] for k in range(i + 1, first)):
            return True
        if lang == "kk" and tokens[i].lower.endswith(tuple(data["locative_endings"]["kk"])):
            return True
    return False


def hired_fictitiously(tokens: list[Token], clause: tuple[int, int], lang: str) -> bool:
    """Does the clause tell people put on the payroll only on paper ("екі адамды жалған жұмысқа алып", "фиктивно
    трудоустроил трёх человек")? They are the fraud's claim, as forged papers' things are; their pay is the damage.
    Figure round 27."""
    words = f" {' '.join(t.lower for t in tokens[clause[0] : clause[1]])} "
    return any(f" {phrase}" in words for phrase in rules("statistics")["forged_papers"]["fictitious_hire"][lang])
