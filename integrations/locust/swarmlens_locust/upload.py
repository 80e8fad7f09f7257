"""POST /api/runs from the standard library: a multipart body and one request with a deadline.

Never raises anything but UploadError, whose message is one line fit for stderr.
"""

from __future__ import annotations

import json
import os
import re
import socket
import uuid
from typing import Any, Dict, List, Optional, Sequence, Tuple
from urllib.error import HTTPError, URLError
from urllib.parse import urljoin
from urllib.request import Request, urlopen


class UploadError(Exception):
    """Why an upload failed, in one line."""


def multipart(fields: Sequence[Tuple[str, str]], files: Sequence[Tuple[str, bytes]]) -> Tuple[str, bytes]:
    """(Content-Type, body) of a multipart/form-data form: text fields, then each file as a `files` part."""
    boundary = f"swarmlens-{uuid.uuid4().hex}"
    parts: List[bytes] = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
        parts.append(value.encode("utf-8") + b"\r\n")
    for filename, data in files:
        safe = filename.replace('"', "_").replace("\r", "_").replace("\n", "_")
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{safe}"\r\n'
            "Content-Type: text/csv\r\n\r\n"
        )
        parts.append(head.encode("utf-8") + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return f"multipart/form-data; boundary={boundary}", b"".join(parts)


def files_of(folder: str) -> List[Tuple[str, bytes]]:
    """Every file of `folder` (name, bytes), by name."""
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                out.append((name, f.read()))
    return out


def post_run(
    server: str,
    fields: Sequence[Tuple[str, str]],
    files: Sequence[Tuple[str, bytes]],
    token: Optional[str],
    timeout_s: float,
) -> Dict[str, Any]:
    """Sends the run; returns the server's 201 body with `url` made absolute. `timeout_s` bounds connecting and
    each wait for the server (the caller bounds the whole, see plugin.py)."""
    if not server.lower().startswith(("http://", "https://")):
        raise UploadError(f"--swarmlens-url must be an http(s) URL, not {server!r}")
    content_type, body = multipart(fields, files)
    headers = {"Content-Type": content_type, "Accept": "application/json", "User-Agent": "swarmlens-locust"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = Request(urljoin(server, "/api/runs"), data=body, headers=headers, method="POST")
    try:
        with urlopen(request, timeout=timeout_s) as response:
            status, text = response.status, response.read().decode("utf-8", "replace")
    except HTTPError as e:
        status, text = e.code, e.read().decode("utf-8", "replace")
    except (URLError, socket.timeout, OSError) as e:
        reason = getattr(e, "reason", e)
        raise UploadError(f"cannot reach {server} ({_one_line(reason) or type(e).__name__})") from None
    try:
        answer = json.loads(text)
    except ValueError:
        answer = None
    if status != 201 or not isinstance(answer, dict) or not isinstance(answer.get("id"), str):
        error = answer.get("error") if isinstance(answer, dict) else None
        message = error.get("message") if isinstance(error, dict) else None
        raise UploadError(f"the server answered {status}: {_one_line(message or text[:200]) or 'no message'}")
    answer["url"] = urljoin(server, str(answer.get("url") or f"/runs/{answer['id']}"))
    return answer


def _one_line(value: Any) -> str:
    """`value` on one line, without the "[Errno 111] " of OS errors."""
    return re.sub(r"^\[Errno -?\d+\] ", "", " ".join(str(value).split()))
