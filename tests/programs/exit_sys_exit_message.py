# Exit status: sys.exit('message') prints the message to stderr and exits with status 1, after normal stdout output.
import sys


def check(config):
    if "mode" not in config:
        sys.exit("fatal: no mode configured")
    return config["mode"]


def entry_point(argv):
    print("loading configuration")
    config = {"name": "demo", "level": "3"}
    for k, v in config.items():
        print(k, "=", v)
    mode = check(config)
    print("mode", mode)
    return 0


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
