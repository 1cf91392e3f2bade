//! HTML in Markdown, read by meaning: which tags tutor knows and what each one means
//! in a terminal, how raw HTML is found in the source ([`scan`]), and how an element's
//! meaning is put on the text between its tags ([`elements`], [`script`]).
//!
//! Only a tag tutor knows is taken as HTML. Anything else that looks like a tag —
//! `Vec<u8>`, `Option<T>`, `<foo>` — is text, shown exactly as written, and so is a
//! known tag that is never closed (`Request<B>`, `Pin<P>`): prose about generics reads
//! as the author wrote it. Nothing here touches a terminal; text leaves through the
//! sanitizer like every other run.
pub(crate) mod elements;
mod plain;
pub(crate) mod scan;
pub(crate) mod script;

pub(crate) use self::plain::InlineText;
use self::script::Script;
use super::document::Flags;

/// What a known tag means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Element {
    /// Its content takes inline attributes: `em`, `strong`, `code`, `kbd`, `mark`, ...
    Phrase(Flags),
    /// Its content is shown as it is: `span`, `abbr`, `small`, ...
    Span,
    /// `sup` and `sub`: raised or lowered text (see [`script`]).
    Script(Script),
    /// `a`: its text, then its address as a Markdown link's.
    Anchor,
    /// `img`: a placeholder with its alt text, as a Markdown image.
    Image,
    /// `br`: a line break.
    Break,
    /// `script`, `style`, `template`: content a page never shows.
    Hidden,
    // The rest structure an HTML block; met inside a paragraph they are spans.
    /// A block (`p`, `div`, `table`, ...): what follows starts a new paragraph.
    Block,
    /// `li`: a new paragraph with a bullet.
    Item,
    /// `td`, `th`: cells of one row, kept apart on its line.
    Cell,
    /// `h1` to `h6`.
    Heading(u8),
    /// `hr`: a rule.
    Rule,
    /// `pre`: preformatted text, laid out like a code block.
    Pre,
    /// `details`: a fold, titled by its `summary`.
    Details,
    Summary,
    /// The Rust Book's `<Listing>`: a figure around a code block, with a file name
    /// above and a caption below.
    Listing,
    /// `<tutor-quiz src="PATH">`, where mdBook's `{{#quiz PATH}}` stood.
    Quiz,
}

impl Element {
    /// The element a tag name stands for, ignoring ASCII case; `None` when tutor does
    /// not know it, and the tag is text.
    pub fn named(name: &str) -> Option<Self> {
        // No known name is longer; a long name is never lowered just to be rejected.
        if name.len() > 10 {
            return None;
        }
        let element = match name.to_ascii_lowercase().as_str() {
            "em" | "i" | "cite" | "dfn" | "var" => Self::Phrase(Flags::EMPHASIS),
            "strong" | "b" => Self::Phrase(Flags::STRONG),
            // A key is literal input, shown as code is.
            "code" | "kbd" | "samp" | "tt" => Self::Phrase(Flags::CODE),
            "mark" => Self::Phrase(Flags::MARK),
            "del" | "s" | "strike" => Self::Phrase(Flags::STRIKE),
            "span" | "abbr" | "small" | "big" | "u" | "ins" | "time" | "font" | "bdi" | "bdo"
            | "data" | "label" | "nobr" => Self::Span,
            "sup" => Self::Script(Script::Super),
            "sub" => Self::Script(Script::Sub),
            "a" => Self::Anchor,
            "img" => Self::Image,
            "br" => Self::Break,
            "script" | "style" | "template" => Self::Hidden,
            "p" | "div" | "section" | "article" | "aside" | "header" | "footer" | "nav"
            | "main" | "address" | "blockquote" | "center" | "figure" | "figcaption" | "dl"
            | "dt" | "dd" | "ul" | "ol" | "menu" | "table" | "thead" | "tbody" | "tfoot" | "tr"
            | "caption" | "form" | "fieldset" | "legend" | "html" | "body" | "picture"
            | "video" | "audio" => Self::Block,
            "li" => Self::Item,
            "td" | "th" => Self::Cell,
            "h1" => Self::Heading(1),
            "h2" => Self::Heading(2),
            "h3" => Self::Heading(3),
            "h4" => Self::Heading(4),
            "h5" => Self::Heading(5),
            "h6" => Self::Heading(6),
            "hr" => Self::Rule,
            "pre" => Self::Pre,
            "details" => Self::Details,
            "summary" => Self::Summary,
            "listing" => Self::Listing,
            "tutor-quiz" => Self::Quiz,
            _ => return None,
        };
        Some(element)
    }

    /// What the element means inside a paragraph, where there are no blocks.
    pub fn inline(self) -> Self {
        match self {
            Self::Block
            | Self::Item
            | Self::Cell
            | Self::Heading(_)
            | Self::Details
            | Self::Listing => Self::Span,
            Self::Pre => Self::Phrase(Flags::CODE),
            Self::Summary => Self::Phrase(Flags::STRONG),
            Self::Rule => Self::Break,
            other => other,
        }
    }
}
