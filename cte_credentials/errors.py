"""Errors a user can act on: printed as one clear line naming the file, row or value, never as a traceback."""


class UserError(Exception):
    """A problem with the user's input or set-up, with a message that says what and where."""
