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
