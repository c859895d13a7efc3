"""The application layer: one typed request and result per use case, and one registry (``registry.py``).

Every door dispatches through ``registry.OPERATIONS``: the command line (``cli.py``), the child worker
(``python -m masterplan_plugin <op> --json REQUEST --progress-lines``, ``child.py``), Processing and the
GUI (through ``operations.child_runner.run_worker`` for the operations that run in a child process).
"""
