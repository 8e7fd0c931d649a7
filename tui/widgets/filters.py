"""Filters: a date range and the People and Organisations facets, each with counts for the current results,
filterable by typing, multi-select."""

from __future__ import annotations

from datetime import datetime

from rich.segment import Segment
from rich.text import Text
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Button, Checkbox, Input, Label, SelectionList

from search_index import QueryError, one_line
from search_index.query import date_span

from ..bindings import LISTS, bindings
from .inputs import SteadyInput, steady_input

# what each quick range puts in the from box: what its label says (`30d` is thirty days back, not `last month`)
QUICK_RANGES = (("7d", "7 days ago"), ("30d", "30 days ago"), ("1y", "1 year ago"), ("all", ""))


class FacetList(SelectionList[str]):
    """A facet's values: j/k move like every other list's."""

    BINDINGS = bindings(LISTS)

    def render_line(self, y: int) -> Strip:
        """Textual's row, with the box of a value not picked left empty (`▐ ▌`): Textual draws `▐X▌` for both and
        tells them apart by colour alone, so that without colour (NO_COLOR, a plain capture, a dim terminal)
        every value looked picked."""
        strip = super().render_line(y)
        segments = list(strip)
        index = self.scroll_offset.y + y
        if len(segments) < 4 or not 0 <= index < self.option_count or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        if self.get_option_at_index(index).value in self._selected:
            return strip
        segments[1] = Segment(" " * len(segments[1].text), segments[1].style)
        return Strip(segments, strip.cell_length)

    def _on_option_list_option_highlighted(self, event) -> None:
        # The list is redrawn as results come (each search, each resize): a highlight from before a redraw can
        # arrive after it, naming a row that no longer exists, and Textual's own handler then raised and took the
        # app down (toggling the date ranges quickly did it). Such a stale highlight is dropped here.
        if event.option_index >= self.option_count:
            event.prevent_default()
            event.stop()


class FacetPanel(Vertical):
    """One facet: a title, a filter box, and a selection list of `value (count)`."""

    class Changed(Message):
        def __init__(self, facet: str, selected: list[str]) -> None:
            super().__init__()
            self.facet = facet
            self.selected = selected

    class FilterTyped(Message):
        """The filter box's text changed: the values containing it are looked for among all the hits' values
        (the list holds only the most frequent), and come back through `show`."""

        def __init__(self, facet: str, text: str) -> None:
            super().__init__()
            self.facet = facet
            self.text = text

    def __init__(self, facet: str, title: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.facet = facet
        self.title = title
        self.counts: list[tuple[str, int]] = []
        self.selected: list[str] = []

    def compose(self):
        yield Label(self.title, classes="facet-title")
        yield steady_input(placeholder=f"filter {self.title.lower()}…", classes="facet-filter")
        none = Label("", classes="facet-none")
        none.display = False  # a row only when the list is empty, saying why (a blank list said nothing)
        yield none
        yield FacetList(classes="facet-list")

    def on_key(self, event) -> None:
        # down from the filter box goes into the list, as enter does (it stayed in the box)
        if event.key == "down" and isinstance(self.screen.focused, Input) and self.screen.focused.parent is self:
            event.stop()
            event.prevent_default()
            self.screen.set_focus(self.selection)

    @property
    def selection(self) -> SelectionList:
        return self.query_one(SelectionList)

    def show(self, counts: list[tuple[str, int]], selected: list[str], *, new_search: bool = False) -> None:
        """`new_search`: counts for other words or dates, where the row the cursor was on means nothing; the list
        opens at its top, on the value that dominates the results (not a row from the search before, with the
        first names scrolled out of the pane's five rows at 80x24)."""
        picked = [v for v in selected if v not in self.selected]  # picked elsewhere (`p` on a result): go to it
        self.counts = counts
        self.selected = list(selected)
        self._render_options(picked[-1] if picked else None, top=new_search)

    def _render_options(self, go_to: str | None = None, *, top: bool = False) -> None:
        """The values as options. The cursor stays on the value it was on, else goes to the first row (a new
        search, new filter text: the old row number means nothing in the new list); `top`: to the first row."""
        needle = self.query_one(Input).value.strip().lower()
        shown = dict(self.counts)
        values = list(self.selected) + [v for v, _ in self.counts if v not in self.selected]
        if needle:
            values = [v for v in values if needle in v.lower()]
        sl = self.selection
        # a name too long for the list is shortened so that its count still shows (the list cuts a prompt at its
        # end: `Northern Rivers Co…` had lost its count); before the list is laid out, names are shown whole
        room = sl.size.width - 6  # the selection mark before each value, and the scroll bar
        options = []
        for value in values:
            prompt = Text(one_line(value))
            count = f" ({shown.get(value, 0)})"
            if room > 8 and prompt.cell_len + len(count) > room:  # cells: a CJK name is twice as wide
                prompt.truncate(max(3, room - len(count)), overflow="ellipsis")
            prompt.append(count, style="dim")
            if value in self.selected:  # told by more than the mark's shade: with NO_COLOR that is all it has
                prompt.stylize("bold italic")
            options.append((prompt, value, value in self.selected))
        none = self.query_one(".facet-none", Label)
        none.display = not options
        if not options:  # built as text, not markup: the needle is what the user typed
            none.update(Text.assemble("no name holds “", (one_line(needle), "italic"), "”") if needle
                        else Text("none in these results", style="dim"))
        with sl.prevent(SelectionList.SelectedChanged):
            under = self.current_value()
            sl.clear_options()
            sl.add_options(options)
            if options:
                # the cursor stays on the value it was on (a value picked moves to the top: the next space must
                # not toggle whichever name slid into its row), else on its row, else on the first value
                target = go_to if go_to in values else None if top else under
                sl.highlighted = values.index(target) if target in values else 0
                # in view: a list redrawn kept its old scroll (at the first row, the title row above it too)
                if sl.highlighted == 0:
                    sl.call_after_refresh(sl.scroll_home, animate=False)
                else:
                    sl.call_after_refresh(sl.scroll_to_highlight)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._render_options(top=True)  # at once, from the values the list has
        self.post_message(self.FilterTyped(self.facet, event.value.strip()))

    def on_resize(self) -> None:
        if self.counts:
            self._render_options()  # names shortened to the new width

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.set_focus(self.selection)

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        visible = {self.selection.get_option_at_index(i).value for i in range(self.selection.option_count)}
        kept = [v for v in self.selected if v not in visible]
        self.selected = kept + list(self.selection.selected)
        self.post_message(self.Changed(self.facet, list(self.selected)))

    def current_value(self) -> str | None:
        sl = self.selection
        if sl.highlighted is None or sl.option_count == 0:
            return None
        return sl.get_option_at_index(sl.highlighted).value


class DateBox(SteadyInput):
    """A date box. Enter applies the range and, when both boxes read as dates, moves on to the results (as enter
    in the search box does), at once: it had left the cursor in the box, where the next keys, meant as commands
    (`x` to clear the filters, a digit for a pane), were typed after the date."""

    async def action_submit(self) -> None:
        date_filter = next(node for node in self.ancestors if isinstance(node, DateFilter))
        entered = getattr(self.screen, "dates_entered", None)  # (MainScreen: on to the results)
        if date_filter.apply() and entered is not None:
            entered()


class DateFilter(Vertical):
    """From / to, each taking `2024-05-20`, `2024-05`, `last week`; quick ranges below."""

    class Changed(Message):
        def __init__(self, start: datetime | None, end: datetime | None, label: str) -> None:
            super().__init__()
            self.start = start
            self.end = end
            self.label = label

    def compose(self):
        yield Label("Dates", classes="facet-title")
        # the boxes and the quick ranges: two rows in the side pane, one when the pane has the screen's width
        # (80x24: every row saved is one more person or organisation shown)
        with Vertical(id="date-body"):
            with Horizontal(classes="date-row", id="date-boxes"):
                yield steady_input(DateBox, placeholder="from", id="date-from")
                yield steady_input(DateBox, placeholder="to", id="date-to")
            with Horizontal(classes="date-row", id="date-ranges"):
                for key, _expr in QUICK_RANGES:
                    yield Button(key, id=f"range-{key}", classes="quick-range", compact=True)
        error = Label("", id="date-error")
        error.display = False  # a row only while there is something to say
        yield error

    def _say(self, problem: str) -> None:
        error = self.query_one("#date-error", Label)
        error.update(Text(problem, style="red") if problem else "")
        error.display = bool(problem)

    _applied = ("", "")  # the boxes' text when last applied

    def apply(self) -> bool:
        """Filter by what the boxes hold; False (and the error said under them) when they do not read as dates."""
        start_text = self.query_one("#date-from", Input).value.strip()
        end_text = self.query_one("#date-to", Input).value.strip()
        self._applied = (start_text, end_text)
        try:
            start = date_span(start_text)[0] if start_text else None
            end = date_span(end_text)[1] if end_text else None
        except QueryError as exc:
            self._say(str(exc))
            return False
        if start and end and start > end:
            self._say("the range ends before it starts")
            return False
        self._say("")
        label = f"{start_text or '…'} to {end_text or '…'}" if (start_text or end_text) else ""
        self.post_message(self.Changed(start, end, label))
        return True

    def on_input_changed(self, event: Input.Changed) -> None:
        self._say("")  # it was about what the box held before

    def on_descendant_blur(self, _event) -> None:
        # leaving the boxes applies what they hold (a box emptied, then tab away: the boxes showed no date while
        # the old range still filtered, `date: 2004 to …` and no result)
        boxes = (self.query_one("#date-from", Input).value.strip(), self.query_one("#date-to", Input).value.strip())
        if boxes != self._applied and not any(b.has_focus for b in self.query(Input)):
            self.apply()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        key = (event.button.id or "").removeprefix("range-")
        expr = dict(QUICK_RANGES).get(key, "")
        self.query_one("#date-from", Input).value = expr
        self.query_one("#date-to", Input).value = "now" if expr else ""
        self.apply()

    def clear(self) -> None:
        self.query_one("#date-from", Input).value = ""
        self.query_one("#date-to", Input).value = ""
        self._applied = ("", "")
        self._say("")
