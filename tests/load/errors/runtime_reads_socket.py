# expect: 1 LOG_SOCKET
# expect-also: describe_channel
"""A logger that opens a socket at load time and reads it from run-time code (a function
called by entry_point): an open socket cannot become a constant of the translated program, so
kiln must name the global (and the function reading it)."""

import socket

LOG_SOCKET = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
PREFIX = "log"


def describe_channel():
    return "%s channel open: %s" % (PREFIX, LOG_SOCKET.fileno() >= 0)


def entry_point(argv):
    print(describe_channel())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
