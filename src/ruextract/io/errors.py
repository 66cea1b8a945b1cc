"""The error of an input that cannot be read."""


class InputError(ValueError):
    """An article or file that cannot be read; the message says why."""
