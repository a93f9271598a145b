"""An organisation chooses, when it approves its excerpt, whether the public report names it:
the choice is stored, the public PDF and HTML name it, and its people stay anonymous."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Organisation
from tests.knowledge.helpers import dms_to, texts
from tests.knowledge.test_report import assert_no_names, fill_the_year, kept, uploaded

PUBLIC_PDF = "Uitkomst lerend netwerk Ouderenzorg Noord 2027 (openbare versie).pdf"


def buttons(slack: FakeSlack, user: str) -> dict[str, str]:
    """action id -> value of the buttons under the user's excerpt."""
    params = next(
        c.params
        for c in reversed(dms_to(slack, user))
        if ids.REPORT_APPROVE_NAMED in texts(c.params.get("blocks", []))
    )
    return {
        element["action_id"]: element["value"]
        for block in params["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    }


def test_an_organisation_that_agrees_is_named_and_its_people_are_not(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, report_dir: Path
) -> None:
    fill_the_year(bot, client, slack)
    client.slash(text="rapport anoniem", user="U1")
    bot.dispatcher.run_once()
    excerpt = next(
        texts(c.params) for c in dms_to(slack, "UM01") if ids.REPORT_APPROVE in texts(c.params)
    )
    assert "Akkoord, met onze naam" in excerpt and "Akkoord, zonder naam" in excerpt
    assert "Namen van mensen blijven er altijd uit" in excerpt
    choices = {user: buttons(slack, user) for user in ("UM01", "UM02", "UM03")}
    assert list(choices["UM01"]) == [
        ids.REPORT_APPROVE_NAMED,
        ids.REPORT_APPROVE,
        ids.REPORT_CHANGES,
    ]

    # Zorggroep 1 first says named, then changes its mind; the last answer counts.
    value = choices["UM01"][ids.REPORT_APPROVE_NAMED]
    client.block_action(ids.REPORT_APPROVE_NAMED, value, user="UM01", channel="DUM01")
    client.block_action(ids.REPORT_APPROVE, value, user="UM01", channel="DUM01")
    value = choices["UM02"][ids.REPORT_APPROVE_NAMED]
    client.block_action(ids.REPORT_APPROVE_NAMED, value, user="UM02", channel="DUM02")
    value = choices["UM03"][ids.REPORT_APPROVE]
    client.block_action(ids.REPORT_APPROVE, value, user="UM03", channel="DUM03")
    assert "Iedereen is akkoord" in slack.wait_for("response_url", count=4)[-1].params["text"]
    with bot.uow() as uow:
        named = uow.session.scalars(
            select(Organisation.name).where(Organisation.named_in_report.is_(True))
        ).all()
    assert named == ["Zorggroep 2"]

    bot.dispatcher.run_once()
    complete = slack.wait_for("files.completeUploadExternal")[0].params
    assert [f["title"] for f in complete["files"]] == [PUBLIC_PDF]
    pdf = uploaded(slack)[PUBLIC_PDF]
    markdown = next(text for name, text in kept(bot).items() if name.endswith("anoniem.md"))
    for text in (pdf, markdown):
        assert "Zorggroep 2" in text and "Organisatie A" in text and "Organisatie B" in text
        assert "Zorggroep 1" not in text and "Zorggroep 3" not in text
        assert_no_names(re.sub("zorggroep 2", "", text, flags=re.IGNORECASE))
    organisations = markdown.split("## Deelnemende organisaties")[1].split("\n## ")[0]
    assert "- Zorggroep 2" in organisations and "nog 2 organisaties" in organisations
