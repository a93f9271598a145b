"""All models, one module per feature; importing this package registers every table."""

from storage.models.core import (
    AuditEntry,
    Base,
    JoinRequest,
    Meeting,
    Member,
    MemberRole,
    Network,
    Organisation,
    ScheduledJob,
    SlackMessage,
    SlackUser,
    Theme,
    Workspace,
)

__all__ = [
    "AuditEntry",
    "Base",
    "JoinRequest",
    "Meeting",
    "Member",
    "MemberRole",
    "Network",
    "Organisation",
    "ScheduledJob",
    "SlackMessage",
    "SlackUser",
    "Theme",
    "Workspace",
]
