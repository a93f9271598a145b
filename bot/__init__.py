"""lnbot: a Slack app that runs learning networks (lerend netwerk) for Dutch care organisations."""
