"""The upload's `meta` field: what the plugin knows of a test (pure functions; no Locust import).

Field names, limits and meanings are the server's (lib/server/schemas/run-meta.ts, docs/contract.md): a value
the server would refuse (too long, a control character) is sent as null rather than failing the upload.
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional

from .ci_env import ci_metadata

_CONTROL = re.compile("[\x00-\x1f\x7f]")
#: Placeholder versions of packages built without their version (Debian's python3-locust says 0.0.0).
_NO_VERSION = {"", "0.0.0", "0+unknown"}


def text(value: Any, limit: int) -> Optional[str]:
    """A trimmed string of at most `limit` characters without control characters, else None."""
    if value is None:
        return None
    s = str(value).strip()
    if not s or len(s) > limit or _CONTROL.search(s):
        return None
    return s


def positive(value: Any) -> Optional[float]:  # int when whole
    """A positive finite number (users, users per second), else None."""
    try:
        n = float(value)
    except (TypeError, ValueError):
        return None
    if not 0 < n <= 1e9:
        return None
    return int(n) if n.is_integer() else n


def iso_utc(epoch_s: float) -> str:
    """Epoch seconds as ISO-8601 UTC with milliseconds and a Z, as the server reads them."""
    return datetime.fromtimestamp(epoch_s, tz=timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def debian_upstream_version(status_text: str, package: str) -> Optional[str]:
    """The upstream version of an installed Debian package from /var/lib/dpkg/status ("1:2.12.1-1" -> "2.12.1")."""
    for paragraph in re.split(r"\n\s*\n", status_text):
        fields = {}
        for line in paragraph.splitlines():
            if ":" in line and not line.startswith((" ", "\t")):
                key, _, value = line.partition(":")
                fields[key.strip()] = value.strip()
        if fields.get("Package") != package or "installed" not in fields.get("Status", "").split():
            continue
        version = fields.get("Version", "")
        version = version.split(":", 1)[1] if ":" in version else version
        version = version.rsplit("-", 1)[0] if "-" in version else version
        return version or None
    return None


def locust_version(
    module_version: Optional[str],
    distribution_version: Callable[[], Optional[str]],
    debian_version: Callable[[], Optional[str]],
) -> Optional[str]:
    """`locust.__version__` where Locust reports one; else the package's own metadata (importlib.metadata);
    else, for Debian's python3-locust (which reports "" and a 0.0.0 distribution), dpkg's upstream version;
    else None. The fallbacks are called only when needed."""
    for candidate in (lambda: module_version, distribution_version, debian_version):
        try:
            version = candidate()
        except Exception:  # a fallback that cannot answer is no answer
            version = None
        version = text(version, 100)
        if version is not None and version not in _NO_VERSION:
            return version
    return None


def file_sha256(path: str) -> Optional[str]:
    """Lowercase hex sha256 of a file's bytes; None when it cannot be read."""
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 16), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def locustfile_fields(option: Optional[str]) -> Dict[str, Optional[str]]:
    """`locustfile` (the file's name) and `locustfileSha256` of Locust's -f. Several files (a comma-separated list)
    or a directory have no single hash: the name is the option as given."""
    if not option:
        return {"locustfile": None, "locustfileSha256": None}
    if "," not in option and os.path.isfile(option):
        return {"locustfile": text(os.path.basename(option), 500), "locustfileSha256": file_sha256(option)}
    return {"locustfile": text(option, 500), "locustfileSha256": None}


def task_tags(tags: Optional[Iterable[str]], exclude: Optional[Iterable[str]]) -> Optional[Dict[str, Any]]:
    """Locust's --tags / --exclude-tags (task tags) as the server takes them; None when neither was given."""

    def clean(values: Optional[Iterable[str]]) -> Optional[List[str]]:
        if values is None:
            return None
        kept = [t for t in (text(v, 200) for v in values) if t is not None][:100]
        return kept or None

    selection = {"tags": clean(tags), "excludeTags": clean(exclude)}
    return selection if selection["tags"] is not None or selection["excludeTags"] is not None else None


def run_tags(option: Optional[str]) -> List[str]:
    """--swarmlens-tags: comma-separated, trimmed, empty ones dropped, each at most 64 characters, at most 50."""
    seen: List[str] = []
    for tag in (option or "").split(","):
        t = tag.strip()
        if t and len(t) <= 64 and t not in seen:
            seen.append(t)
    return seen[:50]


def build_meta(
    *,
    env: Mapping[str, str],
    locustfile: Optional[str],
    host: Optional[str],
    version: Optional[str],
    peak_users: Any,
    spawn_rate: Any,
    start_s: float,
    end_s: float,
    tags: Optional[Iterable[str]],
    exclude_tags: Optional[Iterable[str]],
    profile: Optional[str],
) -> Dict[str, Any]:
    """The `meta` object of one test: source, CI metadata, locustfile, host, versions, load, times, task tags."""
    ci = ci_metadata(env)
    return {
        "source": "locust-plugin",
        "commit": ci["commit"],
        "branch": ci["branch"],
        "environment": ci["environment"],
        "buildUrl": ci["buildUrl"],
        **locustfile_fields(locustfile),
        "host": text(host, 2000),
        "profile": text(profile, 200),
        "locustVersion": text(version, 100),
        "userCount": positive(peak_users),
        "spawnRate": positive(spawn_rate),
        "startTime": iso_utc(start_s),
        "endTime": iso_utc(max(end_s, start_s)),
        "locustTags": task_tags(tags, exclude_tags),
    }
