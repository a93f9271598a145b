"""Small helpers the knowledge services share: load a network, check a coordinator, and put
work for a network in the durable schedule (with its workspace, so the job gets the right
Slack client)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.domain.network import Role
from bot.scheduling.schedule import schedule_job
from bot.services.errors import UserFacingError
from storage import repositories as repo
from storage.models import Network


def load_network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    return network


def is_coordinator(session: Session, network_id: int, user_id: str) -> bool:
    member = repo.member_of(session, network_id, user_id)
    return bool(member and Role.COORDINATOR in member.roles)


def coordinators_network(session: Session, network_id: int, user_id: str) -> Network:
    """The network, when `user_id` coordinates it; else the rule is explained."""
    network = load_network(session, network_id)
    if not is_coordinator(session, network_id, user_id):
        raise UserFacingError("error.coordinators_only")
    return network


def schedule_for(
    session: Session,
    network: Network,
    *,
    key: str,
    kind: str,
    now: datetime,
    run_at: datetime | None = None,
    payload: dict[str, Any] | None = None,
) -> None:
    """Schedule network work (due now unless `run_at`), in the caller's transaction."""
    schedule_job(
        session,
        key=key,
        kind=kind,
        run_at=run_at or now,
        payload=payload,
        team_id=network.workspace.team_id,
        network_id=network.id,
        now=now,
    )
