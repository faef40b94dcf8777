"""Russian named entities: natasha/slovnet NER, corrected and completed by Kazakhstan rules.

natasha finds PER/ORG/LOC; then, in order:
  1. clean-ups of natasha's spans: a dateline's agency is none and its place a LOC (pokazatel.nlp.ru.datelines);
     "Агентство … (Антикоррупционная служба)" splits in two at the
     brackets; a stray bracket or bullet at an end is cut off, and a verb natasha ran a name into
     (pokazatel.nlp.ru.trailing_verbs); a job title it ran into a span ("Аким
     области") is cut off, unless it is the surname of someone named in full; a "place" opening with a
     body's word ("Маслихат города") is an ORG; a one-word "person" after "село", "аул" is a place;
  2. gazetteer names (data/gazetteer/places.yaml, organisations.yaml, and world.yaml's few names beyond
     Kazakhstan) are added where natasha saw nothing, and replace natasha spans they cover;
  3. "ТОО «…»"-style company names become one ORG, nested quotes counted ("АО «НК «…»»"); the name ends
     at its closing quote;
  4. a body followed by its place ("Департамент … по городу Шымкенту", "Прокуратура Карасайского
     района Алматинской области", "акимате Алматы") becomes one ORG, as Kazakhstan's bodies are named;
     beyond the gazetteer's places this fires only in Kazakhstan news (it names a place of Kazakhstan or
     a word only Kazakhstan has: тенге, МРП, аким), so other Russian text keeps natasha's spans
     (pokazatel.nlp.evaluation.factru measures that on factRuEval);
  4a. a court named with a capital and the body whose court it is ("в Суде Европейского союза") become one ORG
     (pokazatel.nlp.ru.named_courts);
  4b. a street's kind and name ("на улице Жамбыла") become one LOC (pokazatel.nlp.ru.streets);
  5. site boilerplate ("ПОДПИСЫВАЙТЕСЬ НА НАС В TELEGRAM"), "США" of "долларов США", "РК" of "УК РК", an
     application's name ("приложение «Е-Өтініш»", pokazatel.nlp.ru.application_names), a legal form standing
     alone ("счета ТОО") and a kind of facility ("ТЭЦ") are dropped;
  6. every mention gets its nominative norm (pokazatel.nlp.ru.norm), a surname alone takes the full name said
     earlier ("Бектенов" -> "Олжас Бектенов"), and POSITION phrases are added (pokazatel.nlp.ru.positions).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from pokazatel.nlp import extensions  # noqa: F401  (registers span._.norm / span._.person)
from pokazatel.nlp.bodies import canonical_body
from pokazatel.nlp.extensions import doc_text
from pokazatel.nlp.quote_marks import CLOSING_QUOTES, OPENING_QUOTES
from pokazatel.nlp.ru.application_names import without_application_names
from pokazatel.nlp.ru.datelines import dateline_place, without_dateline_agency
from pokazatel.nlp.ru.east_asian_names import add_east_asian_names
from pokazatel.nlp.ru.foreign_states import is_state_of_body
from pokazatel.nlp.ru.gazetteer import Entry, gazetteer, org_words, position_words, word_lemma, word_lemmas
from pokazatel.nlp.ru.gendered_surnames import with_gendered_norms
from pokazatel.nlp.ru.initials import with_final_initial_stop
from pokazatel.nlp.ru.institutions import add_institutions
from pokazatel.nlp.ru.mentions import Mention, Word
from pokazatel.nlp.ru.morph import parse
from pokazatel.nlp.ru.named_courts import join_named_courts
from pokazatel.nlp.ru.named_people import add_named_people
from pokazatel.nlp.ru.norm import (
    CASES,
    NAME_TAGS,
    PATRONYMIC_FORM,
    SINGULAR_HEADS,
    adjective_parses,
    first_name_reading,
    foreign_masculine_nominative,
    person_norm,
    phrase_norm,
    surname_keys,
)
from pokazatel.nlp.ru.place_names import GENERIC_WORDS, state_by_its_name, written_place_name
from pokazatel.nlp.ru.positions import find_positions
from pokazatel.nlp.ru.quoted_places import relabel_quoted_places
from pokazatel.nlp.ru.streets import add_streets, street_norm
from pokazatel.nlp.ru.tokenizer import razdel_tokens
from pokazatel.nlp.ru.trailing_verbs import without_trailing_verbs
from slovnet.markup import BIOMarkup
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans, minibatch

QUOTES = OPENING_QUOTES | CLOSING_QUOTES
BRACKET_PAIRS = {")": "(", "(": ")", "]": "[", "[": "]"}
MAX_QUOTED_WORDS = 12
MAX_GAP_WORDS = 5
MAX_TITLE_GAP = 3  # genitive words between a person's noun and the name it stands beside
MAX_PADDED_CHARS = 64_000  # characters of one slovnet batch once padded (8 texts of 8,000)
CURRENCY_LEMMAS = {"доллар", "доллары"}
LOCATIVE_PREPOSITIONS = {"в", "во", "на"}
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"из", "изо", "до", "под", "к", "ко", "по", "от", "через", "около"}
COUNTRY = "Казахстан"  # the gazetteer norm of the country itself
REGION = "область"
COURT = "суд"
COORDINATORS = {"и", "или", ","}
SENTENCE_ENDS = {".", "!", "?", "…", "\n"}
CITY_ABBREVIATIONS = {"г", "гор"}  # "УП г. Шымкента"
SITE_CHANNEL = re.compile(r"([A-Za-z]+)-[а-яё]+")
WEB_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|org|net|info|media|news|asia)", re.IGNORECASE)
MAX_FIELD_GENITIVES = 3  # "Фонд возврата активов", "Фонд поддержки малого предпринимательства"
MAX_FIELD_WORDS = 8  # "по регулированию и развитию финансового рынка"
MAX_CREDIT_WORDS = 3  # "передает корреспондент Tengrinews.kz", "скопирован с сайта Zakon.kz"
ABBREVIATION_IN_CASE = re.compile(r"([A-ZА-ЯЁ]{2,})(?:а|у|ом|е|ы|ов|ам|ами|ах)")
INITIAL = re.compile(r"[^\W\d_]\.")
MIN_FULL_NAME_WORDS = 3  # "Министерство торговли и интеграции": a body written out, not "МИД"
PREPOSITION_CASES = {
    "против": frozenset({"gent"}), "у": frozenset({"gent"}), "от": frozenset({"gent"}),
    "для": frozenset({"gent"}), "без": frozenset({"gent"}), "к": frozenset({"datv"}),
    "с": frozenset({"ablt"}), "со": frozenset({"ablt"}), "о": frozenset({"loct"}), "об": frozenset({"loct"}),
}


@cache
def natasha_ner():
    """natasha's news NER tagger, loaded from the installed wheels once per process (nlp/ru/ner_model.py)."""
    from pokazatel.nlp.ru.ner_model import news_ner_tagger

    return news_ner_tagger()


def natasha_spans(texts: list[str], tokens: list[list] | None = None) -> list[list]:
    """natasha's entity spans (start, stop, type) of several texts, tagged in batches: slovnet runs far
    faster over a batch of texts than over one text at a time. It pads a batch to its longest text, so
    texts go in by length, and a very long one alone: less padding to compute, and memory bounded by
    the longest text rather than by eight times it. `tokens`: each text's razdel_tokens, if made already."""
    tagger = natasha_ner()
    spans: list[list] = [[] for _ in texts]
    by_length = sorted((i for i, text in enumerate(texts) if text.strip()), key=lambda i: len(texts[i]))
    for group in _padded_batches(by_length, texts, tagger.batch_size):
        words = [[t.text for t in (tokens[i] if tokens is not None else razdel_tokens(texts[i]))] for i in group]
        for i, markup in zip(group, _tag_words(tagger, [texts[i] for i in group], words), strict=True):
            spans[i] = list(markup.spans)
    return spans


def _tag_words(tagger, texts: list[str], words: list[list[str]]) -> Iterator:
    """What `tagger.map(texts)` gives for one batch, from words already tokenised: slovnet's NERInfer would
    tokenise each text again with razdel (slovnet.exec.infer.NERInfer.__call__, less its first line)."""
    infer = tagger.infer
    predictions = infer.decoder(infer.process(infer.encoder(words)))
    for text, items, tags in zip(texts, words, predictions, strict=True):
        yield BIOMarkup.from_tuples(zip(items, tags, strict=False)).to_span(text)


def _padded_batches(by_length: list[int], texts: list[str], size: int) -> Iterator[list[int]]:
    """Runs of at most `size` texts (in increasing length) whose padded length stays under
    MAX_PADDED_CHARS, or a single text."""
    group: list[int] = []
    for i in by_length:
        if group and (len(group) == size or len(texts[i]) * (len(group) + 1) > MAX_PADDED_CHARS):
            yield group
            group = []
        group.append(i)
    if group:
        yield group


def natasha_mentions(text: str, spans: list | None = None,
                     tokens: list | None = None) -> tuple[list[Word], list[Mention]]:
    """natasha's words and entity spans of a text, with nothing added (spans: already tagged; tokens: the
    text's razdel_tokens, which are the tokens of natasha's segmenter)."""
    if tokens is None:
        tokens = razdel_tokens(text)
    if spans is None:
        (spans,) = natasha_spans([text], [tokens])
    words = [Word(t.text, t.start, t.stop, word_lemma(t.text)) for t in tokens]
    first = {w.start: i for i, w in enumerate(words)}
    last = {w.stop: i for i, w in enumerate(words)}
    mentions = [Mention(first[s.start], last[s.stop] + 1, s.type) for s in spans
                if s.start in first and s.stop in last]
    return words, mentions


def split_at_brackets(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """"Агентство РК по противодействию коррупции (Антикоррупционная служба)" is two names."""
    result = []
    for mention in mentions:
        texts = [w.text for w in words[mention.start:mention.end]]
        if "(" not in texts:
            result.append(mention)
            continue
        opening = mention.start + texts.index("(")
        closing = mention.start + texts.index(")") if ")" in texts else mention.end
        parts = [(mention.start, opening), (opening + 1, closing)]
        result.extend(Mention(a, b, mention.label) for a, b in parts if b > a)
    return result


def split_run_together_places(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """"Среди стран Центральной Азии Казахстан остается": a known place in the nominative after a place's name in the
    genitive (no kind of place: "Республики Казахстан" is one name) is a place of its own."""
    result = []
    for mention in mentions:
        last, before = mention.end - 1, mention.end - 2
        if mention.label != "LOC" or before < mention.start or not words[before].text[:1].isupper() \
                or words[before].text.isupper() \
                or word_lemmas(words[before].text) & GENERIC_WORDS \
                or not any(p.tag.case == "gent" for p in parse(words[before].text.lower())) \
                or not any(p.tag.case == "nomn" for p in parse(words[last].text.lower())) \
                or not any(entry.is_place for _, _, entry in gazetteer().matches([word_lemmas(words[last].text)])):
            result.append(mention)
            continue
        result.extend([Mention(mention.start, last, "LOC"), Mention(last, mention.end, "LOC")])
    return result


def relabel_bodies(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """natasha sometimes calls "Маслихат города" or "Кызылординский городской суд" a place: a mention
    whose head noun (its first word after the adjectives) is a body's head word ("маслихат", "акимат",
    "суд") is an organisation."""
    heads = org_words()["heads"]
    for mention in mentions:
        if mention.label != "LOC":
            continue
        head = next((w for w in words[mention.start:mention.end] if not adjective_parses(w.text)), None)
        if head is not None and word_lemmas(head.text) & heads:
            mention.label = "ORG"
    return mentions


MAX_SETTLEMENT_WORDS = 2


def with_kazakh_settlement_words(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """"в селе Жибек жолы": a settlement's name after its kind goes on over lower-case words pymorphy does not know (a
    Kazakh name's second word: "жолы", "су", "тоғай"), which a Russian sentence would not put there."""
    for mention in mentions:
        if mention.label != "LOC" or mention.start == 0 or not _is_settlement_kind(words[mention.start - 1]):
            continue
        end = mention.end
        while (end < len(words) and end - mention.start < MAX_SETTLEMENT_WORDS and words[end].text.isalpha()
               and words[end].text.islower() and not any(p.is_known for p in parse(words[end].text))
               and not any(m.start == end for m in mentions)):
            end += 1
        mention.end = end
    return mentions


def relabel_settlements(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """"в ауле Коктерек": a one-word "person" after a kind of settlement is the settlement's name; a longer one
    ("акиму аула Кенжарык Б. Омаровой") is the settlement's name and the person after it."""
    result = []
    for mention in mentions:
        after_settlement = mention.label == "PER" and mention.start > 0 and _is_settlement_kind(
            words[mention.start - 1])
        if after_settlement and mention.end - mention.start == 1:
            mention.label = "LOC"
        elif after_settlement and any(len(w.text) > 1 and w.text[:1].isupper() and w.text.isalpha()
                                      for w in words[mention.start + 1:mention.end]):  # not "Ержанов К. Т."
            result.append(Mention(mention.start, mention.start + 1, "LOC"))
            mention = Mention(mention.start + 1, mention.end, "PER")
        result.append(mention)
    return result


def join_first_names_to_patronymics(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """"акима Ербола Талгатовича Мухамеджанова": natasha may take a first name after a title for a place and start
    the person at the patronymic, or cut the first name off as a person of its own ("Динара" + "Ерлановна …"); a
    one-word person, or a one-word place that is a first name we know or no place we know ("Нурбека"), right before a
    person opening with a patronymic, is that person's first name."""
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        previous = result[-1] if result else None
        if (previous is not None and mention.label == "PER" and previous.end == mention.start
                and previous.end - previous.start == 1 and PATRONYMIC_FORM.search(words[mention.start].text.lower())
                and _is_first_name_before_patronymic(words[previous.start].text, previous.label)):
            result[-1] = Mention(previous.start, mention.end, "PER")
        else:
            result.append(mention)
    return result


def _is_first_name_before_patronymic(word: str, label: str) -> bool:
    if not (word.isalpha() and word[:1].isupper()):
        return False
    if label == "PER" or first_name_reading(word) is not None:
        return True
    return label == "LOC" and not any(entry.is_place for _, _, entry in gazetteer().matches([word_lemmas(word)]))


def trim_punctuation(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """natasha sometimes runs a name on into the punctuation around it ("(Бенин) •" of a list): a bracket
    or quote whose pair is not in the mention, a bullet or a dash at either end is no part of the name."""
    kept = []
    for mention in mentions:
        start, end = mention.start, mention.end
        while start < end and _is_stray_punctuation(words, start, start, end):
            start += 1
        while end > start and _is_stray_punctuation(words, end - 1, start, end):
            end -= 1
        if (start, end) == (mention.start, mention.end):
            kept.append(mention)
        elif end > start:
            kept.append(Mention(start, end, mention.label))
    return kept


def _is_stray_punctuation(words: list[Word], index: int, start: int, end: int) -> bool:
    text = words[index].text
    if any(c.isalnum() for c in text) or text == ".":  # "." ends an abbreviation: "Дж. Смит мл."
        return False
    others = [w.text for k, w in enumerate(words[start:end], start) if k != index]
    if text in QUOTES:  # „Энергия“ and "Энергия" pair their quotes in more ways than «»
        return not any(other in QUOTES for other in others)
    return text not in BRACKET_PAIRS or BRACKET_PAIRS[text] not in others


def trim_titles(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """natasha sometimes starts a place, body or person with a job title ("Аким области", or "Аким
    Кентау Иван Петров" opening a sentence): the title is a POSITION's, and what is left is kept
    only if it still has a capitalised word. A title word that is the surname of someone the text names
    in full ("Дик Адвокат … Адвокат вмешался") is that person, not a title."""
    titles = position_words()["heads"]
    surnames = _full_name_surnames(words, mentions)
    kept = []
    for mention in mentions:
        start = mention.start
        while start < mention.end and mention.label in ("LOC", "ORG", "PER") and any(
                p.tag.POS == "NOUN" and p.normal_form in titles for p in parse(words[start].text.lower())):
            if mention.label == "PER" and word_lemmas(words[start].text) & surnames:
                break
            start += 1
        if start == mention.start:
            kept.append(mention)
        elif any(w.text[:1].isupper() for w in words[start:mention.end]):
            kept.append(Mention(start, mention.end, mention.label))
    return kept


def relabel_surname_mentions(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A one-word place no gazetteer knows that is the surname of someone the text names in full is that person
    ("Светлану Петрову-Ахметжанову … Петровой-Ахметжановой запрещено"), unless a place's preposition governs it
    ("в Курчатове")."""
    surnames = _full_name_surnames(words, mentions)
    for mention in mentions:
        if (mention.label == "LOC" and mention.entry is None and mention.end - mention.start == 1
                and word_lemmas(words[mention.start].text) & surnames
                and not (mention.start > 0 and words[mention.start - 1].lemma in PLACE_PREPOSITIONS)):
            mention.label = "PER"
    return mentions


def _full_name_surnames(words: list[Word], mentions: list[Mention]) -> frozenset[str]:
    """The lemmas of the last word of every person named in two words or more."""
    return frozenset().union(*(word_lemmas(words[m.end - 1].text) for m in mentions
                               if m.label == "PER" and m.end - m.start > 1))


def _replace(mentions: list[Mention], new: Mention) -> list[Mention]:
    kept = [m for m in mentions if m.end <= new.start or m.start >= new.end]
    return sorted([*kept, new], key=lambda m: m.start)


def add_gazetteer(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    for start, end, entry in gazetteer().matches([word_lemmas(w.text) for w in words]):
        if not any(w.text[:1].isupper() for w in words[start:end]) and (entry.is_place or end - start < 3):
            continue  # "орал" the verb is not Орал the city; "департамент экономических расследований" is the body
        if end - start == 1 and _is_common_word_opening_sentence(words, start):
            continue  # "Семей, пострадавших от паводка, …" is "families", not the city
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if entry.is_place and _is_person_named_like_town(words, mentions, overlapping, start):
            continue  # "Курчатова называют отцом бомбы": the physicist, not the town
        if all(start <= m.start and m.end <= end for m in overlapping):
            mentions = _replace(mentions, Mention(start, end, entry.label, entry))
        elif entry.is_place and len(overlapping) == 1 and _is_place_in_phrase(words, overlapping[0], start, end):
            # "отдел строительства в Конаеве": natasha ran the body on into the town where it is.
            body = overlapping[0]
            mentions = _replace(mentions, Mention(start, end, entry.label, entry))
            mentions = sorted([*mentions, Mention(body.start, start - 1, body.label)], key=lambda m: m.start)
        elif entry.is_place and len(overlapping) == 1 and _is_place_before_lower_case(words, overlapping[0], start,
                                                                                       end):
            # "В Шымкенте экс-директора колледжа осудили": natasha ran the town on into the words after it, which
            # name no body in lower case alone
            mentions = _replace(mentions, Mention(start, end, entry.label, entry))
        elif entry.is_place and len(overlapping) == 1 and _is_place_before_name(overlapping[0], start, end) \
                or _is_place_run_into_name(overlapping, start, end) and entry.is_place:
            # "акиму Кентау Серику Жаксылыкову", "по области Абай Серик Жумабаев": natasha read the place (or its
            # last word) as part of the name.
            person = overlapping[0]
            mentions = _replace(mentions, Mention(start, end, entry.label, entry))
            mentions = sorted([*mentions, Mention(end, person.end, "PER")], key=lambda m: m.start)
    return mentions


def _is_person_named_like_town(words: list[Word], mentions: list[Mention], overlapping: list[Mention],
                               start: int) -> bool:
    """Towns named after people (Курчатов, Сатпаев, Конаев): natasha's one-word person is the person,
    not the town, when the text names that person in full ("Игорь Курчатов ... Курчатова называют ...")
    and the word is not where a place is expected (after a preposition: "в Курчатове")."""
    if len(overlapping) != 1 or overlapping[0].label != "PER" or overlapping[0].end - overlapping[0].start != 1:
        return False
    surname = word_lemmas(words[start].text)
    named_in_full = any(m.label == "PER" and m.end - m.start > 1 and word_lemmas(words[m.end - 1].text) & surname
                        for m in mentions)
    return named_in_full and not (start > 0 and words[start - 1].lemma in PLACE_PREPOSITIONS)


def _is_place_before_name(mention: Mention, start: int, end: int) -> bool:
    return mention.label == "PER" and mention.start == start and mention.end - end >= 2


def _is_place_before_lower_case(words: list[Word], mention: Mention, start: int, end: int) -> bool:
    return (mention.label == "ORG" and mention.start == start and end < mention.end and start > 0
            and words[start - 1].text.lower() in LOCATIVE_PREPOSITIONS
            and all(w.text[:1].islower() for w in words[end:mention.end]))


def _is_place_run_into_name(overlapping: list[Mention], start: int, end: int) -> bool:
    """A person starting inside a place's words and running two words past it: "области [Абай Серик Жумабаев]"."""
    return len(overlapping) == 1 and overlapping[0].label == "PER" and start < overlapping[0].start < end \
        and overlapping[0].end - end >= 2


def _is_common_word_opening_sentence(words: list[Word], index: int) -> bool:
    if index > 0 and words[index - 1].text not in SENTENCE_ENDS:
        return False
    analyses = parse(words[index].text.lower())
    return any(a.is_known for a in analyses) and not any({"Geox", "Orgn", "Abbr"} & set(a.tag.grammemes)
                                                           for a in analyses)


def _is_place_in_phrase(words: list[Word], mention: Mention, start: int, end: int) -> bool:
    return mention.start < start - 1 and end == mention.end and words[start - 1].lemma in LOCATIVE_PREPOSITIONS


def add_companies(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """"ТОО «Агро-Береке Сайрам»", "ГКП на ПХВ «Атырау Су Жолы»": a legal form and a quoted name."""
    vocabulary = org_words()
    suffixes = [s.split() for s in vocabulary["legal_form_suffixes"]]
    inside_until = 0  # "АО «НК «ҚазАвтоЖол»": the inner "НК «…»" is part of the company named before it
    for i, word in enumerate(words):
        if word.text not in vocabulary["legal_forms"] or i < inside_until:
            continue
        j = i + 1
        for suffix in suffixes:
            if [w.text for w in words[j:j + len(suffix)]] == suffix:
                j += len(suffix)
                break
        if j < len(words) and words[j].text in OPENING_QUOTES:
            close = _closing_quote(words, j)
            if close is not None:
                mentions = _replace(mentions, Mention(i, close + 1, "ORG"))
                inside_until = close + 1
    return mentions


def join_branches_of_companies(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """A branch named before its company is one organisation with it, as a body's regional department is:
    "Туркестанского филиала РГП «Казводхоз»" (the gold convention of fresh15's Kazakh branches)."""
    for branch, company in zip(mentions, mentions[1:], strict=False):
        if (branch.label == "ORG" and branch.end == company.start and _is_company(words, company)
                and words[branch.end - 1].lemma in org_words()["branch_heads"]):
            return join_branches_of_companies(words, _replace(mentions, Mention(branch.start, company.end, "ORG")))
    return mentions


def _is_company(words: list[Word], mention: Mention) -> bool:
    """A legal form and a quoted name ("АО «НК «ҚазАвтоЖол»"): the name ends at its closing quote, so a
    place after it ("филиал АО «…» по Акмолинской области") is the branch's, a place of its own."""
    return (mention.label == "ORG" and words[mention.start].text in org_words()["legal_forms"]
            and words[mention.end - 1].text in CLOSING_QUOTES)


def _closing_quote(words: list[Word], opening: int) -> int | None:
    """The quote that closes the one at `opening`, counting nested «…»: "«Национальная компания «Жол
    Транзит»»"; a nested name written with one closing quote ("«НК «ҚазАвтоЖол»") ends at the first."""
    depth, first = 1, None
    legal_forms = org_words()["legal_forms"]
    for k in range(opening + 1, min(len(words), opening + MAX_QUOTED_WORDS)):
        if words[k].text == "«" or (words[k].text == '"' and words[k - 1].text in legal_forms):
            depth += 1  # 'АО "НК "КТЖ""': a straight quote after a legal form opens its name
        elif words[k].text in CLOSING_QUOTES:
            depth -= 1
            first = k if first is None else first
            if depth == 0:
                return k
        elif words[k].text in {".", "!", "?", "\n"}:
            break
    return first


def balance_quotes(norm: str) -> str:
    """natasha often stops before a closing quote ("Центра исследований «Адал Жол"): the norm gets it
    back; the span stays as natasha drew it, since quotes are not part of a name's tokens."""
    if norm.count("«") > norm.count("»"):
        return norm + "»"
    return norm


def _is_place_tail(mention: Mention, words: list[Word], after_po: bool, kazakh_news: bool) -> bool:
    """In Kazakhstan's news a Kazakhstan place, or any district or place after "по"; elsewhere only a
    Kazakhstan region or town ("прокуратура Карагандинской области"): a body of a country, "МИД
    Казахстана" in foreign news, keeps its country a place of its own, as "МИД России" does."""
    if mention.label != "LOC":
        return False
    if mention.entry is not None and mention.entry.is_place:
        return kazakh_news or mention.entry.norm != COUNTRY or _is_formal_country_name(words, mention)
    return kazakh_news and (after_po or words[mention.end - 1].lemma in SINGULAR_HEADS) and not _is_foreign_region(
        words, mention)


def _is_town_of_court(tail: Mention, words: list[Word]) -> bool:
    """A town in the genitive right after a named court's "суд": in Kazakhstan's news a court abroad is named with its
    town ("Первомайский районный суд Бишкека"), as one at home is ("районный суд Алматы"); elsewhere factRuEval's
    convention holds, the town a place of its own. A state after a bare "суд" stays a place ("суд КНР")."""
    town = words[tail.start]
    return (tail.label == "LOC" and tail.end - tail.start == 1 and tail.start > 0
            and words[tail.start - 1].lemma == COURT and town.text[:1].isupper() and not town.text.isupper()
            and not is_state_of_body(tail, words)
            and any(p.tag.case == "gent" for p in parse(town.text.lower())))


def _is_own_country(body: Mention | None, tail: Mention, words: list[Word]) -> bool:
    """"Министерство торговли и интеграции Казахстана": a body the gazetteer knows as Kazakhstan's, written out in
    full words with the country right after it, is named in full in any news; by its abbreviation ("МИД Казахстана")
    foreign news keep the country a place, as factRuEval marks "МИД РФ"."""
    return (body is not None and body.entry is not None and body.label == "ORG" and not body.entry.is_place
            and body.end - body.start >= MIN_FULL_NAME_WORDS
            and not any(w.text.isupper() for w in words[body.start:body.end])
            and tail.entry is not None and tail.entry.is_place and tail.entry.norm == COUNTRY)


def _is_written_out(words: list[Word], body: Mention) -> bool:
    """A body named in full words ("Министерство юстиции", "Комиссия по борьбе с коррупцией"), no abbreviation: with a
    state right after it ("Министерство юстиции США") Kazakhstan's press name that state's body in foreign news too
    (data/eval/README, fresh25-030, fresh34-014), where factRuEval's Russian press keeps the state a place of its
    own."""
    return (body.label == "ORG" and body.end - body.start >= 2 and bool(word_lemmas(words[body.start].text)
            & org_words()["heads"]) and not any(w.text.isupper() for w in words[body.start:body.end]))


def _is_foreign_region(words: list[Word], mention: Mention) -> bool:
    """places.yaml holds every region of Kazakhstan: a region with none of its places in the name ("Омской
    области", in a Kazakhstan article about Russia, or in Russian space news that names Байконур) is another
    country's, and its body keeps it a place of its own, as in "МИД России"."""
    if words[mention.end - 1].lemma != REGION:
        return False
    found = gazetteer().matches([word_lemmas(w.text) for w in words[mention.start:mention.end]])
    return not any(entry.is_place for _, _, entry in found)


def _is_formal_country_name(words: list[Word], mention: Mention) -> bool:
    """"Генеральная прокуратура Республики Казахстан", "МВД РК": the official style of Kazakhstan's own
    bodies and press, where the country is part of the body's name."""
    return any(w.lemma == "республика" or w.text == "РК" for w in words[mention.start:mention.end])


def is_kazakh_news(mentions: list[Mention], words: Sequence[Word] = ()) -> bool:
    """Kazakhstan's news name its regions and towns, or what only Kazakhstan has (its currency, the МРП,
    akims and maslikhats: org_words.yaml's kazakhstan_words); foreign news may name the country alone."""
    if any(m.entry is not None and m.entry.is_place and m.entry.norm != COUNTRY for m in mentions):
        return True
    signs = org_words()["kazakhstan_words"]
    return any(w.lemma in signs or w.text.lower() in signs for w in words)


def _is_body_tail(mention: Mention, words: list[Word], kazakh_news: bool) -> bool:
    """A gazetteer body in the genitive: "Комитет по правовой статистике … Генеральной прокуратуры"."""
    if not kazakh_news or mention.label != "ORG" or mention.entry is None or mention.entry.is_place:
        return False
    return any(p.tag.case == "gent" for p in parse(words[mention.start].text.lower()))


def _is_parent_body(mention: Mention, words: list[Word], kazakh_news: bool) -> bool:
    """A body in the genitive, named by one of the heads of bodies: the parent of a unit named before it."""
    first = words[mention.start]
    return (kazakh_news and mention.label == "ORG" and first.text[:1].isupper()
            and bool(word_lemmas(first.text) & org_words()["heads"])
            and any(p.tag.case == "gent" for p in parse(first.text.lower())))


def _is_capitalised_adjective(word: Word) -> bool:
    return word.text[:1].isupper() and word.text[1:].islower() and bool(adjective_parses(word.text.lower()))


def _is_singular(word: Word) -> bool:
    """"управления" names one unit; "комитеты … Министерства" several, no one organisation."""
    return any(p.tag.number == "sing" for p in parse(word.text.lower()) if p.tag.POS == "NOUN")


def _is_sentence_opening_unit(words: list[Word], index: int, heads: frozenset[str]) -> bool:
    """"Департамент Комитета по регулированию …": a capitalised body's head opening a sentence right before the
    capitalised body it belongs to, which natasha left out of the name."""
    word = words[index]
    return (word.text[:1].isupper() and (index == 0 or words[index - 1].text in SENTENCE_ENDS)
            and bool(word_lemmas(word.text) & heads) and _is_singular(word)
            and index + 1 < len(words) and words[index + 1].text[:1].isupper())


def _is_plural_units_of_next_body(words: list[Word], index: int, heads: frozenset[str]) -> bool:
    """"руководителей отделов акимата Майского района": lower-case units in the plural are several bodies, none
    named; the body after them ("акимата …") is the one named."""
    word = words[index]
    return (word.text[:1].islower() and not _is_singular(word) and index + 1 < len(words)
            and bool(word_lemmas(words[index + 1].text) & heads))


def _is_listing_comma(words: list[Word], index: int, start: int) -> bool:
    """"управления строительства, архитектуры и градостроительства": a comma between the genitive words of one
    unit's name, a lower-case genitive word on each side."""
    titles = position_words()["heads"]
    return (words[index].text == "," and start + 1 < index < len(words) - 1
            and all(_is_gap_word(w, False) and not word_lemmas(w.text) & titles
                    for w in (words[index - 1], words[index + 1])))


def _is_gap_word(word: Word, after_po: bool) -> bool:
    if word.text in {"№"} or word.text.isdigit():
        return True
    if not word.text[:1].isalpha() or not word.text[:1].islower():
        return False
    if word.lemma in org_words()["linkers"]:
        return True
    cases = {"gent", "datv"} if after_po else {"gent"}
    return len(word.text) > 2 and any(
        p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case in cases and "Fixd" not in p.tag
        for p in parse(word.text.lower()))


def _is_abbreviated_word(word: Word) -> bool:
    """"управления администрирования НДС Департамента …": an abbreviated word of a unit's name (no legal form, no
    unit of account), which a lower-case unit holds as it holds a genitive word."""
    vocabulary = org_words()
    return (word.text.isalpha() and word.text.isupper() and 2 <= len(word.text) <= 5
            and word.text not in vocabulary["legal_forms"] and word.text not in vocabulary["units_of_account"])


def _namesake_start(words: list[Word], cursor: int) -> int | None:
    """Where the person a body is named after starts, if `cursor` follows "имени", its rank ("имени академика …") or
    an initial natasha cut the body at ("гимназии № 7 имени А" + ". Байтурсынова")."""
    if cursor > 0 and words[cursor - 1].lemma == "имя":
        return cursor
    if cursor > 1 and words[cursor - 2].lemma == "имя" and words[cursor - 1].lemma in org_words()["namesake_ranks"]:
        return cursor
    if cursor > 1 and words[cursor - 2].lemma == "имя" and _is_initial(words, cursor - 1):
        return cursor - 1
    return None


def _is_initial(words: list[Word], index: int) -> bool:
    text = words[index].text
    return len(text) == 1 and text.isupper() and index + 1 < len(words) and words[index + 1].text == "."


def _initials_and_surname_end(words: list[Word], first: int) -> int | None:
    """"Е. А. Букетова": initials, then the capitalised surname."""
    end = first
    while end < len(words) and _is_initial(words, end):
        end += 2
    if end == first or end >= len(words) or not (words[end].text[:1].isupper() and words[end].text.isalpha()):
        return None
    return end + 1


def _namesake_end(words: list[Word], first: int, mention: Mention | None) -> int | None:
    """Where the name of the person a body is named after ends, from `first` (right after "имени"): initials and a
    surname, a person found there, or up to three capitalised words, with a lower-case title after them ("Казыбек
    би")."""
    initialled = _initials_and_surname_end(words, first)
    if initialled is not None:
        return initialled
    if mention is not None:
        if mention.label != "PER":
            return None
        end = mention.end
    else:
        end = first
        while end < len(words) and end - first < 3 and words[end].text[:1].isupper() and words[end].text.isalpha():
            end += 1
    if end == first:
        return None
    while end < len(words) and words[end].text in org_words()["namesake_titles"]:
        end += 1
    return end


def join_bodies_and_places(words: list[Word], mentions: list[Mention], kazakh_press: bool = False) -> list[Mention]:
    """A body followed by its place (or parent body) is one ORG: "Департамент … по городу Шымкенту". `kazakh_press`:
    the text is one of Kazakhstan's press, whatever its news (the pipeline's articles; factRuEval's are not)."""
    heads = org_words()["heads"]
    kazakh_news = is_kazakh_news(mentions, words)
    # looked up per word: indexed once (and after each join), not scanned, so a long text stays linear
    starting_at, inside_of = _mention_index(mentions)
    i = 0
    while i < len(words):
        at = starting_at.get(i)
        inside = i in inside_of
        if at is not None and at.label == "ORG" and not _is_company(words, at):
            start, cursor = at.start, at.end
        elif at is None and not inside and word_lemmas(words[i].text) & heads and not (
                words[i].text[:1].islower() and words[i].lemma in org_words()["service_heads"]) and not (
                _is_plural_units_of_next_body(words, i, heads)):
            start, cursor = i, i + 1
            if i > 0 and i - 1 not in inside_of and words[i - 1].lemma in org_words()["branch_adjectives"]:
                start = i - 1  # "военной прокуратуры Семейского гарнизона": the branch of service is the body's
            elif i > 0 and _is_capitalised_adjective(words[i - 1]) and i - 1 not in inside_of | starting_at.keys():
                start = i - 1  # "Ревизионная комиссия по …" opening a sentence, which natasha left out
            elif i > 0 and _is_sentence_opening_unit(words, i - 1, heads) and i - 1 not in inside_of:
                start = i - 1  # "Департамент Комитета по …" opening a sentence: the unit opens the parent's name
        else:
            i += 1
            continue
        start = _with_court_kind(words, start, inside_of | starting_at.keys())
        # a unit named in lower case before the body it belongs to: "управления таможенного контроля
        # Департамента государственных доходов по …" (with a name of its own: "руководитель управления
        # Департамента …" names the department only)
        unit = at is None and words[i].text[:1].islower() and _is_singular(words[i])
        last, gap, rest = None, 0, None
        while cursor < len(words):
            tail = starting_at.get(cursor)
            after_po = cursor > 0 and words[cursor - 1].lemma in ("по", *SINGULAR_HEADS)
            first = _namesake_start(words, cursor) if cursor > start else None
            if first is not None:
                tail = starting_at.get(first) if first < cursor else tail
                namesake = _namesake_end(words, first, tail)
                if namesake is not None:  # a body named after a person: "суд района имени Казыбек би"
                    if tail is not None and tail.label == "PER" and tail.end > namesake:
                        rest = Mention(namesake, tail.end, "PER")  # "имени Е. А. Букетова Серик Абдрахманов"
                    last, cursor, gap = Mention(first, namesake, "PER"), namesake, 0
                    continue
            if tail is not None:
                if tail.label == "ORG" and _ends_in_place_after_po(words, last):
                    break  # "Департамент … по Восточно-Казахстанской области Агентства …": the place ends the name
                coordinated = words[cursor - 1].lemma in COORDINATORS  # "МИД Казахстана и МИД России"
                if not (_is_place_tail(tail, words, after_po, kazakh_news)
                        or (gap == 0 and at is not None and is_state_of_body(tail, words)
                            and (kazakh_news or kazakh_press and _is_written_out(words, at)))
                        or (gap == 0 and _is_own_country(at, tail, words))
                        or (kazakh_news and gap == 0 and at is not None and _is_town_of_court(tail, words))
                        or (_is_body_tail(tail, words, kazakh_news) and not coordinated)
                        or (unit and gap > 0 and _is_parent_body(tail, words, kazakh_news) and not coordinated)):
                    break
                last, cursor, gap = tail, tail.end, 0
                continue
            recent_po = any(w.lemma == "по" for w in words[max(start, cursor - 3):cursor])
            city_abbreviation = words[cursor].text in CITY_ABBREVIATIONS or (
                words[cursor].text == "." and words[cursor - 1].text in CITY_ABBREVIATIONS)
            if _is_listing_comma(words, cursor, start):  # a comma of a list of words adds no word
                cursor += 1
                continue
            control_end = _control_object_end(words, cursor) if recent_po and gap < MAX_GAP_WORDS else None
            if control_end is not None:  # "по контролю за использованием и охраной земель": one word of the field
                gap += 1
                cursor = control_end
                continue
            if gap < MAX_GAP_WORDS and (city_abbreviation or _is_gap_word(words[cursor], recent_po)
                                        or unit and _is_abbreviated_word(words[cursor])):
                gap += 1
                cursor += 1
                continue
            break
        if last is None and at is not None:
            field_end = _genitive_field_end(words, at) or _po_field_end(words, at)
            if field_end is not None:
                last = Mention(at.start, field_end, "ORG")
        elif last is None and words[i].text[:1].isupper():
            last = _missed_field_body(words, i)
        if last is not None:
            stop = _field_after_country(words, start, last)
            mentions = _replace(mentions, Mention(start, stop, "ORG"))
            if rest is not None and rest.start >= stop:
                mentions = sorted([*mentions, rest], key=lambda m: m.start)
            starting_at, inside_of = _mention_index(mentions)
            i = stop
        else:
            i += 1
    return mentions


def _missed_field_body(words: list[Word], head: int) -> Mention | None:
    """A capitalised committee's, commission's or council's head natasha missed, with its field after "по" ("в
    департамент Комитета по регулированию естественных монополий"), where the name ends with the field: no capitalised
    word before the head or after the field, which would be words of a longer name natasha missed too."""
    field_end = _po_field_end(words, Mention(head, head + 1, "ORG"))
    if field_end is None or (field_end < len(words) and words[field_end].text[:1].isupper()) \
            or (head > 0 and words[head - 1].text[:1].isupper() and words[head - 1].text not in SENTENCE_ENDS):
        return None
    return Mention(head, field_end, "ORG")


def _control_object_end(words: list[Word], cursor: int) -> int | None:
    """Where the object of a noun of control ends: "за" after a lower-case noun, a noun in the instrumental, and the
    instrumental and genitive words after it, "и" between ("по контролю за использованием и охраной земель"); or
    None where "за" opens no such object."""
    if words[cursor].text != "за" or cursor + 1 >= len(words) or not _is_gap_word(words[cursor - 1], True):
        return None
    end, stop = None, cursor + 1
    while stop < len(words) and stop - cursor <= MAX_FIELD_WORDS and words[stop].text.isalpha() \
            and words[stop].text.islower():
        if words[stop].text == "и" and end is not None:
            stop += 1
            continue
        cases = {"ablt"} if end is None else {"ablt", "gent"}
        if not any(p.tag.POS in ("NOUN", "ADJF") and p.tag.case in cases and "Fixd" not in p.tag and p.is_known
                   for p in parse(words[stop].text)):
            break
        stop += 1
        end = stop
    return end if end is not None and words[end - 1].text != "и" else None


def _ends_in_place_after_po(words: list[Word], last: Mention | None) -> bool:
    """A body of Kazakhstan is named unit, parent body, then "по" and its place ("Департамент экономических
    расследований Агентства … по Акмолинской области"): a body named after that place is another one."""
    return (last is not None and last.label == "LOC" and last.start > 0 and words[last.start - 1].lemma == "по")


def _mention_index(mentions: list[Mention]) -> tuple[dict[int, Mention], set[int]]:
    """The first mention starting at each word, and the words strictly inside some mention."""
    starting_at: dict[int, Mention] = {}
    inside_of: set[int] = set()
    for m in mentions:
        starting_at.setdefault(m.start, m)
        inside_of.update(range(m.start + 1, m.end))
    return starting_at, inside_of


def _line_of(text: str, start: int, stop: int) -> str:
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", stop) + 1 or len(text) + 1) - 1].strip()


def drop_noise(text: str, words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """Site boilerplate ("ПОДПИСЫВАЙТЕСЬ НА НАС В TELEGRAM"), "США" of "долларов США", Kazakhstan in a
    citation of its codes ("ст. 366 УК РК" cites a law, it names no place), a legal form with no name after
    it ("счета ТОО с остатком"), the abbreviation of a kind of facility alone ("ТЭЦ", "АЗС") and a kind of office
    named by adjectives alone ("Антикоррупционный фронт-офис"), and a span with no letter ("10" of "10%")."""
    vocabulary = org_words()
    ignore = {name.lower() for name in vocabulary["ignore"]}
    kazakh_news = None  # asked once, where an outlet is credited
    kept = []
    for m in mentions:
        if m.end - m.start == 1 and words[m.start].text in vocabulary["legal_forms"] and not (
                m.end < len(words) and words[m.end].text[:1].isupper()
                and not any(p.start == m.end and p.label == "PER" for p in mentions)):
            continue  # "ГУ МЧС России" goes on into a name; "счета ТОО с остатком", "директор ООО Иван Петров" do not
        if (m.label == "LOC" and m.start > 0 and words[m.start - 1].text in vocabulary["law_codes"]
                and m.entry is not None and m.entry.norm == COUNTRY):
            continue  # Kazakhstan's own code; "УК РФ" keeps its state, a place as in "МИД РФ" (factRuEval)
        start, stop = words[m.start].start, words[m.end - 1].stop
        if text[start:stop].lower() in ignore:
            line = _line_of(text, start, stop)
            if line == text[start:stop] or line.isupper():
                continue
        if m.label == "LOC" and m.start > 0 and words[m.start - 1].lemma in CURRENCY_LEMMAS:
            continue
        if m.label == "ORG" and m.end - m.start == 1 and _abbreviation(words[m.start].text) in (
                vocabulary["kinds_of_facility"] | vocabulary["common_abbreviations"] | vocabulary["currencies"]):
            continue  # "на реконструкцию ТЭЦ", "без посещения ЦОНа", "по данным СМИ", "в USDT": no one organisation
        if _mention_text(text, words, m).lower() in vocabulary["service_portals"]:
            continue  # "на портале электронного правительства eGov.kz": a service's address
        if m.label == "ORG" and _is_credited_outlet(text, words, m, vocabulary):
            kazakh_news = is_kazakh_news(mentions, words) if kazakh_news is None else kazakh_news
            if kazakh_news:  # the sets' convention; factRuEval's news annotate "сообщает NEWSru.com" an Org
                continue  # "передает корреспондент Tengrinews.kz": the report's byline, no party of the news
        if m.label == "ORG" and words[m.end - 1].lemma in vocabulary["kinds_of_office"] and all(
                adjective_parses(w.text.lower()) for w in words[m.start : m.end - 1]):
            continue  # "Антикоррупционный фронт-офис": a kind of office, no name
        if m.label == "ORG" and m.end - m.start == 1 and words[m.start].lemma in vocabulary["bare_heads"]:
            continue  # "По словам заместителя председателя Агентства": the body named again by its head alone
        if m.label == "ORG" and _is_level_and_head(words, m, vocabulary):
            continue  # "Районный суд вынес приговор": a kind of body, capitalised as the sentence's first words
        if not any(ch.isalpha() for ch in _mention_text(text, words, m)):
            continue  # "частной фирмы 10% от суммы": natasha's ORG over a number alone names nothing
        if m.end - m.start == 1 and words[m.start].text in vocabulary["units_of_account"]:
            continue  # "свыше 20 000 МРП": a unit of money, no organisation
        channel = SITE_CHANNEL.fullmatch(words[m.start].text) if m.end - m.start == 1 else None
        if channel and channel.group(1).lower() in ignore:
            continue  # "Telegram-канале" is where news was posted, not an organisation
        kept.append(m)
    return kept


def _genitive_field_end(words: list[Word], head: Mention) -> int | None:
    """"в Фонд возврата активов": a body's capitalised head alone, inside a sentence, and the lower-case genitive nouns
    (and their adjectives) after it name that body: where its name ends (at its last noun), or None."""
    first = head.start
    if head.end - first != 1 or first == 0 or words[first - 1].text in SENTENCE_ENDS \
            or not word_lemmas(words[first].text) & org_words()["heads"] or not words[first].text[:1].isupper():
        return None
    end, stop = None, head.end
    while stop < len(words) and stop - head.end < MAX_FIELD_GENITIVES and words[stop].text.isalpha() \
            and words[stop].text.islower():
        parses = [p for p in parse(words[stop].text.lower()) if p.tag.case == "gent" and "Fixd" not in p.tag]
        if not any(p.tag.POS in ("NOUN", "ADJF") for p in parses):
            break
        stop += 1
        if any(p.tag.POS == "NOUN" for p in parses):
            end = stop
    return end


def _po_field_end(words: list[Word], head: Mention) -> int | None:
    """"Межведомственной комиссии по вопросам возврата незаконно выведенных активов": a commission's or council's name
    natasha ended at its head goes on with its field, "по" and a lower-case noun in the dative (its adjectives before
    it) and the genitives after (words pymorphy knows: "и заявил" run together is no genitive), an adverb before a
    participle and "и" before a word of the same case among them: where its name ends (at its last noun), or None."""
    stop = head.end
    if words[stop - 1].lemma not in org_words()["field_heads"] or stop + 1 >= len(words) \
            or words[stop].text.lower() != "по":
        return None
    stop, end, case, noun_case = stop + 1, None, "datv", "datv"
    while stop < len(words) and stop - head.end <= MAX_FIELD_WORDS and words[stop].text.replace("-", "").isalpha() \
            and words[stop].text.islower():
        parses = parse(words[stop].text)
        if end is not None and words[stop].text == "и" and stop + 1 < len(words) and any(
                p.tag.case == noun_case and p.tag.POS in ("NOUN", "ADJF") for p in parse(words[stop + 1].text.lower())):
            stop, case = stop + 1, noun_case  # "по науке и технологиям"
            continue
        if end is not None and any(p.tag.POS == "ADVB" for p in parses[:1]) and stop + 1 < len(words) \
                and any(p.tag.POS == "PRTF" and p.tag.case == case for p in parse(words[stop + 1].text.lower())):
            stop += 1  # "незаконно выведенных"
            continue
        parts = {p.tag.POS for p in parses if p.tag.case == case and "Fixd" not in p.tag and p.is_known}
        if not parts & {"NOUN", "ADJF", "PRTF"}:
            break
        stop += 1
        if "NOUN" in parts:
            end, noun_case, case = stop, case, "gent"
    if end is not None and words[end - 1].lemma in org_words()["generic_field_nouns"]:
        return None  # "Общественного совета по вопросам" and a word natasha ended it at: no field named
    return end


def _field_after_country(words: list[Word], start: int, last: Mention) -> int:
    """Where a body named with the state after its head ends: "Агентство Республики Казахстан по делам государственной
    службы" is its official full name when "Агентство по делам государственной службы" names a known body
    (nlp/bodies.py), so the field after "по" is the name's; else the body ends with the state."""
    if (last.label != "LOC" or last.entry is None or last.entry.norm != COUNTRY or last.start == start
            or last.end >= len(words) or words[last.end].lemma != "по"):
        return last.end
    body = phrase_norm(" ".join(w.text for w in words[start:last.start]), "ORG")
    stop, found = last.end + 1, last.end
    while stop < len(words) and stop - last.end <= MAX_FIELD_WORDS and words[stop].text.isalpha() \
            and words[stop].text.islower():
        stop += 1
        if canonical_body(" ".join([body, *(w.text for w in words[last.end:stop])])):
            found = stop
    return found


def _with_court_kind(words: list[Word], start: int, taken: set[int]) -> int:
    """Where a court's name starts with the words of its kind before "суд" ("специализированный межрайонный суд")."""
    if words[start].lemma != "суд":
        return start
    kinds = org_words()["court_kind_adjectives"]
    while start > 0 and start - 1 not in taken and word_lemmas(words[start - 1].text) & kinds:
        start -= 1
    return start


def _is_credited_outlet(text: str, words: list[Word], mention: Mention, vocabulary: dict) -> bool:
    """An outlet (a web address, or a name of `news_outlets`) after a verb crediting it with the report, at most a few
    words such as "корреспондент", "с сайта" between: "передает корреспондент Orda.kz", "как сообщает Zakon.kz"; its
    correspondent interviewing ("на вопросы корреспондента Tengrinews.kz") or the outlet doing its own work
    ("Tengrinews.kz восстановил хронологию")."""
    name = _mention_text(text, words, mention)
    if not (WEB_ADDRESS.fullmatch(name) or name.lower() in {o.lower() for o in vocabulary["news_outlets"]}):
        return False
    if mention.end < len(words) and words[mention.end].lemma in vocabulary["outlet_work_verbs"]:
        return True  # "Tengrinews.kz восстановил хронологию событий": the outlet's own story
    before = mention.start - 1
    credit_words = vocabulary["credit_words"]
    while before >= 0 and mention.start - before <= MAX_CREDIT_WORDS and words[before].lemma in credit_words:
        if words[before].lemma in vocabulary["correspondent_words"] and before > 0 \
                and words[before - 1].lemma in vocabulary["interview_words"]:
            return True  # "ответил на вопросы корреспондента Tengrinews.kz": the outlet's interview
        before -= 1
    return before >= 0 and words[before].lemma in vocabulary["credit_verbs"]


def _abbreviation(word: str) -> str:
    """"ЦОНа" → "ЦОН": an upper-case abbreviation without the Russian case ending written after it."""
    found = ABBREVIATION_IN_CASE.fullmatch(word)
    return found.group(1) if found else word


def _is_level_and_head(words: list[Word], mention: Mention, vocabulary: dict) -> bool:
    """A body's level and head alone opening a sentence: "Районный суд", "Областной акимат"."""
    first = mention.start
    return (mention.end - first == 2 and (first == 0 or words[first - 1].text in SENTENCE_ENDS)
            and words[first].lemma in vocabulary["level_adjectives"] and words[first + 1].lemma in vocabulary["heads"])


def _mention_text(text: str, words: list[Word], mention: Mention) -> str:
    return text[words[mention.start].start:words[mention.end - 1].stop]


def _coordinated_head(words: list[Word], mentions: list[Mention], mention: Mention) -> str | None:
    """"Карагандинской и Туркестанской областях": the noun the first adjective shares."""
    if mention.end - mention.start != 1 or not adjective_parses(words[mention.start].text):
        return None
    if mention.end < len(words) and words[mention.end].text in {"и", ","}:
        following = next((m for m in mentions if m.start == mention.end + 1 and m.label == "LOC"), None)
        if following is not None and words[following.end - 1].lemma in SINGULAR_HEADS:
            return words[following.end - 1].text
    return None


def assign_norms(text: str, words: list[Word], mentions: list[Mention]) -> None:
    people: list[tuple[set[str], str]] = []
    place = dateline_place(words)
    for mention in mentions:
        surface = _mention_text(text, words, mention)
        street = street_norm(text, words, mention)
        if street is not None:
            mention.norm = street
        elif mention.entry is not None:
            mention.norm = _gazetteer_norm(mention.entry, surface)
            written = written_place_name(mention.entry, surface)
            if written is not None:
                mention.place, mention.norm = mention.norm, written
        elif mention.label == "PER":
            mention.norm = _person_norm(surface, people, _case_hint(words, mentions, mention))
        elif mention.label == "LOC" and _is_named_settlement(words, mention):
            mention.norm = " ".join(surface.split())
        else:
            head = _coordinated_head(words, mentions, mention) if mention.label == "LOC" else None
            mention.norm = phrase_norm(surface, mention.label, head)
            if mention.label == "LOC":
                mention.norm = state_by_its_name(mention.norm)
            if mention.label == "LOC" and mention.start in place and mention.end - 1 in place and surface.isupper():
                mention.norm = "-".join(part.capitalize() for part in mention.norm.split("-"))  # "ЛОНДОН. …": Лондон
            if words[mention.end - 1].text not in CLOSING_QUOTES:  # «НК «ҚазАвтоЖол» is written with one
                mention.norm = balance_quotes(mention.norm)
    with_gendered_norms(words, mentions, lambda full, gender: person_norm(
        _mention_text(text, words, full), _case_hint(words, mentions, full), gender=gender))


def _is_named_settlement(words: list[Word], mention: Mention) -> bool:
    """"в селе Жанаталап", "в ауле Кызылжар": a settlement's name after its kind stands in the nominative
    whatever the case of the kind, so it is its own norm (pymorphy, not knowing the name, may read a case
    form into it: "Жанаталап" as a genitive plural). A Russian name declines with its kind, in the kind's case and
    number ("в селе Берёзовке"): a reading in another ("к селу Тасты" read as a genitive) is no case form."""
    if mention.start == 0 or not _is_settlement_kind(words[mention.start - 1]):
        return False
    kind = words[mention.start - 1]
    kind_cases = {p.tag.case for p in parse(kind.text.lower()) if p.normal_form == kind.lemma}
    first = words[mention.start].text.lower()
    return not adjective_parses(first) and not any(
        p.tag.POS == "NOUN" and p.tag.case != "nomn" and p.tag.case in kind_cases and p.tag.number == "sing"
        and p.is_known for p in parse(first))


def _is_settlement_kind(word: Word) -> bool:
    """"село", "аула" (one settlement: "в селах Темирского, Байганинского …" are districts' villages)."""
    return word.lemma in org_words()["settlement_kinds"] and any(
        p.tag.number == "sing" for p in parse(word.text.lower()) if p.normal_form == word.lemma)


def _case_hint(words: list[Word], mentions: list[Mention], mention: Mention) -> frozenset[str]:
    """Cases a name may be in, from the word governing it: a preposition ("против Омарова") or the
    title it stands beside ("директора [ТОО «Х»] Т. Жукенова", "заместителя [Ахметовой] Марину Ким")."""
    before = mention.start - 1
    previous = next((m for m in mentions if m.end == mention.start and m.label in ("ORG", "LOC", "PER")), None)
    if previous is not None and (previous.label in ("ORG", "PER") or previous.start > 0
                                 and words[previous.start - 1].lemma in org_words()["citizen_nouns"]):
        before = previous.start - 1
    if before < 0:
        return frozenset()
    titles = position_words()["heads"]
    if previous is not None and previous.label == "LOC":
        chain = _title_chain_head(words, previous.start - 1, titles)
        if chain is not None:  # "бывшего акима [… округа] Сапарова", "заместитель акима [Уральска] Сапарова"
            return chain
    word = words[before].text.lower()
    if word in PREPOSITION_CASES:
        return PREPOSITION_CASES[word]
    # a title, or any person's noun: "гражданину [Турции] Мехмету Йылдызу"
    cases = frozenset(p.tag.case for p in parse(word) if p.tag.POS == "NOUN" and p.tag.number == "sing" and (
        p.normal_form in titles or "anim" in p.tag and p.is_known and not NAME_TAGS & set(p.tag.grammemes)))
    if cases:
        return cases
    # a person's noun a few genitive words before agrees with the name ("сотрудника приёмной комиссии Белова С. А.")
    for index in range(before, max(-1, before - MAX_TITLE_GAP - 1), -1):
        word = words[index].text.lower()
        if not word.isalpha() or not words[index].text.islower():
            break
        parses = [p for p in parse(word) if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.is_known]
        if index < before and any("anim" in p.tag and p.tag.case == "gent" for p in parses):
            return frozenset({"gent"})
        if not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in parse(word)):
            break
    return frozenset()


def _title_chain_head(words: list[Word], last: int, titles: frozenset[str]) -> frozenset[str] | None:
    """The cases of the first title of the lower-case titles ending at `last` before a place and a name: the
    name stands beside that one ("заместитель акима Уральска Иванова": the deputy's case, not the akim's); None
    where no title ends there."""
    def title_cases(index: int) -> frozenset[str]:
        return frozenset(p.tag.case for p in parse(words[index].text.lower()) if p.tag.POS == "NOUN"
                         and p.tag.number == "sing" and p.normal_form in titles)

    if last < 0 or not words[last].text.islower() or not title_cases(last):
        return None
    first = last
    while first > 0 and title_cases(first - 1):  # the first may open the sentence: "Заместитель акима …"
        first -= 1
    return title_cases(first)


def _gazetteer_norm(entry: Entry, surface: str) -> str:
    """The entry's canonical norm, but spelt with or without "ё" as the text spells it ("Счетный комитет")."""
    own = phrase_norm(surface, entry.label)
    if own.lower() != entry.norm.lower() and own.lower().replace("ё", "е") == entry.norm.lower().replace("ё", "е"):
        return own
    return entry.norm


def _person_norm(surface: str, people: list[tuple[set[str], str]], case_hint: frozenset[str]) -> str:
    """A full name is normalised and remembered; a lone surname takes the full name said before it, a first name with
    a patronymic ("Динара Сериковна", how an interviewer addresses a guest) the full name with that first name, and a
    first name with the surname the full name with both ("Марата Калиева" after "Марат Серикович Калиев")."""
    parts = surface.split()
    if len(parts) == 2 and _is_patronymic(parts[1]):
        given = person_norm(parts[0], case_hint).casefold()
        for _, norm in people:
            if norm.split()[0].casefold() == given:
                return norm
    if len(parts) == 2:  # the first name and surname of someone named with the patronymic before
        readings = {person_norm(surface, case_hint, gender).casefold() for gender in ("masc", "femn")}
        for _, norm in people:
            named = norm.split()
            if len(named) == 3 and f"{named[0]} {named[2]}".casefold() in readings and _is_patronymic(named[1]):
                return norm
    if len(parts) == 1:
        keys = surname_keys(parts[0])
        for known_keys, norm in people:
            if keys & known_keys:
                return norm
        return person_norm(surface, case_hint)
    for _, known_norm in people:  # a foreign name said again in another case: "Ван Лэю … Ван Лэя"
        if any(" ".join(foreign_masculine_nominative(w, case) for w in parts) == known_norm for case in CASES[1:]):
            return known_norm
    norm = person_norm(surface, case_hint)
    known = set()
    names = norm.split()
    # a name written surname first ("Цой Виктор Александрович") is referred back by its first word
    for word in names[1:] + (names[:1] if len(names) == 3 and _is_patronymic(names[-1]) else []) or names:
        known |= surname_keys(word)
    if len(names) > 1 and all(INITIAL.fullmatch(word) for word in names[1:]):  # "Малахов С. П." … "Малахов"
        known |= surname_keys(names[0])
    people.append((known, norm))
    return norm


def _is_patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in parse(word.lower()))


def russian_entities(text: str, spans: list | None = None, tokens: list | None = None,
                     kazakh_press: bool = False) -> tuple[list[Word], list[Mention]]:
    """All PER/ORG/LOC/POSITION mentions of a Russian text, with norms and person links; `kazakh_press`: see
    join_bodies_and_places."""
    words, mentions = natasha_mentions(text, spans, tokens)
    mentions = split_run_together_places(words, split_at_brackets(words, mentions))
    mentions = without_dateline_agency(words, mentions)
    mentions = with_final_initial_stop(words, without_trailing_verbs(words, trim_punctuation(words, mentions)))
    mentions = trim_titles(words, mentions)
    mentions = relabel_bodies(words, mentions)
    mentions = join_first_names_to_patronymics(words, relabel_settlements(words, mentions))
    mentions = with_kazakh_settlement_words(words, mentions)
    mentions = relabel_surname_mentions(words, add_gazetteer(words, add_east_asian_names(words, mentions)))
    mentions = add_named_people(words, mentions)
    mentions = relabel_quoted_places(words, join_named_courts(words, add_companies(words, mentions)))
    mentions = join_bodies_and_places(words, add_institutions(words, mentions), kazakh_press)
    mentions = add_streets(words, join_branches_of_companies(words, mentions))
    mentions = without_application_names(words, drop_noise(text, words, mentions))
    assign_norms(text, words, mentions)
    for position in find_positions(words, mentions, text):
        mentions.append(Mention(position.start, position.end, "POSITION", norm=position.norm,
                                person=position.person))
    return words, sorted(mentions, key=lambda m: m.start)


def split_tokens_at(doc: Doc, offsets: set[int]) -> None:
    """Split spaCy tokens that an entity starts or ends inside ("сообщает«Лента.ру»" is one spaCy
    token but three words), so every entity is exactly a run of tokens."""
    splits = []
    ordered = sorted(offsets)  # bisected per token: linear in the text, not tokens x entities
    for token in doc:
        first = bisect.bisect_right(ordered, token.idx)
        stop = bisect.bisect_left(ordered, token.idx + len(token.text), first)
        inner = [o - token.idx for o in ordered[first:stop]]
        if inner:
            bounds = [0, *inner, len(token.text)]
            splits.append((token, [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]))
    with doc.retokenize() as retokenizer:
        for token, orths in splits:
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


def set_entities(doc: Doc, spans: list | None = None, tokens: list | None = None, kazakh_press: bool = False) -> Doc:
    words, mentions = russian_entities(doc_text(doc), spans, tokens, kazakh_press)
    if doc._.razdel_tokens is None:  # a Doc of spaCy's own tokenizer, not nlp/ru/tokenizer.py's
        split_tokens_at(doc, {o for m in mentions for o in (words[m.start].start, words[m.end - 1].stop)})
    entities = []
    for mention in mentions:
        span = doc.char_span(words[mention.start].start, words[mention.end - 1].stop, label=mention.label)
        if span is None:
            continue
        span._.norm = mention.norm
        span._.person = mention.person
        span._.place = mention.place
        entities.append(span)
    doc.ents = filter_spans(entities)
    return doc


class RussianEntities:
    """The spaCy component; under nlp.pipe, natasha tags each batch of documents at once."""

    def __init__(self, kazakh_press: bool = False):
        self.kazakh_press = kazakh_press

    def __call__(self, doc: Doc) -> Doc:
        return set_entities(doc, kazakh_press=self.kazakh_press)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            texts = [doc_text(doc) for doc in batch]
            tokens = [doc._.razdel_tokens if doc._.razdel_tokens is not None else razdel_tokens(doc_text(doc))
                      for doc in batch]
            for doc, spans, words in zip(batch, natasha_spans(texts, tokens), tokens, strict=True):
                yield set_entities(doc, spans, words, self.kazakh_press)


@Language.factory("pokazatel_entities_ru", default_config={"kazakh_press": False})
def make_entities_ru(nlp: Language, name: str, kazakh_press: bool) -> RussianEntities:
    """`kazakh_press`: every article is one of Kazakhstan's press (configs/ru.cfg; factRuEval's default is not)."""
    return RussianEntities(kazakh_press)
