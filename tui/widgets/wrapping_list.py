"""An OptionList whose rows wrap, measured again when its scrollbar comes or goes."""

from __future__ import annotations

from textual.widgets import OptionList


class WrappingOptionList(OptionList):
    """Textual measures each row's height at the width it had when the rows were added; a scrollbar that then
    appears takes a column without resizing the list, and a row that wraps once more beside it lost its last
    line (a quote without its end). The scrollbar changing width is the one moment to measure again."""

    def watch_show_vertical_scrollbar(self, shown: bool) -> None:
        self._clear_caches()  # the rows' heights and rendered lines (Textual's own reset, as on a resize)
        self.refresh(layout=True)
