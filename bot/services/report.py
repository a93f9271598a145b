"""Use cases of the outcome report (uitkomst): gather the network's year, and the review
round that comes before the anonymised, public version.

`/lerend rapport` gives the coordinators the report with names, at once. `/lerend rapport
anoniem` first asks every organisation to approve its own excerpt (each member gets it in a
DM with *Akkoord* and *Aanpassen*); once all have approved, the public version is made. A
coordinator may force it with a reason, which is audited. The files themselves are built by
a job (names come from Slack, which takes time), see handlers/report.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.balance import OrganisationBalance
from bot.domain.checkins import RoundResult, summarise
from bot.domain.meetings import OccasionKind
from bot.domain.network import Role
from bot.domain.polls import PollKind
from bot.services import polls
from bot.services.attendance import answers_of
from bot.services.balance import organisation_balance
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.intake import TagChoice, tag_choices
from bot.services.membership import propose, standing
from bot.services.network_work import coordinators_network, schedule_for
from bot.services.results import result_item_ids, results_of
from bot.services.year import year_overview, year_span
from storage import repositories as repo
from storage.models import (
    Checkin,
    Contribution,
    KnowledgeItem,
    Meeting,
    Member,
    Network,
    Organisation,
    Poll,
    ReportApproval,
    ReportReview,
    Tile,
    TileRound,
)
from storage.uow import UnitOfWork

BUILD_JOB = "report.build"
EXCERPT_JOB = "report.excerpt"
REMARK_JOB = "report.remark"
PROPOSAL_JOB = "report.proposal"
INTERNAL = "internal"
PUBLIC = "public"
APPROVED = "approved"
CHANGES = "changes"
PENDING = "pending"


@dataclass(frozen=True)
class ReplyRow:
    user_id: str
    organisation_id: int | None
    text: str
    posted_at: datetime
    helpful: bool


@dataclass(frozen=True)
class ItemRow:
    id: int
    kind: str
    title: str
    description: str
    link: str | None
    tags: tuple[TagChoice, ...]
    author_user_id: str
    organisation_id: int | None
    created_at: datetime
    answered: bool
    replies: tuple[ReplyRow, ...]


@dataclass(frozen=True)
class MeetingRow:
    number: int
    starts_at: datetime
    location: str | None
    theme: str | None
    held: bool
    cancelled: bool
    attendance: dict[str, int] | None  # answer -> people; None when nobody answered
    year: int = 1  # the network's year the meeting belongs to


@dataclass(frozen=True)
class YearRow:
    """One year of the network: its shared goal and how many organisations committed."""

    year: int
    goal: str | None
    committed: int
    asked: int


@dataclass(frozen=True)
class ResultLine:
    """What came out of a meeting (bot/services/results.py): an insight, an agreement or an
    action with its owner and date."""

    meeting_number: int
    kind: str
    text: str
    owner_user_id: str | None
    due_on: date | None
    done: bool
    year: int = 1  # the network's year of the meeting


@dataclass(frozen=True)
class TileRow:
    """One closing one-liner; `meeting_number` None for a round of its own."""

    round_id: int
    meeting_number: int | None
    opened_at: datetime
    user_id: str
    organisation_id: int | None
    text: str


@dataclass(frozen=True)
class EvaluationRow:
    question: str
    voters: int
    options: tuple[tuple[str, int], ...]
    answers: tuple[tuple[str, str], ...]  # (question, answer), no names
    opened_at: datetime | None = None  # when the poll opened (a report per year filters on it)


@dataclass(frozen=True)
class ReportData:
    network_id: int
    network_name: str
    themes: tuple[str, ...]
    building_blocks: tuple[str, ...]
    period_start: datetime
    period_end: datetime
    organisations: dict[int, str]  # id -> name, in the order labels are given
    people: tuple[str, ...]  # every Slack user the report names, in the order labels are given
    meetings: tuple[MeetingRow, ...]
    evaluations: tuple[EvaluationRow, ...]
    checkins: tuple[RoundResult, ...]
    items: tuple[ItemRow, ...]
    balance: tuple[OrganisationBalance, ...]
    tiles: tuple[TileRow, ...] = ()
    experience_experts: tuple[str, ...] = ()  # labelled as such in every version
    named_organisations: frozenset[int] = frozenset()  # chose to be named in the public version
    results: tuple[ResultLine, ...] = ()  # per meeting, in meeting order
    # Took part earlier in the year (removed, or stopped when nobody was left; issue 15): in
    # `organisations` too, so their contributions keep their label and their names are
    # anonymised like the others', and marked as former participants.
    former_organisations: frozenset[int] = frozenset()
    years: tuple[YearRow, ...] = ()  # the goal and commitments per year; opens the report

    def excerpt(self, organisation_id: int) -> ReportData:
        """Only what one organisation brought in: its items and replies."""
        items = []
        for item in self.items:
            own = tuple(r for r in item.replies if r.organisation_id == organisation_id)
            if item.organisation_id == organisation_id or own:
                items.append(replace(item, replies=own))
        balance = tuple(b for b in self.balance if b.organisation_id == organisation_id)
        # One-liners were promised without names: tying them to an organisation would undo it.
        return replace(
            self,
            items=tuple(items),
            balance=balance,
            meetings=(),
            evaluations=(),  # the network's, not the organisation's
            checkins=(),
            tiles=(),
            results=(),  # the network's, not the organisation's
        )


@dataclass(frozen=True)
class ReviewState:
    review_id: int
    network_id: int
    organisation: str
    approved: int
    total: int
    complete: bool
    proposed_to: str | None = None  # the member proposed; their contact person decides


# --- the report's data ---------------------------------------------------------------------------


def report_data(
    uow: UnitOfWork, *, network_id: int, now: datetime, year: int | None = None
) -> ReportData:
    """The network's whole story; with `year`, only that year of it (issue 15: a report per
    year): its period, meetings, goal and commitments, and what was shared and said in it."""
    data = _report_data(uow, network_id=network_id, now=now)
    if year is None:
        return data
    with uow:
        network = uow.session.get(Network, network_id)
        if network is None:
            raise UserFacingError("error.network_gone")
        start, end = year_span(uow.session, network, year, now)
    return for_year(data, year, start, end)


def for_year(data: ReportData, year: int, start: datetime, end: datetime) -> ReportData:
    def within(moment: datetime | None) -> bool:
        return moment is not None and start <= moment <= end

    return replace(
        data,
        period_start=start,
        period_end=end,
        meetings=tuple(m for m in data.meetings if m.year == year),
        years=tuple(row for row in data.years if row.year == year),
        results=tuple(row for row in data.results if row.year == year),
        items=tuple(item for item in data.items if within(item.created_at)),
        tiles=tuple(tile for tile in data.tiles if within(tile.opened_at)),
        checkins=tuple(result for result in data.checkins if within(result.sent_at)),
        evaluations=tuple(row for row in data.evaluations if within(row.opened_at)),
    )


def _report_data(uow: UnitOfWork, *, network_id: int, now: datetime) -> ReportData:
    with uow:
        session = uow.session
        network = session.get(Network, network_id)
        if network is None:
            raise UserFacingError("error.network_gone")
        # A meeting's results item (the search finds them through it) is reported per meeting.
        held_results = result_item_ids(session, network.id)
        items = [item for item in _items(session, network) if item.id not in held_results]
        tiles = _tiles(session, network)
        results = _results(session, network)
        people = dict.fromkeys(m.slack_user_id for m in sorted(network.members, key=_joined))
        for item in items:
            people.setdefault(item.author_user_id)
            for reply in item.replies:
                people.setdefault(reply.user_id)
        for tile in tiles:
            people.setdefault(tile.user_id)
        for result in results:
            if result.owner_user_id:
                people.setdefault(result.owner_user_id)
        former = _former_organisations(session, network)
        return ReportData(
            network_id=network.id,
            network_name=network.name,
            themes=tuple(theme.name for theme in network.themes),
            building_blocks=tuple(network.building_blocks),
            period_start=network.created_at,
            period_end=now,
            organisations={
                org.id: org.name for org in sorted(network.organisations, key=_admitted) + former
            },
            people=tuple(people),
            meetings=_meetings(session, network, now),
            evaluations=_evaluations(uow, session, network_id, now),
            checkins=_checkins(session, network_id),
            items=tuple(items),
            balance=organisation_balance(session, network_id),
            tiles=tiles,
            experience_experts=tuple(
                m.slack_user_id for m in network.members if Role.EXPERIENCE_EXPERT in m.roles
            ),
            named_organisations=frozenset(
                org.id for org in network.organisations if org.named_in_report
            ),
            results=results,
            former_organisations=frozenset(org.id for org in former),
            years=_years(session, network),
        )


def _results(session: Session, network: Network) -> tuple[ResultLine, ...]:
    meetings = {
        m.id: m
        for m in session.scalars(
            select(Meeting).where(
                Meeting.network_id == network.id, Meeting.kind == OccasionKind.MEETING
            )
        )
    }
    rows = [
        ResultLine(
            meetings[r.meeting_id].year_number,
            r.kind,
            r.text,
            r.owner_user_id,
            r.due_on,
            r.done_at is not None,
            meetings[r.meeting_id].year,
        )
        for r in results_of(session, list(meetings))
    ]
    return tuple(sorted(rows, key=lambda row: (row.year, row.meeting_number)))


def _former_organisations(session: Session, network: Network) -> list[Organisation]:
    """Organisations that stopped taking part (a merged one's contributions moved on)."""
    query = select(Organisation).where(
        Organisation.network_id == network.id,
        Organisation.left_at.is_not(None),
        Organisation.left_reason != "merged",
    )
    return sorted(session.scalars(query), key=_admitted)


def _years(session: Session, network: Network) -> tuple[YearRow, ...]:
    rows = []
    for number in range(1, network.year + 1):
        overview = year_overview(session, network, number)
        if overview.goal or overview.asked:
            rows.append(
                YearRow(number, overview.goal, overview.committed, len(overview.commitments))
            )
    return tuple(rows)


def _joined(member: object) -> tuple[datetime, int]:
    return (member.joined_at, member.id)  # type: ignore[attr-defined]


def _admitted(organisation: object) -> tuple[datetime, int]:
    return (organisation.admitted_at, organisation.id)  # type: ignore[attr-defined]


def _items(session: Session, network: Network) -> list[ItemRow]:
    query = select(KnowledgeItem).where(KnowledgeItem.network_id == network.id)
    items = list(session.scalars(query.order_by(KnowledgeItem.created_at, KnowledgeItem.id)))
    replies: dict[int, list[ReplyRow]] = defaultdict(list)
    reply_query = (
        select(Contribution)
        .where(Contribution.item_id.in_([i.id for i in items]), Contribution.deleted_at.is_(None))
        .order_by(Contribution.posted_at, Contribution.id)
    )
    for reply in session.scalars(reply_query):
        replies[reply.item_id].append(
            ReplyRow(
                reply.user_id, reply.organisation_id, reply.text, reply.posted_at, reply.helpful
            )
        )
    choices = tag_choices(network)
    return [
        ItemRow(
            id=item.id,
            kind=item.kind,
            title=item.title,
            description=item.description,
            link=item.link,
            tags=tuple(c for c in choices if c.code in item.tags),
            author_user_id=item.author_user_id,
            organisation_id=item.organisation_id,
            created_at=item.created_at,
            answered=item.answered_at is not None,
            replies=tuple(replies[item.id]),
        )
        for item in items
    ]


def _meetings(session: Session, network: Network, now: datetime) -> tuple[MeetingRow, ...]:
    themes = {theme.id: theme.name for theme in network.themes}
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.network_id == network.id, Meeting.kind == OccasionKind.MEETING)
        .order_by(Meeting.year, Meeting.number)
    ).all()
    # Attendance as taken after the meeting (bot/services/attendance.py), not the RSVPs.
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for meeting_id, answers in answers_of(session, [m.id for m in meetings]).items():
        for answer in answers.values():
            counts[meeting_id][answer] += 1
    return tuple(
        MeetingRow(
            number=m.year_number,
            starts_at=m.starts_at,
            location=m.location,
            theme=themes.get(m.theme_id or 0),
            held=m.status != "cancelled" and m.ends_at <= now,
            cancelled=m.status == "cancelled",
            attendance=dict(counts[m.id]) if m.id in counts else None,
            year=m.year,
        )
        for m in meetings
    )


def _tiles(session: Session, network: Network) -> tuple[TileRow, ...]:
    """The closing one-liners of every round, in the order the rounds were opened."""
    organisation_of = {m.slack_user_id: m.organisation_id for m in network.members}
    rows = session.execute(
        select(TileRound, Tile, Meeting.number)
        .join(Tile, Tile.round_id == TileRound.id)
        .outerjoin(Meeting, Meeting.id == TileRound.meeting_id)
        .where(TileRound.network_id == network.id)
        .order_by(TileRound.opened_at, TileRound.id, Tile.text)
    )
    return tuple(
        TileRow(
            tile_round.id,
            number,
            tile_round.opened_at,
            tile.slack_user_id,
            organisation_of.get(tile.slack_user_id),
            tile.text,
        )
        for tile_round, tile, number in rows
    )


def _evaluations(
    uow: UnitOfWork, session: Session, network_id: int, now: datetime
) -> tuple[EvaluationRow, ...]:
    """The evaluation polls' results (anonymous: counts and answers, never names)."""
    opened = session.execute(
        select(Poll.id, Poll.created_at)
        .where(Poll.network_id == network_id, Poll.kind == PollKind.EVALUATION)
        .order_by(Poll.created_at)
    ).all()
    rows = []
    for poll_id, opened_at in opened:
        results = polls.results(uow.fresh(), poll_id=poll_id, user_id=None, now=now)
        rows.append(
            EvaluationRow(
                question=results.poll.question,
                voters=results.poll.voters,
                options=tuple((o.text, o.votes) for o in results.poll.options),
                answers=tuple((a.question, a.answer) for a in results.answers),
                opened_at=opened_at,
            )
        )
    return tuple(rows)


def _checkins(session: Session, network_id: int) -> tuple[RoundResult, ...]:
    """Check-in rounds as the coordinators may see them (nothing of a round with too few
    answers, remarks without names)."""
    rows = session.scalars(
        select(Checkin).where(Checkin.network_id == network_id).order_by(Checkin.sent_at)
    ).all()
    rounds: dict[str, list[Checkin]] = defaultdict(list)
    for row in rows:
        rounds[row.round_key].append(row)
    numbers = {
        m.id: m.number
        for m in session.scalars(select(Meeting).where(Meeting.network_id == network_id))
    }
    return tuple(
        summarise(
            key,
            numbers.get(answers[0].meeting_id or 0),
            answers[0].sent_at,
            [(a.score, a.remark) for a in answers],
        )
        for key, answers in rounds.items()
    )


# --- asking for the report ---------------------------------------------------------------------


def request_report(
    uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime, year: int | None = None
) -> None:
    """The report with names for the coordinator who asks (of one year, or all), built by a
    job."""
    with uow:
        network = coordinators_network(uow.session, network_id, user_id)
        if year is not None and not 1 <= year <= network.year:
            raise UserFacingError("participation.error.year", years=network.year)
        _schedule_build(uow.session, network, user_id, INTERNAL, None, now, year)
        uow.commit()


def start_review(uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime) -> int:
    """Open a review round: every participating organisation gets its excerpt to approve.
    Returns how many organisations are asked (0: the public version is made at once)."""
    with uow:
        session = uow.session
        network = coordinators_network(session, network_id, user_id)
        for open_review in session.scalars(
            select(ReportReview).where(
                ReportReview.network_id == network_id, ReportReview.status == "open"
            )
        ):
            open_review.status = "superseded"
        review = ReportReview(network_id=network_id, requested_by=user_id, created_at=now)
        session.add(review)
        session.flush()
        asked = [org for org in network.organisations if org.members]
        for organisation in asked:
            session.add(ReportApproval(review_id=review.id, organisation_id=organisation.id))
            for member in organisation.members:
                schedule_for(
                    session,
                    network,
                    key=f"report:{review.id}:excerpt:{member.slack_user_id}",
                    kind=EXCERPT_JOB,
                    payload={
                        "review_id": review.id,
                        "organisation_id": organisation.id,
                        "user_id": member.slack_user_id,
                    },
                    now=now,
                )
        if not asked:
            _publish(session, network, review, now)
        repo.record_audit(
            session,
            network_id=network_id,
            actor=user_id,
            action="report.review",
            now=now,
            review=review.id,
        )
        uow.commit()
        return len(asked)


def review_open(uow: UnitOfWork, *, review_id: int, organisation_id: int) -> bool:
    """Whether an excerpt still waits for this organisation's answer (for the DM job)."""
    with uow:
        review = uow.session.get(ReportReview, review_id)
        approval = uow.session.get(ReportApproval, (review_id, organisation_id))
        return bool(review and review.status == "open" and approval)


def check_may_answer(
    uow: UnitOfWork, *, review_id: int, organisation_id: int, user_id: str
) -> None:
    """Before the remark modal opens: the review is open and the person belongs to the
    organisation whose excerpt it is."""
    with uow:
        session = uow.session
        review = session.get(ReportReview, review_id)
        approval = session.get(ReportApproval, (review_id, organisation_id))
        if review is None or approval is None or review.status != "open":
            raise UserFacingError("report.error.review_closed")
        member = repo.member_of(session, review.network_id, user_id)
        if member is None or member.organisation_id != organisation_id:
            raise UserFacingError("report.error.not_your_organisation")


def decide(
    uow: UnitOfWork,
    *,
    review_id: int,
    organisation_id: int,
    user_id: str,
    approve: bool,
    remark: str | None,
    now: datetime,
    named: bool = False,
) -> ReviewState:
    """The organisation's contact person answers for it (the last answer counts); another
    member's answer is a proposal shown to the contact person. An approval says whether the
    public version may name the organisation. A remark goes to the coordinators; the last
    approval makes the public version."""
    if not approve and not (remark or "").strip():
        raise FieldErrors({"remark": "report.error.remark_required"})
    with uow:
        session = uow.session
        review = session.get(ReportReview, review_id)
        approval = session.get(ReportApproval, (review_id, organisation_id))
        if review is None or approval is None or review.status != "open":
            raise UserFacingError("report.error.review_closed")
        network = session.get(Network, review.network_id)
        assert network is not None  # the review is deleted with its network
        member = repo.member_of(session, network.id, user_id)
        if member is None or member.organisation_id != organisation_id:
            raise UserFacingError("report.error.not_your_organisation")
        if not standing(session, network.id, user_id).speaks_for_organisation:
            contact = _propose(session, network, review, member, approve, remark, now)
            uow.commit()
            return ReviewState(
                review.id, network.id, _name(member), 0, 0, False, proposed_to=contact
            )
        approval.status = APPROVED if approve else CHANGES
        approval.remark = None if approve else remark
        approval.decided_by, approval.decided_at = user_id, now
        if approve and member.organisation is not None:
            member.organisation.named_in_report = named
        session.flush()
        organisation = _name(member)
        if not approve:
            for coordinator in repo.members_with_role(session, network.id, Role.COORDINATOR):
                schedule_for(
                    session,
                    network,
                    key=f"report:{review.id}:remark:{organisation_id}:{now.isoformat()}:"
                    f"{coordinator.slack_user_id}",
                    kind=REMARK_JOB,
                    payload={
                        "user_id": coordinator.slack_user_id,
                        "organisation": organisation,
                        "by": user_id,
                        "remark": remark or "",
                    },
                    now=now,
                )
        approvals = session.scalars(
            select(ReportApproval).where(ReportApproval.review_id == review.id)
        ).all()
        approved = sum(1 for a in approvals if a.status == APPROVED)
        complete = approved == len(approvals)
        if complete:
            _publish(session, network, review, now)
        uow.commit()
        return ReviewState(review.id, network.id, organisation, approved, len(approvals), complete)


def _name(member: Member) -> str:
    return member.organisation.name if member.organisation else ""


def _propose(
    session: Session,
    network: Network,
    review: ReportReview,
    member: Member,
    approve: bool,
    remark: str | None,
    now: datetime,
) -> str:
    """A member who is not the contact person: their answer is a proposal for the contact."""
    choice = APPROVED if approve else CHANGES
    contact = propose(
        session,
        member,
        subject="report",
        subject_id=review.id,
        choice=choice,
        remark=remark,
        now=now,
    )
    if contact is not None:
        schedule_for(
            session,
            network,
            key=f"report:{review.id}:proposal:{member.slack_user_id}:{now.isoformat()}",
            kind=PROPOSAL_JOB,
            payload={
                "user_id": contact,
                "by": member.slack_user_id,
                "organisation": _name(member),
                "choice": choice,
                "remark": remark or "",
            },
            now=now,
        )
    return contact or ""


def force_public(
    uow: UnitOfWork, *, network_id: int, user_id: str, reason: str, now: datetime
) -> None:
    """A coordinator makes the public version without every approval; the reason is kept."""
    if not reason.strip():
        raise UserFacingError("report.error.reason_required")
    with uow:
        session = uow.session
        network = coordinators_network(session, network_id, user_id)
        review = session.scalar(
            select(ReportReview)
            .where(ReportReview.network_id == network_id, ReportReview.status == "open")
            .order_by(ReportReview.created_at.desc())
            .limit(1)
        )
        if review is None:
            raise UserFacingError("report.error.no_review")
        review.forced_reason = reason.strip()
        repo.record_audit(
            session,
            network_id=network_id,
            actor=user_id,
            action="report.forced",
            now=now,
            review=review.id,
            reason=reason.strip(),
        )
        _publish(session, network, review, now)
        uow.commit()


def pending_organisations(uow: UnitOfWork, *, review_id: int) -> list[str]:
    with uow:
        session = uow.session
        approvals = session.scalars(
            select(ReportApproval).where(
                ReportApproval.review_id == review_id, ReportApproval.status != APPROVED
            )
        ).all()
        names = []
        for approval in approvals:
            organisation = session.get(Organisation, approval.organisation_id)
            names.append(organisation.name if organisation else "?")
        return sorted(names)


def _publish(session: Session, network: Network, review: ReportReview, now: datetime) -> None:
    review.status, review.published_at = "published", now
    _schedule_build(session, network, review.requested_by, PUBLIC, review.id, now)


def _schedule_build(
    session: Session,
    network: Network,
    user_id: str,
    variant: str,
    review_id: int | None,
    now: datetime,
    year: int | None = None,
) -> None:
    subject = f"review:{review_id}" if review_id else f"{user_id}:{now.isoformat()}"
    payload: dict[str, object] = {"user_id": user_id, "variant": variant, "review_id": review_id}
    if year is not None:
        subject, payload["year"] = f"{subject}:year:{year}", year
    schedule_for(
        session,
        network,
        key=f"network:{network.id}:report:{variant}:{subject}",
        kind=BUILD_JOB,
        payload=payload,
        now=now,
    )
