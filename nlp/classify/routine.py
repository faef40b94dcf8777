"""Routine public-money news for the classifier: an article that names public money or procurement and nothing
wrong (a ministry's procurement report, budget execution, an audit of planning that found no offence).

The prefilter's public-money words ("госзакуп", "бюджетных средств", "мемлекеттік сатып алу") are corruption keywords
and core words of subject.py, so a procurement report that repeats them scores like a procurement fraud: the Finance
Ministry's savings report 0.99, "доля конкурсных госзакупок выросла" 0.93. The flag is 1.0 when the headline or a
sentence names public money and no piece names an act or a fraud word (actors.py's lists, its look-alikes blanked),
another core word, or a word of wrongdoing, except pieces that say nothing was found ("нарушений не выявлено").
linear.evidence weighs it by the keyword mass, as it weighs the posing flag. The words are data/rules/routine.yaml;
the model file keeps those it was trained with.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from pokazatel.nlp.classify.subject import sentences, stems_pattern

from pokazatel.resources import data_path, read_yaml

ROUTINE_FILE = data_path("rules", "routine.yaml")
ROUTINE_FEATURES = ("routine:public_money_no_wrongdoing",)
ROUTINE_SECTIONS = ("public_money", "wrongdoing", "nothing_found")


@dataclass(frozen=True)
class RoutineLexicon:
    public_money: tuple[str, ...] = ()
    wrongdoing: tuple[str, ...] = ()
    nothing_found: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list[str]]:
        return {name: list(words) for name, words in asdict(self).items()}

    @classmethod
    def from_json(cls, document: dict) -> RoutineLexicon:
        return cls(**{name: tuple(document.get(name, ())) for name in ROUTINE_SECTIONS})


NO_ROUTINE_LEXICON = RoutineLexicon()  # the flag 0.0


def load_routine_lexicon(path=ROUTINE_FILE) -> RoutineLexicon:
    """The word lists of routine.yaml, Russian then Kazakh entries, in file order."""
    document = read_yaml(path) or {}
    return RoutineLexicon(*(tuple(entry for words in (document.get(section) or {}).values() for entry in words or [])
                            for section in ROUTINE_SECTIONS))


def routine_features(title: str, text: str, lexicon: RoutineLexicon, core: tuple[str, ...] = (),
                     acts: tuple[str, ...] = (), blanked: tuple[str, ...] = ()) -> list[float]:
    """In ROUTINE_FEATURES order: 1.0 when the headline or a sentence names public money and no piece outside
    those that say nothing was found names wrongdoing, an act (`acts`: actors.py's acts and fraud words), or a core
    word of subject.py other than public money, after `blanked` (actors.py's look-alikes) is cut out; else 0.0."""
    if not lexicon.public_money:
        return [0.0]
    money = stems_pattern(lexicon.public_money)
    pieces = [title or "", *sentences(text)]
    if not any(money.search(piece) for piece in pieces):
        return [0.0]
    wrong, nothing_found = stems_pattern(lexicon.wrongdoing), stems_pattern(lexicon.nothing_found)
    other_core, act, look_alikes = stems_pattern(core), stems_pattern(acts), stems_pattern(blanked)
    for piece in pieces:
        if nothing_found.search(piece):
            continue
        cleaned = look_alikes.sub(" ", piece) if blanked else piece
        if wrong.search(cleaned) or act.search(cleaned) or other_core.search(money.sub(" ", cleaned)):
            return [0.0]
    return [1.0]
