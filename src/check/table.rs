//! Every check: its id, default severity and what it is about (the table
//! `docs/checks.md` follows), and which checks guard the page.

use super::*;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Every check: id, default severity, what it is about (for `docs/checks.md`).
pub const CHECKS: &[(&str, Severity, &str)] = &[
    (
        "md-emphasis",
        Severity::Warning,
        "emphasis, strong or strikethrough of the source missing in the translation",
    ),
    (
        "md-link",
        Severity::Error,
        "link destinations differ from the source",
    ),
    ("md-image", Severity::Error, "images differ from the source"),
    (
        "link-target",
        Severity::Error,
        "a relative link or image of the translation points at no file beside the statements",
    ),
    (
        "source-link-target",
        Severity::Warning,
        "a relative link or image of the statement points at no file beside it",
    ),
    (
        "stray-backslash",
        Severity::Warning,
        "a backslash left in the text from an escape (`\\s`, a typed `\\n`) that the source does not have",
    ),
    (
        "rtl-mirrored",
        Severity::Warning,
        "a name like `C++` or `C#` typed mirrored (`++C`, `#C`) in right-to-left text",
    ),
    (
        "plural-forms",
        Severity::Error,
        "a plural entry has another number of forms than the catalog header's nplurals",
    ),
    (
        "md-code",
        Severity::Error,
        "inline code differs from the source (must be byte-identical)",
    ),
    (
        "md-footnote",
        Severity::Error,
        "footnote references differ from the source",
    ),
    (
        "md-hard-break",
        Severity::Warning,
        "hard line breaks differ from the source",
    ),
    (
        "md-broken-delimiter",
        Severity::Error,
        "emphasis or code delimiters that do not parse and would show literally",
    ),
    (
        "md-html",
        Severity::Error,
        "raw HTML that is not in the source",
    ),
    (
        "bidi-html",
        Severity::Warning,
        "a direction-only HTML wrapper (`<span dir=ltr>`, `<bdi>`) the source does not have: the build drops it",
    ),
    (
        "md-structure",
        Severity::Error,
        "the translation reaches outside its segment (a fence, HTML block, link definition, list, heading attributes…): the build publishes the source text instead",
    ),
    (
        "md-list-marker",
        Severity::Warning,
        "the translation starts with a list or heading marker the source does not have",
    ),
    ("url", Severity::Error, "a URL of the source is missing"),
    (
        "email",
        Severity::Error,
        "an e-mail address of the source is missing",
    ),
    (
        "number",
        Severity::Warning,
        "a number the source does not have (compared by value across digit systems)",
    ),
    (
        "whitespace-edges",
        Severity::Warning,
        "leading or trailing whitespace differs from the source",
    ),
    (
        "double-space",
        Severity::Info,
        "two or more spaces in a row",
    ),
    (
        "untranslated",
        Severity::Warning,
        "the translation is identical to the source",
    ),
    (
        "glossary",
        Severity::Warning,
        "a glossary term of the source (kept in the source language) is missing from the translation",
    ),
    (
        "length",
        Severity::Info,
        "the translation is much shorter or longer than the source (truncated, or the wrong text)",
    ),
    (
        "repeated-word",
        Severity::Warning,
        "the same word twice in a row",
    ),
    (
        "brackets",
        Severity::Warning,
        "unbalanced brackets or quotes",
    ),
    (
        "end-punctuation",
        Severity::Warning,
        "the sentence ends differently from the source (. ? ! :)",
    ),
    (
        "bidi-override",
        Severity::Error,
        "bidi embedding and override controls (U+202A–U+202E): Trojan Source; the build publishes the source text instead",
    ),
    (
        "bidi-unbalanced",
        Severity::Error,
        "bidi embeddings or isolates that are not closed",
    ),
    (
        "bidi-control",
        Severity::Warning,
        "explicit bidi embeddings or isolates (the renderer isolates text)",
    ),
    (
        "bidi-mark-in-token",
        Severity::Error,
        "a bidi mark (LRM, RLM, ALM) inside a URL, link destination or code",
    ),
    (
        "control-char",
        Severity::Error,
        "control characters (C0 other than tab and newline, DEL, C1): they break files and terminals",
    ),
    (
        "invisible-char",
        Severity::Error,
        "invisible tag characters (U+E0000–U+E007F) outside an emoji flag: hidden text",
    ),
    (
        "zero-width",
        Severity::Warning,
        "zero-width characters other than ZWNJ and ZWJ (U+200B, U+2060, U+FEFF…)",
    ),
    ("nfc", Severity::Info, "text is not in Unicode NFC"),
    (
        "fa-arabic-letters",
        Severity::Warning,
        "Arabic ي ك ى instead of Persian ی ک",
    ),
    (
        "fa-arabic-digits",
        Severity::Warning,
        "Arabic-Indic digits ٠–٩ in Persian text (use ۰–۹)",
    ),
    (
        "fa-mixed-digits",
        Severity::Warning,
        "ASCII and Persian digits mixed in one segment",
    ),
    (
        "fa-latin-punctuation",
        Severity::Warning,
        "Latin , ; ? between Persian words or digits, or ending the text (use ، ؛ ؟)",
    ),
    (
        "fa-zwnj",
        Severity::Warning,
        "the verb prefix می/نمی fused or spaced, a suffix (ها، تر، ترین، اند…) spaced, where a ZWNJ belongs; `_` for a ZWNJ; a ZWNJ that joins nothing",
    ),
    (
        "fa-zwnj-consistency",
        Severity::Warning,
        "a compound written with a space (سخت افزار) that the project writes with a ZWNJ elsewhere (سخت‌افزار)",
    ),
    (
        "fa-zwnj-fused",
        Severity::Info,
        "a plural or superlative suffix (ها، های، ترین) fused to its word without a ZWNJ",
    ),
    (
        "fa-guillemets",
        Severity::Warning,
        "guillemets not paired as «…» (the wrong way round, »…«, or a » without its «)",
    ),
    (
        "fa-quotes",
        Severity::Info,
        "ASCII straight quotes around Persian text (the Persian Academy writes «…»)",
    ),
    (
        "rtl-code-spacing",
        Severity::Warning,
        "a code span glued to right-to-left text, where they run together on the page",
    ),
    (
        "fa-tatweel",
        Severity::Info,
        "tatweel (ـ) used to stretch words",
    ),
    ("es-question", Severity::Warning, "¿ … ? not paired"),
    ("es-exclamation", Severity::Warning, "¡ … ! not paired"),
    (
        "es-quote-period",
        Severity::Info,
        "period before a closing quote (Spanish puts it after: «…».)",
    ),
    (
        "number-reading",
        Severity::Error,
        "a number the target locale reads as another value than the source's (CLDR separators: `1,500` is 1.5 in es-ES)",
    ),
    (
        "number-separator",
        Severity::Info,
        "Persian or Arabic digits with a Latin comma (CLDR: ۱٬۰۰۰, ۱٫۵)",
    ),
    (
        "es-number-format",
        Severity::Info,
        "decimal separator does not follow the regional convention",
    ),
    (
        "ar-latin-punctuation",
        Severity::Warning,
        "Latin , ; ? between Arabic words or digits, or ending the text (use ، ؛ ؟)",
    ),
    (
        "ar-mixed-digits",
        Severity::Warning,
        "ASCII and Arabic-Indic digits mixed in one segment",
    ),
    (
        "ar-persian-characters",
        Severity::Warning,
        "Persian ی ک or digits ۰–۹ in Arabic text",
    ),
];

/// Checks that guard the page and the reader rather than style: a translator
/// cannot waive them with `# dragoman: allow` (only `dragoman.toml` can).
pub const SECURITY: &[&str] = &[
    "md-structure",
    "md-html",
    "md-link",
    "md-image",
    "bidi-override",
    "bidi-unbalanced",
    "control-char",
    "invisible-char",
];

/// Whether a check guards the page (see [`SECURITY`]).
pub fn is_security(id: &str) -> bool {
    SECURITY.contains(&id)
}

/// The default severity of a check id.
pub fn default_severity(id: &str) -> Option<Severity> {
    CHECKS.iter().find(|(c, _, _)| *c == id).map(|(_, s, _)| *s)
}
