# A library function that translated code does not provide: running a shell command.
import os


def run_command(cmd):
    return os.system(cmd)  # error: the built-in 'os.system' is not supported in translated code


def entry_point(argv):
    return run_command("true")


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
