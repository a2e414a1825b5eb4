#!/usr/bin/python3
"""Listens to Trendweb Studio as a screen reader does (AT-SPI, the bus Orca reads).

Started by screenreader.sh next to the editor. It answers the first start's name question
by keyboard, then checks what a blind author depends on:
  - every control on screen has a name; nothing lies outside the window;
  - the lemma list says which lemma is selected, with its letter, title and status;
  - a disabled button is announced as unavailable;
  - the status bar is a status bar;
  - the preview (Voorbeeld) is readable text, named by the lemma's title;
  - Tab and Shift+Tab go round the whole window and come back, without a trap, through
    the toolbar, the lemma list, the text, the side panel's tabs and the status bar;
  - what the text's hints draw is spoken: the caret in a note reference, a lemma link or a
    misspelt word gives the text a description that says so (Shift+F10 offers suggestions);
  - the dialogs Nieuw lemma (Ctrl+N) and Opmerking (Ctrl+Alt+M): a named dialog, the focus
    in its first field, every control named, Tab and Shift+Tab going round inside it,
    Escape closing it with the focus back where it was;
  - HET WEB (Alt+3): each lemma names the lemmas it links to and those linking to it; the
    arrow keys go from lemma to lemma and Enter opens one.
With --conflict the editor shows an edition in the middle of a merge (screenreader.sh makes
one with git): the conflict's choices are named and reached by Tab, and choosing one by
keyboard leaves the focus on what follows it (Keuze herzien), and back.
Every finding is printed; the exit status is the number of failed checks (at most 100).
"""

import argparse
import os
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# Roles a person operates: each needs a name of its own.
OPERATED = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.COMBO_BOX, Atspi.Role.TEXT, Atspi.Role.ENTRY,
    Atspi.Role.PASSWORD_TEXT, Atspi.Role.PAGE_TAB, Atspi.Role.LIST_ITEM,
    Atspi.Role.MENU_ITEM, Atspi.Role.SPIN_BUTTON, Atspi.Role.SLIDER, Atspi.Role.LINK,
    Atspi.Role.TREE_ITEM, Atspi.Role.CHECK_MENU_ITEM, Atspi.Role.RADIO_MENU_ITEM,
}

failures = []
reported_outside = set()
output = None


def fail(message):
    failures.append(message)
    print("FOUT: " + message, flush=True)


def passed(message):
    print("ok: " + message, flush=True)


def pump(seconds):
    """Lets AT-SPI events arrive for up to `seconds`."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    fired = []
    source = GLib.timeout_add(int(seconds * 1000), lambda: fired.append(True) or False)
    while not fired and time.monotonic() < deadline:
        context.iteration(True)
    if not fired:
        GLib.source_remove(source)


def wait_until(condition, timeout, what):
    """The value of `condition()` once it is true; a failure after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = condition()
        except GLib.Error:
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError("gave up waiting for " + what)
        pump(0.2)


def states(node):
    state = node.get_state_set()
    return {s for s in Atspi.StateType.__enum_values__.values() if state.contains(s)}


def showing(node):
    s = states(node)
    return Atspi.StateType.SHOWING in s and Atspi.StateType.VISIBLE in s


def children(node):
    try:
        count = node.get_child_count()
    except GLib.Error:
        return []
    result = []
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            result.append(child)
    return result


def walk(node, depth=0, only_showing=False):
    yield node, depth
    if depth > 60:
        return
    for child in children(node):
        if only_showing and not showing(child):
            continue
        yield from walk(child, depth + 1, only_showing)


def extents(node):
    try:
        box = node.get_extents(Atspi.CoordType.SCREEN)
    except (GLib.Error, AttributeError, NotImplementedError):
        return None
    return (box.x, box.y, box.width, box.height)


def describe(node):
    try:
        return "%s '%s'" % (node.get_role_name(), node.get_name())
    except GLib.Error:
        return "(gone)"


def dump(app, name):
    if not output:
        return
    with open(os.path.join(output, name), "w", encoding="utf-8") as f:
        for node, depth in walk(app):
            try:
                s = sorted(Atspi.StateType(v).value_nick for v in states(node))
                f.write("%s%s %s %s\n" % ("  " * depth, describe(node),
                                          [x for x in s if x in (
                                              "enabled", "sensitive", "focusable", "focused",
                                              "selected", "showing", "checked")],
                                          extents(node)))
            except GLib.Error:
                continue


def key(*keys):
    subprocess.run(["xdotool", "key", *keys], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for app in children(desktop):
        try:
            if app.get_process_id() == pid:
                return app
        except GLib.Error:
            continue
    return None


def find(app, role=None, name=None, only_showing=True, pattern=None):
    for node, _ in walk(app, only_showing=only_showing):
        try:
            if role is not None and node.get_role() != role:
                continue
            if name is not None and node.get_name() != name:
                continue
            if pattern is not None and not re.search(pattern, node.get_name() or ""):
                continue
        except GLib.Error:
            continue
        if only_showing and not showing(node):
            continue
        return node
    return None


class FocusListener:
    """The controls that received the keyboard focus, in order."""

    def __init__(self):
        self.focused = []
        self.listener = Atspi.EventListener.new(self.on_event)
        self.listener.register("object:state-changed:focused")

    def on_event(self, event):
        if event.detail1 == 1 and event.source is not None:
            self.focused.append(event.source)

    def next_focus(self, before, timeout=5):
        """The control that got the focus after `before` events; None when none did."""
        deadline = time.monotonic() + timeout
        while len(self.focused) <= before and time.monotonic() < deadline:
            pump(0.1)
        return self.focused[-1] if len(self.focused) > before else None


class DescriptionListener:
    """The descriptions announced (object:property-change:accessible-description), as Orca
    hears a changed description of the control it is on."""

    def __init__(self):
        self.said = []
        self.listener = Atspi.EventListener.new(self.on_event)
        self.listener.register("object:property-change:accessible-description")

    def on_event(self, event):
        value = event.any_data
        self.said.append((event.source, value if isinstance(value, str) else ""))


def answer_name_question(app):
    """A first start asks the author's name; a blind author answers by keyboard."""
    dialog = wait_until(lambda: find(app, Atspi.Role.DIALOG), 60, "the first start's question")
    name = dialog.get_name()
    if not name:
        fail("the first start's dialog has no name")
    field = wait_until(lambda: next((n for n, _ in walk(dialog)
                                     if n.get_role() == Atspi.Role.TEXT
                                     and Atspi.StateType.FOCUSED in states(n)), None),
                       10, "the focus in the dialog's first field")
    if not field.get_name():
        fail("the dialog's first field has no name")
    else:
        passed("the dialog '%s' starts in the field '%s'" % (name, field.get_name()))
    type_text("Anne de Vries")
    key("Return")
    wait_until(lambda: find(app, Atspi.Role.DIALOG) is None, 10, "the dialog to close")


def unnamed_controls(root):
    found = []
    for node, _ in walk(root, only_showing=True):
        try:
            if showing(node) and node.get_role() in OPERATED \
                    and not (node.get_name() or "").strip():
                found.append(node)
        except GLib.Error:
            continue
    return found


def check_names(app, where="the window", root=None):
    unnamed = []
    frame = find(app, Atspi.Role.FRAME)
    window = extents(frame)
    outside = []
    for node, _ in walk(root or app, only_showing=True):
        try:
            role = node.get_role()
            if not showing(node):
                continue
            if role in OPERATED and not (node.get_name() or "").strip():
                unnamed.append(describe(node) + " at " + str(extents(node)))
            box = extents(node)
            if window and box and box[2] > 0 and role in OPERATED and \
                    (box[0] + box[2] > window[0] + window[2] + 1 or box[0] < window[0] - 1):
                outside.append(describe(node) + " at " + str(box))
        except GLib.Error:
            continue
    if unnamed:
        fail("controls without a name in %s: %s" % (where, "; ".join(unnamed[:20])))
    else:
        passed("every control in %s has a name" % where)
    outside = [o for o in outside if o not in reported_outside]
    reported_outside.update(outside)
    if outside:
        fail("controls outside the window in %s: %s" % (where, "; ".join(outside[:10])))
    else:
        passed("nothing in %s lies outside the window" % where)


def check_lemma_list(app):
    def selected_item():
        for node, _ in walk(app, only_showing=True):
            if node.get_role() == Atspi.Role.LIST_ITEM and \
                    Atspi.StateType.SELECTED in states(node) and \
                    "Van mobiliteit naar bereikbaarheid" in (node.get_name() or ""):
                return node
        return None
    try:
        item = wait_until(selected_item, 10, "the selected lemma")
    except TimeoutError:
        fail("no lemma in the list is announced as selected")
        return
    name = item.get_name()
    if not name.startswith("A") or "concept" not in name:
        fail("the selected lemma's name lacks its letter or status: '%s'" % name)
    else:
        passed("the selected lemma is announced as '%s'" % name)


def check_disabled(app):
    save = find(app, Atspi.Role.PUSH_BUTTON, "Opslaan")
    if save is None:
        fail("no Opslaan button on screen")
        return
    s = states(save)
    if Atspi.StateType.SENSITIVE in s or Atspi.StateType.ENABLED in s:
        fail("Opslaan is greyed out (nothing to save) but announced as available")
    else:
        passed("Opslaan is announced as unavailable while there is nothing to save")


def check_status_bar(app):
    bar = find(app, Atspi.Role.STATUS_BAR)
    if bar is None:
        fail("no status bar (Orca's 'read status bar' finds nothing)")
        return
    texts = [n.get_name() for n, _ in walk(bar, only_showing=True)
             if n.get_name() and n != bar]
    if not texts:
        fail("the status bar says nothing")
    else:
        passed("the status bar reads: " + " · ".join(texts))


def check_preview(app):
    def document():
        return find(app, Atspi.Role.DOCUMENT_WEB)
    try:
        doc = wait_until(document, 30, "the preview's document")
    except TimeoutError:
        fail("the preview has no document a screen reader can read")
        return
    if "Van mobiliteit naar bereikbaarheid" not in (doc.get_name() or ""):
        fail("the preview is named '%s', not by the lemma's title" % doc.get_name())
    else:
        passed("the preview is named '%s'" % doc.get_name())

    def first_sentence():
        for node, _ in walk(doc):
            if "Hoe kom je op werk of school" in (node.get_name() or ""):
                return node
            text = node.get_text_iface() if hasattr(node, "get_text_iface") else None
            if text is not None:
                content = Atspi.Text.get_text(node, 0, 200) or ""
                if "Hoe kom je op werk of school" in content:
                    return node
        return None
    try:
        wait_until(first_sentence, 30, "the lemma's text in the preview")
        passed("the preview reads the lemma's first sentence")
    except TimeoutError:
        fail("the preview's text cannot be read")


def focused(root):
    """The control with the keyboard focus under `root` (the innermost: a dialog holding
    the focus is focused too); None when there is none."""
    found = None
    for node, _ in walk(root, only_showing=True):
        try:
            if node != root and Atspi.StateType.FOCUSED in states(node):
                found = node
        except GLib.Error:
            continue
    return found


def inside(node, ancestor):
    try:
        while node is not None:
            if node == ancestor:
                return True
            node = node.get_parent()
    except GLib.Error:
        return False
    return False


def description(node):
    try:
        return node.get_description() or ""
    except GLib.Error:
        return ""


def check_dialog(app, listener, title, open_dialog, back_to):
    """A dialog a blind author opens by keyboard: role dialog and a name, the focus in its
    first field, every control named, Tab and Shift+Tab round inside it, and Escape closing
    it with the focus back on `back_to`."""
    open_dialog()
    try:
        dialog = wait_until(lambda: find(app, Atspi.Role.DIALOG, title), 10,
                            "the dialog '%s'" % title)
    except TimeoutError:
        fail("'%s' does not open as a dialog a screen reader announces" % title)
        return
    try:
        first = wait_until(lambda: focused(dialog), 10, "the focus in '%s'" % title)
    except TimeoutError:
        fail("the focus is not in the dialog '%s' when it opens" % title)
        first = None
    if first is not None:
        if first.get_role() not in (Atspi.Role.TEXT, Atspi.Role.ENTRY) or not first.get_name():
            fail("the dialog '%s' opens on %s, not on a named field" % (title, describe(first)))
        else:
            passed("the dialog '%s' opens on its field '%s'" % (title, first.get_name()))
    check_names(app, "the dialog '%s'" % title, root=dialog)
    if first is not None:
        for backwards in (False, True):
            direction = direction_name(backwards)
            seen = []
            for _ in range(12):
                before = len(listener.focused)
                key("shift+Tab" if backwards else "Tab")
                node = listener.next_focus(before)
                if node is None:
                    fail("%s in '%s' after %s moves the focus nowhere" % (
                        direction, title, seen[-1] if seen else describe(first)))
                    break
                if not inside(node, dialog):
                    fail("%s leaves the dialog '%s' for %s" % (direction, title, describe(node)))
                    break
                seen.append(describe(node))
                if node == first:
                    passed("%s goes round '%s': %s" % (direction, title, ", ".join(seen)))
                    break
            else:
                fail("%s in '%s' does not come back to its field (went to: %s)"
                     % (direction, title, ", ".join(seen)))
    key("Escape")
    try:
        wait_until(lambda: find(app, Atspi.Role.DIALOG, title) is None, 10,
                   "'%s' to close" % title)
    except TimeoutError:
        fail("Escape does not close '%s'" % title)
        return
    try:
        wait_until(lambda: Atspi.StateType.FOCUSED in states(back_to), 10,
                   "the focus back on " + describe(back_to))
        passed("Escape closes '%s' and the focus is back on %s" % (title, describe(back_to)))
    except TimeoutError:
        fail("after '%s' closes the focus is not back on %s (it is on %s)"
             % (title, describe(back_to), describe(focused(app))))


def focus_text(app):
    editor = find(app, Atspi.Role.TEXT, "Tekst van het lemma")
    editor.grab_focus()
    wait_until(lambda: Atspi.StateType.FOCUSED in states(editor), 5, "the text focused")
    return editor


def check_dialogs(app, listener):
    editor = focus_text(app)
    check_dialog(app, listener, "Nieuw lemma", lambda: key("ctrl+n"), editor)
    # A comment on the first words of the text.
    editor = focus_text(app)
    text = Atspi.Text.get_text(editor, 0, Atspi.Text.get_character_count(editor))
    start = text.find("Hoe kom je")
    Atspi.Text.set_caret_offset(editor, start)
    wait_until(lambda: Atspi.Text.get_caret_offset(editor) == start, 5, "the caret placed")
    key("shift+ctrl+Right", "shift+ctrl+Right")
    wait_until(lambda: Atspi.Text.get_n_selections(editor) > 0, 5, "a passage selected")
    check_dialog(app, listener, "Opmerking", lambda: key("ctrl+alt+m"), editor)


def check_announcements(app):
    """The caret in what a hint draws (a note's number, a lemma's letter) or in a misspelt
    word: the text's description says what it is, as Orca reads it."""
    editor = focus_text(app)
    text = Atspi.Text.get_text(editor, 0, Atspi.Text.get_character_count(editor))
    # Note 2 of lemma A has a text (note 1's is still to be written).
    note = text.find("[^2]")
    if note < 0:
        fail("the lemma has no note reference [^2] to listen to")
        return

    announced = DescriptionListener()

    def expect(offset, pattern, what):
        before = len(announced.said)
        Atspi.Text.set_caret_offset(editor, offset)
        try:
            said = wait_until(lambda: re.match(pattern, description(editor))
                              and description(editor), 10, what)
        except TimeoutError:
            fail("the caret in %s says '%s', not '%s'" % (what, description(editor), pattern))
            return
        try:
            wait_until(lambda: any(source == editor and re.match(pattern, value or said)
                                   for source, value in announced.said[before:]), 5,
                       "the description announced")
            passed("the caret in %s says '%s' (announced)" % (what, said))
        except TimeoutError:
            fail("the caret in %s gives the description '%s' without announcing it" % (what, said))

    expect(note + 2, r"Voetnoot 2: Hamersma, M\.", "a note reference")
    # A link to another lemma and a misspelt word, typed before the note reference.
    Atspi.Text.set_caret_offset(editor, note)
    wait_until(lambda: Atspi.Text.get_caret_offset(editor) == note, 5, "the caret placed")
    typed = " Zie [werk](arbeidsmarkt.md) fietspaddd"
    type_text(typed)
    wait_until(lambda: typed in Atspi.Text.get_text(
        editor, 0, Atspi.Text.get_character_count(editor)), 10, "the typed link")
    expect(note + typed.index("(arbeidsmarkt") + 3,
           r"Verwijzing naar lemma [A-Z]: Een arbeidsmarkt met steeds meer gaten$", "a lemma link")
    expect(note + typed.index("fietspaddd") + 4, r"Spelfout: fietspaddd\.", "a misspelt word")
    key("shift+F10")
    try:
        wait_until(lambda: find(app, Atspi.Role.MENU_ITEM, "Toevoegen aan woordenlijst"), 10,
                   "the spelling menu")
        passed("Shift+F10 in the misspelt word opens its menu")
    except TimeoutError:
        fail("Shift+F10 in a misspelt word opens no menu a screen reader hears")
    key("Escape")
    try:
        wait_until(lambda: find(app, Atspi.Role.MENU_ITEM, "Toevoegen aan woordenlijst") is None
                   and Atspi.StateType.FOCUSED in states(editor), 10, "the menu closed")
    except TimeoutError:
        fail("Escape does not bring the spelling menu back to the text")
    # What was typed goes again (Ctrl+Z), so the rest hears the lemma as it was.
    key("ctrl+z")
    wait_until(lambda: typed not in Atspi.Text.get_text(
        editor, 0, Atspi.Text.get_character_count(editor)), 10, "the typing undone")


def check_web(app, listener):
    """HET WEB by keyboard: Alt+3 puts the keyboard on a lemma that names its links."""
    def web_nodes():
        return [n for n, _ in walk(app, only_showing=True)
                if n.get_role() == Atspi.Role.PUSH_BUTTON
                and description(n).startswith("verwijst naar")]
    before = len(listener.focused)
    key("alt+3")
    try:
        nodes = wait_until(lambda: len(web_nodes()) >= 20 and web_nodes(), 10,
                           "HET WEB's lemmas")
    except TimeoutError:
        fail("HET WEB's lemmas do not describe their links")
        return
    passed("HET WEB: %d lemmas, e.g. '%s': %s" % (len(nodes), nodes[0].get_name(),
                                                   description(nodes[0])))
    start = listener.next_focus(before)
    if start is None or start not in nodes:
        fail("Alt+3 does not put the keyboard on a lemma of HET WEB (it is on %s)"
             % (describe(start) if start else "nothing"))
        return
    before = len(listener.focused)
    key("Right")
    node = listener.next_focus(before)
    if node is None or node not in nodes:
        fail("the arrow key does not go to the next lemma of HET WEB")
        return
    passed("Right goes from '%s' to '%s'" % (start.get_name(), node.get_name()))
    letter = node.get_name().split()[0]
    key("Return")
    try:
        wait_until(lambda: any(n.get_role() == Atspi.Role.LIST_ITEM
                               and Atspi.StateType.SELECTED in states(n)
                               and (n.get_name() or "").startswith(letter + " ")
                               for n, _ in walk(app, only_showing=True))
                   and find(app, Atspi.Role.TEXT, "Tekst van het lemma"), 10,
                   "lemma %s opened" % letter)
        passed("Enter on '%s' opens the lemma" % node.get_name())
    except TimeoutError:
        fail("Enter on '%s' in HET WEB does not open the lemma" % node.get_name())


def check_conflict(app, listener):
    """A merge that could not combine one paragraph: its choices by keyboard."""
    try:
        mine = wait_until(lambda: find(app, Atspi.Role.PUSH_BUTTON, "Mijn versie"), 60,
                          "the conflict's choices")
    except TimeoutError:
        fail("the conflict view shows no choice 'Mijn versie'")
        return
    dump(app, "conflict-tree.txt")
    group = find(app, pattern=r"^Van mobiliteit naar bereikbaarheid, .*alinea")
    if group is None:
        fail("the conflict does not say where it is (its paragraph)")
    else:
        passed("the conflict is announced as '%s'" % group.get_name())
    check_names(app, "the conflict view")
    # Tab reaches every choice and the buttons under the conflict.
    wanted = {"Mijn versie", "Die van Bram", "Allebei", "Bewerken…", "Samenvoegen afbreken"}
    reached = set()
    for _ in range(150):
        before = len(listener.focused)
        key("Tab")
        node = listener.next_focus(before)
        if node is None:
            fail("Tab moves the focus nowhere in the conflict view")
            break
        reached.add(node.get_name())
        if wanted <= reached and node.get_name() == "Mijn versie":
            break
    if wanted - reached:
        fail("Tab does not reach the conflict's %s" % ", ".join(sorted(wanted - reached)))
        return
    passed("Tab reaches the conflict's choices: " + ", ".join(sorted(wanted)))
    # Choosing by keyboard: the focus goes on to Keuze herzien, which brings the choices back.
    before = len(listener.focused)
    key("space")
    node = listener.next_focus(before)
    if node is None or node.get_name() != "Keuze herzien":
        fail("after choosing 'Mijn versie' the focus is on %s, not on 'Keuze herzien'"
             % (describe(node) if node else "nothing"))
        return
    if find(app, name="✓ uw versie gekozen") is None:
        fail("the choice made is not readable ('✓ uw versie gekozen')")
    else:
        passed("'Mijn versie' chosen by keyboard; the focus is on 'Keuze herzien'")
    before = len(listener.focused)
    key("space")
    node = listener.next_focus(before)
    if node is None or node.get_name() != "Mijn versie":
        fail("after 'Keuze herzien' the focus is on %s, not on the choices"
             % (describe(node) if node else "nothing"))
    else:
        passed("'Keuze herzien' by keyboard brings the focus back to the choices")


def direction_name(backwards):
    return "Shift+Tab" if backwards else "Tab"


def press(node):
    """What a blind author does to a control: its Press action, or else (a tab in
    Qt 6.4 offers only SetFocus) the focus on it and the space bar."""
    action = node.get_action_iface()
    names = [action.get_action_name(i) for i in range(action.get_n_actions())] if action else []
    for wanted in ("Press", "Toggle"):
        if wanted in names:
            action.do_action(names.index(wanted))
            return True
    if "SetFocus" in names:
        action.do_action(names.index("SetFocus"))
    else:
        node.grab_focus()
    try:
        wait_until(lambda: Atspi.StateType.FOCUSED in states(node), 5, describe(node) + " focused")
    except TimeoutError:
        fail("%s cannot be reached by a screen reader" % describe(node))
        return False
    key("space")
    return True


def side_tabs(app):
    """The side panel's tabs, also those scrolled out of sight."""
    return [n for n, _ in walk(app, only_showing=False)
            if n.get_role() == Atspi.Role.PAGE_TAB and n.get_name() not in ("A–Z", "Lijst", "Web")
            and showing(n.get_parent())]


def check_panels(app, listener):
    """Each side panel in turn: its controls named; no field that keeps the focus."""
    tabs = side_tabs(app)
    if not tabs:
        fail("no side panel tabs")
        return
    for tab in tabs:
        label = tab.get_name()
        if not press(tab):
            continue
        try:
            wait_until(lambda: Atspi.StateType.CHECKED in states(tab), 10, label + " chosen")
        except TimeoutError:
            fail("the tab %s does not open its panel" % label)
            continue
        # The panel's controls appear as it is laid out: named once they are all there.
        try:
            wait_until(lambda: not unnamed_controls(app), 3, "the panel %s named" % label)
        except TimeoutError:
            pass  # check_names says which
        check_names(app, "the panel " + label)
    # Wijzigingen: with a saved change to record, Tab goes from the description field on
    # to the button that records it.
    editor = find(app, Atspi.Role.TEXT, "Tekst van het lemma")
    editor.grab_focus()
    wait_until(lambda: Atspi.StateType.FOCUSED in states(editor), 5, "the text focused")
    key("ctrl+End")
    type_text(" Een zin erbij.")
    key("ctrl+s")
    save = find(app, Atspi.Role.PUSH_BUTTON, "Opslaan")
    try:
        wait_until(lambda: save is not None and Atspi.StateType.SENSITIVE not in states(save), 10,
                   "the text saved")
    except TimeoutError:
        fail("Opslaan stays available after Ctrl+S")
    changes = next((t for t in side_tabs(app) if t.get_name().startswith("Wijzigingen")), None)
    if changes is None:
        fail("no Wijzigingen tab")
        return
    press(changes)
    try:
        field = wait_until(lambda: find(app, Atspi.Role.TEXT, "Wat is er veranderd?"), 10,
                           "the field 'Wat is er veranderd?'")
    except TimeoutError:
        fail("the Wijzigingen panel has no field named 'Wat is er veranderd?'")
        return
    field.grab_focus()
    wait_until(lambda: Atspi.StateType.FOCUSED in states(field), 5, "the field focused")
    type_text("Een zin toegevoegd")
    seen = []
    for _ in range(6):
        before = len(listener.focused)
        key("Tab")
        node = listener.next_focus(before)
        if node is None:
            break
        seen.append(describe(node))
        if node.get_role() == Atspi.Role.PUSH_BUTTON and node.get_name() == "Vastleggen":
            passed("Tab goes from 'Wat is er veranderd?' to " + ", ".join(seen))
            return
    fail("Tab from 'Wat is er veranderd?' does not reach Vastleggen (went to: %s)"
         % (", ".join(seen) or "nowhere"))


def walk_tab_order(app, listener, backwards):
    """Presses Tab (or Shift+Tab) until the focus is back where it started."""
    key_name = "shift+Tab" if backwards else "Tab"
    direction = "Shift+Tab" if backwards else "Tab"
    start = listener.focused[-1] if listener.focused else None
    order = []
    for _ in range(150):
        before = len(listener.focused)
        key(key_name)
        node = listener.next_focus(before)
        if node is None:
            fail("%s after %s moves the focus nowhere a screen reader hears"
                 % (direction, describe(order[-1]) if order else "the start"))
            return order
        order.append(node)
        if start is not None and node == start:
            break
        # Stuck: the same control three times in a row is a trap.
        if len(order) >= 3 and order[-1] == order[-2] == order[-3]:
            fail("%s is trapped in %s" % (direction, describe(node)))
            return order
    else:
        fail("%s did not come back to the start in 150 steps" % direction)
    return order


def check_tab_order(app):
    listener = FocusListener()
    # Start in the text: the place an author is most of the time.
    editor = find(app, Atspi.Role.TEXT, "Tekst van het lemma")
    if editor is None:
        fail("the lemma's text is not on screen")
        return listener
    try:
        editor.grab_focus()
        wait_until(lambda: Atspi.StateType.FOCUSED in states(editor), 5, "the text focused")
    except (GLib.Error, TimeoutError):
        pass
    if not listener.focused:
        listener.focused.append(editor)
    lines = []
    for backwards in (False, True):
        order = walk_tab_order(app, listener, backwards)
        names = [describe(n) for n in order]
        lines.append(("Shift+Tab" if backwards else "Tab") + ":\n  " + "\n  ".join(names))
        unnamed = [d for d, n in zip(names, order) if not (n.get_name() or "").strip()]
        if unnamed:
            fail("focus stops without a name (%s): %s"
                 % (direction_name(backwards), ", ".join(unnamed)))
        # The round, read from the toolbar on: the list, the text and the side panel's
        # tabs come in the order they stand on screen (the reverse for Shift+Tab).
        expected = [
            ("the toolbar", lambda n: n.get_role() == Atspi.Role.PUSH_BUTTON
             and (n.get_name() or "").startswith("Vastleggen")),
            ("the lemma list", lambda n: n.get_role() == Atspi.Role.LIST_ITEM),
            ("the text", lambda n: n.get_name() == "Tekst van het lemma"),
            ("the side panel's tabs", lambda n: n.get_role() == Atspi.Role.PAGE_TAB
             and n.get_name() not in ("A–Z", "Lijst", "Web")),
        ]
        if backwards:
            expected = [expected[0]] + expected[:0:-1]
        start = next((i for i, n in enumerate(order) if expected[0][1](n)), None)
        if start is None:
            fail("%s never reaches %s" % (direction_name(backwards), expected[0][0]))
            continue
        round_ = order[start:] + order[:start]
        last = -1
        for label, test in expected[1:]:
            index = next((i for i, n in enumerate(round_) if test(n)), None)
            if index is None:
                fail("%s never reaches %s" % (direction_name(backwards), label))
            elif index < last:
                fail("%s reaches %s out of order" % (direction_name(backwards), label))
            else:
                last = index
    if output:
        with open(os.path.join(output, "tab-order.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    print("\n".join(lines), flush=True)
    return listener


def main():
    global output
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--output")
    parser.add_argument("--conflict", action="store_true",
                        help="the editor shows an edition in the middle of a merge")
    args = parser.parse_args()
    output = args.output

    Atspi.init()
    try:
        app = wait_until(lambda: find_app(args.pid), 90, "the editor on the accessibility bus")
        frame = wait_until(lambda: find(app, Atspi.Role.FRAME), 60, "the editor's window")
        # There is no window manager on the virtual screen: the keyboard focus is given
        # to the window as a desktop gives it to a window that opens.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                        frame.get_name(), "windowfocus", "--sync"], check=True)
        if args.conflict:
            check_conflict(app, FocusListener())
            print("%d finding(s)" % len(failures), flush=True)
            return min(len(failures), 100)
        answer_name_question(app)
        wait_until(lambda: find(app, Atspi.Role.TEXT, "Tekst van het lemma"), 60,
                   "the lemma's text")
        dump(app, "tree.txt")
        check_names(app)
        check_lemma_list(app)
        check_disabled(app)
        check_status_bar(app)
        check_preview(app)
        listener = check_tab_order(app)
        check_announcements(app)
        check_dialogs(app, listener)
        check_panels(app, listener)
        check_web(app, listener)
    except TimeoutError as e:
        fail(str(e))
    print("%d finding(s)" % len(failures), flush=True)
    return min(len(failures), 100)


if __name__ == "__main__":
    sys.exit(main())
