//! Where a page's links lead: links to other statements made to lead to
//! their pages, and the schemes a page may link to at all.

/// Where a page's Markdown links to statements lead: `other.md#x` to
/// `other.html#x` when that page is beside it, else to the source
/// language's page, else nowhere new.
#[derive(Clone, Copy)]
pub struct PageLinks<'a> {
    /// The page's statement (its path under the statements folder).
    pub from: &'a str,
    /// The statements with a page in this page's folder.
    pub here: &'a std::collections::HashSet<String>,
    /// Every statement, and the source language's folder name (on a
    /// target language's page: the originals of the pages it lacks).
    pub source: Option<(&'a std::collections::HashSet<String>, &'a str)>,
}

/// `dest` (a link as written in the statement at `links.from`) made to lead
/// to the page of the statement it names.
pub(super) fn to_page(dest: &str, links: PageLinks) -> Option<String> {
    let rel = super::resolve(links.from, &super::relative_path(dest)?)?;
    let end = dest.find(['?', '#']).unwrap_or(dest.len());
    if links.here.contains(&rel) {
        let stem = dest[..end].strip_suffix(".md")?;
        return Some(format!("{stem}.html{}", &dest[end..]));
    }
    let (all, source) = links.source?;
    let stem = rel.strip_suffix(".md").filter(|_| all.contains(&rel))?;
    let up = "../".repeat(links.from.matches('/').count() + 1);
    Some(format!("{up}{source}/{stem}.html{}", &dest[end..]))
}

/// Whether a link or image destination is safe in a page: relative, a fragment,
/// or `http`, `https`, `mailto`, `tel`. (`javascript:`, `data:`, `vbscript:`… are not.)
pub fn safe_url(dest: &str) -> bool {
    // Browsers ignore leading controls/spaces and tabs or newlines inside a URL.
    let cleaned: String = dest
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = cleaned.find(['/', '?', '#']).unwrap_or(cleaned.len());
    match cleaned[..end].find(':') {
        None => true,
        Some(i) => {
            let scheme = cleaned[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
    }
}
