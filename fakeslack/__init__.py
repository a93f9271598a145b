"""A fake Slack (Web API, response URLs, uploads, Socket Mode) and a signed-request client,
shared by the tests and the benchmark."""
