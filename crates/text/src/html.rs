//! HTML page → article text, with a small forgiving tag scanner.
//!
//! One left-to-right pass keeps a stack of open elements. An element is
//! *dropped* (its whole subtree yields no text) for its tag (script, nav,
//! footer, ...), its `role`, or a class/id part such as `share` or `related`.
//! Real pages are broken, so: end tags close every unclosed element above
//! their match (an unclosed `<nav>` ends with its parent), stray end tags are
//! ignored, `<p>`/`<li>`/`<td>`... close implicitly, `/>` closes any element,
//! and script-like elements are skipped as raw text up to their end tag.
//!
//! The output has one paragraph per line (block elements end a line), at most
//! one blank line (from `<br><br>`), collapsed inline whitespace, trimmed
//! lines, and entities decoded.

/// Text of a page: the `<title>` and the visible article text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HtmlText {
    pub title: Option<String>,
    pub text: String,
}

/// Whether `text` looks like an HTML document rather than plain text: it
/// starts (after whitespace or a BOM) with `<!doctype`, `<html`, `<head`,
/// `<body`, a comment, or an XML declaration followed by `<html`; or its
/// first KB holds at least three common tags.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let head = &t.as_bytes()[..t.len().min(1024)];
    if [&b"<!doctype"[..], b"<html", b"<head", b"<body", b"<!--"]
        .iter()
        .any(|p| starts_with_ci(head, p))
    {
        return true;
    }
    if starts_with_ci(head, b"<?xml") && find_ci(head, b"<html") {
        return true;
    }
    let mut tags = 0;
    let mut i = 0;
    while let Some(lt) = find_byte(head, i, b'<') {
        i = lt + 1;
        let start = lt + 1 + usize::from(head.get(lt + 1) == Some(&b'/'));
        let end = start
            + head[start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
        let name_ok = end > start && end - start <= 10 && {
            let mut buf = [0u8; 16];
            COMMON_TAGS.contains(&lower(&head[start..end], &mut buf))
        };
        if name_ok
            && matches!(
                head.get(end),
                None | Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r')
            )
        {
            tags += 1;
            if tags >= 3 {
                return true;
            }
        }
    }
    false
}

const COMMON_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "td",
    "span",
    "a",
    "b",
    "strong",
    "em",
    "img",
    "meta",
    "link",
    "script",
    "style",
    "title",
    "body",
    "head",
    "html",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "main",
    "blockquote",
];

/// Extracts the title and the article text of an HTML page (see the module
/// docs). Linear in the input; never panics.
pub fn html_to_text(html: &str) -> HtmlText {
    let html = html.strip_prefix('\u{FEFF}').unwrap_or(html);
    let mut s = Scanner {
        src: html,
        stack: Vec::with_capacity(32),
        out: Out::with_capacity(html.len() / 4),
        title: None,
        head_open: false,
    };
    s.run();
    HtmlText {
        title: s.title,
        text: s.out.buf,
    }
}

// ---------------------------------------------------------------- tag table

const VOID: u32 = 1 << 0;
const BLOCK: u32 = 1 << 1;
/// Raw text: the content runs to the matching end tag, markup or not.
const RAW: u32 = 1 << 2;
const TITLE: u32 = 1 << 3;
const BR: u32 = 1 << 4;
/// Dropped whatever the context, and `<main>` does not undo it.
const DROP_HARD: u32 = 1 << 5;
/// Page furniture: dropped, but `<main>` inside it is kept (see `open`).
const DROP_SOFT: u32 = 1 << 6;
/// `<header>`: dropped unless inside `<article>` or `<main>`.
const HEADER: u32 = 1 << 7;
/// `<form>`: dropped unless it wraps a real amount of text (ASP.NET pages
/// wrap the whole body in one form).
const FORM: u32 = 1 << 8;
/// `<article>`, `<main>`: a header inside them holds the headline.
const CONTENT: u32 = 1 << 9;
const MAIN: u32 = 1 << 10;
/// Never dropped for its class, id or role (html, body, main, article: CMSs
/// put taxonomy classes like `tag-social` on them).
const KEEP: u32 = 1 << 11;
const PRE: u32 = 1 << 12;
/// Starting this element closes an open `<p>`.
const CLOSES_P: u32 = 1 << 13;
/// Implied-close searches stop here (the HTML "button scope").
const SCOPE: u32 = 1 << 14;
/// May appear in `<head>`; anything else closes an unclosed head.
const HEAD_OK: u32 = 1 << 15;
const HEADING: u32 = 1 << 16;

/// Flags of a lower-case tag name; 0 for inline and unknown elements.
fn tag_info(name: &str) -> u32 {
    const FLOW: u32 = BLOCK | CLOSES_P;
    match name {
        "br" => BR | VOID,
        "hr" => VOID | FLOW,
        "meta" | "link" | "base" | "basefont" | "bgsound" => VOID | HEAD_OK,
        "img" | "input" | "wbr" | "source" | "area" | "col" | "embed" | "param" | "track" | "keygen"
        | "frame" | "image" => VOID,
        "title" => RAW | TITLE | HEAD_OK,
        "script" | "style" => RAW | HEAD_OK,
        "xmp" => RAW | CLOSES_P,
        "iframe" | "noembed" | "noframes" | "textarea" => RAW,
        "noscript" | "template" => DROP_HARD | HEAD_OK,
        "head" => DROP_HARD | HEAD_OK,
        "html" => BLOCK | KEEP | SCOPE | HEAD_OK,
        "body" => BLOCK | KEEP,
        "object" | "applet" => DROP_HARD | SCOPE,
        "button" => DROP_HARD | SCOPE,
        "svg" | "math" | "select" | "datalist" | "canvas" | "video" | "audio" | "map" => DROP_HARD,
        "dialog" => DROP_HARD | FLOW,
        "nav" | "aside" | "footer" | "menu" => DROP_SOFT | FLOW,
        "header" => HEADER | FLOW,
        "form" => FORM | FLOW,
        "article" => CONTENT | KEEP | FLOW,
        "main" => CONTENT | MAIN | KEEP | FLOW,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => HEADING | FLOW,
        "pre" | "listing" => PRE | FLOW,
        "table" => FLOW | SCOPE,
        "td" | "th" | "caption" => BLOCK | SCOPE,
        "marquee" => BLOCK | SCOPE,
        "li" | "dd" | "dt" => FLOW,
        "tr" | "option" | "legend" => BLOCK,
        "p" | "div" | "section" | "blockquote" | "ul" | "ol" | "dl" | "figure" | "figcaption" | "address"
        | "center" | "details" | "summary" | "fieldset" | "hgroup" | "search" | "dir" => FLOW,
        _ => 0,
    }
}

/// Class/id parts that mark page furniture. Matched against whole parts of
/// a class split at `-`, `_` and camelCase humps: `post-share` and
/// `shareBar` match `share`, `shareholders` does not.
const FURNITURE: &[&str] = &[
    "menu",
    "menus",
    "nav",
    "navbar",
    "navigation",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "sidebar",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "share",
    "sharing",
    "sharer",
    "social",
    "related",
    "comments",
    "comment",
    "subscribe",
    "subscription",
    "newsletter",
    "advert",
    "adverts",
    "advertisement",
    "ads",
    "ad",
    "adsense",
    "sponsor",
    "sponsored",
    "promo",
    "popup",
    "modal",
    "outbrain",
    "taboola",
];

/// A class whose first part is one of these describes its element's state
/// or its post's taxonomy (`has-sidebar`, `tag-social`), not what it is.
const MODIFIERS: &[&str] = &[
    "has", "with", "no", "without", "is", "tag", "tags", "category", "cat", "postid", "format", "status",
    "type", "template", "layout", "show", "hide",
];

/// Parts that mark a content wrapper: `content-sidebar-wrap` holds the
/// article too, so it is dropped only when a furniture part comes last
/// (`main-nav`).
const CONTENT_PARTS: &[&str] = &["content", "main", "body"];

const DROP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "menu",
    "menubar",
    "search",
    "complementary",
    "dialog",
    "alertdialog",
];

// ------------------------------------------------------------------ scanner

/// Deepest tracked nesting: bounds the cost of matching an end tag.
const MAX_DEPTH: usize = 256;
/// How far down the stack an implied close (`<p>` closing `<p>`) looks.
const IMPLIED_SEARCH: usize = 16;
/// A `<form>` whose text is shorter than this (bytes) is a search box or a
/// comment form and is dropped.
const FORM_KEEP_BYTES: usize = 1000;

#[derive(Clone, Copy)]
struct Frame<'a> {
    name: &'a str,
    info: u32,
    dropped: bool,
    hard: bool,
    in_content: bool,
    pre: bool,
    svg: bool,
    /// Output state when a `<form>` opened, to undo its text.
    mark: Option<Mark>,
}

/// Parsed start tag.
struct Tag<'a> {
    name: &'a str,
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    self_closing: bool,
}

struct Scanner<'a> {
    src: &'a str,
    stack: Vec<Frame<'a>>,
    out: Out,
    title: Option<String>,
    head_open: bool,
}

impl<'a> Scanner<'a> {
    fn run(&mut self) {
        let b = self.src.as_bytes();
        let mut pos = 0;
        while pos < b.len() {
            let lt = find_byte(b, pos, b'<').unwrap_or(b.len());
            if lt > pos {
                self.text(pos, lt);
            }
            if lt >= b.len() {
                break;
            }
            pos = self.markup(lt);
        }
        self.pop_to(0);
    }

    fn dropped(&self) -> bool {
        self.stack.last().is_some_and(|f| f.dropped)
    }

    /// Text between tags.
    fn text(&mut self, from: usize, to: usize) {
        let s = &self.src[from..to];
        // Text closes an unclosed <head>, as in browsers.
        if self.head_open
            && self
                .stack
                .last()
                .is_some_and(|f| f.name.eq_ignore_ascii_case("head"))
            && !s.bytes().all(is_ws)
        {
            self.close_head();
        }
        if self.dropped() {
            return;
        }
        let pre = self.stack.last().is_some_and(|f| f.pre);
        push_text(&mut self.out, s, pre);
    }

    /// Handles the markup at `at` (a '<'); returns where scanning resumes.
    fn markup(&mut self, at: usize) -> usize {
        let b = self.src.as_bytes();
        let len = b.len();
        let after_gt = |from: usize| find_byte(b, from, b'>').map_or(len, |i| i + 1);
        match b.get(at + 1) {
            Some(b'!') => {
                let rest = &b[at + 2..];
                if rest.starts_with(b"--") {
                    // <!--> and <!---> are complete (empty) comments.
                    let body = &b[at + 4..];
                    if body.starts_with(b">") {
                        at + 5
                    } else if body.starts_with(b"->") {
                        at + 6
                    } else {
                        find(b, at + 4, b"-->").map_or(len, |i| i + 3)
                    }
                } else if starts_with_ci(rest, b"[CDATA[") {
                    find(b, at + 9, b"]]>").map_or(len, |i| i + 3)
                } else {
                    after_gt(at + 2) // <!doctype>, <![endif]>
                }
            }
            Some(b'?') => after_gt(at + 2),
            Some(b'/') => match b.get(at + 2) {
                Some(c) if c.is_ascii_alphabetic() => self.end_tag(at),
                Some(_) => after_gt(at + 2), // </>, </ x>: bogus comment
                None => {
                    self.literal("</");
                    len
                }
            },
            Some(c) if c.is_ascii_alphabetic() => match parse_tag(self.src, at) {
                Some((tag, end)) => self.open(&tag, end),
                None => len, // cut off inside a tag: nothing more to read
            },
            _ => {
                self.literal("<");
                at + 1
            }
        }
    }

    fn literal(&mut self, s: &str) {
        if !self.dropped() {
            push_text(&mut self.out, s, false);
        }
    }

    fn end_tag(&mut self, at: usize) -> usize {
        let b = self.src.as_bytes();
        let name_end = at + 2 + b[at + 2..].iter().take_while(|&&c| !is_name_end(c)).count();
        let end = find_byte(b, name_end, b'>').map_or(b.len(), |i| i + 1);
        let name = &self.src[at + 2..name_end];
        let mut buf = [0u8; 16];
        let lname = lower(name.as_bytes(), &mut buf);
        let info = tag_info(lname);
        if info & BR != 0 {
            // </br> is a <br> in browsers.
            if !self.dropped() {
                self.out.line_break();
            }
        } else if info & RAW != 0 {
            // A stray end of a raw-text element: ignore.
        } else if let Some(i) = self.stack.iter().rposition(|f| f.name.eq_ignore_ascii_case(name)) {
            // Closes every unclosed element above the match too: this is what
            // ends an unclosed <nav> at its parent's end tag.
            self.pop_to(i);
        } else if info & BLOCK != 0 && !self.dropped() {
            self.out.block(); // a stray </p> still ends a paragraph
        }
        end
    }

    /// Handles a start tag that ended just before `end`; returns where
    /// scanning resumes (later for raw-text elements).
    fn open(&mut self, tag: &Tag<'a>, end: usize) -> usize {
        let mut buf = [0u8; 16];
        let lname = lower(tag.name.as_bytes(), &mut buf);
        let info = tag_info(lname);

        if self.head_open && info & HEAD_OK == 0 {
            self.close_head();
        }
        if info & BR != 0 {
            if !self.dropped() {
                self.out.line_break();
            }
            return end;
        }
        if info & RAW != 0 {
            return self.raw_text(info, lname, tag.self_closing, end);
        }
        self.implied_closes(info, lname);

        let (p_dropped, p_hard, p_content, p_pre, p_svg) = match self.stack.last() {
            Some(p) => (p.dropped, p.hard, p.in_content, p.pre, p.svg),
            None => (false, false, false, false, false),
        };
        let mut hard = p_hard || info & DROP_HARD != 0;
        let mut dropped = p_dropped || hard;
        if !dropped {
            dropped = info & DROP_SOFT != 0
                || (info & HEADER != 0 && !p_content)
                || (info & KEEP == 0 && attributes_drop(tag));
        }
        if info & MAIN != 0 {
            // <main> is the content even inside page furniture: this also
            // rescues a page whose <nav> before <main> was never closed.
            dropped = p_hard;
            hard = p_hard;
        }
        if info & BLOCK != 0 && !(p_dropped && dropped) {
            self.out.block();
        }
        if info & VOID != 0 || tag.self_closing {
            // Void, or `<div/>` from XHTML-minded authors: empty, nothing to
            // push (browsers would open a <div>; honouring the slash keeps a
            // `<div class="ad"/>` from swallowing the rest).
            return end;
        }
        if self.stack.len() >= MAX_DEPTH {
            // Too deep to track: the element is not pushed; if it should be
            // dropped, drop the rest of its tracked parent rather than leak.
            if dropped && !p_dropped {
                if let Some(top) = self.stack.last_mut() {
                    top.dropped = true;
                    top.hard |= hard;
                }
            }
            return end;
        }
        let mark = (info & FORM != 0 && !dropped).then(|| self.out.mark());
        if lname == "head" {
            self.head_open = true;
        }
        self.stack.push(Frame {
            name: tag.name,
            info,
            dropped,
            hard,
            in_content: p_content || info & CONTENT != 0,
            pre: p_pre || info & PRE != 0,
            svg: p_svg || lname == "svg",
            mark,
        });
        end
    }

    /// Skips a raw-text element whose start tag ended at `end`; reads the
    /// first `<title>` outside SVG into `self.title`.
    fn raw_text(&mut self, info: u32, lname: &str, self_closing: bool, end: usize) -> usize {
        if self_closing {
            return end; // <script src=x /> is taken as closed
        }
        let b = self.src.as_bytes();
        let (mut content_end, mut resume) = find_end_tag(b, end, lname);
        if info & TITLE != 0 {
            if content_end == b.len() {
                // An unclosed <title> ends at the next tag, not at the end of
                // the page.
                content_end = find_byte(b, end, b'<').unwrap_or(b.len());
                resume = content_end;
            }
            let in_svg = self.stack.last().is_some_and(|f| f.svg);
            if self.title.is_none() && !in_svg {
                let mut t = Out::with_capacity(content_end - end);
                push_text(&mut t, &self.src[end..content_end], false);
                if !t.buf.is_empty() {
                    self.title = Some(t.buf);
                }
            }
        }
        resume
    }

    /// Implicit end tags: a new <p> or block closes an open <p>, <li> closes
    /// <li>, <dt>/<dd> close each other, <tr> closes <tr>, <td>/<th> close
    /// a cell, a heading closes an unclosed heading right above it.
    fn implied_closes(&mut self, info: u32, lname: &str) {
        if info & CLOSES_P != 0 {
            self.close_implied(&["p"], &[], true);
        }
        match lname {
            "li" => self.close_implied(&["li"], &["ul", "ol", "menu", "dir"], false),
            "dt" | "dd" => self.close_implied(&["dt", "dd"], &["dl"], false),
            "tr" => self.close_implied(&["tr"], &["table", "thead", "tbody", "tfoot"], false),
            "td" | "th" => self.close_implied(&["td", "th"], &["tr", "table"], false),
            "option" => self.close_implied(&["option"], &["select", "datalist"], false),
            _ => {}
        }
        if info & HEADING != 0 && self.stack.last().is_some_and(|f| f.info & HEADING != 0) {
            self.pop_to(self.stack.len() - 1);
        }
    }

    /// Closes the nearest open `targets` element unless one of `stops` (or,
    /// when `scoped`, a scope boundary such as a table cell) comes first.
    fn close_implied(&mut self, targets: &[&str], stops: &[&str], scoped: bool) {
        let found = self
            .stack
            .iter()
            .enumerate()
            .rev()
            .take(IMPLIED_SEARCH)
            .find(|(_, f)| {
                let is = |names: &[&str]| names.iter().any(|n| f.name.eq_ignore_ascii_case(n));
                is(targets) || is(stops) || (scoped && f.info & SCOPE != 0)
            })
            .map(|(i, f)| (i, targets.iter().any(|n| f.name.eq_ignore_ascii_case(n))));
        if let Some((i, true)) = found {
            self.pop_to(i);
        }
    }

    fn close_head(&mut self) {
        if let Some(i) = self
            .stack
            .iter()
            .rposition(|f| f.name.eq_ignore_ascii_case("head"))
        {
            self.pop_to(i);
        }
        self.head_open = false;
    }

    /// Pops frames until `len` remain, ending their paragraphs and deciding
    /// on forms.
    fn pop_to(&mut self, len: usize) {
        while self.stack.len() > len {
            let Some(f) = self.stack.pop() else { break };
            if f.name.eq_ignore_ascii_case("head") {
                self.head_open = false;
            }
            if let Some(mark) = f.mark {
                if self.out.buf.len().saturating_sub(mark.len) < FORM_KEEP_BYTES {
                    self.out.restore(mark);
                }
            }
            let below_dropped = self.stack.last().is_some_and(|b| b.dropped);
            if f.info & BLOCK != 0 && !(f.dropped && below_dropped) {
                self.out.block();
            }
        }
    }
}

/// Parses the start tag at `at` ('<' + letter). `None` when the input ends
/// inside it. Attribute values may be quoted with ' or " (and then hold
/// '>'), or unquoted; a quote that never closes ends at the next '>'.
fn parse_tag(src: &str, at: usize) -> Option<(Tag<'_>, usize)> {
    let b = src.as_bytes();
    let len = b.len();
    let mut i = at + 1;
    while i < len && !is_name_end(b[i]) {
        i += 1;
    }
    let mut tag = Tag {
        name: &src[at + 1..i],
        class: None,
        id: None,
        role: None,
        self_closing: false,
    };
    loop {
        while i < len && is_ws(b[i]) {
            i += 1;
        }
        match b.get(i)? {
            b'>' => return Some((tag, i + 1)),
            b'/' => {
                if b.get(i + 1) == Some(&b'>') {
                    tag.self_closing = true;
                    return Some((tag, i + 2));
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        // Attribute name; its first byte is taken whatever it is (even '='),
        // so the loop always advances.
        let name_start = i;
        i += 1;
        while i < len && !is_name_end(b[i]) && b[i] != b'=' {
            i += 1;
        }
        let name = &src[name_start..i];
        while i < len && is_ws(b[i]) {
            i += 1;
        }
        let mut value = None;
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < len && is_ws(b[i]) {
                i += 1;
            }
            match *b.get(i)? {
                q @ (b'"' | b'\'') => {
                    let (v_end, next) = match find_byte(b, i + 1, q) {
                        Some(e) => (e, e + 1),
                        None => {
                            let e = find_byte(b, i + 1, b'>').unwrap_or(len);
                            (e, e)
                        }
                    };
                    value = Some(&src[i + 1..v_end]);
                    i = next;
                }
                _ => {
                    let v_start = i;
                    while i < len && !is_ws(b[i]) && b[i] != b'>' {
                        i += 1;
                    }
                    value = Some(&src[v_start..i]);
                }
            }
        }
        if let Some(v) = value {
            let slot = if name.eq_ignore_ascii_case("class") {
                &mut tag.class
            } else if name.eq_ignore_ascii_case("id") {
                &mut tag.id
            } else if name.eq_ignore_ascii_case("role") {
                &mut tag.role
            } else {
                continue;
            };
            // The first of duplicated attributes wins, as in browsers.
            slot.get_or_insert(v);
        }
    }
}

/// Whether the element's role, class or id marks it as page furniture.
fn attributes_drop(tag: &Tag<'_>) -> bool {
    let role = tag.role.is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|t| DROP_ROLES.iter().any(|d| t.eq_ignore_ascii_case(d)))
    });
    role || [tag.class, tag.id]
        .into_iter()
        .flatten()
        .flat_map(str::split_ascii_whitespace)
        .any(class_is_furniture)
}

/// One class (or id) token: see [`FURNITURE`], [`MODIFIERS`] and
/// [`CONTENT_PARTS`].
fn class_is_furniture(class: &str) -> bool {
    let in_list = |part: &str, list: &[&str]| list.iter().any(|w| part.eq_ignore_ascii_case(w));
    let mut first = true;
    let mut hit = false;
    let mut last_hit = false;
    let mut content = false;
    let b = class.as_bytes();
    let mut start = 0;
    for i in 1..=b.len() {
        let at_end = i == b.len();
        let sep = !at_end && matches!(b[i], b'-' | b'_');
        let hump = !at_end && b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase();
        if !(at_end || sep || hump) {
            continue;
        }
        let part = &class[start..i];
        start = if sep { i + 1 } else { i };
        if part.is_empty() {
            continue;
        }
        if first && in_list(part, MODIFIERS) {
            return false;
        }
        first = false;
        last_hit = in_list(part, FURNITURE);
        hit |= last_hit;
        content |= in_list(part, CONTENT_PARTS);
    }
    hit && (!content || last_hit)
}

/// Finds `</name` (any case) followed by a delimiter from `from`; returns
/// (content end, resume position), or (len, len) when there is none.
fn find_end_tag(b: &[u8], from: usize, lname: &str) -> (usize, usize) {
    let n = lname.len();
    let mut i = from;
    while let Some(j) = find(b, i, b"</") {
        let name_at = j + 2;
        if b.len() >= name_at + n
            && b[name_at..name_at + n].eq_ignore_ascii_case(lname.as_bytes())
            && b.get(name_at + n).is_none_or(|&c| is_name_end(c))
        {
            let resume = find_byte(b, name_at + n, b'>').map_or(b.len(), |k| k + 1);
            return (j, resume);
        }
        i = name_at;
    }
    (b.len(), b.len())
}

// ------------------------------------------------------------------- output

/// Output state saved at a `<form>` start.
#[derive(Clone, Copy)]
struct Mark {
    len: usize,
    space: bool,
    newlines: u8,
}

/// Text output with whitespace collapsing: separators are kept pending and
/// written only before the next visible character, so lines are trimmed and
/// the text neither starts nor ends with whitespace.
struct Out {
    buf: String,
    space: bool,
    /// Pending line breaks: 1 = new line, 2 = one blank line (the maximum).
    newlines: u8,
}

impl Out {
    fn with_capacity(n: usize) -> Self {
        Out {
            buf: String::with_capacity(n),
            space: false,
            newlines: 0,
        }
    }

    fn push(&mut self, c: char, pre: bool) {
        if c.is_whitespace() {
            if pre && c == '\n' {
                self.line_break();
            } else {
                self.space = true;
            }
            return;
        }
        if c.is_control() {
            return;
        }
        if !self.buf.is_empty() {
            if self.newlines > 0 {
                for _ in 0..self.newlines {
                    self.buf.push('\n');
                }
            } else if self.space {
                self.buf.push(' ');
            }
        }
        self.space = false;
        self.newlines = 0;
        self.buf.push(c);
    }

    /// Paragraph boundary: one line break, not added to pending ones.
    fn block(&mut self) {
        self.newlines = self.newlines.max(1);
    }

    /// `<br>`: each adds a line break, up to one blank line.
    fn line_break(&mut self) {
        self.newlines = (self.newlines + 1).min(2);
    }

    fn mark(&self) -> Mark {
        Mark {
            len: self.buf.len(),
            space: self.space,
            newlines: self.newlines,
        }
    }

    fn restore(&mut self, m: Mark) {
        self.buf.truncate(m.len);
        self.space = m.space;
        self.newlines = m.newlines;
    }
}

/// Pushes text, decoding entities; an entity that is not understood is
/// left as written.
fn push_text(out: &mut Out, s: &str, pre: bool) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        rest[..amp].chars().for_each(|c| out.push(c, pre));
        match entity(&rest[amp..]) {
            Some((c, n)) => {
                out.push(c, pre);
                rest = &rest[amp + n..];
            }
            None => {
                out.push('&', pre);
                rest = &rest[amp + 1..];
            }
        }
    }
    rest.chars().for_each(|c| out.push(c, pre));
}

/// The entity at the start of `s` (which starts with '&') and its length.
fn entity(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let start = if hex { 3 } else { 2 };
        let radix = if hex { 16 } else { 10 };
        let mut i = start;
        let mut v: u32 = 0;
        while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(radix)) {
            // Capped so that long digit runs cannot overflow.
            v = v.saturating_mul(radix).saturating_add(d).min(0x11_0000);
            i += 1;
        }
        if i == start {
            return None;
        }
        let len = i + usize::from(b.get(i) == Some(&b';'));
        return Some((numeric_char(v), len));
    }
    let name_len = b[1..]
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    let name = &s[1..1 + name_len];
    if b.get(1 + name_len) == Some(&b';') {
        named_entity(name).map(|c| (c, name_len + 2))
    } else if matches!(
        name,
        "amp" | "lt" | "gt" | "quot" | "nbsp" | "AMP" | "LT" | "GT" | "QUOT"
    ) {
        // Legacy entities browsers accept without ';'.
        named_entity(name).map(|c| (c, name_len + 1))
    } else {
        None
    }
}

/// A numeric character reference, as browsers read it: NUL, surrogates and
/// out-of-range values give U+FFFD, and 128..=159 are windows-1252 bytes.
fn numeric_char(v: u32) -> char {
    const C1: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match v {
        0 => '\u{FFFD}',
        0x80..=0x9F => C1[(v - 0x80) as usize],
        _ => char::from_u32(v).unwrap_or('\u{FFFD}'),
    }
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "nbsp" => '\u{A0}',
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "minus" => '−',
        "lrm" => '\u{200E}',
        "rlm" => '\u{200F}',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "shy" => '\u{AD}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "middot" => '·',
        "bull" => '•',
        "prime" => '′',
        "Prime" => '″',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "times" => '×',
        "divide" => '÷',
        "plusmn" => '±',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "sup2" => '²',
        "sup3" => '³',
        "micro" => 'µ',
        "para" => '¶',
        "sect" => '§',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "curren" => '¤',
        "iexcl" => '¡',
        "iquest" => '¿',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "Eacute" => 'É',
        "szlig" => 'ß',
        _ => return None,
    })
}

// ------------------------------------------------------------------ helpers

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

/// Ends a tag or attribute name.
fn is_name_end(c: u8) -> bool {
    is_ws(c) || c == b'>' || c == b'/'
}

/// ASCII-lowercases a short name into `buf`; "" when it is longer than the
/// buffer (no known tag is).
fn lower<'b>(name: &[u8], buf: &'b mut [u8; 16]) -> &'b str {
    if name.len() > buf.len() {
        return "";
    }
    let out = &mut buf[..name.len()];
    out.copy_from_slice(name);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or("")
}

fn find_byte(b: &[u8], from: usize, x: u8) -> Option<usize> {
    b.get(from..)?.iter().position(|&c| c == x).map(|i| i + from)
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(j) = find_byte(b, i, needle[0]) {
        if b[j..].starts_with(needle) {
            return Some(j);
        }
        i = j + 1;
    }
    None
}

fn starts_with_ci(b: &[u8], prefix: &[u8]) -> bool {
    b.len() >= prefix.len() && b[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn find_ci(b: &[u8], needle: &[u8]) -> bool {
    b.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(html: &str) -> String {
        html_to_text(html).text
    }

    const PAGE: &str = r##"<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>مقتل ثلاثة مدنيين بقصف على ريف إدلب &#8211; شبكة الأخبار</title>
<link rel="stylesheet" href="/css/main.css">
<style>.menu > li { float: right; } .x:after { content: "</style-not>"; }</style>
<script>var tpl = '<div class="x">'; if (a < b && c > d) { document.write("</div></body>"); }</script>
</head>
<body class="single-post postid-1024 tag-social">
<div class="cookie-banner" id="cookie-notice"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. <button>موافق</button></p></div>
<header class="site-header"><a href="/" class="logo">شبكة الأخبار</a>
<nav class="main-nav" role="navigation"><ul class="menu"><li><a href="/syria">سوريا</a></li><li><a href="/world">عربي ودولي</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav>
</header>
<form class="search-form" action="/search" method=get><input type="text" name="q" placeholder="ابحث"><label>ابحث في الموقع</label><button type=submit>بحث</button></form>
<div class="breadcrumbs"><a href="/">الرئيسية</a> &raquo; <a href="/syria">سوريا</a></div>
<div class="wrap has-sidebar">
<main id="content">
<article class="post type-post">
<header class="entry-header">
<h1 class="entry-title">مقتل ثلاثة مدنيين بقصف مدفعي على ريف إدلب الجنوبي</h1>
<span class="date">الخميس 12 آذار 2020</span>
</header>
<div class="post-share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="entry-content">
<p>قُتل ثلاثة مدنيين وأصيب خمسة آخرون، صباح اليوم الخميس، جراء قصف مدفعي استهدف بلدة &quot;كفرنبل&quot; في ريف إدلب الجنوبي.</p>
<p>وقال مراسلنا إن القصف مصدره مواقع قوات النظام في معسكر الحامدية،
   مشيراً إلى أن فرق الدفاع المدني &laquo;الخوذ البيضاء&raquo; عملت على انتشال الضحايا&hellip;
<p>ويأتي القصف رغم اتفاق وقف إطلاق النار الموقع في الخامس من آذار<br>بين روسيا&nbsp;وتركيا &ndash; بحسب &#1605;&#x635;&#x62F;&#1585; محلي.</p>
<script type="text/javascript">googletag.cmd.push(function () { slot("</div><p>إعلان</p>"); });</script>
<div class="related"><h3>اقرأ أيضا</h3><ul><li><a href="/a">غارات روسية على جبل الزاوية</a></li><li><a href="/b">نزوح عائلات من معرة النعمان</a></li></ul></div>
<p>وتشهد المنطقة تصعيداً عسكرياً منذ مطلع الشهر الجاري &amp; حركة نزوح واسعة.</p>
</div>
<div class="tags"><a href="/tag/idlib">إدلب</a></div>
</article>
<div id="comments" class="comments-area"><h3>التعليقات</h3><p>تعليق من أحد الزوار</p></div>
</main>
<aside class="widget-area"><h3>الأكثر قراءة</h3><ul><li>خبر أول</li></ul></aside>
</div>
<footer class="site-footer"><p>جميع الحقوق محفوظة &copy; 2020 شبكة الأخبار</p></footer>
<script>
  (function(){ var s = document.createElement('script'); s.src = '/ads.js'; })();
</script>
</body>
</html>
"##;

    #[test]
    fn news_page_yields_headline_and_paragraphs_only() {
        let got = html_to_text(PAGE);
        assert_eq!(
            got.title.as_deref(),
            Some("مقتل ثلاثة مدنيين بقصف على ريف إدلب – شبكة الأخبار")
        );
        assert_eq!(
            got.text,
            "مقتل ثلاثة مدنيين بقصف مدفعي على ريف إدلب الجنوبي\n\
             الخميس 12 آذار 2020\n\
             قُتل ثلاثة مدنيين وأصيب خمسة آخرون، صباح اليوم الخميس، جراء قصف مدفعي استهدف بلدة \"كفرنبل\" في ريف إدلب الجنوبي.\n\
             وقال مراسلنا إن القصف مصدره مواقع قوات النظام في معسكر الحامدية، مشيراً إلى أن فرق الدفاع المدني «الخوذ البيضاء» عملت على انتشال الضحايا…\n\
             ويأتي القصف رغم اتفاق وقف إطلاق النار الموقع في الخامس من آذار\n\
             بين روسيا وتركيا – بحسب مصدر محلي.\n\
             وتشهد المنطقة تصعيداً عسكرياً منذ مطلع الشهر الجاري & حركة نزوح واسعة.\n\
             إدلب"
        );
    }

    #[test]
    fn unclosed_nav_ends_at_its_parents_close() {
        let html = "<body><div class=\"top\"><nav><ul><li>الرئيسية<li>أخبار سوريا</ul></div>\
                    <p>سيطرت فصائل المعارضة على قرية جديدة.</p><p>وقال ناشطون إن الاشتباكات مستمرة.</p></body>";
        assert_eq!(
            text(html),
            "سيطرت فصائل المعارضة على قرية جديدة.\nوقال ناشطون إن الاشتباكات مستمرة."
        );
    }

    #[test]
    fn unclosed_nav_before_main_does_not_eat_main() {
        let html =
            "<body><nav><ul><li>الرئيسية</ul><main><p>انفجار عبوة ناسفة في مدينة الباب.</p></main></body>";
        assert_eq!(text(html), "انفجار عبوة ناسفة في مدينة الباب.");
    }

    #[test]
    fn dropped_subtree_skips_nested_same_name_tags() {
        let html = "<div class=\"menu\"><div><div>أ</div><p>ب</p></div><p>ج</p></div><p>نص الخبر</p>";
        assert_eq!(text(html), "نص الخبر");
    }

    #[test]
    fn class_tokens_match_whole_parts() {
        let cases = [
            ("post-share", ""),
            ("share_bar", ""),
            ("shareBar", ""),
            ("shareholders", "نص"),
            ("entry-content", "نص"),
            ("content-sidebar-wrap", "نص"),
            ("main-nav", ""),
            ("has-sidebar", "نص"),
            ("tag-social", "نص"),
            ("box ad-slot", ""),
            ("header", "نص"),
            ("download", "نص"),
        ];
        for (class, want) in cases {
            let html = format!("<div class=\"{class}\">نص</div>");
            assert_eq!(text(&html), want, "class={class}");
        }
        assert_eq!(text("<div id=sidebar>نص</div>بعد"), "بعد");
        assert_eq!(text("<div role=\"banner\">نص</div>بعد"), "بعد");
        assert_eq!(text("<div role=main>نص</div>"), "نص");
        assert_eq!(text("<article class=\"tag-ads\"><p>نص</p></article>"), "نص");
    }

    #[test]
    fn header_is_kept_only_inside_article_or_main() {
        let html = "<header><h1>اسم الموقع</h1></header><article><header><h1>العنوان</h1></header><p>المتن</p></article>";
        assert_eq!(text(html), "العنوان\nالمتن");
    }

    #[test]
    fn small_forms_are_dropped_big_forms_kept() {
        let small = "<form action=/s><label>ابحث</label><input name=q></form><p>الخبر</p>";
        assert_eq!(text(small), "الخبر");
        let para = "<p>شهدت مدينة حلب اليوم اشتباكات عنيفة بين الفصائل وقوات النظام في الأحياء الشرقية.</p>";
        let big = format!(
            "<form id=\"form1\" method=\"post\" action=\"./news.aspx?id=7\">{}</form>",
            para.repeat(10)
        );
        let got = text(&big);
        assert_eq!(got.lines().count(), 10);
        assert!(got.starts_with("شهدت مدينة حلب"));
    }

    #[test]
    fn script_contents_never_leak() {
        let html = "<p>قبل</p><SCRIPT>var a = \"</div><p>x</p>\"; if (a<b) {}</SCRIPT ><p>بعد</p>\
                    <style>p { content: '<p>' }</style><p>ثم</p><script>unterminated <p>lost";
        assert_eq!(text(html), "قبل\nبعد\nثم");
    }

    #[test]
    fn comments_and_cdata_are_skipped() {
        let html =
            "أ<!-- <p>مخفي</p> -->ب<![CDATA[ مخفي ]]>ج<!---->د<!-->هـ<!--[if IE]><p>قديم</p><![endif]-->و";
        assert_eq!(text(html), "أبجدهـو");
    }

    #[test]
    fn breaks_paragraphs_and_whitespace() {
        assert_eq!(
            text("<p>  سطر \n\t أول  </p>\n\n  <p> سطر ثان </p>"),
            "سطر أول\nسطر ثان"
        );
        assert_eq!(text("أ<br>ب<br/><br><br><br>ج"), "أ\nب\n\nج");
        assert_eq!(
            text("<div><div><p>أ</p></div></div><div></div><h2>ب</h2><ul><li>ج<li>د</ul>"),
            "أ\nب\nج\nد"
        );
        assert_eq!(text("<p>أ<b>ب</b> <i>ج</i></p>"), "أب ج");
        assert_eq!(text("<table><tr><td>أ<td>ب<tr><td>ج</table>"), "أ\nب\nج");
        assert_eq!(text("<pre>سطر  أول\nسطر ثان</pre>"), "سطر أول\nسطر ثان");
        assert_eq!(text("   "), "");
        assert_eq!(text(""), "");
    }

    #[test]
    fn entities() {
        assert_eq!(
            text("&#1575;&#x644;&#X62D;&#1604;&#1576; &lt;&gt;&amp;&quot;&apos;&#39;"),
            "الحلب <>&\"''"
        );
        assert_eq!(
            text("&laquo;أ&raquo; &lsquo;ب&rsquo; &ldquo;ج&rdquo; &middot; &copy;"),
            "«أ» ‘ب’ “ج” · ©"
        );
        assert_eq!(
            text("أ&zwnj;ب&lrm;&rlm;&zwj;"),
            "أ\u{200C}ب\u{200E}\u{200F}\u{200D}"
        );
        assert_eq!(
            text("&#150; &#0; &#xD800; &#99999999999;"),
            "– \u{FFFD} \u{FFFD} \u{FFFD}"
        );
        // Unknown or malformed: left as written.
        assert_eq!(
            text("&foo; &#; &#xZZ; AT&T &amp x &"),
            "&foo; &#; &#xZZ; AT&T & x &"
        );
    }

    #[test]
    fn attributes_quoted_unquoted_and_with_gt() {
        assert_eq!(text("<div title=\"a > b\" class='nav'>قائمة</div>نص"), "نص");
        assert_eq!(text("<div data-x='1>2' class=menu>قائمة</div>نص"), "نص");
        assert_eq!(text("<a href=/syria/>سوريا</a>"), "سوريا");
        assert_eq!(text("<div class=\"footer>نص"), "");
        assert_eq!(text("<P CLASS=\"Social-Links\">روابط</P><P>نص</P>"), "نص");
    }

    #[test]
    fn title_handling() {
        assert_eq!(html_to_text("<p>نص</p>").title, None);
        let t = html_to_text("<body><svg><title>أيقونة</title></svg><p>نص</p></body>");
        assert_eq!((t.title, t.text.as_str()), (None, "نص"));
        let t = html_to_text("<head><title>\n  حلب &amp; ريفها  \n</title></head><body><svg><title>أيقونة</title></svg><title>ثان</title>نص</body>");
        assert_eq!((t.title.as_deref(), t.text.as_str()), (Some("حلب & ريفها"), "نص"));
        // Unclosed title and unclosed head.
        let t = html_to_text("<html><head><title>عنوان<meta charset=utf-8><body><p>نص");
        assert_eq!((t.title.as_deref(), t.text.as_str()), (Some("عنوان"), "نص"));
    }

    #[test]
    fn stray_markup_is_tolerated() {
        assert_eq!(text("</div></p>أ</span> < ب <<<ج"), "أ < ب <<<ج");
        assert_eq!(text("<p>أ<div class=\"ad\"/>ب</p>"), "أ\nب");
        assert_eq!(text("أ<p"), "أ");
        assert_eq!(text("أ</"), "أ</");
        assert_eq!(text("<?xml version=\"1.0\"?><!DOCTYPE html><p>أ</p>"), "أ");
        assert_eq!(text("\u{FEFF}<p>أ</p>"), "أ");
    }

    #[test]
    fn deep_nesting_is_bounded_and_drops_do_not_leak() {
        let deep = format!("{}<nav>قائمة</nav><p>نص</p>", "<span>".repeat(MAX_DEPTH + 10));
        assert_eq!(text(&deep), "");
        let deep = format!("{}نص{}", "<div>".repeat(5000), "</div>".repeat(5000));
        assert_eq!(text(&deep), "نص");
    }

    #[test]
    fn looks_like_html_cases() {
        assert!(looks_like_html("\u{FEFF}  \n<!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML><body>"));
        assert!(looks_like_html(
            "<!-- saved from url=(0014)about:internet -->\n<html>"
        ));
        assert!(looks_like_html(
            "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        ));
        assert!(looks_like_html("خبر <p>فقرة</p><div>أخرى</div>"));
        assert!(!looks_like_html(
            "قصف على إدلب وحلب، وأعداد القتلى < 10 حسب المرصد."
        ));
        assert!(!looks_like_html(""));
        assert!(!looks_like_html("<?xml version=\"1.0\"?><rss><channel>"));
        assert!(!looks_like_html("a <b c <d"));
    }

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<div class=\"nav\">".to_string()),
            Just("<div>".to_string()),
            Just("</div>".to_string()),
            Just("<nav>".to_string()),
            Just("</nav>".to_string()),
            Just("<main>".to_string()),
            Just("<script>var s = '</div><p>';</script>".to_string()),
            Just("<script>".to_string()),
            Just("</script>".to_string()),
            Just("<title>".to_string()),
            Just("<!--".to_string()),
            Just("-->".to_string()),
            Just("<br>".to_string()),
            Just("<".to_string()),
            Just(">".to_string()),
            Just("\"".to_string()),
            Just("<a href='x>".to_string()),
            Just("&#x627;".to_string()),
            Just("&".to_string()),
            Just("قصف على إدلب".to_string()),
            Just(" \n ".to_string()),
            "[a-z<>/\"'=& ]{0,8}",
        ]
    }

    proptest! {
        #[test]
        fn arbitrary_strings_never_panic(s in any::<String>()) {
            let t = html_to_text(&s);
            prop_assert!(!t.text.contains("<script"));
            looks_like_html(&s);
        }

        #[test]
        fn tag_soup_never_panics_or_leaks_scripts(pieces in proptest::collection::vec(piece(), 0..40)) {
            let s = pieces.concat();
            let t = html_to_text(&s);
            prop_assert!(!t.text.contains("<script"));
            prop_assert!(!t.text.contains("\n\n\n"));
            prop_assert!(t.text.lines().all(|l| l == l.trim()));
        }
    }
}
