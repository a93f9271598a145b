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
from storage.models.intake import FitCheck, FitCheckAnswer, Intake
from storage.models.platform import ProcessedEvent
from storage.models.polls import (
    ConsentDecision,
    ConsentVote,
    NetworkSettings,
    Poll,
    PollAnswer,
    PollOption,
    PollVote,
)

__all__ = [
    "AuditEntry",
    "Base",
    "ConsentDecision",
    "ConsentVote",
    "FitCheck",
    "FitCheckAnswer",
    "Intake",
    "JoinRequest",
    "Meeting",
    "Member",
    "MemberRole",
    "Network",
    "NetworkSettings",
    "Organisation",
    "Poll",
    "PollAnswer",
    "PollOption",
    "PollVote",
    "ProcessedEvent",
    "ScheduledJob",
    "SlackMessage",
    "SlackUser",
    "Theme",
    "Workspace",
]
