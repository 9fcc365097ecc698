"""Optional Prometheus metrics: the figures of ``privacy-bot status`` over HTTP.

Enabled by ``[metrics] port`` (0, the default, turns it off); bound to ``[metrics] host``
(127.0.0.1 by default). Each scrape reads the store afresh
(:func:`bot.service.health.check_health`), so the figures are the same as ``privacy-bot
status`` and cost nothing between scrapes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client import start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector, CollectorRegistry

from bot.config import Config
from bot.service.health import check_health
from bot.store import Store


class HealthCollector(Collector):
    """Exports the health figures as gauges named ``privacy_bot_*``."""

    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store

    def collect(self) -> Iterator[GaugeMetricFamily]:
        h = check_health(self.config, self.store)
        last = h.last_poll_at.timestamp() if h.last_poll_at else 0.0
        figures: list[tuple[str, str, float]] = [
            ("last_poll_timestamp_seconds", "Unix time of the last successful poll", last),
            ("messages_waiting", "Messages stored but not processed", h.messages_waiting),
            ("messages_quarantined", "Messages in quarantine", h.quarantined),
            ("outbox_pending", "Outgoing mails waiting to be sent", h.outbox_pending),
            ("outbox_failed", "Outgoing mails that could not be delivered", h.outbox_failed),
            ("tickets_overdue", "Open tickets past their due date", h.overdue_tickets),
            ("tickets_due_soon", "Open tickets due within bot.digest_days days",
             h.due_soon_tickets),
            ("tickets_triage_open", "Open triage tickets waiting for a person", h.triage_open),
            ("healthy", "1 when the service works (privacy-bot status exits 0); the queue's "
             "backlog does not count", float(not h.problems)),
        ]
        for name, doc, value in figures:
            yield GaugeMetricFamily(f"privacy_bot_{name}", doc, value=value)


def serve_metrics(config: Config, store: Store) -> Any:
    """Start the metrics HTTP server in a daemon thread; returns the server, or None when
    ``metrics.port`` is 0. Raises OSError when the port is taken."""
    if not config.metrics.port:
        return None
    registry = CollectorRegistry()  # our own: no process/GC metrics, no global state
    registry.register(HealthCollector(config, store))
    server, _thread = start_http_server(config.metrics.port, addr=config.metrics.host,
                                        registry=registry)
    return server
