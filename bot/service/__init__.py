"""Service: the worker loop, the wiring of its parts from the config, systemd integration
(notify, watchdog, unit file), health and metrics, and fault injection for the soak tests.

Imports every layer below it; only the CLI imports it.
"""
