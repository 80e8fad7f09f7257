"""The plugin's Locust options (added in the init_command_line_parser event)."""

from __future__ import annotations

from typing import Any

DEFAULT_TIMEOUT_S = 30.0


def add_options(parser: Any) -> None:
    """The plugin's options, each also from its environment variable (as Locust's own: LOCUST_HOST...) and
    from Locust's config files. The URL and the token stay out of the web UI's form (Locust 2.5+)."""

    def option(name: str, env_var: str, help_text: str, hidden: bool, **kwargs: Any) -> None:
        try:
            parser.add_argument(name, env_var=env_var, help=help_text, include_in_web_ui=not hidden, **kwargs)
        except TypeError:  # Locust before 2.5 has no web UI options
            parser.add_argument(name, env_var=env_var, help=help_text, **kwargs)

    option("--swarmlens-url", "SWARMLENS_URL", "Swarmlens server to send each test's results to", True, default="")
    option("--swarmlens-token", "SWARMLENS_TOKEN", "Swarmlens API token (sent as a Bearer token)", True, default="")
    option("--swarmlens-project", "SWARMLENS_PROJECT", "Swarmlens project of the runs", False, default="")
    option("--swarmlens-label", "SWARMLENS_LABEL", "label of the run in Swarmlens", False, default="")
    option("--swarmlens-tags", "SWARMLENS_TAGS", "tags of the run in Swarmlens, comma-separated", False, default="")
    option(
        "--swarmlens-timeout",
        "SWARMLENS_TIMEOUT",
        f"seconds an upload may take (default {DEFAULT_TIMEOUT_S:g})",
        True,
        type=float,
        default=DEFAULT_TIMEOUT_S,
    )
