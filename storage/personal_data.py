"""Where a person's data lives, declared once for the export and for "forget me" (AVG/GDPR).

Every column that names a Slack user is listed here, and a test fails when a new one is not.
Three treatments:
- DELETED: rows about the person alone go entirely (their membership, profile cache, offers).
- COUNTED: rows that make up shared counts (votes, RSVPs, check-in scores, replies) stay,
  under a pseudonym, with the person's own words wiped; so results and other members'
  contributions stay intact.
- MENTIONED: columns where the person appears as the one who did something (created a poll,
  closed a question) get the pseudonym.
Rows reached through `members.id` (roles, intake, expert themes) go with the membership.
"""

from __future__ import annotations

from dataclasses import dataclass

WIPED_TEXT = "[verwijderd op verzoek]"


@dataclass(frozen=True)
class Counted:
    table: str
    user_column: str
    wipe: tuple[str, ...] = ()


DELETED: dict[str, str] = {
    "members": "slack_user_id",
    "slack_users": "user_id",
    "language_choices": "user_id",
    "join_requests": "slack_user_id",
    "knowledge_help_offers": "user_id",
    "network_interests": "slack_user_id",
    "programme_coordinators": "slack_user_id",
    "organisation_contacts": "slack_user_id",
    "colleague_requests": "slack_user_id",
    "organisation_proposals": "slack_user_id",
    "survey_recipients": "slack_user_id",
}

COUNTED: tuple[Counted, ...] = (
    Counted("poll_votes", "slack_user_id"),
    Counted("poll_answers", "slack_user_id", ("answers",)),
    Counted("consent_votes", "slack_user_id", ("reason",)),
    Counted("rsvps", "slack_user_id", ("online_reason",)),
    Counted("attendance_records", "slack_user_id"),
    Counted("checkins", "slack_user_id", ("remark",)),
    Counted("needs_answers", "answered_by", ("learn", "funding_note")),
    Counted("fit_check_answers", "slack_user_id", ("remarks",)),
    Counted("knowledge_contributions", "user_id", ("text",)),
    Counted("knowledge_items", "author_user_id", ("title", "description", "link")),
    Counted("ideas", "author_user_id", ("text",)),
    Counted("tiles", "slack_user_id", ("text",)),
    Counted("poll_replies", "user_id", ("text",)),
    Counted("survey_votes", "slack_user_id"),
    Counted("survey_answers", "slack_user_id", ("answers",)),
)

MENTIONED: dict[str, tuple[str, ...]] = {
    "networks": ("created_by",),
    "audit_log": ("actor_user_id",),
    "polls": ("created_by", "closed_by"),
    "published_outcomes": ("published_by",),
    "needs_surveys": ("started_by",),
    "fit_checks": ("started_by",),
    "report_reviews": ("requested_by",),
    "report_approvals": ("decided_by",),
    "knowledge_items": ("answered_by",),
    "meetings": ("facilitator_user_id",),
    "ideas": ("taken_up_by",),
    "tile_rounds": ("opened_by",),
    "programmes": ("claimed_by",),
    "programme_coordinators": ("added_by",),
    "programme_shares": ("changed_by",),
    "network_languages": ("changed_by",),
    "organisation_contacts": ("set_by",),
    "colleague_requests": ("decided_by",),
    "surveys": ("created_by", "closed_by"),
    "survey_answers": ("contacted_by",),
    "attendance_records": ("confirmed_by",),
    "meeting_results": ("owner_user_id", "recorded_by", "done_by"),
    "agenda_items": ("proposed_by",),
    "benchmarks": ("created_by",),
    "benchmark_values": ("entered_by",),
    "join_requests": ("decided_by",),
    "commitments": ("answered_by",),
    "network_goals": ("set_by",),
}

# A column that looks like a person but is not one (a dispatcher's worker id).
NOT_PERSONAL: dict[str, tuple[str, ...]] = {"scheduled_jobs": ("locked_by",)}
# The workspace's installation (who installed the app, its tokens): the workspace removes it
# by uninstalling the app, which deletes these rows.
WORKSPACE_TABLES = ("slack_installations", "slack_bots")


def user_columns() -> set[tuple[str, str]]:
    """Every (table, column) this module accounts for."""
    columns = {(table, column) for table, column in DELETED.items()}
    columns |= {(c.table, c.user_column) for c in COUNTED}
    columns |= {(table, column) for table, names in MENTIONED.items() for column in names}
    columns |= {(table, column) for table, names in NOT_PERSONAL.items() for column in names}
    return columns
