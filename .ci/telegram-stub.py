#!/usr/bin/env python3
"""A stand-in for the Telegram Bot API for .ci/two-nodes: answers every method as Telegram does when it succeeds
(message 7) and appends each request's path (/bot<token>/<method>) to a file, one a line.
Usage: telegram-stub.py <port> <file>"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, requests = int(sys.argv[1]), sys.argv[2]


class Bot(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with open(requests, "a") as out:
            out.write(self.path + "\n")
        body = b'{"ok":true,"result":{"message_id":7,"chat":{"id":-1001234567890}}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, format, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Bot).serve_forever()
