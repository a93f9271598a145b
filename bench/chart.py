"""The ack latency against concurrency as a picture: floor (bare Bolt) beside lnbot."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def ack_chart(
    results: dict[tuple[str, str, int], Any], concurrency: Sequence[int], title: str, path: Path
) -> Path:
    """`results[(server, request, clients)]` has p50 and p99 in ms; one panel per request."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    figure, panels = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
    for panel, request in zip(panels, ("command", "vote"), strict=True):
        for server, colour in (("bare", "#8a9a94"), ("lnbot", "#1f5c4a")):
            label = "floor (bare Bolt)" if server == "bare" else "lnbot"
            for quantile, style in (("p50", "-"), ("p99", "--")):
                values = [getattr(results[server, request, n], quantile) for n in concurrency]
                panel.plot(
                    concurrency, values, style, marker="o", color=colour,
                    label=f"{label} {quantile}",
                )  # fmt: skip
        panel.set_title("/lerend status" if request == "command" else "poll vote")
        panel.set_xlabel("concurrent clients")
        panel.set_xscale("log")
        panel.set_xticks(list(concurrency), [str(n) for n in concurrency])
        panel.grid(alpha=0.3)
    panels[0].set_ylabel("time to ack (ms)")
    panels[0].legend(fontsize=8)
    figure.suptitle(title)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path
