"""Helper module of error_in_helper_module.py: its module-level code raises KeyError."""

PALETTE = {"red": 0xFF0000, "green": 0x00FF00}


def lookup(name):
    return PALETTE[name]


DEFAULT_COLOUR = lookup("colour")
