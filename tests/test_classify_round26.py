"""Relevance, twenty-sixth pass: theft inside a private firm, on sentences of their own.

Money moved to one's own, relatives' or front accounts ("переводила деньги фирмы на счета родственников") is a fraud
word, and a firm's money ("деньги фирмы") a private party: beside a firm and no public money the sentence tells a
private embezzlement, SCHEMA.md's `other`; beside the budget it is public money taken. An accountant of a state
enterprise or of a national company taking its money stays corruption (their money is public), in Russian, Kazakh and
Latin-script Kazakh. The Kazakh phrasing of the transfer is not a fraud word yet (data/rules/actors.yaml says why), so
the Kazakh private side is tested with its existing fraud words."""

from actor_readings import ACT, MONEY_FRAUD, ONE, PRIVATE_THEFT, actors
from pokazatel.nlp.kk.latin import to_cyrillic


def test_a_firms_money_moved_to_own_or_relatives_accounts_is_private_theft():
    for text in ("Кассир автосалона три года переводила деньги фирмы на счета родственников.",
                 "Директор частной пекарни переводил выручку на свою карту.",
                 "Управляющий перечислял средства со счёта компании на счета подставных поставщиков."):
        found = actors(text)
        assert found[PRIVATE_THEFT] == ONE and found[ACT] == 0.0 and found[MONEY_FRAUD] == 0.0, text


def test_kazakh_private_firm_theft_is_private_theft():
    for text in ("Жеке серіктестіктің кассирі фирма шотынан 12 млн теңге жымқырған.",
                 to_cyrillic("Jeke kompanıanyń esepshisi fırma shotynan 20 mln teńge urlaǵan.").text):
        found = actors(text)
        assert found[PRIVATE_THEFT] == ONE and found[ACT] == 0.0, text


def test_a_transfer_with_no_firm_or_public_money_named_is_neither():
    found = actors("Она переводила деньги на счета родственников.")
    assert found[PRIVATE_THEFT] == 0.0 and found[MONEY_FRAUD] == 0.0


def test_budget_money_moved_to_relatives_accounts_is_public_money_taken():
    found = actors("Бухгалтер РГП переводила бюджетные средства на счета родственников.")
    assert found[MONEY_FRAUD] == ONE and found[PRIVATE_THEFT] == 0.0


def test_a_state_enterprises_or_national_companys_accountant_stays_corruption():
    for text in ("Бухгалтер ГКП «Горводоканал» переводила деньги предприятия на свою карту и присвоила 40 млн тенге.",
                 "Мемлекеттік кәсіпорынның бухгалтері 30 млн теңге жымқырды.",
                 to_cyrillic("Memlekettik kásiporynnyń esepshisi 12 mln teńge jymqyrdy.").text):
        found = actors(text)
        assert found[ACT] > 0.0 and found[PRIVATE_THEFT] == 0.0, text
    for text in ("Бухгалтер дочерней компании фонда «Самрук-Казына» переводила её деньги на свою карту.",
                 "Ұлттық компанияның бухгалтері 60 млн теңге жымқырды.",
                 to_cyrillic("«Samuryq-Qazyna» qorynyń esepshisi 60 mln teńge jymqyrdy.").text):
        found = actors(text)
        assert found[MONEY_FRAUD] == ONE and found[PRIVATE_THEFT] == 0.0, text
