"""`python -m pokazatel`: the command line."""

import sys

from pokazatel.cli.main import main

sys.exit(main())
