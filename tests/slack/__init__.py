"""Test harness that stands in for Slack: limit checks, a fake Web API and signed requests."""
