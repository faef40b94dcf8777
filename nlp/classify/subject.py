"""Is corruption the MAIN subject of an article? Features of how much of it speaks of corruption.

The n-gram and keyword features count words, so a text that names corruption once in passing (a list of
services that includes the anti-corruption one, a speech with one passage on it) looks like a corruption
story, the more so when it is short. The first two features say how much of the text is about it: the share
of its sentences that name a corruption word, and whether the only mentions are in passing (none in the
headline or the lead, and in at most a quarter of the sentences). A sentence that names the corruption word
only as what a swindler poses as ("мошенники представляются сотрудниками Антикора", "Сыбайлас жемқорлыққа қарсы
агенттік атынан хабарласып") does not count: SCHEMA.md makes such scams `other`; the third feature says
whether the headline or any sentence does so, which n-grams that a real Antikor report shares cannot. The lexicon
and the posing
markers are data/rules/subject.yaml; the model file keeps those it was trained with.

`disputed_features` says whether the headline or the lead reports a rumour or a denial ("опровергли слухи о
задержании акима", "ақпаратты жоққа шығарды"): the dev labels and SCHEMA.md's main-subject rule make a detention
that the body denies or does not confirm `other`, while every word of the story is a corruption story's; a sentence
with such a marker ("аким якобы задержан при получении взятки") names no corruption for the share either. The model
(linear.evidence) weighs the posing and disputed flags by the article's keyword mass, log(1 + prefilter hits): the
more corruption words a scam or a denial holds, the more the keyword features lift it, and a flag of 1.0 could not
take that back. A headline that reports a step of a criminal case against someone ("объявлен в розыск", "осуждён",
"сотталды": `procedure_headline`) is a story about that case, which names its charge in its first paragraph but often
after the lead ("Об этом сообщили в …"): there a core word in the first four sentences is no mention in passing.

A sentence that lists a course's or a programme's topics, one of them anti-corruption ("Курс состоит из пяти модулей:
…, основы антикоррупционного законодательства"; `PlainMentionLexicon`, subject.yaml's `plain`), names a core word
without being about corruption: a plain mention, which counts as a mention in passing but never as a sentence of the
share. So does a sentence that reports money saved ("экономия составила", "сэкономил", "үнемделді"; `plain` savings)
whose core words are only those of public spending ("госзакупки", "бюджетные средства", "мемлекеттік сатып алу";
`plain` spending): procurement results count their savings, and money saved is none taken.

A foreign scandal told for a market (subject.yaml's `plain` market, backdrop, foreign and home lists): under a headline
that names a core word, another state, a market and the scandal as a setting ("Нигериядағы сыбайлас жемқорлық дауы
мұнай бағасын көтерді", "На фоне коррупционного скандала в Малайзии Казахстан ищет покупателей зерна"), with no step
of a case, the headline and each sentence whose core words stand only where another state and no Kazakhstan name is
named are plain mentions. SCHEMA.md makes a foreign corruption story relevant when corruption is its main subject;
these trade and price articles tell it in a sentence or two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

from pokazatel.nlp.classify.negated_findings import FindingWords, blank_parts
from pokazatel.nlp.classify.word_lists import WordLists, section_entries

from pokazatel.resources import data_path, read_yaml

SUBJECT_FILE = data_path("rules", "subject.yaml")
SUBJECT_FEATURES = ("subject:core_sentence_share", "subject:passing_mention", "subject:posing")
DISPUTED_FEATURES = ("subject:disputed_lead",)
LEAD_SENTENCES = 2
# Under a headline of a case's procedure the charge may come after the event and where it was reported ("Об этом
# сообщили в …"): a former manager wanted by Interpol, his theft named in the third sentence, scored -2.06.
CASE_LEAD_SENTENCES = 4
PASSING_SHARE = 0.25
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_SENTENCE_CUT = re.compile(r"((?<=[.!?…])[^\S\n]+|\s*\n\s*)")
# an initial ("Б. Жакупов", "Е. А. Букетова") or a dateline ("TARAZ. KAZINFORM –", "АСТАНА. Суд …") ends no sentence
_INITIAL = re.compile(r"(?:^|\s)[^\W\d_]\.$")
_DATELINE = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)?\.$")
_LIST = re.compile(r":|,[^,]*,")  # an enumeration: a colon, or at least two commas


@dataclass(frozen=True)
class PlainMentionLexicon(WordLists):
    """subject.yaml's `plain` lists: words of a course's or a programme's topics; of a market, a scandal as its
    backdrop, other states and Kazakhstan's names (a foreign scandal told for a market); savings and spending."""

    syllabus: tuple[str, ...] = ()
    savings: tuple[str, ...] = ()
    spending: tuple[str, ...] = ()
    market: tuple[str, ...] = ()
    backdrop: tuple[str, ...] = ()
    foreign: tuple[str, ...] = ()
    home: tuple[str, ...] = ()


NO_PLAIN_MENTIONS = PlainMentionLexicon()


def _entries(path: Path, section: str) -> tuple[str, ...]:
    return section_entries(read_yaml(path) or {}, section)


def load_lexicon(path: Path = SUBJECT_FILE) -> tuple[str, ...]:
    """The core corruption words, Russian and Kazakh, in file order."""
    return _entries(path, "core")


def load_posing_markers(path: Path = SUBJECT_FILE) -> tuple[str, ...]:
    """Words that say someone poses as an official or a body ("представился сотрудником", "атынан")."""
    return _entries(path, "posing")


def load_procedure_markers(path: Path = SUBJECT_FILE) -> tuple[str, ...]:
    """Words of a step of a criminal case against someone ("объявлен в розыск", "осуждён", "сотталды")."""
    return _entries(path, "procedure")


def load_plain_mentions(path: Path = SUBJECT_FILE) -> PlainMentionLexicon:
    """The `plain` lists of subject.yaml, Russian then Kazakh entries, in file order."""
    return PlainMentionLexicon.from_sections((read_yaml(path) or {}).get("plain") or {})


def load_disputed_markers(path: Path = SUBJECT_FILE) -> tuple[str, ...]:
    """Words that say a report is a rumour or is denied ("опроверг", "не подтвердил", "жоққа шығарды")."""
    return _entries(path, "disputed")


@cache
def stems_pattern(entries: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all entries, for `search`: each word of an entry is a stem starting a word. The
    word-start check is made once for all entries (ten times faster than one per entry on real news)."""
    if not entries:
        return re.compile(r"(?!)")
    alternatives = (r"\w*\s+".join(re.escape(word) for word in entry.split()) for entry in entries)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """The text cut after . ! ? … and at line breaks; empty pieces dropped."""
    return list(sentence_pieces(text))


@lru_cache(maxsize=2)
def sentence_pieces(text: str) -> tuple[str, ...]:
    """sentences(text) as a tuple, cut once for the three evidence functions that read an article's sentences
    one after the other (subject, paid acts, actors): the last two texts are kept. A cut inside a line after an
    initial or after an upper-case dateline is no sentence end: the piece is joined to the next."""
    parts = _SENTENCE_CUT.split(text or "")
    pieces: list[str] = []
    joined = False
    for number, part in enumerate(parts):
        if number % 2:  # a separator: a space inside a line may join, a line break never does
            joined = "\n" not in part and bool(pieces) and _ends_no_sentence(pieces[-1])
            continue
        if not part.strip():
            continue
        if joined:
            pieces[-1] = f"{pieces[-1]} {part}"
        else:
            pieces.append(part)
    return tuple(pieces)


def _ends_no_sentence(piece: str) -> bool:
    stripped = piece.strip()
    return bool(_INITIAL.search(stripped) and stripped[-2].isupper()
                or _DATELINE.match(stripped) and stripped.isupper())


class _FindingWordsHolder(Protocol):
    @property
    def finding_words(self) -> FindingWords: ...


class SubjectLists(Protocol):
    """What `subject_features` reads of the classifier's lists: `lexicons.EvidenceLexicons` carries them (typed by
    shape, since lexicons.py imports this module's loaders)."""

    @property
    def subject_lexicon(self) -> tuple[str, ...]: ...
    @property
    def subject_posing(self) -> tuple[str, ...]: ...
    @property
    def subject_disputed(self) -> tuple[str, ...]: ...
    @property
    def subject_procedure(self) -> tuple[str, ...]: ...
    @property
    def subject_plain(self) -> PlainMentionLexicon: ...
    @property
    def actor_lexicon(self) -> _FindingWordsHolder: ...


def subject_features(title: str, text: str, lexicons: SubjectLists) -> list[float]:
    """In SUBJECT_FEATURES order, read with the lexicons' `subject_*` lists and the actor lexicon's finding words: the
    share of the text's sentences that hold a core word (and no posing or disputed marker: a rumour of a bribe is no
    sentence about one; nor a plain mention, below); 1.0 when the text holds one but only in passing (not in the
    headline, not in the first two sentences, or four under a headline of a case's procedure, and in at most a quarter
    of the sentences), else 0.0; 1.0 when the headline or a sentence holds a core word with a posing marker, else 0.0.
    A plain mention (the module's docstring; or a core word only in a finding of no offence, "фактов нецелевого
    использования бюджетных средств не установлено": negated_findings.py) counts as a mention but never as a sentence
    about corruption."""
    plain, finding_words = lexicons.subject_plain, lexicons.actor_lexicon.finding_words
    core, poses = stems_pattern(lexicons.subject_lexicon), stems_pattern(lexicons.subject_posing)
    rumours, syllabus = stems_pattern(lexicons.subject_disputed), stems_pattern(plain.syllabus)
    savings, spending = stems_pattern(plain.savings), stems_pattern(plain.spending)
    case_headline = procedure_headline(title, lexicons.subject_procedure, lexicons.subject_disputed)
    abroad = (_foreign_backdrop(title or "", plain) and not case_headline
              and bool(core.search(title or "")))

    def verdict(piece: str) -> tuple[bool, bool, bool]:
        """(names corruption, poses, mentions it): each piece searched for a core word once, and for a marker only
        when it holds one (without a core word a piece does none of them)."""
        if not core.search(piece):
            return False, False, False
        posing_marker = bool(poses.search(piece))
        honest = not posing_marker and not rumours.search(piece)
        plain_mention = (bool(syllabus.search(piece) and _LIST.search(piece))
                         or not core.search(finding_words.blank(piece))
                         or bool(savings.search(piece)) and not core.search(spending.sub(" ", piece))
                         or abroad and not core.search(_without_foreign_parts(piece, plain)))
        return honest and not plain_mention, posing_marker, honest

    pieces = sentence_pieces(text)
    verdicts = [verdict(piece) for piece in pieces]
    title_names, title_poses, _ = verdict(title or "")
    title_names = title_names and not abroad
    with_core = [names for names, _, _ in verdicts]
    posing_found = title_poses or any(posing_marker for _, posing_marker, _ in verdicts)
    share = sum(with_core) / len(pieces) if pieces else 0.0
    lead = CASE_LEAD_SENTENCES if case_headline else LEAD_SENTENCES
    passing = (any(mentions for _, _, mentions in verdicts) and not title_names and not any(with_core[:lead])
               and share <= PASSING_SHARE)
    return [share, float(passing), float(posing_found)]


def _foreign_backdrop(title: str, plain: PlainMentionLexicon) -> bool:
    """Whether the headline names a market, another state and a scandal or campaign as a setting (the core word and
    the case's step are the caller's)."""
    return all(stems_pattern(words).search(title) for words in (plain.market, plain.foreign, plain.backdrop))


def _without_foreign_parts(piece: str, plain: PlainMentionLexicon) -> str:
    """The piece blanked out when it names another state and no Kazakhstan name; else each comma-, semicolon- or
    colon-delimited part of it that does so ("Казахстан нарастит экспорт, несмотря на скандал в Малайзии")."""
    foreign, home = stems_pattern(plain.foreign), stems_pattern(plain.home)

    def abroad(part: str) -> bool:
        return bool(foreign.search(part)) and not home.search(part)

    if abroad(piece):
        return ""
    return blank_parts(piece, abroad)


def procedure_headline(title: str, procedure: tuple[str, ...], disputed: tuple[str, ...] = ()) -> bool:
    """Whether the headline reports a step of a criminal case against someone (a procedure marker), and no rumour
    or denial of it ("прокомментировал слухи о задержании")."""
    title = title or ""
    return (bool(procedure) and bool(stems_pattern(procedure).search(title))
            and not stems_pattern(disputed).search(title))


def disputed_features(title: str, text: str, disputed: tuple[str, ...]) -> list[float]:
    """In DISPUTED_FEATURES order: 1.0 when the headline or one of the first two sentences holds a rumour or denial
    marker, else 0.0. Only the lead: a story that confirms a detention may recall the rumour further down."""
    markers = stems_pattern(disputed)
    # only the lead is cut: the rest of the text stays in the last piece, unsearched
    lead = [piece for piece in _SENTENCE_END.split(text or "", maxsplit=LEAD_SENTENCES + 2) if piece.strip()]
    return [float(any(markers.search(piece) for piece in [title or "", *lead[:LEAD_SENTENCES]]))]
