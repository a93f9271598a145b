"""The outcome report: the coordinators' version with names, the anonymised public version
after every organisation approved its excerpt (or a forced one, audited), files uploaded to
the coordinator and kept on disk, and an anonymiser that leaves no name behind."""

from __future__ import annotations

import io
import json
import re
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.anonymise import Anonymiser, Person
from bot.services import evaluation
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import AttendanceRecord, AuditEntry, Checkin, Meeting
from tests.flows import seed_network
from tests.knowledge.helpers import Replies, dms_to, reply_event, share, texts

PEOPLE = {
    "U1": ("anneke.bos", "Anneke Bos"),
    "UM01": ("jan.devries", "Jan de Vries"),
    "UM02": ("fatima", "Fatima El Amrani"),
    "UM03": ("piet", "Piet Jansen"),
}
ORGANISATIONS = ("Zorggroep 1", "Zorggroep 2", "Zorggroep 3")


def named_workspace(slack: FakeSlack) -> None:
    for user, (name, real_name) in PEOPLE.items():
        slack.add_user(user, name=name, real_name=real_name)


def fill_the_year(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> int:
    """Three organisations; a result with a thread full of names, a question, a meeting."""
    named_workspace(slack)
    network = seed_network(bot, organisations=3)
    result = share(
        client,
        slack,
        network.id,
        kind="result",
        title="Minder valincidenten bij Zorggroep 1",
        description="Jan de Vries en <@UM02> van zorggroep 2 halveerden de valincidenten. "
        "Mail jan@zorggroep1.nl of bel 06-12345678. <script>alert(1)</script>",
        link="https://www.zorggroep1.nl/valpreventie",
        user="UM01",
    )
    share(client, slack, network.id, kind="question", title='=HYPERLINK("x")', user="UM03")
    replies = Replies(bot)
    thread = result.response["ts"]
    client.event(
        reply_event(
            thread,
            user="UM02",
            text="Dank je Jan! Fatima hier, van Zorggroep 2.",
            ts=replies.next_ts(),
        )
    )
    client.event(
        reply_event(
            thread,
            user="UM03",
            text="Mooi werk, Anneke en Piet Jansen volgen.",
            ts=replies.next_ts(),
        )
    )
    with bot.uow() as uow:
        start = bot.clock.now() - timedelta(days=10)
        meeting = Meeting(
            network_id=network.id,
            number=1,
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            location="Zwolle",
            created_at=start,
        )
        uow.session.add(meeting)
        uow.session.flush()
        for user, score, remark in (
            ("UM01", 4, "Fijn, Jan!"),
            ("UM02", 5, None),
            ("UM03", 3, None),
        ):
            uow.session.add(
                Checkin(
                    network_id=network.id,
                    round_key=f"meeting:{meeting.id}",
                    meeting_id=meeting.id,
                    slack_user_id=user,
                    score=score,
                    remark=remark,
                    sent_at=start,
                    answered_at=start,
                )
            )
        for user, attendance in (("UM01", "in_person"), ("UM02", "in_person"), ("UM03", "online")):
            uow.session.add(
                AttendanceRecord(
                    meeting_id=meeting.id,
                    slack_user_id=user,
                    confirmed=attendance,
                    confirmed_by="U1",
                    confirmed_at=start,
                )
            )
        uow.commit()
    evaluation.start_evaluation(bot.uow(), network.id, lang="nl", now=bot.clock.now())
    return network.id


def uploaded(slack: FakeSlack) -> dict[str, str]:
    """File name -> content of everything uploaded so far; a PDF as the text in it."""
    names = {
        c.response["file_id"]: c.params["filename"]
        for c in slack.calls_to("files.getUploadURLExternal")
    }
    return {names[file_id]: readable(data) for file_id, data in slack.uploads.items()}


def readable(data: bytes) -> str:
    if not data.startswith(b"%PDF-"):
        return data.decode("utf-8")
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def kept(bot: LnBot) -> dict[str, str]:
    """File name -> content of the report's text files kept on disk (HTML, Markdown, CSV)."""
    folder = Path(bot.settings.report_dir)
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in folder.rglob("*")
        if path.suffix in (".html", ".md", ".csv")
    }


def test_the_coordinators_report_with_names(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, report_dir: Path
) -> None:
    fill_the_year(bot, client, slack)
    client.slash(text="rapport", user="UM01")
    assert "Alleen een coördinator" in slack.wait_for("response_url")[-1].params["text"]
    client.slash(text="rapport", user="U1")
    assert "Ik maak het rapport" in slack.wait_for("response_url", count=2)[-1].params["text"]
    bot.dispatcher.run_once()
    complete = slack.wait_for("files.completeUploadExternal")[0].params
    # One file in the DM: the PDF, named for what it is.
    title = "Uitkomst lerend netwerk Ouderenzorg Noord 2027 (intern, met namen).pdf"
    assert complete["channel_id"] == "DU1" and [f["title"] for f in complete["files"]] == [title]
    assert "Het rapport van *Ouderenzorg Noord*" in complete["initial_comment"]
    pdf = uploaded(slack)[title]
    assert "Uitkomst lerend netwerk Ouderenzorg Noord 2027" in pdf and "Samenvatting" in pdf
    files = kept(bot)
    markdown = next(text for name, text in files.items() if name.endswith("-intern.md"))
    page = next(text for name, text in files.items() if name.endswith(".html"))
    table = next(text for name, text in files.items() if name.endswith(".csv"))
    assert "# Uitkomst lerend netwerk Ouderenzorg Noord 2027" in markdown
    assert "Jan de Vries" in markdown and "Zorggroep 1" in markdown
    assert "@Fatima El Amrani" in markdown  # a mention resolved to the person's name
    assert "aanwezig: 2, online: 1" in markdown  # attendance as taken after the meeting
    # The evaluation nobody answered yet leaves no empty section or lines behind.
    assert "## Evaluatie" not in markdown and "0 stem" not in markdown
    assert "na bijeenkomst 1: 3 antwoorden, gemiddeld 4,0 van 5" in markdown
    assert "Fijn, Jan!" in markdown  # check-in remarks only in the coordinators' version
    assert "<script>" not in page and "&lt;script&gt;" in page and "<style>" in page
    assert not re.search(r"<(link|script|img)\b", page)  # self-contained
    assert table.startswith("\ufeff") and "'=HYPERLINK" in table
    on_disk = sorted(path.name for path in (report_dir / "network-1").iterdir())
    assert on_disk == sorted([*files, title])


def excerpt_to(slack: FakeSlack, user: str) -> dict:
    """The excerpt DM among the user's DMs (several DMs go out at once, in any order)."""
    return next(
        c.params
        for c in reversed(dms_to(slack, user))
        if ids.REPORT_APPROVE in texts(c.params.get("blocks", []))
    )


def test_the_public_report_after_every_organisation_approved(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, report_dir: Path
) -> None:
    fill_the_year(bot, client, slack)
    client.slash(text="rapport anoniem", user="U1")
    assert "3 organisaties krijgen" in slack.wait_for("response_url")[-1].params["text"]
    bot.dispatcher.run_once()
    excerpts = {user: excerpt_to(slack, user) for user in ("UM01", "UM02", "UM03")}
    first = texts(excerpts["UM01"]["blocks"])
    assert "als *Organisatie A*" in first and "Minder valincidenten bij Organisatie A" in first
    assert "Jan" not in first.replace("*Zorggroep 1*", "") and "Fatima" not in first
    values = {
        user: next(
            e["value"]
            for b in params["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]
            if e["action_id"] == ids.REPORT_APPROVE
        )
        for user, params in excerpts.items()
    }

    client.block_action(ids.REPORT_APPROVE, values["UM01"], user="UM01", channel="DUM01")
    assert "(1 van 3)" in slack.wait_for("response_url")[-1].params["text"]
    # Someone may only answer for their own organisation.
    client.block_action(ids.REPORT_APPROVE, values["UM01"], user="UM02", channel="DUM02")
    assert "eigen organisatie" in slack.wait_for("response_url", count=2)[-1].params["text"]
    # Aanpassen: a remark for the coordinator.
    client.block_action(ids.REPORT_CHANGES, values["UM02"], user="UM02", channel="DUM02")
    modal = slack.wait_for("views.open")[0].params["view"]
    state = {ids.REPORT_REMARK: {ids.VALUE: {"type": "plain_text_input", "value": ""}}}
    empty = client.view_submission(
        ids.REPORT_REMARK_MODAL, state, user="UM02", private_metadata=modal["private_metadata"]
    )
    assert empty.json["errors"] == {ids.REPORT_REMARK: "Schrijf wat er anders moet."}
    state[ids.REPORT_REMARK][ids.VALUE]["value"] = "Laat ons telefoonnummer weg."
    done = client.view_submission(
        ids.REPORT_REMARK_MODAL, state, user="UM02", private_metadata=modal["private_metadata"]
    )
    assert "De coördinator krijgt je opmerking" in texts(done.json["view"])
    bot.dispatcher.run_once()
    assert any("Laat ons telefoonnummer weg." in c.params["text"] for c in dms_to(slack, "U1"))
    assert not slack.calls_to("files.completeUploadExternal")

    client.block_action(ids.REPORT_APPROVE, values["UM02"], user="UM02", channel="DUM02")
    client.block_action(ids.REPORT_APPROVE, values["UM03"], user="UM03", channel="DUM03")
    assert "Iedereen is akkoord" in slack.wait_for("response_url", count=4)[-1].params["text"]
    bot.dispatcher.run_once()
    complete = slack.wait_for("files.completeUploadExternal")[0].params
    assert complete["channel_id"] == "DU1" and "anonieme rapport" in complete["initial_comment"]
    pdf_name = "Uitkomst lerend netwerk Ouderenzorg Noord 2027 (openbare versie).pdf"
    assert [f["title"] for f in complete["files"]] == [pdf_name]
    files = kept(bot)
    assert all("-anoniem." in name for name in files)
    everything = "\n".join([*files.values(), uploaded(slack)[pdf_name]])
    assert "Organisatie A" in everything and "Deelnemer" in everything
    assert_no_names(everything)
    assert "[e-mailadres]" in everything and "[telefoonnummer]" in everything
    assert "gemiddeld 4,0 van 5" in everything and "Fijn," not in everything
    assert sorted(p.name for p in (report_dir / "network-1").iterdir()) == sorted(
        [*files, pdf_name]
    )


def test_a_coordinator_can_force_the_public_report_with_a_reason(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    fill_the_year(bot, client, slack)
    client.slash(text="rapport anoniem forceer", user="U1")
    assert "Geef een reden" in slack.wait_for("response_url")[-1].params["text"]
    client.slash(text="rapport anoniem", user="U1")
    client.slash(text="rapport anoniem forceer Deadline van de subsidie", user="U1")
    assert "zonder alle akkoorden" in slack.wait_for("response_url", count=3)[-1].params["text"]
    with bot.uow() as uow:
        audit = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.forced")
        ).one()
        assert audit.actor_user_id == "U1" and audit.detail["reason"] == "Deadline van de subsidie"
    bot.dispatcher.run_once()
    assert_no_names("\n".join([*uploaded(slack).values(), *kept(bot).values()]))
    # Excerpts still waiting are not sent once the round is closed.
    assert not any(ids.REPORT_APPROVE in json.dumps(c.params) for c in dms_to(slack, "UM01"))


def assert_no_names(text: str) -> None:
    """No person's (display) name or part of it, no user id, no organisation name, as a word."""
    for user, (name, real_name) in PEOPLE.items():
        for piece in (name, real_name, *real_name.split(), user):
            if len(piece) > 2 and piece.lower() not in ("de", "el"):
                found = re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text, re.IGNORECASE)
                assert found is None, (piece, text[max(0, found.start() - 80) : found.end() + 80])
    for organisation in ORGANISATIONS:
        assert "zorggroep" not in text.lower(), organisation


def test_the_anonymiser_leaves_no_name_behind() -> None:
    anonymiser = Anonymiser(
        {1: "Zorggroep Noord", 2: "Stichting Zorg & Welzijn", 3: "De Bron"},
        [
            Person("U1", ("jan.devries", "Jan de Vries")),
            Person("U2", ("Fatima", "Fatima El Amrani")),
            Person("U3", ("Zoë", "Zoë Müller-Özdemir")),
        ],
        organisation_label="Organisatie {letter}",
        person_label="Deelnemer {number}",
        email_label="[e-mail]",
        phone_label="[telefoon]",
        unknown="—",
    )
    text = (
        "Jan de Vries (ZORGGROEP NOORD) sprak met <@U2> en <@U9|iemand>. Zoe Muller-Ozdemir en "
        "zoë van stichting zorg & welzijn waren er ook; De Bron doet mee. Fatima, jan en "
        "Müller belden. Zie www.zorggroepnoord.nl of mail fatima@debron.nl, tel +31 6 12345678."
    )
    result = anonymiser.text(text)
    for name in (
        "jan",
        "vries",
        "fatima",
        "amrani",
        "zoë",
        "zoe",
        "müller",
        "muller",
        "özdemir",
        "ozdemir",
        "zorggroep",
        "noord",
        "stichting",
        "welzijn",
        "bron",
        "u2",
        "u9",
    ):
        assert name not in result.lower(), (name, result)
    assert result.startswith("Deelnemer 1 (Organisatie A) sprak met Deelnemer 2 en Deelnemer 4.")
    assert "Organisatie B" in result and "Organisatie C doet mee" in result
    assert "[e-mail]" in result and "[telefoon]" in result
    # The same subject gets the same label everywhere, also in later calls.
    assert (
        anonymiser.person("U2") == "Deelnemer 2" and anonymiser.organisation(3) == "Organisatie C"
    )
    assert anonymiser.text("<@U9>") == "Deelnemer 4"
