"""A public body's release that names corruption only in passing, judged after the model: its probability is capped.

A ministry's, akimat's or agency's report on procurement results and savings, a tender, a portal, or its staff's
discipline says "Экономия бюджетных средств составила 164 млрд тенге", "Это снижает коррупционные риски" or "фактов
коррупционных правонарушений не выявлено": every keyword feature counts those words, and the model called such
releases relevant at up to 0.999 while no labelled one is (SCHEMA.md: procurement news and meetings that name
corruption in passing are not about it). Taking the releases' words out of the keyword features raised the weight of
any bare keyword in their place (HISTORY.md, pass 27), so the model is left as it is and the release is judged after
it. An article is such a release when:

- it names public spending (subject.yaml's `plain` spending: "госзакупки", "бюджетные средства", "мемлекеттік сатып
  алу") or a finding of no offence that holds a corruption word (negated_findings.py);
- every core word of subject.yaml stands in public spending, in a finding of none, or, after the headline and the lead,
  in corruption named as a risk its measures reduce, a goal they serve or an offence its staff are told not to allow
  (releases.yaml's `passing`: "не допускать коррупционных правонарушений", read before the case words below, whose
  "коррупционн правонаруш" it holds): in the headline or the lead that is the story, prevention work, which
  SCHEMA.md makes relevant;
- no sentence names a case (releases.yaml's `case`, actors.yaml's acts and fraud words, subject.yaml's procedure):
  damage, a suspect, an inflated price, a bribe;
- and no control body (releases.yaml's `control`: a prosecutor's check or an audit that finds nothing is
  anti-corruption control).

Pass 34 adds three kinds and two ways of naming corruption in passing (releases.yaml): an observer's presence at a
procedure after the lead ("За ходом экзамена наблюдали представители Антикора": a kind, its core words passing, its
case words still read); a protection of entrepreneurs' rights named in the headline or the lead (a kind that the
prosecutor it names does not rule out); a fault that is not corruption named there (drunk driving, a road accident);
a call to report corruption after the lead ("могут обратиться в Антикоррупционную службу": the whole sentence
passing); and words in a sense that is not corruption ("присвоение категорий", a prosecutor's "незаконные акты"),
blanked before anything is read.

Pass 36 adds a fourth kind and a fifth way (releases.yaml): an occasion named in the headline or the lead by a
sentence with no core word (a professional holiday's ceremony, "кәсіби мерекесі қарсаңында салтанатты жиын өтті", an
akim's meeting on sowing, "кеңес өтті"; a meeting on corruption names it in that sentence and is the story); and an
anti-corruption expertise of drafts named anywhere but the headline ("ғылыми және сыбайлас жемқорлыққа қарсы
сараптама", a ministry's service among others), blanked before anything is read: in the headline it is the story
(the Agency's year of expertise, SCHEMA.md's prevention work). A check of suppliers "на аффилированность" after the
lead is a measure, among the `passing` words.

A risk named in an article of neither spending nor a finding of none (a new rule of judges' conduct "направлен на
снижение коррупционных рисков") is integrity work and stays the model's. The words are data/rules/releases.yaml
(release_words.py); the model file keeps them as it keeps the evidence's lists, and one written before they existed
has none: it caps nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pokazatel.nlp.classify.subject import LEAD_SENTENCES, sentence_pieces, stems_pattern

if TYPE_CHECKING:
    from pokazatel.nlp.classify.lexicons import EvidenceLexicons

# A release's probability: that of any article of the stream (SCHEMA.md: about 1 in 25 is about corruption). Of the
# labelled articles the rule finds (real dev 11, the curated sets 43) none is relevant.
RELEASE_PROBABILITY = 0.04


def is_release(title: str, text: str, lexicons: EvidenceLexicons) -> bool:
    """Whether the article is a public body's release that names corruption only in passing (the module's
    docstring); never with a lexicon that has no `passing` words."""
    release, actors = lexicons.release_lexicon, lexicons.actor_lexicon
    if not release.passing:
        return False
    core, spending = stems_pattern(lexicons.subject_lexicon), stems_pattern(lexicons.subject_plain.spending)
    passing, control = stems_pattern(release.passing), stems_pattern(release.control)
    case = stems_pattern(release.case + actors.acts + actors.fraud + lexicons.subject_procedure)
    not_acts, other_senses = stems_pattern(actors.not_acts), stems_pattern(release.other_senses)
    observing, appeal = stems_pattern(release.observing), stems_pattern(release.appeal)
    services = stems_pattern(release.services)
    pieces = [other_senses.sub(" ", piece) for piece in [title or "", *sentence_pieces(text)]]
    pieces = pieces[:1] + [services.sub(" ", piece) for piece in pieces[1:]]
    lead = pieces[:LEAD_SENTENCES + 1]
    protects_business = any(stems_pattern(release.business_rights).search(piece) for piece in lead)
    occasions = stems_pattern(release.occasions)
    of_the_kind = (protects_business or any(stems_pattern(release.faults).search(piece) for piece in lead)
                   or any(occasions.search(piece) and not core.search(piece) for piece in lead))
    for number, piece in enumerate(pieces):
        if control.search(piece) and not protects_business:
            return False
        after_lead = number > LEAD_SENTENCES
        if after_lead and appeal.search(piece):
            continue
        without_findings = actors.finding_words.blank(piece)
        observed = after_lead and bool(observing.search(piece)) and bool(core.search(piece))
        of_the_kind = (of_the_kind or observed or bool(spending.search(piece))
                       or len(core.findall(without_findings)) < len(core.findall(piece)))
        cleaned = passing.sub(" ", without_findings) if after_lead else without_findings
        if case.search(not_acts.sub(" ", cleaned)):
            return False
        if not observed and core.search(spending.sub(" ", cleaned)):
            return False
    return of_the_kind


def capped(probability: float, title: str, text: str, lexicons: EvidenceLexicons) -> float:
    """The model's probability, or RELEASE_PROBABILITY when lower and the article is a release: the rule is read only
    for articles the model puts above it."""
    if probability <= RELEASE_PROBABILITY or not is_release(title, text, lexicons):
        return probability
    return RELEASE_PROBABILITY
