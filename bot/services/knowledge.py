"""Use cases of knowledge sharing: share, edit and delete items; follow the replies in their
threads; offer questions to experts, nudge unanswered ones, close them with a helpful answer;
count what each organisation brings and takes.

Every change to an item or a reply updates its search document in the same transaction
(storage/search.py), so search never shows what is gone nor misses what is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.intake import THEME_TAG_PREFIX
from bot.domain.knowledge import (
    EXPERT_WAIT,
    ItemKind,
    ShareForm,
    ThreadEvent,
    match_themes,
    searchable,
    validate_share,
)
from bot.domain.network import Role
from bot.scheduling.schedule import cancel_jobs
from bot.services.digest import ensure_weekly_jobs
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.intake import TagChoice, tag_choices
from bot.services.membership import require_member
from bot.services.network_work import is_coordinator, load_network, schedule_for
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import (
    Contribution,
    ExpertTheme,
    HelpOffer,
    KnowledgeItem,
    KnowledgeTag,
    Member,
    Network,
    Organisation,
    SlackMessage,
)
from storage.search import index_document, remove_document
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

ITEM_MESSAGE = "knowledge.item"  # slack_messages purpose of the thread starter; subject: the item
OFFER_JOB = "knowledge.offer_expert"
UNANSWERED_JOB = "knowledge.unanswered"
UNANSWERED_REPORT_JOB = "knowledge.unanswered_report"
HELPER_JOB = "knowledge.helper_offered"
HELPFUL_JOB = "knowledge.answer_marked"


@dataclass(frozen=True)
class ShareTarget:
    """What the share modal offers: the network's tags, and the item when editing."""

    network: NetworkRef
    tags: tuple[TagChoice, ...]
    item_id: int | None = None
    current: ShareForm | None = None


@dataclass(frozen=True)
class ItemView:
    """An item as its thread starter shows it; rebuilt from the database on every change."""

    id: int
    network: NetworkRef
    kind: str
    title: str
    description: str
    link: str | None
    tags: tuple[TagChoice, ...]
    author_user_id: str
    organisation: str | None
    source_channel_id: str | None
    source_ts: str | None
    source_permalink: str | None
    ts: str | None
    permalink: str | None
    answered_by: str | None = None
    helpful_user_id: str | None = None
    helpers: tuple[str, ...] = ()

    @property
    def is_question(self) -> bool:
        return self.kind == ItemKind.QUESTION

    @property
    def answered(self) -> bool:
        return self.answered_by is not None


@dataclass(frozen=True)
class ReplyChoice:
    contribution_id: int
    user_id: str
    text: str


@dataclass(frozen=True)
class ExpertOffer:
    """A question to put to one expert; `nudge` when it is the reminder after three days."""

    item: ItemView
    nudge: bool


@dataclass(frozen=True)
class ExpertRow:
    user_id: str
    themes: tuple[str, ...]  # empty: every theme


# --- sharing, editing, deleting -----------------------------------------------------------------


def share_networks(uow: UnitOfWork, team_id: str, user_id: str) -> list[NetworkRef]:
    """The networks someone can share in from a global shortcut (where they are a member)."""
    with uow:
        return [network_ref(m.network) for m in repo.memberships(uow.session, team_id, user_id)]


def share_target(uow: UnitOfWork, *, network_id: int, user_id: str) -> ShareTarget:
    """The form for a new item: members only."""
    with uow:
        member = _member(uow.session, network_id, user_id)
        return ShareTarget(network_ref(member.network), tag_choices(member.network))


def edit_target(uow: UnitOfWork, *, item_id: int, user_id: str) -> ShareTarget:
    """The form filled in with the item, for its author or a coordinator."""
    with uow:
        session = uow.session
        item = _editable(session, item_id, user_id)
        network = load_network(session, item.network_id)
        current = ShareForm(item.kind, item.title, item.description, item.tags, item.link)
        return ShareTarget(network_ref(network), tag_choices(network), item.id, current)


def share_item(
    uow: UnitOfWork,
    *,
    network_id: int,
    user_id: str,
    form: ShareForm,
    source: tuple[str, str] | None,
    now: datetime,
    tz: str,
) -> ItemView:
    """Store a new item (posted by the caller), index it, and plan what follows from it:
    a question goes to the experts for its themes and is checked again after 3 days."""
    with uow:
        session = uow.session
        member = _member(session, network_id, user_id)
        network = member.network
        _validate(form, network)
        item = KnowledgeItem(
            network_id=network.id,
            kind=form.kind,
            author_user_id=user_id,
            organisation_id=member.organisation_id,
            source_channel_id=source[0] if source else None,
            source_ts=source[1] if source else None,
            created_at=now,
        )
        _apply(session, item, form, now)
        if item.kind == ItemKind.QUESTION:
            _plan_question(session, network, item, now)
        ensure_weekly_jobs(session, network, now, tz)
        uow.commit()
        return _view(session, item)


def edit_item(
    uow: UnitOfWork, *, item_id: int, user_id: str, form: ShareForm, now: datetime
) -> ItemView:
    """The author (or a coordinator) corrects an item; the message is rebuilt by the caller."""
    with uow:
        session = uow.session
        item = _editable(session, item_id, user_id)
        _validate(form, load_network(session, item.network_id))
        _apply(session, item, form, now)
        uow.commit()
        return _view(session, item)


def delete_item(uow: UnitOfWork, *, item_id: int, user_id: str, now: datetime) -> ItemView:
    """Remove an item with its replies, tags and search documents; returns what it was, so
    the caller can take the message down."""
    with uow:
        session = uow.session
        item = _editable(session, item_id, user_id)
        view = _view(session, item)
        cancel_jobs(session, key_prefix=_item_prefix(item.id), now=now)
        repo.record_audit(
            session,
            network_id=item.network_id,
            actor=user_id,
            action="knowledge.deleted",
            now=now,
            item=item.id,
            kind=item.kind,
        )
        message = repo.find_message(session, ITEM_MESSAGE, item.id)
        if message is not None:
            session.delete(message)
        session.delete(item)
        uow.commit()
        return view


def item_view(uow: UnitOfWork, item_id: int) -> ItemView:
    with uow:
        return _view(uow.session, _item(uow.session, item_id))


def find_item(uow: UnitOfWork, item_id: int) -> ItemView | None:
    """The item, or None when it was deleted (scheduled work checks before it sends)."""
    with uow:
        item = uow.session.get(KnowledgeItem, item_id)
        return _view(uow.session, item) if item else None


def remember_links(
    uow: UnitOfWork,
    item_id: int,
    *,
    now: datetime,
    ts: str | None = None,
    permalink: str | None = None,
    source_permalink: str | None = None,
) -> None:
    """Where the item was posted, and the link back to the message it was shared from."""
    with uow:
        item = _item(uow.session, item_id)
        if ts:
            repo.remember_message(
                uow.session,
                purpose=ITEM_MESSAGE,
                subject_id=item.id,
                network_id=item.network_id,
                channel_id=load_network(uow.session, item.network_id).channel_id,
                ts=ts,
                now=now,
            )
        item.permalink = permalink or item.permalink
        item.source_permalink = source_permalink or item.source_permalink
        item.updated_at = now
        uow.commit()


def _validate(form: ShareForm, network: Network) -> None:
    errors = validate_share(form, tuple(choice.code for choice in tag_choices(network)))
    if errors:
        raise FieldErrors(errors)


def _apply(session: Session, item: KnowledgeItem, form: ShareForm, now: datetime) -> None:
    item.kind = form.kind or item.kind
    item.title, item.description, item.link = form.title, form.description, form.link
    item.updated_at = now
    item.tag_rows = [KnowledgeTag(tag=tag) for tag in dict.fromkeys(form.tags)]
    session.add(item)
    session.flush()
    index_document(
        session,
        doc_key=f"item:{item.id}",
        network_id=item.network_id,
        item_id=item.id,
        contribution_id=None,
        text=searchable(f"{item.title}\n{item.description}"),
    )


def _plan_question(session: Session, network: Network, item: KnowledgeItem, now: datetime) -> None:
    for expert in _experts_for(session, network, item):
        schedule_for(
            session,
            network,
            key=f"{_item_prefix(item.id)}offer:{expert}",
            kind=OFFER_JOB,
            run_at=now,
            payload={"item_id": item.id, "user_id": expert, "nudge": False},
            now=now,
        )
    schedule_for(
        session,
        network,
        key=f"{_item_prefix(item.id)}unanswered",
        kind=UNANSWERED_JOB,
        run_at=now + EXPERT_WAIT,
        payload={"item_id": item.id},
        now=now,
    )


def _experts_for(session: Session, network: Network, item: KnowledgeItem) -> list[str]:
    """Experts for the question's themes (an expert without themes counts for all); only
    questions tagged with a theme are put to experts, and never to the asker."""
    themes = {int(tag.removeprefix(THEME_TAG_PREFIX)) for tag in item.tags if _is_theme(tag)}
    if not themes:
        return []
    chosen = []
    for expert in repo.members_with_role(session, network.id, Role.EXPERT):
        own = _expert_theme_ids(session, expert.id)
        if expert.slack_user_id != item.author_user_id and (not own or own & themes):
            chosen.append(expert.slack_user_id)
    return chosen


def _is_theme(tag: str) -> bool:
    return tag.startswith(THEME_TAG_PREFIX) and tag.removeprefix(THEME_TAG_PREFIX).isdigit()


# --- replies in the thread ----------------------------------------------------------------------


def record_reply(uow: UnitOfWork, reply: ThreadEvent, *, now: datetime) -> bool:
    """Record (or, for an edit, update) a reply in an item's thread. False when the thread is
    not an item's. Unique on channel + ts: a retried or repeated event changes nothing."""
    channel_id, ts, text = reply.channel_id, reply.ts, reply.text
    with uow:
        session = uow.session
        item = _item_at(session, channel_id, reply.thread_ts)
        if item is None:
            return False
        member = repo.member_of(session, item.network_id, reply.user_id)
        insert_if_absent(
            session,
            Contribution,
            ["channel_id", "ts"],
            item_id=item.id,
            channel_id=channel_id,
            ts=ts,
            user_id=reply.user_id,
            organisation_id=member.organisation_id if member else None,
            text=text,
            posted_at=_ts_time(ts, now),
        )
        row = _reply_at(session, channel_id, ts)
        if row is None or row.deleted_at is not None:  # deleted before this event came
            uow.commit()
            return True
        if row.text != text:
            row.text, row.edited_at = text, now
        index_document(
            session,
            doc_key=f"reply:{row.id}",
            network_id=item.network_id,
            item_id=item.id,
            contribution_id=row.id,
            text=searchable(text),
        )
        uow.commit()
        return True


def remove_reply(uow: UnitOfWork, *, channel_id: str, ts: str, now: datetime) -> bool:
    """A reply was deleted in Slack: wipe its text and take it out of search. The row stays,
    so a late copy of the original event cannot bring it back."""
    with uow:
        session = uow.session
        reply = _reply_at(session, channel_id, ts)
        if reply is None:
            return False
        reply.text, reply.deleted_at = "", reply.deleted_at or now
        remove_document(session, f"reply:{reply.id}")
        uow.commit()
        return True


def _ts_time(ts: str, now: datetime) -> datetime:
    """When Slack says the message was posted (its ts), else when we heard of it."""
    try:
        return datetime.fromtimestamp(float(ts), UTC)
    except (ValueError, OverflowError):
        return now


# --- questions and experts ------------------------------------------------------------------


def offer_help(uow: UnitOfWork, *, item_id: int, user_id: str, now: datetime) -> ItemView:
    """An expert clicked *Ik help*: record it once and let the asker know (through the
    schedule, in the asker's language). Only the network's members can offer help."""
    with uow:
        session = uow.session
        item = _item(session, item_id)
        require_member(session, item.network_id, user_id)
        offered = insert_if_absent(
            session,
            HelpOffer,
            ["item_id", "user_id"],
            item_id=item.id,
            user_id=user_id,
            offered_at=now,
        )
        if offered:
            schedule_for(
                session,
                load_network(session, item.network_id),
                key=f"{_item_prefix(item.id)}helper:{user_id}",
                kind=HELPER_JOB,
                run_at=now,
                payload={"item_id": item.id, "user_id": item.author_user_id, "helper": user_id},
                now=now,
            )
        uow.commit()
        return _view(session, item)


def reply_choices(
    uow: UnitOfWork, *, item_id: int, user_id: str
) -> tuple[ItemView, list[ReplyChoice]]:
    """The replies an asker can pick the helpful one from (not their own)."""
    with uow:
        session = uow.session
        item = _closable(session, item_id, user_id)
        replies = [
            ReplyChoice(reply.id, reply.user_id, reply.text)
            for reply in _replies(session, item.id)
            if reply.user_id != item.author_user_id
        ]
        return _view(session, item), replies


def mark_helpful(
    uow: UnitOfWork,
    *,
    user_id: str,
    now: datetime,
    contribution_id: int | None = None,
    channel_id: str | None = None,
    ts: str | None = None,
) -> ItemView:
    """The asker marks a reply as the helpful answer: the question is closed, its pending
    nudges are cancelled and the reply's author is thanked."""
    with uow:
        session = uow.session
        reply = (
            session.get(Contribution, contribution_id)
            if contribution_id
            else _reply_at(session, channel_id or "", ts or "")
        )
        if reply is None or reply.deleted_at is not None:
            raise UserFacingError("knowledge.error.not_a_reply")
        item = _closable(session, reply.item_id, user_id)
        if reply.user_id == item.author_user_id:
            raise UserFacingError("knowledge.error.own_reply")
        for other in _replies(session, item.id):
            other.helpful = other.id == reply.id
        item.answered_at, item.answered_by, item.updated_at = now, user_id, now
        cancel_jobs(session, key_prefix=_item_prefix(item.id), now=now)
        schedule_for(
            session,
            load_network(session, item.network_id),
            key=f"{_item_prefix(item.id)}helpful:{reply.id}",
            kind=HELPFUL_JOB,
            run_at=now,
            payload={"item_id": item.id, "user_id": reply.user_id},
            now=now,
        )
        uow.commit()
        return _view(session, item)


def expert_offer(uow: UnitOfWork, *, item_id: int, nudge: bool) -> ExpertOffer | None:
    """None when the question was answered or deleted in the meantime."""
    item = find_item(uow, item_id)
    return ExpertOffer(item, nudge) if item and not item.answered else None


def check_unanswered(uow: UnitOfWork, *, item_id: int, now: datetime) -> bool:
    """3 days on: a question nobody else replied to goes to its experts once more and to the
    coordinators. True when it was unanswered."""
    with uow:
        session = uow.session
        item = session.get(KnowledgeItem, item_id)
        if item is None or item.answered_at is not None:
            return False
        if any(r.user_id != item.author_user_id for r in _replies(session, item.id)):
            return False
        network = load_network(session, item.network_id)
        jobs = [
            (f"nudge:{expert}", OFFER_JOB, {"user_id": expert, "nudge": True})
            for expert in _experts_for(session, network, item)
        ]
        jobs += [
            (f"unanswered:{c.slack_user_id}", UNANSWERED_REPORT_JOB, {"user_id": c.slack_user_id})
            for c in repo.members_with_role(session, network.id, Role.COORDINATOR)
        ]
        for suffix, kind, payload in jobs:
            schedule_for(
                session,
                network,
                key=_item_prefix(item.id) + suffix,
                kind=kind,
                run_at=now,
                payload={"item_id": item.id, **payload},
                now=now,
            )
        uow.commit()
        return True


def set_expert_themes(
    uow: UnitOfWork,
    *,
    network_id: int,
    actor_user_id: str,
    target_user_id: str,
    words: list[str],
    now: datetime,
) -> ExpertRow:
    """An expert chooses their themes (or a coordinator does it for them); no words, or
    'alles', means every theme."""
    with uow:
        session = uow.session
        network = load_network(session, network_id)
        actor = repo.member_of(session, network_id, actor_user_id)
        target = repo.member_of(session, network_id, target_user_id)
        is_coordinator = bool(actor and Role.COORDINATOR in actor.roles)
        if actor_user_id != target_user_id and not is_coordinator:
            raise UserFacingError("error.coordinators_only")
        if target is None or Role.EXPERT not in target.roles:
            raise UserFacingError("knowledge.error.not_an_expert", user=target_user_id)
        everything = not words or words[0].lower() in ("alles", "all", "allemaal")
        themes = [(t.id, t.position, t.name) for t in network.themes]
        ids, unknown = ([], []) if everything else match_themes(words, themes)
        if unknown or (not everything and not ids):
            names = ", ".join(t.name for t in network.themes)
            raise UserFacingError(
                "knowledge.error.unknown_theme", words=" ".join(unknown), themes=names
            )
        for row in session.scalars(select(ExpertTheme).where(ExpertTheme.member_id == target.id)):
            session.delete(row)
        session.flush()
        session.add_all(ExpertTheme(member_id=target.id, theme_id=tid) for tid in ids)
        repo.record_audit(
            session,
            network_id=network_id,
            actor=actor_user_id,
            action="expert.themes",
            now=now,
            target=target_user_id,
            themes=ids,
        )
        uow.commit()
        theme_names = {t.id: t.name for t in network.themes}
        return ExpertRow(target_user_id, tuple(theme_names[tid] for tid in ids))


def experts(uow: UnitOfWork, *, network_id: int) -> list[ExpertRow]:
    with uow:
        session = uow.session
        names = {t.id: t.name for t in load_network(session, network_id).themes}
        return [
            ExpertRow(
                m.slack_user_id,
                tuple(
                    names[tid] for tid in sorted(_expert_theme_ids(session, m.id)) if tid in names
                ),
            )
            for m in repo.members_with_role(session, network_id, Role.EXPERT)
        ]


def _expert_theme_ids(session: Session, member_id: int) -> set[int]:
    query = select(ExpertTheme.theme_id).where(ExpertTheme.member_id == member_id)
    return set(session.scalars(query))


# --- shared helpers -----------------------------------------------------------------------------


def _view(session: Session, item: KnowledgeItem) -> ItemView:
    network = load_network(session, item.network_id)
    chosen = set(item.tags)
    organisation = session.get(Organisation, item.organisation_id) if item.organisation_id else None
    helpful = next((r for r in _replies(session, item.id) if r.helpful), None)
    message = repo.find_message(session, ITEM_MESSAGE, item.id)
    helpers = session.scalars(
        select(HelpOffer.user_id).where(HelpOffer.item_id == item.id).order_by(HelpOffer.offered_at)
    )
    return ItemView(
        id=item.id,
        network=network_ref(network),
        kind=item.kind,
        title=item.title,
        description=item.description,
        link=item.link,
        tags=tuple(choice for choice in tag_choices(network) if choice.code in chosen),
        author_user_id=item.author_user_id,
        organisation=organisation.name if organisation else None,
        source_channel_id=item.source_channel_id,
        source_ts=item.source_ts,
        source_permalink=item.source_permalink,
        ts=message.ts if message else None,
        permalink=item.permalink,
        answered_by=item.answered_by,
        helpful_user_id=helpful.user_id if helpful else None,
        helpers=tuple(helpers),
    )


def _replies(session: Session, item_id: int) -> list[Contribution]:
    query = select(Contribution).where(
        Contribution.item_id == item_id, Contribution.deleted_at.is_(None)
    )
    return list(session.scalars(query.order_by(Contribution.posted_at, Contribution.id)))


def _item(session: Session, item_id: int) -> KnowledgeItem:
    item = session.get(KnowledgeItem, item_id)
    if item is None:
        raise UserFacingError("knowledge.error.item_gone")
    return item


def _item_at(session: Session, channel_id: str, ts: str) -> KnowledgeItem | None:
    """The item whose thread starter is the message at (channel, ts)."""
    query = select(KnowledgeItem).join(
        SlackMessage,
        (SlackMessage.purpose == ITEM_MESSAGE) & (SlackMessage.subject_id == KnowledgeItem.id),
    )
    return session.scalar(query.where(SlackMessage.channel_id == channel_id, SlackMessage.ts == ts))


def _reply_at(session: Session, channel_id: str, ts: str) -> Contribution | None:
    query = select(Contribution).where(Contribution.channel_id == channel_id, Contribution.ts == ts)
    return session.scalar(query.execution_options(populate_existing=True))


def _member(session: Session, network_id: int, user_id: str) -> Member:
    member = repo.member_of(session, network_id, user_id)
    if member is None:
        network = load_network(session, network_id)
        raise UserFacingError("knowledge.error.not_a_member", name=network.name)
    return member


def _editable(session: Session, item_id: int, user_id: str) -> KnowledgeItem:
    item = _item(session, item_id)
    if item.author_user_id != user_id and not is_coordinator(session, item.network_id, user_id):
        raise UserFacingError("knowledge.error.author_only")
    return item


def _closable(session: Session, item_id: int, user_id: str) -> KnowledgeItem:
    """A question its asker (or a coordinator) may close."""
    item = _item(session, item_id)
    if item.kind != ItemKind.QUESTION:
        raise UserFacingError("knowledge.error.not_a_question")
    if item.author_user_id != user_id and not is_coordinator(session, item.network_id, user_id):
        raise UserFacingError("knowledge.error.asker_only")
    return item


def _item_prefix(item_id: int) -> str:
    return f"knowledge:item:{item_id}:"
