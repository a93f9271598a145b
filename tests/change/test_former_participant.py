"""A removed organisation's contributions stay, labelled as a former participant (issue 15):
in the coordinators' report it is named with that label, in the public version its name is
anonymised like any other's."""

from __future__ import annotations

from bot.app import LnBot
from bot.domain.anonymise import Anonymiser, PlainNamer
from bot.report_files import build_document, to_markdown
from bot.services import organisations, report
from storage.models import KnowledgeItem
from tests.change.test_change import org_id
from tests.flows import seed_network


def test_a_removed_organisations_item_keeps_its_label_and_is_anonymised_in_public(
    bot: LnBot,
) -> None:
    network = seed_network(bot, organisations=3)
    removed = org_id(bot, "Zorggroep 3")
    now = bot.clock.now()
    with bot.uow() as uow:
        uow.session.add(
            KnowledgeItem(
                network_id=network.id,
                kind="example",
                title="Valpreventie bij Zorggroep 3",
                description="Zo doen wij het bij Zorggroep 3.",
                author_user_id="UM03",
                organisation_id=removed,
                created_at=now,
                updated_at=now,
            )
        )
        uow.commit()
    organisations.remove(
        bot.uow(), network_id=network.id, actor="U1", organisation_id=removed, now=now
    )
    data = report.report_data(bot.uow(), network_id=network.id, now=now)
    assert data.former_organisations == {removed}

    internal = to_markdown(
        build_document(
            data, PlainNamer(data.organisations, [], unknown="?"), "nl", "UTC", public=False
        )
    )
    assert "Zorggroep 3 (zonder naam in de openbare versie) (oud-deelnemer" in internal
    public_namer = Anonymiser(
        data.organisations,
        [],
        organisation_label="Organisatie {letter}",
        person_label="Deelnemer {number}",
        email_label="[e-mail]",
        phone_label="[telefoon]",
        unknown="?",
    )
    public = to_markdown(build_document(data, public_namer, "en", "UTC", public=True))
    assert "Zorggroep 3" not in public
    assert "Organisatie C" in public
