//! The `# dragoman: …` comments of catalog entries, parsed and written in one
//! place: what `sync` says about an entry (carried over, reused from another
//! statement, a suggestion), what `import` says (imported from a file), and
//! what a translator says (`allow` a check on this entry).

/// One `dragoman:` comment. The text after the keyword is kept as it was
/// written, so a comment read and written back is the same line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Directive {
    /// `dragoman: allow ID[, ID…]`: a translator silences checks on the entry.
    Allow(String),
    /// `dragoman: carried over (…)`: a mechanical source change made in the
    /// translation too.
    CarriedOver(String),
    /// `dragoman: suggestion (…): …`: a similar translation from elsewhere.
    Suggestion(String),
    /// `dragoman: reused from …; please review`: the translation of the same
    /// text in another statement.
    ReusedFrom(String),
    /// `dragoman: imported from FILE:LINE: …`: `import` could not be sure.
    ImportedFrom(String),
    /// `dragoman: covers …`: a paragraph split in the source; this stale
    /// translation was made from the whole and stands for the parts after it.
    Covers(String),
    /// `dragoman: covered by …`: a part of a split paragraph, shown by the
    /// translation of the entry before it until a translator separates them.
    CoveredBy(String),
}

/// Every comment dragoman writes starts with this.
pub const PREFIX: &str = "dragoman: ";

/// How a directive is made from the text after its keyword.
type Make = fn(String) -> Directive;

const KEYWORDS: &[(&str, Make)] = &[
    ("allow", Directive::Allow),
    ("carried over", Directive::CarriedOver),
    ("suggestion", Directive::Suggestion),
    ("reused from ", Directive::ReusedFrom),
    ("imported from ", Directive::ImportedFrom),
    ("covers ", Directive::Covers),
    ("covered by ", Directive::CoveredBy),
];

impl Directive {
    /// The directive a comment holds, if it is one.
    pub fn parse(comment: &str) -> Option<Directive> {
        let rest = comment.trim().strip_prefix(PREFIX.trim_end())?.trim_start();
        KEYWORDS
            .iter()
            .find_map(|(k, make)| rest.strip_prefix(k).map(|r| make(r.to_string())))
    }

    fn keyword_and_rest(&self) -> (&'static str, &str) {
        match self {
            Directive::Allow(r) => ("allow", r),
            Directive::CarriedOver(r) => ("carried over", r),
            Directive::Suggestion(r) => ("suggestion", r),
            Directive::ReusedFrom(r) => ("reused from ", r),
            Directive::ImportedFrom(r) => ("imported from ", r),
            Directive::Covers(r) => ("covers ", r),
            Directive::CoveredBy(r) => ("covered by ", r),
        }
    }

    /// The comment line (without `# `).
    pub fn to_comment(&self) -> String {
        let (k, rest) = self.keyword_and_rest();
        format!("{PREFIX}{k}{rest}")
    }

    /// Whether `comment` is a directive of the same kind as `self`.
    pub fn same_kind(&self, comment: &str) -> bool {
        Directive::parse(comment)
            .is_some_and(|d| std::mem::discriminant(&d) == std::mem::discriminant(self))
    }

    /// The check ids an `allow` names (none for other directives).
    pub fn allowed(&self) -> Vec<String> {
        match self {
            Directive::Allow(r) => r
                .split([',', ' '])
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Whether a comment is one dragoman wrote or reads (`dragoman: …`).
pub fn is_directive(comment: &str) -> bool {
    comment.starts_with(PREFIX.trim_end())
}

/// Whether a comment is a `carried over` directive.
pub fn is_carried_over(comment: &str) -> bool {
    matches!(Directive::parse(comment), Some(Directive::CarriedOver(_)))
}

/// Whether a comment is a `suggestion` directive.
pub fn is_suggestion(comment: &str) -> bool {
    matches!(Directive::parse(comment), Some(Directive::Suggestion(_)))
}

/// Whether a comment is an `imported from` directive.
pub fn is_imported(comment: &str) -> bool {
    matches!(Directive::parse(comment), Some(Directive::ImportedFrom(_)))
}

/// Whether a comment is a `covers` or `covered by` directive (a split).
pub fn is_split(comment: &str) -> bool {
    matches!(
        Directive::parse(comment),
        Some(Directive::Covers(_) | Directive::CoveredBy(_))
    )
}

/// A carried-over directive with its changes (`number 30 → 21; …`).
pub fn carried_over(changes: &str) -> String {
    Directive::CarriedOver(format!(" ({changes})")).to_comment()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_round_trip() {
        for c in [
            "dragoman: allow fa-zwnj, md-link",
            "dragoman: carried over (number 30 → 21)",
            "dragoman: suggestion (80% similar, statements/a.md): Hola",
            "dragoman: reused from statements/a.md; please review",
            "dragoman: imported from x.md:3: merged with the next block",
            "dragoman: covers the next paragraph (split from this one)",
            "dragoman: covered by the paragraph before (split from it)",
        ] {
            let d = Directive::parse(c).unwrap();
            assert_eq!(d.to_comment(), c);
        }
        assert_eq!(Directive::parse("a translator's note"), None);
        assert_eq!(Directive::parse("dragoman: something else"), None);
        assert_eq!(
            Directive::parse("dragoman: allow fa-zwnj, md-link")
                .unwrap()
                .allowed(),
            ["fa-zwnj", "md-link"]
        );
        assert_eq!(
            carried_over("code `a` → `b`"),
            "dragoman: carried over (code `a` → `b`)"
        );
        assert!(Directive::CarriedOver(String::new()).same_kind("dragoman: carried over (x)"));
    }
}
