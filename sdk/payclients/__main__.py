"""`python -m payclients`: the command line (see `payclients --help`)."""

from payclients._cli import main

if __name__ == "__main__":
    main()
