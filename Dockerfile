# Container recipe for HTTP mode behind a reverse proxy (see README, "Deployment").
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PORT=3000
WORKDIR /app

# The font of the PDF reports (DejaVu Sans, drawn by fpdf2).
COPY scripts/system-deps.sh ./scripts/
RUN sh scripts/system-deps.sh && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
RUN pip install --no-cache-dir '.[postgres]' && useradd --create-home lnbot
USER lnbot

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=4)"
# Migrate, then serve HTTP; SIGTERM (docker stop) finishes requests in progress first.
CMD ["sh", "-c", "lnbot db upgrade && exec lnbot run --http"]
