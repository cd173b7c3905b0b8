"""Translating the engine's messages without Qt.

The engine (this package) builds sentences for people: run verdicts, data errors. It must not
import Qt, so it translates through a hook that the window sets and the headless command
leaves alone::

    translate("verdict", "Stopped at step {step}, as asked.").format(step=12)

``translate`` returns the text unchanged until ``set_translator`` installs a function; the
window installs ``QCoreApplication.translate``, so the engine's sentences follow the
language chosen in the window. Templates are translated first and formatted after, with
named fields, so a translation may put them in any order.

``pyside6-lupdate`` extracts ``translate("context", "text")`` calls with literal strings, and
``QT_TRANSLATE_NOOP("context", "text")`` marks for strings that are kept (in a constant, a
data class field) and translated later with ``translate(context, variable)``.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the current language (unchanged when no translator is installed)."""
    if _translator is None or not text:
        return text
    translated = _translator(context, text)
    return translated or text


def set_translator(fn: Translator | None) -> None:
    """Install ``fn(context, text) -> str`` (None: back to no translation)."""
    global _translator
    _translator = fn


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction into the ``context`` of the .ts files; returns it as is."""
    return text


class Message(str):
    """An English sentence that can be shown again in whatever language the window speaks
    when it is shown: ``str`` of it is the English text (logs, tests, the headless command),
    ``translated()`` the current language's. For texts the engine keeps (an inspection's
    notes) while the user may switch the language::

        Message("inspector", QT_TRANSLATE_NOOP("inspector", "{n} rows"), n=3)

    Fields that are Messages themselves are translated too.
    """

    context: str
    template: str
    fields: dict

    def __new__(cls, context: str, template: str, **fields) -> Message:
        obj = super().__new__(cls, template.format(**fields) if fields else template)
        obj.context, obj.template, obj.fields = context, template, fields
        return obj

    def translated(self) -> str:
        from linreg_gui.core.korean import fix_particles

        text = translate(self.context, self.template)
        if not self.fields:
            return text
        return fix_particles(text.format(**{k: shown(v) for k, v in self.fields.items()}))


def shown(text: object) -> str:
    """``text`` as it should be shown now: a Message translated, anything else as it is."""
    return text.translated() if isinstance(text, Message) else str(text)
