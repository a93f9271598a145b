"""English, for members whose Slack locale is English."""
