"""Bodies an analysis or a check covered are counted (`other`, data/eval/README.md: a count of bodies analysed,
fresh12-010, fresh15): "Талдау 14 мемлекеттік органды қамтыды" is such a count, though "қамтыды" (covered) tells the
setting when an audit covered money ("аудит 86 млрд теңгені қамтыды"). Figure round 27."""

from __future__ import annotations

from pokazatel.nlp.figures.events import occurs, word_key
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token
from pokazatel.nlp.figures.units import Measure


def counts_bodies_examined(tokens: list[Token], counted: Measure, clause: tuple[int, int], lang: str) -> bool:
    """Is the count one of bodies (`bodies`, the object's last word) in a clause that says an analysis or a check
    (`examined`) covered them (`covered`; words matched like triggers)? A plan to analyse them stays the setting."""
    data = rules("statistics")["bodies_examined"]
    if counted.kind != "item" or not counted.object or counted.object.split()[-1] not in data["bodies"][lang]:
        return False
    keys = {word_key(t, lang) for t in tokens[clause[0] : clause[1]] if t.is_word}
    return any(occurs(word, keys, lang) for word in data["examined"][lang]) \
        and any(occurs(word, keys, lang) for word in data["covered"][lang])
