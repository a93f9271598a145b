"""Every callback_id, action_id and block_id the app uses, in one place."""

# Views (callback_id)
START_MODAL = "network_start"
JOIN_MODAL = "network_join"
STATUS_MODAL = "network_status"
RESULT_MODAL = "result"

# Actions (action_id)
JOIN_BUTTON = "network_join_open"
STATUS_BUTTON = "network_status_open"
HELP_BUTTON = "help_open"

# Input blocks (block_id); the action_id inside an input block is always VALUE.
VALUE = "value"
START_NAME = "start_name"
START_THEME_1 = "start_theme_1"
START_THEME_2 = "start_theme_2"
START_BUILDING_BLOCKS = "start_building_blocks"
START_DESCRIPTION = "start_description"
JOIN_ORGANISATION = "join_organisation"
JOIN_NEW_ORGANISATION = "join_new_organisation"
JOIN_COMMIT = "join_commit"
COMMIT_YES = "commit"

# --- polls, consent decisions and the evaluation (issue 4) ---------------------------------
POLL_MODAL = "poll_create"
POLL_FOLLOW_UP_MODAL = "poll_follow_up"
CONSENT_OBJECTION_MODAL = "consent_objection"
POLL_TEMPLATE = "poll_template"
POLL_ADD_OPTION = "poll_add_option"
POLL_MORE_SETTINGS = "poll_more_settings"
POLL_VOTE = "poll_vote"
POLL_CLOSE = "poll_close"
POLL_EXPORT = "poll_export"
CONSENT_AGREE = "consent_agree"
CONSENT_ABSTAIN = "consent_abstain"
CONSENT_OBJECT = "consent_object"
POLL_QUESTION = "poll_question"
POLL_OPTION = "poll_option_{slot}"
POLL_FOLLOW_UP = "poll_follow_up_{slot}"
POLL_SETTINGS = "poll_settings"
POLL_CLOSES_ON = "poll_closes_on"
POLL_CLOSES_TIME = "poll_closes_time"
POLL_REMIND = "poll_remind"
POLL_ANSWER = "poll_answer_{index}"
CONSENT_REASON = "consent_reason"
POLL_MULTIPLE = "multiple"
POLL_ANONYMOUS = "anonymous"
# changing a poll, and follow-up answers shared in its thread (issue 16)
POLL_EDIT_MODAL = "poll_edit"
POLL_EDIT = "poll_edit_open"
POLL_REOPEN = "poll_reopen"
POLL_DELETE = "poll_delete"
POLL_MY_ANSWERS = "poll_my_answers"
POLL_MY_ANSWERS_OPTION = "poll_my_answers_option"  # several options chosen: whose answers
POLL_MORE = "poll_more"  # the poll's "⋯" menu: change, reopen or delete (creator, coordinator)
POLL_ANSWER_WITHDRAW = "poll_answer_withdraw"
POLL_EDIT_QUESTION = "poll_edit_question"
POLL_EDIT_OPTION = "poll_edit_option_{option}"
POLL_EDIT_CLOSES_ON = "poll_edit_closes_on"
POLL_EDIT_CLOSES_TIME = "poll_edit_closes_time"
POLL_SHARING = "poll_sharing"
# programme-wide surveys (issue 16)
SURVEY_MODAL = "survey_create"
SURVEY_FOLLOW_UP_MODAL = "survey_follow_up"
SURVEY_VOTE = "survey_vote"
SURVEY_CLOSE = "survey_close"
SURVEY_RESULTS = "survey_results"
SURVEY_EXPORT = "survey_export"
SURVEY_CONTACT = "survey_contact"
SURVEY_QUESTION = "survey_question"
SURVEY_OPTION = "survey_option_{slot}"
SURVEY_FOLLOW_UP = "survey_follow_up_{slot}"
SURVEY_SUPPORT = "survey_support"
SURVEY_AUDIENCE = "survey_audience"
SURVEY_NETWORKS = "survey_networks"
SURVEY_SETTINGS = "survey_settings"
SURVEY_PER_ORGANISATION = "per_organisation"
SURVEY_ANSWER = "survey_answer_{index}"

# --- intake, matching and the fit check (issue 3) ------------------------------------------
INTAKE_MODAL = "intake"  # the first step: brengen
INTAKE_TAKE_MODAL = "intake_take"  # the second step: halen
FIT_REMARK_MODAL = "fit_check_remark"
INTAKE_BUTTON = "intake_open"
INTAKE_BACK = "intake_back"
MATCH_DM_BUTTON = "match_dm"
FIT_BUTTON = "fit_check_open"
FIT_SCORE_BUTTON = "fit_check_score"
FIT_REMARK_BUTTON = "fit_check_remark_open"
FIT_PREVIOUS = "fit_check_previous"
INTAKE_PROUD_OF = "intake_proud_of"
INTAKE_GOOD_AT = "intake_good_at"
INTAKE_DEVELOPING = "intake_developing"
INTAKE_STRUGGLE = "intake_struggle"
INTAKE_STUCK = "intake_stuck"
INTAKE_LEARN = "intake_learn"
INTAKE_START = "intake_start"
INTAKE_BRING_TAGS = "intake_bring_tags"
INTAKE_TAKE_TAGS = "intake_take_tags"
INTAKE_SHARE = "intake_share"
SHARE_YES = "share"
FIT_REMARK = "fit_remark_{question}"

# --- meetings, RSVPs and check-ins (issue 5) -----------------------------------------------
MEETING_PLAN_MODAL = "meeting_plan"
MEETING_ONLINE_MODAL = "meeting_online"
CHECKIN_MODAL = "checkin"
MEETING_PLAN_OPEN = "meeting_plan_open"
MEETING_CANCEL = "meeting_cancel"
MEETING_ICS = "meeting_ics"
RSVP_IN_PERSON = "rsvp_in_person"
RSVP_ONLINE = "rsvp_online"
RSVP_ABSENT = "rsvp_absent"
CHECKIN_OPEN = "checkin_open"
MEETING_NUMBER = "meeting_number"
MEETING_DATE = "meeting_date"
MEETING_TIME = "meeting_time"
MEETING_DURATION = "meeting_duration"
MEETING_LOCATION = "meeting_location"
MEETING_THEME = "meeting_theme"
MEETING_FACILITATOR = "meeting_facilitator"
RSVP_REASON = "rsvp_reason"
CHECKIN_SCORE = "checkin_score"
CHECKIN_REMARK = "checkin_remark"

# --- knowledge sharing, search, digest and the outcome report (issue 6) --------------------
SHARE_SHORTCUT = "deel_kennis"  # global shortcut
SHARE_MESSAGE_SHORTCUT = "deel_als_kennis"  # message shortcut "Deel als kennis"
HELPFUL_SHORTCUT = "markeer_behulpzaam"  # message shortcut "Markeer als behulpzaam antwoord"
SHARE_MODAL = "knowledge_share"
SHARE_PICK_MODAL = "knowledge_pick"
HELPFUL_MODAL = "knowledge_helpful"
REPORT_REMARK_MODAL = "report_remark"
SHARE_PICK_NETWORK = "knowledge_pick_network"
KNOWLEDGE_HELP = "knowledge_help"
KNOWLEDGE_CHOOSE_ANSWER = "knowledge_choose_answer"
KNOWLEDGE_EDIT = "knowledge_edit"
KNOWLEDGE_DELETE = "knowledge_delete"  # in the author's (or a coordinator's) ephemeral
KNOWLEDGE_MORE = "knowledge_more"  # the item's "⋯" menu: change or delete (author, coordinator)
REPORT_APPROVE = "report_approve"
REPORT_APPROVE_NAMED = "report_approve_named"
REPORT_CHANGES = "report_changes"
SHARE_KIND = "share_kind"
SHARE_TITLE = "share_title"
SHARE_DESCRIPTION = "share_description"
SHARE_TAGS = "share_tags"
SHARE_LINK = "share_link"
HELPFUL_REPLY = "helpful_reply"
REPORT_REMARK = "report_remark_text"

# Data rights, closing a network (privacy)
PRIVACY_FORGET = "privacy_forget_confirmed"
NETWORK_CLOSE = "network_close_confirmed"

# --- idea box, one-liners, lighter events, programme, participation (issue 8) --------------
IDEA_MODAL = "idea_drop"
IDEA_OPEN = "idea_open"  # under a meeting's announcement, and in the DM after a meeting
IDEA_SHOW_NAME = "idea_show_name"  # after `/lerend idee`: put my name to it after all
IDEA_TAKE_UP = "idea_take_up"  # in App Home, coordinators
IDEA_TEXT = "idea_text"
IDEA_NAMED = "idea_named"
IDEA_NAMED_YES = "named"
TILE_MODAL = "tile_write"
TILE_START = "tile_start"  # under a meeting's announcement, coordinators
TILE_OPEN = "tile_open"  # in the DM that asks for a one-liner
TILE_TEXT = "tile_text"
EVENT_MODAL = "event_plan"
EVENT_EDIT = "event_edit"
EVENT_TYPE = "event_type"
EVENT_TITLE = "event_title"
EVENT_OPEN_TO = "event_open_to"
EVENT_OPEN_TO_ALL = "all_networks"
EVENT_OPEN_TO_NETWORK = "this_network"
JOIN_EXPERIENCE = "join_experience_expert"
EXPERIENCE_YES = "experience_expert"
PROGRAMME_PREVIOUS = "programme_previous"
PROGRAMME_NEXT = "programme_next"
PARTICIPATION_MODAL = "participation_pick"
PARTICIPATION_ORGANISATION = "participation_organisation"

# language (issue 13): a person's own choice in App Home and in the `/lerend taal` reply
LANGUAGE_CHOOSE = "language_choose"
# --- who speaks for an organisation (issue 12) ----------------------------------------------
COLLEAGUE_APPROVE = "colleague_approve"  # in the DM asking a member or coordinator
COLLEAGUE_REFUSE = "colleague_refuse"
# --- after a meeting (issue 14): attendance taken, results recorded ------------------------
ATTENDANCE_OPEN = "attendance_open"  # in the DM to the facilitator or coordinators
ATTENDANCE_MODAL = "attendance_take"
ATTENDANCE_GROUP = "attendance_group:"  # + index: one checkbox group per organisation (<= 10)
ATTENDANCE_ONLINE = "attendance_online"
ATTENDANCE_SELF_IN_PERSON = "attendance_self_in_person"  # *was je erbij?* in a member's DM
ATTENDANCE_SELF_ONLINE = "attendance_self_online"
ATTENDANCE_SELF_ABSENT = "attendance_self_absent"
OUTCOME_OPEN = "outcome_open"  # record a result: in the DM and under the results message
OUTCOME_MODAL = "outcome_record"
OUTCOME_KIND = "outcome_kind"
OUTCOME_TEXT = "outcome_text"
OUTCOME_OWNER = "outcome_owner"
OUTCOME_DUE = "outcome_due"
OUTCOME_DONE = "outcome_done"  # an action's owner: done (reminder DM and results message)
AGENDA_MODAL = "agenda_build"
AGENDA_POINTS = "agenda_points"
AGENDA_IDEAS = "agenda_ideas"
AGENDA_QUESTIONS = "agenda_questions"
AGENDA_ACCEPT = "agenda_accept"  # a member's proposal, in the coordinator's DM
AGENDA_DECLINE = "agenda_decline"
BENCHMARK_MODAL = "benchmark_define"
BENCHMARK_NAME = "benchmark_name:"  # + index
BENCHMARK_UNIT = "benchmark_unit:"  # + index
BENCHMARK_DEADLINE = "benchmark_deadline"
BENCHMARK_ENTER = "benchmark_enter"  # in the DM to an organisation's contact person
BENCHMARK_ENTRY_MODAL = "benchmark_entry"
BENCHMARK_VALUE = "benchmark_value:"  # + figure id

# --- change happens (issue 15): organisations, members and the network change -----------------
ORGS_MODAL = "organisations_list"
ORGS_OPEN = "organisations_open"  # App Home: the coordinator's list of organisations
NETWORK_EDIT_OPEN = "network_edit_open"  # App Home: change name, themes, description
ORG_MENU = "organisation_menu"  # overflow per organisation: rename / merge / remove
ORG_RENAME_MODAL = "organisation_rename"
ORG_MERGE_MODAL = "organisation_merge"
ORG_REMOVE_MODAL = "organisation_remove"
ORG_NAME = "organisation_name"
ORG_TARGET = "organisation_target"
ORG_END_EMPTY = "organisation_end_empty"  # in the DM flagging an organisation without members
LEAVE_MODAL = "member_leave"
REMOVE_MEMBER_MODAL = "member_remove"
REMOVE_REASON = "member_remove_reason"
TAKE_OVER = "coordinator_take_over"  # in the DM after a coordinator left Slack
EDIT_MODAL = "network_edit"
JOIN_REALLY_NEW = "join_really_new"  # a new name like a participating one: "yes, another one"
JOIN_REALLY_NEW_YES = "really_new"
APPROVAL_APPROVE = "organisation_request_approve"  # in the DM to a coordinator
APPROVAL_DECLINE = "organisation_request_decline"  # opens the reason modal
APPROVAL_DECLINE_MODAL = "organisation_request_decline"
APPROVAL_REASON = "organisation_request_reason"

# --- the year: commitment after meeting 1, the shared goal, another year (issues 14, 15) ---
YEAR_COMMIT = "year_commit"
YEAR_STOP = "year_stop"
YEAR_GOAL_OPEN = "year_goal_open"
YEAR_GOAL_MODAL = "year_goal"
YEAR_GOAL = "year_goal_text"
YEAR_NEXT = "year_next"
YEAR_END = "year_end"

# --- the network finder (issue 17) ------------------------------------------------------------
FINDER_INTEREST_MODAL = "finder_interest"
FINDER_OPEN = "finder_open"  # "Zoek een netwerk" after a survey answer that asks for support
FINDER_MOVE_MODAL = "finder_move"
FINDER_CREATE_MODAL = "finder_create"
FINDER_REGROUP = "finder_regroup"
FINDER_ADJUST = "finder_adjust"
FINDER_CREATE = "finder_create_open"
FINDER_ORGANISATION = "finder_organisation"
FINDER_PROVINCE = "finder_province"
FINDER_TRAVELS = "finder_travels"
FINDER_THEMES = "finder_themes"
FINDER_OWN_THEME = "finder_own_theme"
FINDER_BUILDING_BLOCKS = "finder_building_blocks"
FINDER_NEEDS = "finder_needs"
FINDER_BRINGS = "finder_brings"
FINDER_MOVE_WHO = "finder_move_who"
FINDER_MOVE_TARGET = "finder_move_target"
FINDER_NETWORK_NAME = "finder_network_name"
FINDER_THEME_1 = "finder_theme_1"
FINDER_THEME_2 = "finder_theme_2"
FINDER_NEW_CHANNEL = "finder_new_channel"
FINDER_EXISTING_CHANNEL = "finder_existing_channel"
TRAVELS_YES = "travels"
LEAVE_OUT = "leave_out"

# --- the learning-needs analysis (issue 17) ---------------------------------------------------
NEEDS_MODAL = "needs_answer"
NEEDS_OPEN = "needs_open"
NEEDS_LEARN = "needs_learn"
NEEDS_THEMES = "needs_themes"
NEEDS_BUILDING_BLOCKS = "needs_building_blocks"
NEEDS_ROLES = "needs_roles"
NEEDS_STAFF_FREED = "needs_staff_freed"
NEEDS_FUNDING = "needs_funding"

# --- App Home as the coordinator's dashboard (issue 13, item 4) -----------------------------
CHECKIN_START = "checkin_start"  # start a check-in round now
REPORT_START = "report_start"  # ask the organisations to approve the outcome report
PARTICIPATION_OPEN = "participation_open"  # the statement of participation
EVALUATION_START = "evaluation_start"  # the evaluation poll after the 3rd meeting

# --- who may press what (issue 13, item 3) --------------------------------------------------
# The one registry of the buttons only a coordinator may use (the services check the role
# again on every click: bot/services/membership.py). They live in App Home, in a coordinator's
# DM or in an ephemeral; a message in a channel never carries one without a `confirm`
# (tests/trust/role_screens.py checks every message the suite posts). Action ids that carry a
# suffix (`meeting_plan_open_2`) are named by their prefix.
COORDINATOR_ONLY = frozenset(
    {
        MEETING_PLAN_OPEN,
        MEETING_CANCEL,
        TILE_START,
        EVENT_EDIT,
        IDEA_TAKE_UP,
        CHECKIN_START,
        REPORT_START,
        EVALUATION_START,
        NETWORK_CLOSE,
        ORGS_OPEN,
        NETWORK_EDIT_OPEN,
    }
)
# Also closed to most members: the poll's creator or a coordinator closes and exports a poll.
CREATOR_OR_COORDINATOR = frozenset({POLL_CLOSE, POLL_EXPORT, POLL_EDIT, POLL_REOPEN, POLL_DELETE})
# What cannot be undone: Slack asks for a confirmation with a clear name first.
DESTRUCTIVE = frozenset({MEETING_CANCEL, POLL_CLOSE, POLL_DELETE, KNOWLEDGE_DELETE, NETWORK_CLOSE})


def base_action(action_id: str) -> str:
    """`meeting_plan_open_2` -> `meeting_plan_open`: the registry names an action's prefix."""
    head, _, tail = action_id.rpartition("_")
    return head if tail.isdigit() and head else action_id
