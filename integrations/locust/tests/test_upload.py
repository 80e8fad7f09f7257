"""The upload against local HTTP servers: stored, refused, unreachable, silent (never longer than its timeout)."""

import json
import os
import socket
import sys
import threading
import time
import unittest
from http.server import BaseHTTPRequestHandler, HTTPServer

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from swarmlens_locust.upload import UploadError, multipart, post_run  # noqa: E402


class Handler(BaseHTTPRequestHandler):
    answer = (201, {"id": "run_1", "url": "/runs/run_1"})
    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Handler.received.append((self.path, dict(self.headers), body))
        status, payload = Handler.answer
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class UploadTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = HTTPServer(("127.0.0.1", 0), Handler)
        cls.url = f"http://127.0.0.1:{cls.server.server_address[1]}"
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()

    def setUp(self):
        Handler.received = []
        Handler.answer = (201, {"id": "run_1", "url": "/runs/run_1"})

    def test_stored_fields_files_and_token_sent(self):
        fields = [("meta", '{"source":"locust-plugin"}'), ("label", "é")]
        answer = post_run(self.url, fields, [("a_stats.csv", b"x,y\n")], "tok", 5)
        self.assertEqual(answer["url"], f"{self.url}/runs/run_1")
        path, headers, body = Handler.received[0]
        self.assertEqual(path, "/api/runs")
        self.assertEqual(headers["Authorization"], "Bearer tok")
        self.assertIn(b'name="meta"\r\n\r\n{"source":"locust-plugin"}\r\n', body)
        self.assertIn('name="label"\r\n\r\né\r\n'.encode(), body)
        self.assertIn(b'name="files"; filename="a_stats.csv"\r\nContent-Type: text/csv\r\n\r\nx,y\n\r\n', body)

    def test_refused_the_server_message_in_one_line(self):
        Handler.answer = (400, {"error": {"code": "bad_request", "message": 'meta: Unrecognized key:\n"colour"'}})
        with self.assertRaises(UploadError) as caught:
            post_run(self.url, [], [("a_stats.csv", b"x")], None, 5)
        self.assertEqual(str(caught.exception), 'the server answered 400: meta: Unrecognized key: "colour"')

    def test_unreachable(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        with self.assertRaises(UploadError) as caught:
            post_run(f"http://127.0.0.1:{port}", [], [], None, 5)
        self.assertRegex(str(caught.exception), rf"^cannot reach http://127.0.0.1:{port} \(.*refused.*\)$")

    def test_a_silent_server_costs_the_timeout_not_more(self):
        with socket.socket() as silent:
            silent.bind(("127.0.0.1", 0))
            silent.listen(1)
            started = time.monotonic()
            with self.assertRaises(UploadError) as caught:
                post_run(f"http://127.0.0.1:{silent.getsockname()[1]}", [], [("a", b"x")], None, 1)
            self.assertLess(time.monotonic() - started, 5)
        self.assertIn("cannot reach", str(caught.exception))

    def test_not_an_http_url(self):
        with self.assertRaises(UploadError):
            post_run("ftp://x", [], [], None, 1)

    def test_multipart_quotes_no_header_out_of_a_file_name(self):
        _, body = multipart([], [('a"b\r\nX: y.csv', b"")])
        self.assertIn(b'filename="a_b__X: y.csv"', body)


if __name__ == "__main__":
    unittest.main()
