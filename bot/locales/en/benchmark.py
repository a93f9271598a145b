"""English texts of benchmark figures (issue 14, item 6)."""

MESSAGES: dict[str, str] = {
    "benchmark.help": "ask every organisation for a few figures for the next meeting "
    "(coordinators), or enter them with `cijfers invullen`",
    "benchmark.title": "Compare figures",
    "benchmark.intro": "Which figures would you like to see side by side for {what} of "
    "*{name}*? For example an indicator of the quality framework. Every organisation enters "
    "them; after the deadline the channel sees them side by side, without names "
    "(Organisation A, B, …), unless an organisation chose to be named.",
    "benchmark.figure_name": "Figure {number}",
    "benchmark.name_placeholder": "For example: falls per month",
    "benchmark.figure_unit": "Unit of figure {number}",
    "benchmark.unit_placeholder": "For example: number or %",
    "benchmark.deadline": "Entries until",
    "benchmark.submit": "Ask",
    "benchmark.started.one": "The request for {count} figure for {what} has gone out. Every "
    "organisation can enter it until {deadline}.",
    "benchmark.started.other": "The request for {count} figures for {what} has gone out. Every "
    "organisation can enter them until {deadline}.",
    "benchmark.ask": ":bar_chart: For {what} of *{name}* we compare a few figures. Would you "
    "enter them for your organisation? You can until {deadline}.",
    "benchmark.enter": "Enter figures",
    "benchmark.entry_title": "Enter figures",
    "benchmark.entry_intro": "The figures of {organisation} for {what} of *{name}*. Leave a "
    "box empty if you do not know.",
    "benchmark.value_placeholder": "A number, for example 12 or 12.5",
    "benchmark.entry_submit": "Save",
    "benchmark.entered": "Thank you! The figures of {organisation} are saved. You can change "
    "them until the deadline.",
    "benchmark.table": ":bar_chart: *The figures for {what} side by side*",
    "benchmark.table_note": "Without names: each organisation hears from us which letter is "
    "theirs.",
    "benchmark.label": "Organisation {letter}",
    "benchmark.your_label": "In the figures for {what} in <#{channel}> your organisation is "
    "*{label}*. Only you know that.",
    "benchmark.your_name": "In the figures for {what} in <#{channel}> your organisation is "
    "named *{label}*, as you chose.",
    "benchmark.error.no_figure": "Give at least one figure a name.",
    "benchmark.error.unit_without_name": "Give this figure a name too.",
    "benchmark.error.name_too_long": "Keep the name under {max} characters.",
    "benchmark.error.unit_too_long": "Keep the unit under {unit_max} characters.",
    "benchmark.error.no_deadline": "Choose until when figures can be entered.",
    "benchmark.error.deadline": "Choose a date from today up to the day of the meeting.",
    "benchmark.error.open_round": "Figures are already being asked for this meeting.",
    "benchmark.error.no_round": "No figures are being asked for right now.",
    "benchmark.error.closed": "Entries are closed: the deadline has passed.",
    "benchmark.error.no_organisation": "Figures are entered for an organisation, and you take "
    "part without one.",
    "benchmark.error.number": "Enter a number, like 12 or 12.5 (at most two decimals).",
    "benchmark.error.nothing": "Enter at least one figure.",
}
