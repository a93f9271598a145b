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
