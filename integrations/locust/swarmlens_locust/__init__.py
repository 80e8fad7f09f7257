"""Swarmlens for Locust: each test's statistics, history, failures and exceptions sent to a Swarmlens server.

In a locustfile: `import swarmlens_locust`, then run Locust with --swarmlens-url URL (or SWARMLENS_URL).
Importing the package under Locust registers the plugin's event listeners; imported anywhere else (its unit
tests), it touches nothing of Locust.
"""

import sys

__version__ = "0.1.0"

if "locust" in sys.modules:
    from .plugin import register

    register()
