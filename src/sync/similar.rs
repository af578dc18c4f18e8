//! Similar text without an all-pairs step: a trigram index proposes
//! candidates, rapidfuzz's ratio decides.

use std::collections::HashMap;

/// Similarity of two texts in 0..1: 2·LCS / (len a + len b) over characters
/// (the Indel ratio, computed bit-parallel by rapidfuzz).
pub fn similarity(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    rapidfuzz::fuzz::ratio(a.chars(), b.chars()) as f32
}

/// Whether an old text's translation can help with a new text whose
/// similarity to it is `s`, beyond the project's `threshold` (a reviewer's
/// audit found old translations attached to unrelated text: "Either" given
/// the translation of "there"):
/// - short texts need near-exact matches (a few shared letters make a high
///   ratio between two short words);
/// - the two must share words, not only letters;
/// - text that is mostly code, links or numbers never seeds prose, nor the
///   reverse;
/// - across block kinds (a heading and a paragraph), only a close match.
pub fn plausible(new: &str, old: &str, s: f32, threshold: f32, same_kind: bool) -> bool {
    // Below the threshold nothing is taken anyway: no need to look closer.
    if s < threshold {
        return false;
    }
    // The same words under other markup (a link or emphasis added around
    // them, code marks dropped) help as much as the same text.
    let bare = |t: &str| {
        let v = visible(t);
        v.chars()
            .filter(|c| !matches!(c, '*' | '_' | '`' | '[' | ']'))
            .collect::<String>()
    };
    if s >= 0.97 || similarity(bare(new).trim(), bare(old).trim()) >= 0.95 {
        return true;
    }
    let short = new.chars().count().min(old.chars().count());
    let needed = match short {
        0..12 => 0.9,
        12..30 => 0.75,
        _ => 0.0,
    };
    if s < threshold.max(needed) || (!same_kind && s < 0.9) {
        return false;
    }
    if (prose_share(new) - prose_share(old)).abs() > 0.5 {
        return false;
    }
    let (a, b) = (content_words(new), content_words(old));
    // Code or links alone on both sides: the ratio decides. Words on one
    // side only: nothing to start from.
    if a.is_empty() || b.is_empty() {
        return a.is_empty() && b.is_empty();
    }
    // A short line (a heading, a list item) matches only when the smaller
    // one's words are all in the other (`Closure Traits` is no `Async
    // Traits`); longer texts need half of them.
    let (small, large) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let visible_len = |t: &str| visible(t).chars().count();
    if visible_len(new).min(visible_len(old)) < 30 {
        return small.is_subset(large);
    }
    s >= 0.9 || small.intersection(large).count() * 2 >= small.len()
}

/// The text a reader sees: link destinations left out (`[Text](path)` is
/// "Text").
fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find("](") {
        let Some(close) = rest[p + 2..].find(')') else {
            break;
        };
        out.push_str(&rest[..=p]);
        rest = &rest[p + 2 + close + 1..];
    }
    out.push_str(rest);
    out
}

/// English function words: shared, they say nothing about the content.
const STOPWORDS: &[&str] = &[
    "the", "and", "for", "are", "with", "that", "this", "from", "you", "your", "can", "not", "but",
    "was", "were", "will", "has", "have", "had", "its", "into", "than", "then", "there", "their",
    "they", "them", "which", "what", "when", "where", "who", "how", "all", "any", "our", "out",
    "use", "also", "such", "only", "more", "some", "each", "other", "one", "two",
];

/// Lowercase words of three letters or more a reader sees, outside code
/// spans, function words left out.
fn content_words(text: &str) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    for (i, piece) in visible(text).split('`').enumerate() {
        if i % 2 == 1 {
            continue;
        }
        for w in piece.split(|c: char| !c.is_alphabetic()) {
            let w = w.to_lowercase();
            if w.chars().count() >= 3 && !STOPWORDS.contains(&w.as_str()) {
                // A plural is its singular (`functions`, `function`).
                let stem = match w.strip_suffix('s') {
                    Some(st) if st.chars().count() >= 3 && !st.ends_with('s') => st.to_string(),
                    _ => w,
                };
                out.insert(stem);
            }
        }
    }
    out
}

/// The share of the visible characters that are letters of prose (outside
/// code spans).
fn prose_share(text: &str) -> f32 {
    let text = visible(text);
    let total = text.chars().filter(|c| !c.is_whitespace()).count();
    if total == 0 {
        return 0.0;
    }
    let mut prose = 0;
    let mut in_code = false;
    for c in text.chars() {
        match c {
            '`' => in_code = !in_code,
            c if c.is_alphabetic() && !in_code => prose += 1,
            _ => {}
        }
    }
    prose as f32 / total as f32
}

/// The candidate most similar to `query`, at least `threshold`; ties go to the
/// earlier candidate.
pub(crate) fn best_match<'a>(
    query: &str,
    candidates: &[usize],
    threshold: f32,
    text: impl Fn(usize) -> &'a str,
) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    for &id in candidates {
        let c = text(id);
        let s = similarity(query, c);
        if s >= threshold && best.is_none_or(|(bs, _)| s > bs) {
            best = Some((s, id));
        }
    }
    best.map(|(_, id)| id)
}

/// A fast, non-cryptographic hasher for the trigram index (keys are already hashes).
#[derive(Default, Clone, Copy)]
pub(crate) struct GramHasher(u64);

impl std::hash::Hasher for GramHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

type GramMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<GramHasher>>;

/// Trigram hashes of a text (lowercased), deduplicated.
pub(crate) fn grams(s: &str) -> Vec<u64> {
    let chars: Vec<char> = s.chars().flat_map(char::to_lowercase).collect();
    let mut out: Vec<u64> = if chars.len() < 3 {
        vec![
            chars
                .iter()
                .fold(7u64, |h, c| h.wrapping_mul(31).wrapping_add(*c as u64)),
        ]
    } else {
        chars
            .windows(3)
            .map(|w| ((w[0] as u64) << 42) ^ ((w[1] as u64) << 21) ^ (w[2] as u64))
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// A trigram index over candidate texts, to find similar ones without comparing all pairs.
pub(crate) struct Index {
    postings: GramMap<Vec<u32>>,
    sizes: Vec<u32>,
    lens: Vec<u32>,
}

impl Index {
    pub(crate) fn new<'a>(texts: impl Iterator<Item = &'a str>) -> Index {
        let mut postings: GramMap<Vec<u32>> = GramMap::default();
        let (mut sizes, mut lens) = (Vec::new(), Vec::new());
        for (i, t) in texts.enumerate() {
            let g = grams(t);
            sizes.push(g.len() as u32);
            lens.push(t.chars().count() as u32);
            for x in g {
                postings.entry(x).or_default().push(i as u32);
            }
        }
        Index {
            postings,
            sizes,
            lens,
        }
    }

    /// Up to `k` candidate ids sharing the most trigrams with `query`, among
    /// those accepted by `ok`, whose length allows a ratio of at least `min`.
    pub(crate) fn candidates(
        &self,
        query: &str,
        min: f32,
        k: usize,
        ok: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        let g = grams(query);
        let qlen = query.chars().count() as f32;
        let n = self.sizes.len();
        // Very common trigrams say little and cost much: skip them unless nothing else is left.
        let limit = (n / 4).max(128);
        let mut lists: Vec<&Vec<u32>> = g.iter().filter_map(|x| self.postings.get(x)).collect();
        if lists.iter().any(|p| p.len() <= limit) {
            lists.retain(|p| p.len() <= limit);
        }
        // One zeroed counter per entry, reused across queries (each query
        // resets the counters it touched): no allocation of `n` per query.
        thread_local! {
            static COUNTS: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let mut scored: Vec<(f32, usize)> = COUNTS.with_borrow_mut(|counts| {
            if counts.len() < n {
                counts.resize(n, 0);
            }
            let mut touched: Vec<u32> = Vec::new();
            for p in lists {
                for &id in p {
                    let c = &mut counts[id as usize];
                    if *c == 0 {
                        touched.push(id);
                    }
                    *c += 1;
                }
            }
            let scored = touched
                .iter()
                .filter_map(|&id| {
                    let id = id as usize;
                    let l = self.lens[id] as f32;
                    let bound = 2.0 * qlen.min(l) / (qlen + l).max(1.0);
                    if bound < min || !ok(id) {
                        return None;
                    }
                    let dice =
                        2.0 * counts[id] as f32 / (g.len() as f32 + self.sizes[id] as f32).max(1.0);
                    Some((dice, id))
                })
                .collect();
            for id in touched {
                counts[id as usize] = 0;
            }
            scored
        });
        let order = |a: &(f32, usize), b: &(f32, usize)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
        if scored.len() > k {
            scored.select_nth_unstable_by(k, order);
            scored.truncate(k);
        }
        scored.sort_by(order);
        scored.into_iter().map(|(_, id)| id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(a: &str, b: &str) -> bool {
        plausible(a, b, similarity(a, b), 0.6, true)
    }

    #[test]
    fn plausible_matches_help_translators() {
        // The reviewer's example: a few shared letters between short words.
        assert!(!ok("Either", "there"));
        assert!(!ok("Available", "Variables"));
        assert!(!ok("Returning Borrows", "Storing Books"));
        // Words on one side only, or only function words shared.
        assert!(!ok(
            "Below are the signatures for the [`drop()`](https://doc.rust-lang.org/std/mem/fn.drop.html) and [`forget()`](https://doc.rust-lang.org/std/mem/fn.forget.html) functions:",
            "[`str`](https://doc.rust-lang.org/std/primitive.str.html) and [`String`](https://doc.rust-lang.org/std/string/struct.String.html)"
        ));
        assert!(ok(
            "Calling an `unsafe` function.",
            "Calling Unsafe Functions"
        ));
        // Code never seeds prose.
        assert!(!ok(
            "`let x = 5; println!(\"{x}\");`",
            "Let it be five, then print it."
        ));
        // Near rewrites and a link added around the same words do.
        assert!(ok("A better UART driver", "A Better UART Driver"));
        assert!(ok(
            "Before we can start running Rust code, we need to do some initialization.",
            "Before we can start running Rust code, we need to do some initialisation."
        ));
        assert!(ok(
            "[Trait Bounds](generics/trait-bounds.md)",
            "[Trait Bounds](./generics/trait-bounds.md) (10 minutes)"
        ));
        assert!(ok(
            "[Other Types of Tests](testing/other.md)",
            "Other Types of Tests"
        ));
        assert!(ok("**Panics**", "Panics"));
        // Table-of-contents lines: the same words, or other ones.
        assert!(ok(
            "[Welcome](welcome-day-2.md)",
            "[Welcome](../welcome-day-2.md) (3 minutes)"
        ));
        assert!(!ok(
            "[Closure Traits](closures/traits.md)",
            "[Async Traits](pitfalls/async-traits.md)"
        ));
        assert!(!ok("Example: References", "Exclusive References"));
        // The reviewer's other two: a glossary entry seeding headings, a link
        // seeding a bare URL.
        assert!(!ok("borrowing:", "borrow:"));
        assert!(!ok("Borrow checker:", "borrow:"));
        assert!(!ok(
            "https://doc.rust-lang.org/reference/items/traits.html",
            "[build scripting](https://doc.rust-lang.org/cargo/reference/build-scripts.html)"
        ));
    }

    #[test]
    fn across_kinds_only_close_matches() {
        let (a, b) = ("Unsafe External Functions", "Unsafe Functions");
        let s = similarity(a, b);
        assert!(plausible(a, b, s, 0.6, true));
        assert!(!plausible(a, b, s, 0.6, false));
    }
}
