#!/usr/bin/env python3
"""A mail server for the node tests: accepts every letter over plain SMTP and appends one line per recipient
(the recipient and the subject's first 60 bytes) to a file. Usage: smtp-sink.py <port> <file>"""
import socketserver
import sys

PORT, OUT = int(sys.argv[1]), sys.argv[2]


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 sink")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode("utf-8", "replace").strip().upper()
            if verb.startswith(("EHLO", "HELO")):
                self.reply("250 sink")
            elif verb.startswith("MAIL"):
                recipients = []
                self.reply("250 ok")
            elif verb.startswith("RCPT"):
                recipients.append(line.decode("utf-8", "replace").split(":", 1)[1].strip().strip("<>"))
                self.reply("250 ok")
            elif verb == "DATA":
                self.reply("354 go on")
                subject = ""
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    if not subject and data.lower().startswith(b"subject:"):
                        subject = data[8:].strip()[:60].decode("ascii", "replace")
                with open(OUT, "a") as out:
                    for to in recipients:
                        out.write(to + "\t" + subject + "\n")
                self.reply("250 kept")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", PORT), Session) as server:
    server.serve_forever()
