"""The outcome, published (issue 17, seed 003: the network ends with an outcome that is
published, e.g. on a website). The public version of the outcome report is kept as a page when
it is built after every organisation approved; a coordinator of the network publishes it at
/uitkomst/<token> (an unguessable token) and can take it offline again. The programme's index
at /uitkomst/ lists what is published.

Only a review round that every organisation approved can be published: a report a
coordinator forced without every approval stays a file for the coordinators.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.services.errors import UserFacingError
from bot.services.network_work import coordinators_network
from storage import repositories as repo
from storage.models import Organisation, PublishedOutcome, ReportApproval, ReportReview
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

PATH = "/uitkomst/"
TOKEN_BYTES = 32  # secrets.token_urlsafe: 43 characters, 256 bits
PUBLIC_URL_SETTING = "LNBOT_PUBLIC_URL"


@dataclass(frozen=True)
class PublishedPage:
    title: str
    token: str
    language: str
    published_at: datetime


def keep_public_page(
    uow: UnitOfWork,
    *,
    review_id: int,
    network_id: int,
    title: str,
    language: str,
    html: str,
    now: datetime,
) -> None:
    """Keep the public version of a review round as it was built (by the report's job)."""
    with uow:
        session = uow.session
        if not insert_if_absent(
            session,
            PublishedOutcome,
            ["review_id"],
            review_id=review_id,
            network_id=network_id,
            title=title,
            language=language,
            body_html=html,
            built_at=now,
        ):
            row = _by_review(session, review_id)
            if row is not None and row.published_at is None:
                row.title, row.language, row.body_html, row.built_at = title, language, html, now
        uow.commit()


def publish(uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime) -> str:
    """Publish the network's approved outcome; returns its token. Refused, with the reason,
    when there is no review round, it is still open, or not every organisation approved."""
    with uow:
        session = uow.session
        coordinators_network(session, network_id, user_id)
        review = session.scalar(
            select(ReportReview)
            .where(ReportReview.network_id == network_id, ReportReview.status != "superseded")
            .order_by(ReportReview.created_at.desc(), ReportReview.id.desc())
            .limit(1)
        )
        if review is None:
            raise UserFacingError("outcome.error.no_review")
        if review.forced_reason:
            raise UserFacingError("outcome.error.forced")
        pending = _not_approved(session, review.id)
        if pending or review.status != "published":
            raise UserFacingError("outcome.error.not_approved", organisations=", ".join(pending))
        row = _by_review(session, review.id)
        if row is None:
            raise UserFacingError("outcome.error.not_built")
        for other in _published(session, network_id):
            other.unpublished_at = now  # one outcome per network is online
        row.token = secrets.token_urlsafe(TOKEN_BYTES)
        row.published_by, row.published_at, row.unpublished_at = user_id, now, None
        repo.record_audit(
            session, network_id=network_id, actor=user_id, action="outcome.published", now=now
        )
        uow.commit()
        return row.token


def unpublish(uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime) -> int:
    """Take the network's published outcome offline; its address answers 404 from now on."""
    with uow:
        session = uow.session
        coordinators_network(session, network_id, user_id)
        rows = _published(session, network_id)
        if not rows:
            raise UserFacingError("outcome.error.not_published")
        for row in rows:
            row.unpublished_at = now
        repo.record_audit(
            session, network_id=network_id, actor=user_id, action="outcome.unpublished", now=now
        )
        uow.commit()
        return len(rows)


def page(uow: UnitOfWork, token: str) -> str | None:
    """The published page for a token, or None (unknown, or taken offline)."""
    if not token or len(token) > 64:
        return None
    with uow:
        return uow.session.scalar(
            select(PublishedOutcome.body_html).where(
                PublishedOutcome.token == token,
                PublishedOutcome.published_at.is_not(None),
                PublishedOutcome.unpublished_at.is_(None),
            )
        )


def index(uow: UnitOfWork) -> list[PublishedPage]:
    with uow:
        rows = uow.session.scalars(
            select(PublishedOutcome)
            .where(
                PublishedOutcome.published_at.is_not(None),
                PublishedOutcome.unpublished_at.is_(None),
            )
            .order_by(PublishedOutcome.published_at.desc(), PublishedOutcome.id.desc())
        )
        return [
            PublishedPage(
                row.title, row.token or "", row.language, row.published_at or row.built_at
            )
            for row in rows
        ]


def address(public_url: str | None, token: str) -> str:
    """The page's address: the bot's public URL when it is set, else the path alone."""
    return f"{(public_url or '').rstrip('/')}{PATH}{token}"


def _by_review(session: Session, review_id: int) -> PublishedOutcome | None:
    return session.scalar(select(PublishedOutcome).where(PublishedOutcome.review_id == review_id))


def _published(session: Session, network_id: int) -> list[PublishedOutcome]:
    return list(
        session.scalars(
            select(PublishedOutcome).where(
                PublishedOutcome.network_id == network_id,
                PublishedOutcome.published_at.is_not(None),
                PublishedOutcome.unpublished_at.is_(None),
            )
        )
    )


def _not_approved(session: Session, review_id: int) -> list[str]:
    names = session.scalars(
        select(Organisation.name)
        .join(ReportApproval, ReportApproval.organisation_id == Organisation.id)
        .where(ReportApproval.review_id == review_id, ReportApproval.status != "approved")
        .order_by(Organisation.name)
    )
    return list(names)
