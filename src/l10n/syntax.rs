//! An owned, simplified view of one parsed `.ftl` file, for the tools that
//! look at translations rather than format them (`check`, `status`, `sync`,
//! `review`).
//!
//! The runtime parser behind `FluentResource` drops comments, and comments
//! carry Puente's markers (`# puente: untranslated`,
//! `# puente: same-as-source`). So these tools parse with the full parser,
//! once, and keep what they need: every entry with its comment, the byte
//! range of its id and of its whole text, and a small expression tree whose
//! nodes know where they stand in the file, so every finding can be shown at
//! `path:line:col`.

use std::collections::BTreeSet;
use std::ops::Range;

use fluent_syntax::ast;
use fluent_syntax::parser::ParserError;

/// The comment line `sync` writes above a message it copied from English:
/// the message still needs translating. Check, status, list and the
/// localizer treat such a message as missing.
pub const UNTRANSLATED: &str = "puente: untranslated";

/// The comment line a translator writes above a message whose translation
/// is rightly the same as the English (a name, a word both languages share),
/// so `check` does not warn about it.
pub const SAME_AS_SOURCE: &str = "puente: same-as-source";

/// Whether a comment (its lines, without `#`) holds a marker line.
pub fn has_marker<S: AsRef<str>>(lines: &[S], marker: &str) -> bool {
    lines.iter().any(|l| l.as_ref().trim() == marker)
}

/// One message or term.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The id; a term's id keeps its leading `-`.
    pub id: String,
    pub is_term: bool,
    /// Where the id is (for a term, including the `-`).
    pub id_span: Range<usize>,
    /// From the id to the end of the entry's last line (without the line
    /// break): the text `sync` and `review` copy.
    pub text_span: Range<usize>,
    /// The lines of the comment directly above, without `# `.
    pub comment: Vec<String>,
    /// The `##` group comment this entry is under, as an index into
    /// [`Parsed::groups`].
    pub group: Option<usize>,
    pub value: Option<Vec<Node>>,
    pub attributes: Vec<Attribute>,
    /// [`Entry::printed`], made on first use: `check` compares each source
    /// entry with its translation in every locale.
    printed: std::sync::OnceLock<String>,
}

impl Entry {
    pub fn untranslated(&self) -> bool {
        has_marker(&self.comment, UNTRANSLATED)
    }

    pub fn same_as_source_ok(&self) -> bool {
        has_marker(&self.comment, SAME_AS_SOURCE)
    }

    /// The entry's text with whitespace runs made single, for comparing two
    /// versions of a message without caring how its lines were wrapped.
    pub fn canonical(&self) -> String {
        let mut out = String::new();
        if let Some(v) = &self.value {
            canonical_into(v, &mut out);
        }
        for a in &self.attributes {
            out.push_str("\n.");
            out.push_str(&a.name);
            out.push_str(" = ");
            canonical_into(&a.value, &mut out);
        }
        out.trim().to_string()
    }

    /// What the entry prints, as one string, for telling whether a
    /// translation still holds the source text: for every way through its
    /// select expressions (each selector given each of its keys), the text
    /// printed, whitespace runs made single. Two entries that print the same
    /// in every case get the same string, however their selects are laid
    /// out: moz.l10n (Pontoon) moves the text around a select into its
    /// variants, and `{ "[" }` prints `[`.
    pub fn printed(&self) -> &str {
        self.printed.get_or_init(|| {
            let mut out = String::new();
            self.printed_to(&mut out);
            out
        })
    }

    /// Whether [`Entry::printed`] is `text`, found without building it
    /// unless it was built already: `check` asks this of every translation.
    pub fn prints(&self, text: &str) -> bool {
        if let Some(p) = self.printed.get() {
            return p == text;
        }
        let mut m = Matches {
            rest: text,
            ok: true,
            last_space: false,
        };
        self.printed_to(&mut m);
        m.ok && m.rest.is_empty()
    }

    fn printed_to<W: Out>(&self, out: &mut W) {
        if let Some(v) = &self.value {
            printed_into(v, out);
        }
        for a in &self.attributes {
            out.push_str("\n.");
            out.push_str(&a.name);
            out.push_str(" = ");
            printed_into(&a.value, out);
        }
    }

    /// The words a translator has to translate: every word of text, in the
    /// value, each variant and each attribute.
    pub fn words(&self) -> usize {
        let mut n = 0;
        if let Some(v) = &self.value {
            n += words(v);
        }
        for a in &self.attributes {
            n += words(&a.value);
        }
        n
    }

    /// Every `$variable` the entry uses, anywhere.
    pub fn variables(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        if let Some(v) = &self.value {
            collect_vars(v, true, &mut out);
        }
        for a in &self.attributes {
            collect_vars(&a.value, true, &mut out);
        }
        out
    }
}

#[derive(Debug, Clone)]
pub struct Attribute {
    pub name: String,
    pub span: Range<usize>,
    pub value: Vec<Node>,
}

#[derive(Debug, Clone)]
pub enum Node {
    Text {
        text: String,
        span: Range<usize>,
    },
    /// `$name`; the span includes the `$`.
    Var {
        name: String,
        span: Range<usize>,
    },
    MsgRef {
        id: String,
        attr: Option<String>,
        span: Range<usize>,
    },
    /// `-id`, `-id.attr`, `-id(args)`; `id` keeps the `-`.
    TermRef {
        id: String,
        attr: Option<String>,
        args: Vec<Node>,
        span: Range<usize>,
    },
    Func {
        name: String,
        args: Vec<Node>,
        span: Range<usize>,
    },
    Literal {
        value: String,
        string: bool,
        span: Range<usize>,
    },
    Select {
        selector: Box<Node>,
        variants: Vec<Variant>,
    },
}

impl Node {
    /// Where the node is; a select expression is where its selector is.
    pub fn span(&self) -> Range<usize> {
        match self {
            Node::Text { span, .. }
            | Node::Var { span, .. }
            | Node::MsgRef { span, .. }
            | Node::TermRef { span, .. }
            | Node::Func { span, .. }
            | Node::Literal { span, .. } => span.clone(),
            Node::Select { selector, .. } => selector.span(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub key: String,
    pub key_span: Range<usize>,
    pub default: bool,
    pub value: Vec<Node>,
}

/// A parsed file.
#[derive(Debug, Default)]
pub struct Parsed {
    pub entries: Vec<Entry>,
    /// Syntax errors, as the parser reported them.
    pub errors: Vec<ParserError>,
    /// Where each piece of junk (an entry that did not parse) is.
    pub junk: Vec<Range<usize>>,
    /// The `##` group comments, in order, first line only.
    pub groups: Vec<String>,
}

impl Parsed {
    /// Ids that appear at the start of a line inside junk: entries a
    /// translator wrote but broke. `sync` must not add them a second time.
    pub fn junk_ids<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let mut out = Vec::new();
        for r in &self.junk {
            let Some(junk) = text.get(r.clone()) else {
                continue;
            };
            for line in junk.lines() {
                let id_end = line
                    .char_indices()
                    .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                    .map(|(i, _)| i)
                    .unwrap_or(line.len());
                let id = &line[..id_end];
                let rest = line[id_end..].trim_start();
                let name = id.strip_prefix('-').unwrap_or(id);
                if name.starts_with(|c: char| c.is_ascii_alphabetic()) && rest.starts_with('=') {
                    out.push(id);
                }
            }
        }
        out
    }
}

/// Parses a file. Never fails: what does not parse is recorded as junk with
/// its errors, and the rest of the file is still there.
pub fn parse(text: &str) -> Parsed {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    let base = text.as_ptr() as usize;
    let cx = Cx {
        base,
        len: text.len(),
    };
    let mut parsed = Parsed {
        errors,
        entries: Vec::with_capacity(resource.body.len()),
        ..Parsed::default()
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::GroupComment(c) => {
                parsed.groups.push(
                    c.content
                        .first()
                        .map(|l| l.trim().to_string())
                        .unwrap_or_default(),
                );
            }
            ast::Entry::Junk { content } => parsed.junk.push(cx.span(content)),
            _ => {
                let group = parsed.groups.len().checked_sub(1);
                parsed.entries.extend(cx.entry(text, entry, group));
            }
        }
    }
    parsed
}

/// The messages and terms of a file that the runtime parser has parsed
/// already (a `FluentResource`), as [`parse`] gives them but for their
/// comments, which that parser drops: `comment` is empty and `group` is
/// `None`. For a reader that needs no comment (the localizer's view of a
/// file without Puente's markers), so that a large tree is not parsed twice.
pub fn entries_without_comments(resource: &fluent_bundle::FluentResource) -> Vec<Entry> {
    let text = resource.source();
    let cx = Cx {
        base: text.as_ptr() as usize,
        len: text.len(),
    };
    resource
        .entries()
        .filter_map(|e| cx.entry(text, e, None))
        .collect()
}

fn comment_lines(c: Option<&ast::Comment<&str>>) -> Vec<String> {
    c.map(|c| c.content.iter().map(|l| l.to_string()).collect())
        .unwrap_or_default()
}

/// The end of the entry starting at `start`: its first line and every line
/// after it that is blank or indented (or starts a variant, an attribute or
/// closes a placeable), without trailing blank lines and line break.
pub fn entry_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let line_end =
        |from: usize| memchr::memchr(b'\n', &bytes[from..]).map_or(text.len(), |i| from + i);
    let mut end = line_end(start);
    let mut pos = end;
    while pos < text.len() {
        // `pos` is at a '\n'.
        let line_start = pos + 1;
        let line_end = line_end(line_start);
        let line = &text[line_start..line_end];
        // The characters that matter are ASCII: the first byte tells.
        match line.as_bytes().first() {
            None => {}
            Some(b' ' | b'\t') if !line.trim().is_empty() => end = line_end,
            Some(b' ' | b'\t') => {}
            Some(b'}' | b'[' | b'*' | b'.') => end = line_end,
            Some(_) => break,
        }
        if line_end >= text.len() {
            break;
        }
        pos = line_end;
    }
    end
}

/// Where the entries whose comment holds the line `marker` start (the start
/// of their `id_span`): the entries of which [`parse`] would say so (see
/// [`has_marker`]), found by parsing only each comment block that holds
/// the marker, with what follows it up to the end of the next entry. A
/// block starts where a run of lines beginning with `#` starts, which is
/// always between two entries, so the parser reads it as it would in the
/// whole file. Most files have no marker, or a few.
pub fn marked_entries(text: &str, marker: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let cx = Cx {
        base: text.as_ptr() as usize,
        len: text.len(),
    };
    let line_start = |i: usize| memchr::memrchr(b'\n', &bytes[..i]).map_or(0, |n| n + 1);
    let next_line = |i: usize| memchr::memchr(b'\n', &bytes[i..]).map_or(text.len(), |n| i + n + 1);
    let mut out = Vec::new();
    let mut parsed_to = 0;
    for at in memchr::memmem::find_iter(bytes, marker.as_bytes()) {
        if at < parsed_to {
            continue;
        }
        let mut start = line_start(at);
        if bytes.get(start) != Some(&b'#') {
            continue;
        }
        while start > 0 {
            let previous = line_start(start - 1);
            if bytes.get(previous) != Some(&b'#') {
                break;
            }
            start = previous;
        }
        // Past the block and any blank lines, to the entry that may follow.
        let mut entry = start;
        while entry < text.len() && bytes[entry] == b'#' {
            entry = next_line(entry);
        }
        while entry < text.len() {
            let line = &bytes[entry..next_line(entry)];
            if !line.iter().all(|b| matches!(b, b' ' | b'\r' | b'\n')) {
                break;
            }
            entry = next_line(entry);
        }
        let end = if entry < text.len() {
            entry_end(text, entry)
        } else {
            text.len()
        };
        let region = &text[start..end];
        let resource = match fluent_syntax::parser::parse(region) {
            Ok(r) | Err((r, _)) => r,
        };
        for e in &resource.body {
            let (comment, id, term) = match e {
                ast::Entry::Message(m) => (m.comment.as_ref(), m.id.name, false),
                ast::Entry::Term(t) => (t.comment.as_ref(), t.id.name, true),
                _ => continue,
            };
            if comment.is_some_and(|c| has_marker(&c.content, marker)) {
                let s = cx.span(id).start;
                out.push(if term { s.saturating_sub(1) } else { s });
            }
        }
        parsed_to = end.max(at + 1);
    }
    out
}

struct Cx {
    base: usize,
    len: usize,
}

impl Cx {
    /// A message or term of `text` (the parsed text) as an [`Entry`].
    fn entry(&self, text: &str, entry: &ast::Entry<&str>, group: Option<usize>) -> Option<Entry> {
        match entry {
            ast::Entry::Message(m) => {
                let id_span = self.span(m.id.name);
                Some(Entry {
                    id: m.id.name.to_string(),
                    is_term: false,
                    text_span: id_span.start..entry_end(text, id_span.start),
                    id_span,
                    comment: comment_lines(m.comment.as_ref()),
                    group,
                    value: m.value.as_ref().map(|p| self.pattern(p)),
                    attributes: m.attributes.iter().map(|a| self.attribute(a)).collect(),
                    printed: Default::default(),
                })
            }
            ast::Entry::Term(t) => {
                let s = self.span(t.id.name);
                let id_span = s.start.saturating_sub(1)..s.end;
                Some(Entry {
                    id: ["-", t.id.name].concat(),
                    is_term: true,
                    text_span: id_span.start..entry_end(text, id_span.start),
                    id_span,
                    comment: comment_lines(t.comment.as_ref()),
                    group,
                    value: Some(self.pattern(&t.value)),
                    attributes: t.attributes.iter().map(|a| self.attribute(a)).collect(),
                    printed: Default::default(),
                })
            }
            _ => None,
        }
    }

    /// The byte range of a slice of the parsed text.
    fn span(&self, s: &str) -> Range<usize> {
        let start = (s.as_ptr() as usize)
            .checked_sub(self.base)
            .filter(|&o| o <= self.len)
            .unwrap_or(0);
        start..(start + s.len()).min(self.len)
    }

    fn attribute(&self, a: &ast::Attribute<&str>) -> Attribute {
        Attribute {
            name: a.id.name.to_string(),
            span: self.span(a.id.name),
            value: self.pattern(&a.value),
        }
    }

    fn pattern(&self, p: &ast::Pattern<&str>) -> Vec<Node> {
        p.elements
            .iter()
            .map(|e| match e {
                ast::PatternElement::TextElement { value } => Node::Text {
                    text: value.to_string(),
                    span: self.span(value),
                },
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            })
            .collect()
    }

    fn expression(&self, e: &ast::Expression<&str>) -> Node {
        match e {
            ast::Expression::Select { selector, variants } => Node::Select {
                selector: Box::new(self.inline(selector)),
                variants: variants
                    .iter()
                    .map(|v| {
                        let (key, span) = match &v.key {
                            ast::VariantKey::Identifier { name } => (name, self.span(name)),
                            ast::VariantKey::NumberLiteral { value } => (value, self.span(value)),
                        };
                        Variant {
                            key: key.to_string(),
                            key_span: span,
                            default: v.default,
                            value: self.pattern(&v.value),
                        }
                    })
                    .collect(),
            },
            ast::Expression::Inline(i) => self.inline(i),
        }
    }

    fn args(&self, a: Option<&ast::CallArguments<&str>>) -> Vec<Node> {
        let Some(a) = a else {
            return Vec::new();
        };
        a.positional
            .iter()
            .chain(a.named.iter().map(|n| &n.value))
            .map(|i| self.inline(i))
            .collect()
    }

    fn inline(&self, i: &ast::InlineExpression<&str>) -> Node {
        use ast::InlineExpression as I;
        match i {
            I::StringLiteral { value } => {
                let s = self.span(value);
                Node::Literal {
                    value: value.to_string(),
                    string: true,
                    span: s.start.saturating_sub(1)..(s.end + 1).min(self.len),
                }
            }
            I::NumberLiteral { value } => Node::Literal {
                value: value.to_string(),
                string: false,
                span: self.span(value),
            },
            I::FunctionReference { id, arguments } => Node::Func {
                name: id.name.to_string(),
                args: self.args(Some(arguments)),
                span: self.span(id.name),
            },
            I::MessageReference { id, attribute } => {
                let s = self.span(id.name);
                let end = attribute.as_ref().map(|a| self.span(a.name).end);
                Node::MsgRef {
                    id: id.name.to_string(),
                    attr: attribute.as_ref().map(|a| a.name.to_string()),
                    span: s.start..end.unwrap_or(s.end),
                }
            }
            I::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let s = self.span(id.name);
                let end = attribute.as_ref().map(|a| self.span(a.name).end);
                Node::TermRef {
                    id: ["-", id.name].concat(),
                    attr: attribute.as_ref().map(|a| a.name.to_string()),
                    args: self.args(arguments.as_ref()),
                    span: s.start.saturating_sub(1)..end.unwrap_or(s.end),
                }
            }
            I::VariableReference { id } => {
                let s = self.span(id.name);
                Node::Var {
                    name: id.name.to_string(),
                    span: s.start.saturating_sub(1)..s.end,
                }
            }
            I::Placeable { expression } => self.expression(expression),
        }
    }
}

/// Where the canonical and printed forms are written: a string, or a
/// comparison with one ([`Matches`]).
trait Out {
    fn push_str(&mut self, s: &str);
    fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }
    fn ends_with_space(&self) -> bool;
    /// Nothing written from now on can change the outcome (a comparison
    /// that already failed): writers may stop early.
    fn done(&self) -> bool {
        false
    }
}

impl Out for String {
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s);
    }
    fn push(&mut self, c: char) {
        String::push(self, c);
    }
    fn ends_with_space(&self) -> bool {
        self.ends_with(' ')
    }
}

/// Compares what is written with an expected text, keeping nothing.
struct Matches<'a> {
    rest: &'a str,
    ok: bool,
    last_space: bool,
}

impl Out for Matches<'_> {
    fn push_str(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.last_space = s.ends_with(' ');
        if self.ok {
            match self.rest.strip_prefix(s) {
                Some(r) => self.rest = r,
                None => self.ok = false,
            }
        }
    }
    fn ends_with_space(&self) -> bool {
        self.last_space
    }
    fn done(&self) -> bool {
        !self.ok
    }
}

fn canonical_into<W: Out>(nodes: &[Node], out: &mut W) {
    for n in nodes {
        match n {
            // `{ "[" }` prints `[`: Weblate writes a value that starts with
            // `[` that way, and it is the same text.
            Node::Literal {
                value,
                string: true,
                ..
            } if !value.contains(char::is_whitespace) => out.push_str(value),
            Node::Text { text, .. } => {
                for (i, w) in text.split_whitespace().enumerate() {
                    if i > 0 || (text.starts_with(char::is_whitespace) && !out.ends_with_space()) {
                        out.push(' ');
                    }
                    out.push_str(w);
                }
                if text.ends_with(char::is_whitespace) && !out.ends_with_space() {
                    out.push(' ');
                }
            }
            other => {
                out.push('{');
                canonical_node(other, out);
                out.push('}');
            }
        }
    }
}

/// Past this many ways through a pattern's selects, [`Entry::printed`]
/// gives the canonical form instead.
const MAX_PRINTED: usize = 256;

fn printed_into<W: Out>(nodes: &[Node], out: &mut W) {
    // Without a select there is one way through, and no header.
    if !nodes.iter().any(|n| matches!(n, Node::Select { .. })) {
        render(nodes, &[], &mut Collapse::new(out));
        out.push('\n');
        return;
    }
    let mut keys: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
    selector_keys(nodes, &mut keys);
    let selectors: Vec<(&String, Vec<&String>)> =
        keys.iter().map(|(s, k)| (s, k.iter().collect())).collect();
    let total = selectors
        .iter()
        .try_fold(1usize, |n, (_, k)| n.checked_mul(k.len().max(1)))
        .filter(|&n| n <= MAX_PRINTED);
    let Some(total) = total else {
        canonical_into(nodes, out);
        return;
    };
    for i in 0..total {
        if out.done() {
            return;
        }
        let mut rest = i;
        let mut chosen: Vec<(&str, &str)> = Vec::new();
        for (sel, ks) in &selectors {
            chosen.push((sel.as_str(), ks[rest % ks.len()].as_str()));
            rest /= ks.len();
        }
        if !selectors.is_empty() {
            out.push('[');
            for (j, (sel, k)) in chosen.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                out.push_str(sel);
                out.push('=');
                out.push_str(k);
            }
            out.push_str("] ");
        }
        render(nodes, &chosen, &mut Collapse::new(out));
        out.push('\n');
    }
}

/// Writes on with every whitespace run made one space and none at the
/// ends: what `split_whitespace().join(" ")` of the whole text gives.
struct Collapse<'w, W: Out> {
    inner: &'w mut W,
    /// Something was written.
    any: bool,
    /// Whitespace came after the last word written.
    pending: bool,
}

impl<'w, W: Out> Collapse<'w, W> {
    fn new(inner: &'w mut W) -> Self {
        Collapse {
            inner,
            any: false,
            pending: false,
        }
    }
}

impl<W: Out> Out for Collapse<'_, W> {
    fn done(&self) -> bool {
        self.inner.done()
    }
    fn push_str(&mut self, s: &str) {
        if self.inner.done() {
            return;
        }
        // A word or a brace, the common case: no whitespace to fold.
        if !s.is_empty() && !s.contains(char::is_whitespace) {
            if self.pending && self.any {
                self.inner.push(' ');
            }
            self.inner.push_str(s);
            self.any = true;
            self.pending = false;
            return;
        }
        if s.starts_with(char::is_whitespace) {
            self.pending = true;
        }
        for w in s.split_whitespace() {
            if self.pending && self.any {
                self.inner.push(' ');
            }
            self.inner.push_str(w);
            self.any = true;
            self.pending = true;
            // A comparison fails at its first different word: the rest of a
            // long paragraph need not be split.
            if self.inner.done() {
                return;
            }
        }
        self.pending = s.ends_with(char::is_whitespace) || (self.pending && s.is_empty());
    }
    fn ends_with_space(&self) -> bool {
        self.pending
    }
}

fn selector_keys(nodes: &[Node], out: &mut std::collections::BTreeMap<String, BTreeSet<String>>) {
    for n in nodes {
        if let Node::Select { selector, variants } = n {
            let mut sel = String::new();
            canonical_node(selector, &mut sel);
            let entry = out.entry(sel).or_default();
            for v in variants {
                entry.insert(v.key.clone());
            }
            for v in variants {
                selector_keys(&v.value, out);
            }
        }
    }
}

fn render<W: Out>(nodes: &[Node], chosen: &[(&str, &str)], out: &mut W) {
    for n in nodes {
        if out.done() {
            return;
        }
        match n {
            Node::Text { text, .. } => out.push_str(text),
            Node::Literal {
                value,
                string: true,
                ..
            } => out.push_str(value),
            Node::Select { selector, variants } => {
                let mut sel = String::new();
                canonical_node(selector, &mut sel);
                let key = chosen.iter().find(|(s, _)| *s == sel).map(|(_, k)| *k);
                let v = variants
                    .iter()
                    .find(|v| Some(v.key.as_str()) == key)
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(v) = v {
                    render(&v.value, chosen, out);
                }
            }
            other => {
                out.push('{');
                canonical_node(other, out);
                out.push('}');
            }
        }
    }
}

fn canonical_node<W: Out>(n: &Node, out: &mut W) {
    match n {
        Node::Text { text, .. } => out.push_str(text),
        Node::Var { name, .. } => {
            out.push('$');
            out.push_str(name);
        }
        Node::MsgRef { id, attr, .. } => {
            out.push_str(id);
            if let Some(a) = attr {
                out.push('.');
                out.push_str(a);
            }
        }
        Node::TermRef { id, attr, args, .. } => {
            out.push_str(id);
            if let Some(a) = attr {
                out.push('.');
                out.push_str(a);
            }
            if !args.is_empty() {
                canonical_args(args, out);
            }
        }
        Node::Func { name, args, .. } => {
            out.push_str(name);
            canonical_args(args, out);
        }
        Node::Literal { value, string, .. } => {
            if *string {
                out.push('"');
                out.push_str(value);
                out.push('"');
            } else {
                out.push_str(value);
            }
        }
        Node::Select { selector, variants } => {
            canonical_node(selector, out);
            out.push_str(" ->");
            for v in variants {
                out.push_str(if v.default { " *[" } else { " [" });
                out.push_str(&v.key);
                out.push_str("] ");
                canonical_into(&v.value, out);
            }
        }
    }
}

fn canonical_args<W: Out>(args: &[Node], out: &mut W) {
    out.push('(');
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        canonical_node(a, out);
    }
    out.push(')');
}

fn words(nodes: &[Node]) -> usize {
    nodes
        .iter()
        .map(|n| match n {
            Node::Text { text, .. } => text.split_whitespace().count(),
            Node::Select { variants, .. } => variants.iter().map(|v| words(&v.value)).sum(),
            _ => 0,
        })
        .sum()
}

/// Whether a pattern uses any variable, in text, arguments, selectors or
/// variants: what [`collect_vars`] with selectors would find, without
/// collecting.
pub fn has_vars(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| match n {
        Node::Var { .. } => true,
        Node::TermRef { args, .. } | Node::Func { args, .. } => has_vars(args),
        Node::Select { selector, variants } => {
            has_vars(std::slice::from_ref(selector)) || variants.iter().any(|v| has_vars(&v.value))
        }
        _ => false,
    })
}

/// Collects the variables of a pattern. With `selectors`, variables that
/// only choose a variant count too.
pub fn collect_vars(nodes: &[Node], selectors: bool, out: &mut BTreeSet<String>) {
    for n in nodes {
        collect_node_vars(n, selectors, out);
    }
}

fn collect_node_vars(n: &Node, selectors: bool, out: &mut BTreeSet<String>) {
    match n {
        Node::Var { name, .. } => {
            out.insert(name.clone());
        }
        Node::TermRef { args, .. } | Node::Func { args, .. } => {
            for a in args {
                collect_node_vars(a, selectors, out);
            }
        }
        Node::Select { selector, variants } => {
            if selectors {
                collect_node_vars(selector, selectors, out);
            }
            for v in variants {
                collect_vars(&v.value, selectors, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The localizer reads entries from the runtime parse; they must be
    /// what the full parse gives, comments aside, for every shipped file
    /// and for the awkward cases (junk, a comment that does not parse,
    /// selects, terms, attributes, CRLF).
    #[test]
    fn entries_without_comments_are_the_full_parse_without_comments() {
        let mut texts = vec![
            "# c\na = one\n    two\n\n-t = { $n ->\n    [one] x\n   *[other] y\n}\n    .attr = z\nb = B\n"
                .to_string(),
            "#bad comment\na = A\nbroken = { \nc = { -t(x: 1) } { msg.attr } { NUMBER($n) }\n".to_string(),
            "a = A\r\n    .b = B\r\n## group\r\nc = C\r\n".to_string(),
        ];
        // Where a same-as-source marker attaches, and where it does not.
        for case in [
            "# puente: same-as-source\na = A\n",
            "# puente: same-as-source\n\na = A\n",
            "# puente: same-as-source\n\n\na = A\n",
            "## Group\n# puente: same-as-source\n-t = T\n    .x = y\n",
            "# note\n# puente: same-as-source\n# more\na =\n    one\n\n    two\nb = B\n",
            "a = A\n# puente: same-as-source\nb = B\n# puente: same-as-source\n",
            "x = puente: same-as-source\n# puente: same-as-source\r\ny = Y\r\n",
            "### puente: same-as-source\na = A\n## puente: same-as-source\nb = B\n",
            "#puente: same-as-source\na = A\n# ok\n#bad\n# puente: same-as-source\nb = B\n",
            "# puente: same-as-source\nbroken = {\nc = C\n",
            "a = { $x ->\n   *[a] A\n}\n# puente: same-as-source\n  \nb = B\n",
        ] {
            texts.push(case.to_string());
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["locales/en", "locales/es", "i18n/en", "i18n/es"] {
            for e in std::fs::read_dir(root.join(dir)).unwrap().flatten() {
                if e.path().extension().is_some_and(|x| x == "ftl") {
                    texts.push(std::fs::read_to_string(e.path()).unwrap());
                }
            }
        }
        assert!(texts.len() > 10, "no shipped .ftl files found");
        let shown = |e: &Entry| {
            format!(
                "{} {} {:?} {:?} {:?} {:?}",
                e.id, e.is_term, e.id_span, e.text_span, e.value, e.attributes
            )
        };
        for text in &texts {
            let parsed = parse(text);
            let marked: Vec<usize> = parsed
                .entries
                .iter()
                .filter(|e| e.same_as_source_ok())
                .map(|e| e.id_span.start)
                .collect();
            assert_eq!(marked, marked_entries(text, SAME_AS_SOURCE), "{text:?}");
            let full: Vec<String> = parsed.entries.iter().map(shown).collect();
            let resource = match fluent_bundle::FluentResource::try_new(text.clone()) {
                Ok(r) | Err((r, _)) => r,
            };
            let runtime: Vec<String> = entries_without_comments(&resource)
                .iter()
                .map(shown)
                .collect();
            assert_eq!(full, runtime);
        }
    }

    #[test]
    fn entry_text_spans_cover_multiline_values_and_closing_braces() {
        let text = "# c\na = one\n    two\n\n-t = { $n ->\n    [one] x\n   *[other] y\n}\n    .attr = z\nb = B\n";
        let p = parse(text);
        let ids: Vec<&str> = p.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "-t", "b"]);
        assert_eq!(&text[p.entries[0].text_span.clone()], "a = one\n    two");
        assert_eq!(
            &text[p.entries[1].text_span.clone()],
            "-t = { $n ->\n    [one] x\n   *[other] y\n}\n    .attr = z"
        );
        assert_eq!(&text[p.entries[1].id_span.clone()], "-t");
        assert_eq!(p.entries[0].comment, ["c"]);
    }

    #[test]
    fn collapse_is_split_and_join_however_the_text_is_cut() {
        let texts = ["  a  b\n c ", "abc", " ", "", "x {y}  z\t", "é ñ  ü"];
        for t in texts {
            let want = t.split_whitespace().collect::<Vec<_>>().join(" ");
            let bytes: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for &i in &bytes {
                for &j in bytes.iter().filter(|&&j| j >= i) {
                    let mut out = String::new();
                    let mut c = Collapse::new(&mut out);
                    for part in [&t[..i], &t[i..j], "", &t[j..]] {
                        c.push_str(part);
                    }
                    assert_eq!(out, want, "{t:?} cut at {i} and {j}");
                }
            }
        }
    }

    #[test]
    fn prints_agrees_with_printed() {
        let texts = [
            "a = one two\n    three { $x }\n",
            "a =\n    one\n    two three { $x }\n",
            "a = one two three\n",
            "a = one two\n",
            "a = { $h }:{ $m } { $ampm ->\n    [am] a.m.\n   *[pm] p.m.\n}\n",
            "a =\n    { $ampm ->\n        [am] { $h }:{ $m } a.m.\n       *[pm] { $h }:{ $m } p.m.\n    }\n",
            "a = x\n    .title = y\n",
            "a = x\n    .title = y z\n",
            "a = { \"[\" }x\n",
            "a = [x\n",
        ];
        for x in texts {
            for y in texts {
                let (a, b) = (&parse(x).entries[0], &parse(y).entries[0]);
                let expected = a.printed() == parse(y).entries[0].printed();
                assert_eq!(b.prints(a.printed()), expected, "{x:?} against {y:?}");
            }
        }
    }

    #[test]
    fn has_vars_finds_what_collect_vars_collects() {
        let texts = [
            "a = plain text\n",
            "a = { $x }\n",
            "a = { -t($x) }\n",
            "a = { NUMBER($n) }\n",
            "a = { $n ->\n    [one] one\n   *[other] many\n}\n",
            "a = { -t.gender ->\n    [one] { $x }\n   *[other] y\n}\n",
            "a = { msg } { -term }\n",
        ];
        for t in texts {
            let p = parse(t);
            assert!(p.errors.is_empty(), "{t:?}: {:?}", p.errors);
            let nodes = p.entries[0].value.as_deref().unwrap_or(&[]);
            let mut all = BTreeSet::new();
            collect_vars(nodes, true, &mut all);
            assert_eq!(has_vars(nodes), !all.is_empty(), "{t:?}");
        }
    }

    #[test]
    fn canonical_ignores_line_wrapping() {
        let a = parse("a = one two\n    three { $x }\n");
        let b = parse("a =\n    one\n    two three { $x }\n");
        assert_eq!(a.entries[0].canonical(), b.entries[0].canonical());
        assert_eq!(a.entries[0].canonical(), "one two three {$x}");
        assert_eq!(a.entries[0].words(), 3);
    }

    #[test]
    fn text_moved_into_the_variants_prints_the_same() {
        let a = parse("a = { $h }:{ $m } { $ampm ->\n    [am] a.m.\n   *[pm] p.m.\n}\n");
        let b = parse("a =\n    { $ampm ->\n        [am] { $h }:{ $m } a.m.\n       *[pm] { $h }:{ $m } p.m.\n    }\n");
        assert_eq!(a.entries[0].printed(), b.entries[0].printed());
        let c = parse("a = { $h }:{ $m } { $ampm ->\n    [am] AM\n   *[pm] p.m.\n}\n");
        assert_ne!(a.entries[0].printed(), c.entries[0].printed());
    }

    #[test]
    fn a_string_literal_is_the_text_it_prints() {
        let a = parse("a = [your organisation]\n");
        let b = parse("a = { \"[\" }your organisation]\n");
        assert_eq!(a.entries[0].canonical(), b.entries[0].canonical());
    }

    #[test]
    fn junk_ids_are_found() {
        let text = "good = ok\nbroken = { $x\n-term = { oops\n";
        let p = parse(text);
        assert_eq!(p.junk_ids(text), ["broken", "-term"]);
    }
}
