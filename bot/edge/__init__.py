"""The Slack edge: everything that knows how Slack talks.

Requests coming in (acks for every event, Socket Mode, request limits, replays), the one
error policy, messages that mirror the database, and messages or files to one person live
here; features use these instead of growing their own copies.
"""
