//! "Did you mean …?": the closest of a few known words to a mistyped one.

/// Edit distance (Levenshtein) between two words, in characters.
pub fn distance(a: &str, b: &str) -> usize {
    rapidfuzz::distance::levenshtein::distance(a.chars(), b.chars())
}

/// The candidate closest to `input` (case-insensitive), if it is close enough
/// to be a typo: at most one edit for words of up to four letters, two beyond.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = input.to_lowercase();
    let limit = if lower.chars().count() <= 4 { 1 } else { 2 };
    candidates
        .into_iter()
        .map(|c| (distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_word() {
        let langs = ["es", "fa", "ar", "pt-BR"];
        assert_eq!(closest("fs", langs), Some("es"));
        assert_eq!(closest("FA", langs), Some("fa"));
        assert_eq!(closest("pt-br", langs), Some("pt-BR"));
        assert_eq!(closest("pt_BR", langs), Some("pt-BR"));
        assert_eq!(closest("zh", ["es", "fa"]), None);
        assert_eq!(closest("stauts", ["status", "sync"]), Some("status"));
        assert_eq!(distance("farsi", "fars"), 1);
    }
}
