"""``python -m detente``: the command line."""

from detente.cli import main

if __name__ == "__main__":
    main(prog_name="detente")
