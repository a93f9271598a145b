"""Durable scheduling: the `scheduled_jobs` table is the schedule.

- `schedule`: services add, move and cancel rows inside their own unit of work.
- `registry`: which handler runs which job kind, and what it receives.
- `dispatcher`: claims due rows (safe with several processes), runs them, records outcomes.
- `runner`: the APScheduler interval job that ticks the dispatcher.
"""
