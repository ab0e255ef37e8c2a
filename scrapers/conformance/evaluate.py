"""Evaluates feedparser `Expect:` expressions against our reader's mapped output.

Reads one JSON object per line on stdin: {"id", "expect", "view"}; writes one per line: {"id", "status", "reason"}
with status "pass", "fail" or "na" (not applicable: the expression uses a feedparser name we do not produce).
Run with /usr/bin/python3 (Debian's); feedparser itself is not needed.
"""
import ast
import calendar
import html
import re
import unicodedata
import datetime
import json
import sys
import time


# What our mapping produces (map-result.ts), as a schema: '#' is any list index, None a leaf value.
ENTRY_SCHEMA = {
    'id': None, 'title': None, 'link': None, 'summary': None, 'description': None, 'author': None,
    'published': None, 'published_parsed': None, 'updated_parsed': None, 'language': None,
    'content': {'#': {'value': None}},
    'source': {'title': None, 'href': None},
}
SCHEMA = {
    'feed': {'title': None, 'link': None, 'language': None},
    'entries': {'#': ENTRY_SCHEMA},
    'bozo': None,
    'encoding': None,
}
# Builtins and methods an expression may use without naming a feedparser key.
NEUTRAL_NAMES = {'len', 'ord', 'str', 'int', 'isinstance', 'type', 'time', 'True', 'False', 'None', 'u', 'list', 'tuple', 'dict', 'sorted', 'set', 'repr', 'bool'}
NEUTRAL_METHODS = {'get', 'keys', 'values', 'items', 'startswith', 'endswith', 'lower', 'upper', 'strip', 'find', 'count', 'split', 'encode', 'has_key'}


def chain_of(node):
    """Returns (root name, [keys]) for feed['a'][0].b style chains, or None."""
    keys = []
    while True:
        if isinstance(node, ast.Subscript):
            slice_node = node.slice
            if isinstance(slice_node, ast.Constant) and isinstance(slice_node.value, str):
                keys.append(slice_node.value)
            else:
                keys.append('#')
            node = node.value
        elif isinstance(node, ast.Attribute):
            keys.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Name):
            return node.id, list(reversed(keys))
        else:
            return None


def unmapped_name(expression):
    """The first feedparser name or key the expression reads that our mapping does not produce, or None."""
    tree = ast.parse(expression, mode='eval')
    for node in ast.walk(tree):
        # x.get('key') and x.has_key('key') read 'key' too.
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ('get', 'has_key')
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            chain = chain_of(node.func.value)
            if chain and chain[0] in SCHEMA:
                missing = first_unmapped_key(chain[0], chain[1] + [node.args[0].value])
                if missing is not None:
                    return missing
        if isinstance(node, ast.Name) and node.id not in SCHEMA and node.id not in NEUTRAL_NAMES:
            return node.id
        if isinstance(node, (ast.Subscript, ast.Attribute)):
            chain = chain_of(node)
            if not chain or chain[0] not in SCHEMA:
                continue
            missing = first_unmapped_key(chain[0], chain[1])
            if missing is not None:
                return missing
    return None


def first_unmapped_key(root, keys):
    level = SCHEMA[root]
    for key in keys:
        if level is None:
            if key in NEUTRAL_METHODS:
                return None
            return key
        if key in NEUTRAL_METHODS and key not in level:
            return None
        if key == '#' and '#' in level:
            level = level['#']
            continue
        if key not in level:
            return key
        level = level[key]
    return None


class View(dict):
    """A dict that also answers attribute access, as feedparser's FeedParserDict does."""

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key)

    def has_key(self, key):
        """Python 2's dict.has_key, which some expectations still call."""
        return key in self


class Entries(list):
    def __getitem__(self, index):
        try:
            return list.__getitem__(self, index)
        except IndexError:
            # An expectation about an entry we did not produce is a failure, not "not applicable".
            raise


def to_struct_time(iso):
    moment = datetime.datetime.fromisoformat(iso.replace('Z', '+00:00'))
    return time.gmtime(calendar.timegm(moment.utctimetuple()))


def wrap(value, key=None):
    if isinstance(value, dict):
        return View({k: wrap(v, k) for k, v in value.items()})
    if isinstance(value, list):
        return Entries(wrap(v) for v in value)
    if key in ('published_parsed', 'updated_parsed') and isinstance(value, str):
        return to_struct_time(value)
    return value


BLOCK_TAGS = re.compile(r'^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$', re.I)


def to_plain_text(value):
    """An independent reference for our plain-text contract: tags out, entities decoded once, ASCII spaces collapsed, NFC."""
    value = re.sub(r'<!--.*?-->', ' ', value, flags=re.S)
    value = re.sub(r'<\/?([A-Za-z][A-Za-z0-9:-]*)[^>]*>', lambda m: ' ' if BLOCK_TAGS.match(m.group(1)) else '', value)
    value = html.unescape(value)
    value = re.sub(r'[\t\n\f\r ]+', ' ', value).strip()
    return unicodedata.normalize('NFC', value)


class PlainTextLiterals(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant(to_plain_text(node.value)), node)
        return node


def evaluate(case):
    view = case['view']
    names = {
        'bozo': 1 if view['bozo'] else 0,
        'encoding': view['encoding'],
        'feed': wrap(view['feed']),
        'entries': wrap(view['entries']),
        'time': time,
    }
    try:
        unmapped = unmapped_name(case['expect'])
    except SyntaxError as error:
        return 'na', 'not a Python 3 expression (%s)' % (error.msg,)
    if unmapped is not None:
        return 'na', 'reads feedparser name %r, which we do not produce' % (unmapped,)
    expression = case['expect']
    code = expression
    if case.get('plainText'):
        # Expectations written for HTML output, checked in their plain-text form (our contract stores plain text).
        tree = ast.fix_missing_locations(PlainTextLiterals().visit(ast.parse(expression, mode='eval')))
        code = compile(tree, '<expect>', 'eval')
    try:
        result = eval(code, {'__builtins__': __builtins__}, names)
    except Exception as error:  # IndexError, TypeError …: our output does not have what is expected.
        return 'fail', '%s: %s' % (type(error).__name__, error)
    return ('pass', '') if result else ('fail', 'expression is false')


for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    case = json.loads(line)
    status, reason = evaluate(case)
    sys.stdout.write(json.dumps({'id': case['id'], 'status': status, 'reason': reason}) + '\n')
