"""Outsiders are outsiders (issue 12, item 3): every action id, clicked with another network's
ids by (a) a member of network A, (b) a coordinator of network B and (c) a user of another
team, changes nothing in the database and sends nothing to a channel or DM: at most an
ephemeral refusal (or a modal whose submission the services refuse)."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from bot.app import LnBot
from bot.blocks import ids
from bot.blocks.meetings import idea_value, plan_value
from bot.blocks.polls import vote_value
from bot.blocks.report import review_value
from bot.domain.polls import PollForm
from bot.services import programme, surveys
from bot.services.surveys import SurveyForm
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import (
    AgendaItem,
    Base,
    Benchmark,
    Checkin,
    ColleagueRequest,
    Commitment,
    ConsentDecision,
    FitCheck,
    Idea,
    JoinRequest,
    KnowledgeItem,
    Meeting,
    MeetingResult,
    NeedsSurvey,
    Organisation,
    Poll,
    PollAnswer,
    ReportApproval,
    ReportReview,
    SurveyAnswer,
    TileRound,
)
from tests.flows import seed_network
from tests.knowledge.helpers import share
from tests.meetings.flows import meeting_id, plan
from tests.polls.flows import create_poll

ROOT = Path(__file__).resolve().parents[2]
# Caches the bot keeps about whoever writes to it (their locale), the signatures of handled
# requests (replay protection) and a person's own choice of language: not the network's data.
NOT_NETWORK_DATA = {"slack_users", "processed_events", "handled_requests", "language_choices"}
# Methods that would put something in front of people other than the clicker.
SPEAKING = {
    "chat.postMessage",
    "chat.update",
    "chat.delete",
    "chat.postEphemeral",
    "views.publish",
    "files.getUploadURLExternal",
    "files.completeUploadExternal",
    "conversations.join",
}
OUTSIDERS = {
    "member of network A": ("UN01", "T0001"),
    "coordinator of network B": ("UB01", "T0001"),
    "user of another team": ("UX01", "T0002"),
}


def registered_action_ids() -> set[str]:
    """Every action id a listener is registered for (read from the handlers' source, so a
    new button cannot slip past this test)."""
    found: set[str] = set()
    for path in (ROOT / "handlers").glob("*.py"):
        source = path.read_text()
        found |= set(re.findall(r"app\.action\(ids\.([A-Z_]+)\)", source))
        found |= set(re.findall(r"app\.action\(re\.compile\(rf\"\^\{ids\.([A-Z_]+)\}", source))
    return {getattr(ids, name) for name in found}


def world(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> dict[str, Any]:
    """Network T (channel C1, coordinator U1, six organisations) with one of everything, and
    networks A (C2) and B (C3) whose people click T's buttons."""
    target = seed_network(bot, organisations=6)
    seed_network(
        bot, organisations=1, channel="C2", coordinator="UA01", name="Netwerk A", members="UN"
    )
    seed_network(bot, channel="C3", coordinator="UB01", name="Netwerk B", members="UP")
    for user in ("UN01", "UB01", "UA01", "UP01"):
        slack.add_user(user)
    slack.add_user("UX01", team_id="T0002")
    post = create_poll(client, slack, target.id)
    survey = _survey(bot, target.id)
    plan(client, slack, target.id)
    first_meeting = meeting_id(bot, 1)
    share(client, slack, target.id, kind="question", title="Wie weet raad?")
    now = bot.clock.now()
    with bot.uow() as uow:
        session = uow.session
        poll = session.scalars(select(Poll)).one()
        organisation = session.scalars(
            select(Organisation).where(Organisation.network_id == target.id)
        ).first()
        assert organisation is not None
        item = session.scalars(select(KnowledgeItem)).one()
        request = JoinRequest(
            network_id=target.id,
            slack_user_id="UZ01",
            organisation_name="Late Zorg",
            created_at=now,
        )
        session.add(request)
        session.flush()
        decision = ConsentDecision(
            network_id=target.id,
            join_request_id=request.id,
            deadline=now + timedelta(days=7),
            created_at=now,
        )
        review = ReportReview(network_id=target.id, requested_by="U1", created_at=now)
        idea = Idea(
            network_id=target.id, text="Een rondleiding", author_user_id="UM01", created_at=now
        )
        tile_round = TileRound(
            network_id=target.id, opened_by="U1", opened_at=now, posts_at=now + timedelta(days=1)
        )
        event = Meeting(
            network_id=target.id,
            kind="event",
            title="Webinar",
            event_type="webinar",
            starts_at=now + timedelta(days=3),
            ends_at=now + timedelta(days=3, hours=1),
            created_at=now,
        )
        checkin = Checkin(
            network_id=target.id, round_key="manual:1", slack_user_id="UM01", sent_at=now
        )
        fit = FitCheck(
            network_id=target.id,
            started_by="U1",
            invited=["UM01"],
            started_at=now,
            closes_at=now + timedelta(days=7),
        )
        colleague = ColleagueRequest(
            network_id=target.id,
            organisation_id=organisation.id,
            slack_user_id="UZ02",
            created_at=now,
        )
        approval = JoinRequest(
            network_id=target.id,
            slack_user_id="UZ03",
            organisation_name="Nieuwe Zorg",
            created_at=now,
            kind="approval",
        )
        commitment = Commitment(
            network_id=target.id,
            organisation_id=organisation.id,
            year=1,
            status="asked",
            asked_at=now,
            deadline=now + timedelta(days=14),
            starts_at=now,
            ends_at=now + timedelta(days=366),
        )
        needs_survey = NeedsSurvey(network_id=target.id, started_by="U1", started_at=now, asked=6)
        session.add_all(
            [
                decision,
                review,
                idea,
                tile_round,
                event,
                checkin,
                fit,
                colleague,
                approval,
                commitment,
                needs_survey,
            ]
        )
        session.flush()
        session.add(ReportApproval(review_id=review.id, organisation_id=organisation.id))
        action = MeetingResult(
            meeting_id=first_meeting,
            network_id=target.id,
            kind="action",
            text="Een rondleiding plannen",
            owner_user_id="UM01",
            recorded_by="U1",
            created_at=now,
        )
        session.add(action)
        proposal = AgendaItem(
            meeting_id=first_meeting,
            text="Samen wandelen",
            source="proposal",
            status="proposed",
            proposed_by="UM01",
            created_at=now,
        )
        session.add(proposal)
        figures = Benchmark(
            network_id=target.id,
            meeting_id=first_meeting,
            deadline=now + timedelta(days=5),
            created_by="U1",
            created_at=now,
        )
        session.add(figures)
        session.flush()
        option = poll.options[0].id
        answer = PollAnswer(
            poll_id=poll.id, option_id=option, slack_user_id="UM01", answers=["Ja"], answered_at=now
        )
        session.add(answer)
        session.flush()
        values = {
            ids.POLL_VOTE: vote_value(poll.id, option),
            ids.POLL_CLOSE: str(poll.id),
            ids.POLL_EXPORT: str(poll.id),
            ids.POLL_TEMPLATE: None,
            ids.POLL_EDIT: str(poll.id),
            ids.POLL_REOPEN: str(poll.id),
            ids.POLL_DELETE: str(poll.id),
            ids.POLL_MY_ANSWERS: str(poll.id),
            ids.POLL_MY_ANSWERS_OPTION: f"{poll.id}:{option}",
            ids.POLL_MORE: f"delete:{poll.id}",
            ids.POLL_ANSWER_WITHDRAW: str(answer.id),
            ids.SURVEY_VOTE: survey["vote"],
            ids.SURVEY_CLOSE: survey["id"],
            ids.SURVEY_RESULTS: survey["id"],
            ids.SURVEY_EXPORT: survey["id"],
            ids.SURVEY_CONTACT: survey["answer"],
            ids.POLL_ADD_OPTION: "add",
            ids.POLL_MORE_SETTINGS: "more",
            ids.CONSENT_AGREE: str(decision.id),
            ids.CONSENT_ABSTAIN: str(decision.id),
            ids.CONSENT_OBJECT: str(decision.id),
            ids.REPORT_APPROVE: review_value(review.id, organisation.id),
            ids.REPORT_APPROVE_NAMED: review_value(review.id, organisation.id),
            ids.REPORT_CHANGES: review_value(review.id, organisation.id),
            ids.MEETING_PLAN_OPEN: plan_value(target.id, 2),
            ids.RSVP_IN_PERSON: str(first_meeting),
            ids.RSVP_ABSENT: str(first_meeting),
            ids.RSVP_ONLINE: str(first_meeting),
            ids.MEETING_ICS: str(first_meeting),
            ids.MEETING_CANCEL: str(first_meeting),
            ids.CHECKIN_OPEN: str(checkin.id),
            ids.FIT_BUTTON: str(fit.id),
            ids.FIT_SCORE_BUTTON: f"{fit.id}:support:1",
            ids.FIT_PREVIOUS: f"{fit.id}:0",
            ids.FIT_REMARK_BUTTON: f"{fit.id}:support",
            ids.INTAKE_BUTTON: str(target.id),
            ids.INTAKE_BACK: str(target.id),
            ids.MATCH_DM_BUTTON: "UM01",
            ids.JOIN_BUTTON: str(target.id),
            ids.STATUS_BUTTON: str(target.id),
            ids.KNOWLEDGE_HELP: str(item.id),
            ids.KNOWLEDGE_CHOOSE_ANSWER: str(item.id),
            ids.KNOWLEDGE_EDIT: str(item.id),
            ids.KNOWLEDGE_DELETE: str(item.id),
            ids.KNOWLEDGE_MORE: f"delete:{item.id}",
            ids.SHARE_PICK_NETWORK: None,
            ids.IDEA_OPEN: idea_value(target.id, first_meeting),
            ids.IDEA_SHOW_NAME: str(idea.id),
            ids.IDEA_TAKE_UP: str(idea.id),
            ids.TILE_START: str(first_meeting),
            ids.TILE_OPEN: str(tile_round.id),
            ids.EVENT_EDIT: str(event.id),
            ids.PRIVACY_FORGET: "UM01",
            ids.NETWORK_CLOSE: str(target.id),
            ids.PROGRAMME_PREVIOUS: "0",
            ids.PROGRAMME_NEXT: "1",
            ids.COLLEAGUE_APPROVE: str(colleague.id),
            ids.COLLEAGUE_REFUSE: str(colleague.id),
            ids.ATTENDANCE_OPEN: str(first_meeting),
            ids.ATTENDANCE_SELF_IN_PERSON: str(first_meeting),
            ids.ATTENDANCE_SELF_ONLINE: str(first_meeting),
            ids.ATTENDANCE_SELF_ABSENT: str(first_meeting),
            ids.OUTCOME_OPEN: str(first_meeting),
            ids.OUTCOME_DONE: str(action.id),
            ids.AGENDA_ACCEPT: str(proposal.id),
            ids.AGENDA_DECLINE: str(proposal.id),
            ids.BENCHMARK_ENTER: str(figures.id),
            ids.NEEDS_OPEN: str(needs_survey.id),
            ids.FINDER_OPEN: "survey",  # anyone may look for a network: no network's data
            ids.FINDER_REGROUP: "0",  # only programme coordinators see or change proposals
            ids.FINDER_ADJUST: "1",
            ids.FINDER_CREATE: "1",
            ids.LANGUAGE_CHOOSE: "en",  # one's own language: no network's ids to misuse
            ids.CHECKIN_START: str(target.id),
            ids.REPORT_START: str(target.id),
            ids.PARTICIPATION_OPEN: str(target.id),
            ids.EVALUATION_START: str(target.id),
            ids.ORG_MENU: f"remove:{target.id}:{organisation.id}",
            ids.ORGS_OPEN: str(target.id),
            ids.NETWORK_EDIT_OPEN: str(target.id),
            ids.ORG_END_EMPTY: str(organisation.id),
            ids.TAKE_OVER: f"{target.id}:U1",
            ids.APPROVAL_APPROVE: str(approval.id),
            ids.APPROVAL_DECLINE: str(approval.id),
            ids.YEAR_COMMIT: str(commitment.id),
            ids.YEAR_STOP: str(commitment.id),
            ids.YEAR_GOAL_OPEN: str(target.id),
            ids.YEAR_NEXT: f"{target.id}:1",
            ids.YEAR_END: f"{target.id}:1",
        }
        uow.commit()
    return {"network": target.id, "values": values, "post": post}


def _survey(bot: LnBot, network_id: int) -> dict[str, str]:
    """A programme survey sent by DM to network T, answered by UM01 who wants support."""
    now = bot.clock.now()
    programme.claim(
        bot.uow(), team_id="T0001", user_id="U1", now=now, is_workspace_admin=lambda _: True
    )
    form = SurveyForm(
        PollForm("Doe je mee?", ("Ja", "Nee"), ("", "Hulp nodig?")),
        "Hulp nodig?",
        "chosen",
        (network_id,),
        per_organisation=True,
    )
    created = surveys.create_survey(
        bot.uow(), team_id="T0001", user_id="U1", channel_id="C1", form=form, now=now
    )
    no = created.options[1].option_id
    surveys.cast_vote(
        bot.uow(), survey_id=created.id, option_id=no, user_id="UM01", team_id="T0001", now=now
    )
    surveys.save_answers(
        bot.uow(),
        survey_id=created.id,
        option_id=no,
        user_id="UM01",
        team_id="T0001",
        answers=["Ja"],
        wants_support=True,
        now=now,
    )
    with bot.uow() as uow:
        answer = uow.session.scalars(select(SurveyAnswer.id)).one()
    return {"id": str(created.id), "vote": f"{created.id}:{no}", "answer": str(answer)}


POLL_MODAL_BUTTONS = (ids.POLL_ADD_OPTION, ids.POLL_MORE_SETTINGS)


def snapshot(bot: LnBot) -> dict[str, list[str]]:
    """Every row of every table that holds the networks' data."""
    with bot.uow() as uow:
        return {
            table.name: sorted(
                repr(tuple(row))
                for row in uow.session.execute(text(f'SELECT * FROM "{table.name}"'))
            )
            for table in Base.metadata.sorted_tables
            if table.name not in NOT_NETWORK_DATA
        }


def click(
    client: SlackRequestClient,
    action_id: str,
    value: str | None,
    network_id: int,
    user: str,
    team: str,
) -> None:
    if action_id == ids.POLL_TEMPLATE:
        modal = {"id": "V9", "private_metadata": json.dumps({"network": network_id, "rev": 0})}
        client.block_action(
            action_id,
            view=modal,
            action_type="static_select",
            selected_option="network",
            user=user,
            team=team,
        )
    elif action_id in (*POLL_MODAL_BUTTONS, ids.INTAKE_BACK):
        modal = {"id": "V9", "private_metadata": json.dumps({"network": network_id, "rev": 0})}
        client.block_action(action_id, value, view=modal, user=user, team=team)
    elif action_id == ids.SHARE_PICK_NETWORK:
        modal = {"id": "V9", "private_metadata": json.dumps({})}
        client.block_action(
            action_id,
            view=modal,
            action_type="static_select",
            selected_option=str(network_id),
            user=user,
            team=team,
        )
    else:
        numbered = action_id in (
            ids.MEETING_PLAN_OPEN,
            ids.FIT_SCORE_BUTTON,
            ids.POLL_MY_ANSWERS_OPTION,
        )
        action = f"{action_id}_2" if numbered else action_id
        client.block_action(action, value, user=user, team=team, channel="C1")


def _told_only(call: Any, user: str) -> bool:
    """A refusal in the clicker's own DM (a click inside a modal has no response_url)."""
    return call.method == "chat.postMessage" and call.params.get("channel") == user


@pytest.mark.parametrize("who", sorted(OUTSIDERS))
def test_every_action_refuses_outsiders_and_changes_nothing(
    who: str, bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    setup = world(bot, client, slack)
    values: dict[str, str | None] = setup["values"]
    assert registered_action_ids() <= set(values), registered_action_ids() - set(values)
    user, team = OUTSIDERS[who]
    before = snapshot(bot)
    refused: dict[str, str] = {}
    opened: set[str] = set()
    for action_id in sorted(values):
        slack.reset()
        click(client, action_id, values[action_id], setup["network"], user, team)
        calls = slack.calls
        spoken = [c for c in calls if c.method in SPEAKING and not _told_only(c, user)]
        assert not spoken, (action_id, [(c.method, c.params) for c in spoken])
        answers = [c.params for c in calls if c.method == "response_url"]
        for answer in answers:
            assert answer.get("response_type") != "in_channel", (action_id, answer)
            assert not answer.get("replace_original"), (action_id, answer)
        if answers:
            refused[action_id] = answers[-1].get("text", "")
        if any(c.method.startswith("views.") for c in calls):
            opened.add(action_id)
        assert snapshot(bot) == before, action_id
    # Only these modals open for an outsider: joining a public network (the way in), looking
    # for a network (the finder is for organisations in none), and their own poll modal
    # growing (a template, one more option, more settings), while creating the poll is
    # refused: coordinators only.
    assert opened == {ids.JOIN_BUTTON, ids.FINDER_OPEN, ids.POLL_TEMPLATE, *POLL_MODAL_BUTTONS}
    # The rules this issue is about are answered in words, not by silence.
    for action_id in (ids.POLL_VOTE, ids.KNOWLEDGE_HELP, ids.STATUS_BUTTON, ids.MEETING_ICS):
        assert action_id in refused, action_id
    assert "alleen voor deelnemers" in refused[ids.POLL_VOTE]
    assert "alleen voor deelnemers" in refused[ids.KNOWLEDGE_HELP]
    assert "alleen voor deelnemers van het netwerk" in refused[ids.STATUS_BUTTON]
    assert "Je doet nog niet mee" in refused[ids.MEETING_ICS]


def test_a_member_still_votes_helps_and_gets_the_calendar(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """The same clicks by a member of the network do what they always did."""
    setup = world(bot, client, slack)
    values = setup["values"]
    slack.reset()
    client.block_action(ids.POLL_VOTE, values[ids.POLL_VOTE], user="UM02")
    client.block_action(ids.MEETING_ICS, values[ids.MEETING_ICS], user="UM02")
    client.block_action(ids.STATUS_BUTTON, values[ids.STATUS_BUTTON], user="UM02")
    client.block_action(ids.KNOWLEDGE_HELP, values[ids.KNOWLEDGE_HELP], user="UM02")
    assert slack.calls_to("files.completeUploadExternal")
    assert slack.calls_to("views.open")
    with bot.uow() as uow:
        votes = uow.session.execute(text("SELECT slack_user_id FROM poll_votes")).scalars().all()
        offers = uow.session.execute(text("SELECT user_id FROM knowledge_help_offers")).all()
    assert votes == ["UM02"] and len(offers) == 1


@pytest.mark.parametrize("who", sorted(OUTSIDERS))
def test_modal_submissions_with_another_networks_ids_change_nothing(
    who: str, bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """The modals behind the consent, report and poll buttons, submitted by an outsider with
    network T's ids (a forged or replayed submission), are refused and change nothing."""
    setup = world(bot, client, slack)
    values = setup["values"]
    user, team = OUTSIDERS[who]
    poll_id, option_id = values[ids.POLL_VOTE].split(":")
    S = SlackRequestClient
    submissions = [
        (
            ids.CONSENT_OBJECTION_MODAL,
            {ids.CONSENT_REASON: {ids.VALUE: S.text_value("Nee.")}},
            {"decision": int(values[ids.CONSENT_OBJECT])},
        ),
        (
            ids.REPORT_REMARK_MODAL,
            {ids.REPORT_REMARK: {ids.VALUE: S.text_value("Anders graag.")}},
            {"review": values[ids.REPORT_CHANGES]},
        ),
        (
            ids.POLL_EDIT_MODAL,
            {ids.POLL_EDIT_QUESTION: {ids.VALUE: S.text_value("Overgenomen?")}},
            {"poll": int(poll_id), "options": [int(option_id)]},
        ),
        (
            ids.SURVEY_FOLLOW_UP_MODAL,
            {ids.SURVEY_ANSWER.format(index=0): {ids.VALUE: S.text_value("Omdat.")}},
            {"survey": int(values[ids.SURVEY_CLOSE]), "option": 1},
        ),
        (
            ids.SURVEY_MODAL,
            {ids.SURVEY_QUESTION: {ids.VALUE: S.text_value("Overgenomen?")}},
            {"channel": "C1"},
        ),
        (
            ids.POLL_FOLLOW_UP_MODAL,
            {ids.POLL_ANSWER.format(index=0): {ids.VALUE: S.text_value("Omdat.")}},
            {"poll": int(poll_id), "option": int(option_id)},
        ),
    ]
    before = snapshot(bot)
    for callback_id, state, metadata in submissions:
        slack.reset()
        response = client.view_submission(
            callback_id, state, user=user, team=team, private_metadata=json.dumps(metadata)
        )
        assert response.status == 200, (callback_id, response.body)
        spoken = [c for c in slack.calls if c.method in SPEAKING and not _told_only(c, user)]
        assert not spoken, (callback_id, [(c.method, c.params) for c in spoken])
        assert snapshot(bot) == before, callback_id
