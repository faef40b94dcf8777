"""A penalty told to say who owned something: "особняк, ранее принадлежавший бывшему заместителю акима Омарову,
осужденному к 10 годам лишения свободы", "бұрын 10 жылға сотталған әкімге тиесілі үй". The sentence is about the
property; its former owner's earlier sentence is the setting, no figure of the article (figure round 22)."""

from __future__ import annotations

from pokazatel.nlp.figures.events import occurs, word_key
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, ru_lemma, ru_pos


def tells_owners_past(tokens: list[Token], figure_first: int, clause: tuple[int, int],
                      sentence: tuple[int, int], lang: str) -> bool:
    """Is the figure at `figure_first` a term in a participle of conviction that describes a thing's owner: in
    Russian a participle clause after the owner named with "принадлежать"; in Kazakh a participle before the owner's
    noun, which "тиесілі" follows?"""
    data = rules("statistics")["owner_past"]
    owner_words = data["owner_words"][lang]
    if lang == "ru":
        participle = any(t.is_word and ru_pos(t.lower) == "PRTF" and ru_lemma(t.lower) in data["convicting"]["ru"]
                         for t in tokens[clause[0] : figure_first])
        before = {word_key(t, lang) for t in tokens[sentence[0] : clause[0]]}
        return participle and any(occurs(word, before, lang) for word in owner_words)
    participles = tuple(data["convicting"]["kk"])
    for i in range(figure_first + 1, min(clause[1], figure_first + 4)):
        if tokens[i].lower.startswith(participles):
            after = {t.lower for t in tokens[i + 1 : min(sentence[1], i + 8)]}
            return any(occurs(word, after, lang) for word in owner_words)
    return False
