//! Merging fresh templates into a language's catalogs.
//!
//! Invariant: a translation is never dropped. Every translated message of the
//! old catalogs ends up attached to a current message (exact, moved, carried
//! over, or stale with its previous source) or kept as obsolete.
//!
//! Matching, in order: exact in the same statement; exact in another statement
//! (a moved segment, or translation memory); similar text in the same statement;
//! similar text among the other statements' would-be-obsolete entries. Similar
//! candidates come from a character-trigram index, so no step is all-pairs.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Message, Previous};
use crate::diff::carry_over;
use crate::status::word_count;

/// Tuning for fuzzy matching.
#[derive(Debug, Clone, Copy)]
pub struct SyncOptions {
    /// Minimum similarity (0..1) for a changed segment to keep an old translation.
    pub threshold: f32,
    /// Minimum similarity for offering another statement's translation as a suggestion.
    pub suggest: f32,
    /// All units share one catalog file (single layout): the same text in two
    /// statements is one entry, so an exact match elsewhere is not a reuse to review.
    pub shared: bool,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            threshold: 0.6,
            suggest: 0.75,
            shared: false,
        }
    }
}

/// A count of segments and of their source words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub segments: usize,
    pub words: usize,
}

impl Tally {
    fn add(&mut self, text: &str) {
        self.segments += 1;
        self.words += word_count(text);
    }

    fn plus(&mut self, o: &Tally) {
        self.segments += o.segments;
        self.words += o.words;
    }
}

/// What a sync did (or would do).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncReport {
    /// Messages found unchanged.
    pub unchanged: Tally,
    /// New messages without a translation.
    pub new: Tally,
    /// Changed messages that kept an old translation, marked stale.
    pub stale: Tally,
    /// Changed messages whose translation was updated mechanically (links, code,
    /// numbers, whitespace) and stays translated.
    pub carried: Tally,
    /// Old messages with a translation no longer in the source, now obsolete.
    pub obsolete: Tally,
    /// Obsolete messages that are back in the source.
    pub revived: Tally,
    /// Messages that moved from another statement with their translation.
    pub moved: Tally,
    /// New messages that reuse another statement's translation (marked for review).
    pub reused: Tally,
}

impl SyncReport {
    /// Whether applying the sync would change any catalog content.
    pub fn changed(&self) -> bool {
        self.new.segments
            + self.stale.segments
            + self.carried.segments
            + self.obsolete.segments
            + self.revived.segments
            + self.moved.segments
            + self.reused.segments
            > 0
    }

    pub fn add(&mut self, o: &SyncReport) {
        self.unchanged.plus(&o.unchanged);
        self.new.plus(&o.new);
        self.stale.plus(&o.stale);
        self.carried.plus(&o.carried);
        self.obsolete.plus(&o.obsolete);
        self.revived.plus(&o.revived);
        self.moved.plus(&o.moved);
        self.reused.plus(&o.reused);
    }
}

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
fn best_match<'a>(
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
struct GramHasher(u64);

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
fn grams(s: &str) -> Vec<u64> {
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
struct Index {
    postings: GramMap<Vec<u32>>,
    sizes: Vec<u32>,
    lens: Vec<u32>,
}

impl Index {
    fn new<'a>(texts: impl Iterator<Item = &'a str>) -> Index {
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
    fn candidates(
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

/// One statement's template and its old catalog in a language.
pub struct Unit<'a> {
    /// The statement path (shown in notes, e.g. `statements/x.md`).
    pub path: &'a str,
    pub template: &'a Catalog,
    pub old: &'a Catalog,
}

/// A message key: context and source.
type Key<'a> = (Option<&'a str>, &'a str);

const NOTE_PREFIX: &str = "dragoman: ";
const SUGGESTION: &str = "dragoman: suggestion";
const CARRIED: &str = "dragoman: carried over";

fn stale_from(t: &Message, c: &Message) -> Message {
    // The source the translation was made from: a stale entry's own previous
    // source; unknown (None) for a stale entry without one (marked fuzzy by
    // another tool), rather than a text the translation never matched.
    let previous = if c.stale {
        c.previous.clone()
    } else {
        Some(Previous {
            context: c.context.clone(),
            source: c.source.clone(),
            source_plural: c.source_plural.clone(),
        })
    };
    Message {
        context: t.context.clone(),
        source: t.source.clone(),
        source_plural: t.source_plural.clone(),
        translation: c.translation.clone(),
        stale: true,
        previous,
        notes: t.notes.clone(),
        comments: c.comments.clone(),
        references: t.references.clone(),
        flags: c.flags.clone(),
        obsolete: false,
        line: 0,
    }
}

/// A current message built from a similar old one: carried over when the change
/// is mechanical and the translation allows it, stale otherwise.
fn from_similar(t: &Message, c: &Message) -> (Message, bool) {
    // The text the translation was made from: a stale entry's previous source
    // (only stale entries without one cannot be carried over).
    let made_from = match (&c.previous, c.stale) {
        (Some(p), true) => Some(p.source.as_str()),
        (_, true) => None,
        _ => Some(c.source.as_str()),
    };
    if let Some(from) = made_from
        && c.translation.len() == 1
        && t.source_plural.is_none()
        && let Ok(carried) = carry_over(from, &t.source, &c.translation[0])
    {
        let mut m = stale_from(t, c);
        m.stale = false;
        m.previous = None;
        m.translation = vec![carried.translation.clone()];
        m.comments.retain(|x| !x.starts_with(CARRIED));
        m.comments.push(carried.note());
        return (m, true);
    }
    (stale_from(t, c), false)
}

fn live_copy(o: &Message, t: &Message) -> Message {
    let mut m = o.clone();
    m.obsolete = false;
    m.notes = t.notes.clone();
    m.references = t.references.clone();
    m.source_plural = t.source_plural.clone().or(m.source_plural);
    m.line = 0;
    m
}

/// Merges every unit's template into its old catalog, matching across units.
/// Returns the new catalogs (old headers kept) and what changed, per unit.
#[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
pub fn merge_all(units: &[Unit], opts: SyncOptions) -> Vec<(Catalog, SyncReport)> {
    let mut reports = vec![SyncReport::default(); units.len()];
    let mut used: Vec<Vec<bool>> = units
        .iter()
        .map(|u| vec![false; u.old.messages.len()])
        .collect();
    let mut out: Vec<Vec<Option<Message>>> = units
        .iter()
        .map(|u| vec![None; u.template.messages.len()])
        .collect();
    let mut pending: Vec<(usize, usize)> = Vec::new();

    // 1. Exact, same statement (live entries before obsolete ones).
    for (ui, u) in units.iter().enumerate() {
        let mut by_key: HashMap<(Option<&str>, &str), usize> = HashMap::new();
        for (i, m) in u.old.messages.iter().enumerate().rev() {
            match by_key.get(&m.key()) {
                Some(&j) if !u.old.messages[j].obsolete && m.obsolete => {}
                _ => {
                    by_key.insert(m.key(), i);
                }
            }
        }
        for (ti, t) in u.template.messages.iter().enumerate() {
            match by_key.get(&t.key()) {
                Some(&oi) => {
                    let o = &u.old.messages[oi];
                    used[ui][oi] = true;
                    let mut m = live_copy(o, t);
                    // A stale translation whose source change was mechanical is
                    // carried over now.
                    if let (true, Some(prev)) = (o.stale && o.has_translation(), &o.previous)
                        && o.translation.len() == 1
                        && let Ok(c) = carry_over(&prev.source, &o.source, &o.translation[0])
                    {
                        m.stale = false;
                        m.previous = None;
                        m.translation = vec![c.translation.clone()];
                        m.comments.retain(|x| !x.starts_with(CARRIED));
                        m.comments.push(c.note());
                        reports[ui].carried.add(&t.source);
                    } else if o.obsolete {
                        reports[ui].revived.add(&t.source);
                    } else {
                        reports[ui].unchanged.add(&t.source);
                    }
                    out[ui][ti] = Some(m);
                }
                None => pending.push((ui, ti)),
            }
        }
    }

    // 2. Exact, another statement: moved (the old entry is gone from its own
    //    statement) or translation memory (reused, marked for review).
    if units.len() > 1 {
        let mut by_key: HashMap<Key, Vec<(usize, usize)>> = HashMap::new();
        for (ui, u) in units.iter().enumerate() {
            for (i, m) in u.old.messages.iter().enumerate() {
                if m.has_translation() {
                    by_key.entry(m.key()).or_default().push((ui, i));
                }
            }
        }
        pending.retain(|&(ui, ti)| {
            let t = &units[ui].template.messages[ti];
            let Some(hits) = by_key.get(&t.key()) else {
                return true;
            };
            let others = hits.iter().filter(|(v, _)| *v != ui);
            let first_free = others.clone().find(|(v, i)| !used[*v][*i]).or_else(|| {
                if opts.shared {
                    others.clone().next()
                } else {
                    None
                }
            });
            if let Some(&(v, i)) = first_free {
                used[v][i] = true;
                reports[ui].moved.add(&t.source);
                out[ui][ti] = Some(live_copy(&units[v].old.messages[i], t));
                return false;
            }
            if let Some(&(v, i)) = others.clone().next() {
                let o = &units[v].old.messages[i];
                let mut m = t.clone();
                m.translation = o.translation.clone();
                m.stale = true;
                m.previous = None;
                m.comments = vec![format!(
                    "{NOTE_PREFIX}reused from {}; please review",
                    units[v].path
                )];
                reports[ui].reused.add(&t.source);
                out[ui][ti] = Some(m);
                return false;
            }
            true
        });
    }

    // 3–4. Similar text: the same statement first, then entries that would
    //      become obsolete in other statements.
    let mut items: Vec<(usize, usize)> = Vec::new();
    for (ui, u) in units.iter().enumerate() {
        for (i, m) in u.old.messages.iter().enumerate() {
            if m.has_translation() {
                items.push((ui, i));
            }
        }
    }
    let index = Index::new(
        items
            .iter()
            .map(|&(u, i)| units[u].old.messages[i].source.as_str()),
    );
    // Same statement first (entries not used yet, then any entry: like msgmerge,
    // a translation may seed several changed segments), then other statements'
    // entries that would become obsolete there.
    for same in [true, false] {
        if !same && units.len() < 2 {
            break;
        }
        // Which old entries a changed segment may take: its own statement's
        // (first pass) or the others' (second), with the same context; in the
        // second pass, without `shared`, only entries not used yet.
        let allowed = |ui: usize, t: &Message, id: usize, used: &[Vec<bool>]| {
            let (v, i) = items[id];
            (v == ui) == same
                && (same || opts.shared || !used[v][i])
                && units[v].old.messages[i].context == t.context
        };
        // An entry already used seeds another segment by the text its
        // translation was made from (a stale entry's previous source), and
        // carried-over entries do not seed: copies made by a sync are then no
        // new candidates, so a second sync finds nothing new.
        let seeds_ok = |id: usize| {
            let o = &units[items[id].0].old.messages[items[id].1];
            let carried = o.comments.iter().any(|c| c.starts_with(CARRIED));
            let unknown_origin = o.stale && o.previous.is_none();
            !(carried || unknown_origin)
        };
        let made_from = |id: usize| {
            let o = &units[items[id].0].old.messages[items[id].1];
            match (&o.previous, o.stale) {
                (Some(p), true) => p.source.as_str(),
                _ => o.source.as_str(),
            }
        };
        // Candidates and their similarities do not depend on what earlier
        // segments took when the filter is fixed (first pass, or `shared`):
        // then they are computed for all segments in parallel, and only the
        // choice below runs in order.
        // (candidate, similarity to its source, similarity to what it was made from)
        type Candidate = (usize, f32, f32);
        type Scored = Vec<Candidate>;
        let fixed = same || opts.shared;
        let scored: Vec<Option<Scored>> = if fixed {
            use rayon::prelude::*;
            pending
                .par_iter()
                .map(|&(ui, ti)| {
                    let t = &units[ui].template.messages[ti];
                    let c = index.candidates(&t.source, opts.threshold, 32, |id| {
                        allowed(ui, t, id, &used)
                    });
                    Some(
                        c.into_iter()
                            .map(|id| {
                                let (v, i) = items[id];
                                let src = units[v].old.messages[i].source.as_str();
                                let from = made_from(id);
                                let s1 = similarity(&t.source, src);
                                let s2 = if from == src {
                                    s1
                                } else {
                                    similarity(&t.source, from)
                                };
                                (id, s1, s2)
                            })
                            .collect(),
                    )
                })
                .collect()
        } else {
            vec![None; pending.len()]
        };
        let mut k = 0;
        pending.retain(|&(ui, ti)| {
            let t = &units[ui].template.messages[ti];
            let pre = &scored[k];
            k += 1;
            let scored: Scored = match pre {
                Some(s) => s.clone(),
                None => index
                    .candidates(&t.source, opts.threshold, 32, |id| {
                        allowed(ui, t, id, &used)
                    })
                    .into_iter()
                    .map(|id| {
                        let (v, i) = items[id];
                        let src = units[v].old.messages[i].source.as_str();
                        (
                            id,
                            similarity(&t.source, src),
                            similarity(&t.source, made_from(id)),
                        )
                    })
                    .collect(),
            };
            // The most similar unused entry, else the most similar seed; ties
            // go to the earlier candidate.
            let best = |pick: &dyn Fn(&Candidate) -> Option<f32>| {
                let mut best: Option<(f32, usize)> = None;
                for c in &scored {
                    if let Some(s) = pick(c)
                        && s >= opts.threshold
                        && best.is_none_or(|(bs, _)| s > bs)
                    {
                        best = Some((s, c.0));
                    }
                }
                best.map(|(_, id)| id)
            };
            let chosen = best(&|&(id, s1, _)| (!used[items[id].0][items[id].1]).then_some(s1))
                .or_else(|| best(&|&(id, _, s2)| seeds_ok(id).then_some(s2)));
            let Some(id) = chosen else {
                return true;
            };
            let (v, i) = items[id];
            used[v][i] = true;
            let (m, carried) = from_similar(t, &units[v].old.messages[i]);
            if carried {
                reports[ui].carried.add(&t.source);
            } else {
                reports[ui].stale.add(&t.source);
            }
            out[ui][ti] = Some(m);
            false
        });
    }

    // 5. Still nothing: a new, untranslated message.
    for &(ui, ti) in &pending {
        let t = &units[ui].template.messages[ti];
        reports[ui].new.add(&t.source);
        let mut m = t.clone();
        m.translation = vec![String::new(); t.translation.len().max(1)];
        out[ui][ti] = Some(m);
    }

    // 6. Suggestions from other statements' (new) translations for untranslated messages.
    if units.len() > 1 {
        let mut sugg_items: Vec<(usize, usize)> = Vec::new();
        for (ui, msgs) in out.iter().enumerate() {
            for (ti, m) in msgs.iter().enumerate() {
                if m.as_ref().is_some_and(|m| m.has_translation() && !m.stale) {
                    sugg_items.push((ui, ti));
                }
            }
        }
        let text = |u: usize, t: usize| out[u][t].as_ref().map(|m| m.source.as_str()).unwrap_or("");
        let sidx = Index::new(sugg_items.iter().map(|&(u, t)| text(u, t)));
        let mut notes: Vec<(usize, usize, String)> = Vec::new();
        for (ui, msgs) in out.iter().enumerate() {
            for (ti, m) in msgs.iter().enumerate() {
                let Some(m) = m else { continue };
                if m.has_translation() {
                    continue;
                }
                let cands =
                    sidx.candidates(&m.source, opts.suggest, 8, |id| sugg_items[id].0 != ui);
                let best = best_match(&m.source, &cands, opts.suggest, |id| {
                    let (v, t) = sugg_items[id];
                    text(v, t)
                });
                if let Some(id) = best {
                    let s = similarity(&m.source, text(sugg_items[id].0, sugg_items[id].1));
                    let (v, t) = sugg_items[id];
                    let tr = out[v][t]
                        .as_ref()
                        .map(|m| m.translation[0].replace('\n', "\\n"))
                        .unwrap_or_default();
                    notes.push((
                        ui,
                        ti,
                        format!(
                            "{SUGGESTION} ({:.0}% similar, {}): {tr}",
                            s * 100.0,
                            units[v].path
                        ),
                    ));
                }
            }
        }
        for (ui, ti, note) in notes {
            if let Some(m) = out[ui][ti].as_mut() {
                m.comments.push(note);
            }
        }
    }

    // 7. Old translations no longer used: obsolete.
    let mut result = Vec::with_capacity(units.len());
    for (ui, u) in units.iter().enumerate() {
        let mut messages: Vec<Message> =
            std::mem::take(&mut out[ui]).into_iter().flatten().collect();
        for m in &mut messages {
            // Suggestions are recomputed every time; drop stale ones.
            if m.has_translation() {
                m.comments.retain(|c| !c.starts_with(SUGGESTION));
            } else {
                let keep_last = m.comments.iter().rposition(|c| c.starts_with(SUGGESTION));
                let mut idx = 0;
                m.comments.retain(|c| {
                    let keep = !c.starts_with(SUGGESTION) || Some(idx) == keep_last;
                    idx += 1;
                    keep
                });
            }
        }
        for (i, m) in u.old.messages.iter().enumerate() {
            if used[ui][i] || !m.has_translation() {
                continue;
            }
            if !m.obsolete {
                reports[ui].obsolete.add(&m.source);
            }
            let mut m = m.clone();
            m.obsolete = true;
            m.line = 0;
            messages.push(m);
        }
        result.push((
            Catalog {
                header: u.old.header.clone(),
                messages,
            },
            reports[ui],
        ));
    }
    result
}

/// Merges one template into one old catalog.
pub fn merge(template: &Catalog, old: &Catalog, opts: SyncOptions) -> (Catalog, SyncReport) {
    merge_all(
        &[Unit {
            path: "",
            template,
            old,
        }],
        opts,
    )
    .pop()
    .expect("one unit")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(msgs: &[(&str, &str)]) -> Catalog {
        Catalog {
            header: None,
            messages: msgs
                .iter()
                .map(|(s, t)| {
                    let mut m = Message::new(None, s.to_string());
                    m.translation = vec![t.to_string()];
                    m
                })
                .collect(),
        }
    }

    #[test]
    fn keeps_adds_stales_obsoletes() {
        let old = cat(&[
            ("Hello world.", "Hola mundo."),
            (
                "I ran the Python meetup for five years.",
                "Dirigí el meetup de Python durante cinco años.",
            ),
            ("Removed paragraph entirely.", "Párrafo eliminado."),
            ("Never translated.", ""),
        ]);
        let tpl = cat(&[
            ("Hello world.", ""),
            ("I ran the Python meetup for six years.", ""),
            ("A brand new sentence here.", ""),
        ]);
        let (new, r) = merge(&tpl, &old, SyncOptions::default());
        assert_eq!(
            (
                r.unchanged.segments,
                r.new.segments,
                r.stale.segments,
                r.obsolete.segments
            ),
            (1, 1, 1, 1)
        );
        assert_eq!(r.new.words, 5);
        assert_eq!(new.messages[0].translation, vec!["Hola mundo."]);
        let s = &new.messages[1];
        assert!(s.stale);
        assert_eq!(
            s.previous.as_ref().unwrap().source,
            "I ran the Python meetup for five years."
        );
        assert_eq!(
            s.translation,
            vec!["Dirigí el meetup de Python durante cinco años."]
        );
        assert!(!new.messages[2].has_translation());
        assert!(new.messages[3].obsolete);
        assert_eq!(new.messages[3].translation, vec!["Párrafo eliminado."]);
        assert_eq!(
            new.messages.len(),
            4,
            "untranslated removed entries are not kept"
        );
    }

    #[test]
    fn carries_mechanical_changes() {
        let old = cat(&[(
            "Grants are answered within 30 days.",
            "Las subvenciones se responden en 30 días.",
        )]);
        let tpl = cat(&[("Grants are answered within 21 days.", "")]);
        let (new, r) = merge(&tpl, &old, SyncOptions::default());
        assert_eq!(r.carried.segments, 1);
        let m = &new.messages[0];
        assert!(!m.stale && m.previous.is_none());
        assert_eq!(
            m.translation,
            vec!["Las subvenciones se responden en 21 días."]
        );
        assert_eq!(m.comments, vec!["dragoman: carried over (number 30 → 21)"]);
        // Whitespace-only changes never make a translation stale.
        let old = cat(&[("Two  spaces.", "Dos espacios.")]);
        let (new, r) = merge(&cat(&[("Two spaces.", "")]), &old, SyncOptions::default());
        assert_eq!(r.carried.segments, 1);
        assert_eq!(new.messages[0].text(), Some("Dos espacios."));
        assert!(!new.messages[0].stale);
    }

    #[test]
    fn stale_entries_with_mechanical_changes_are_carried() {
        let mut old = cat(&[(
            "Serves 3 million downloads.",
            "Sirve 2 millones de descargas.",
        )]);
        old.messages[0].stale = true;
        old.messages[0].previous = Some(Previous {
            source: "Serves 2 million downloads.".into(),
            ..Default::default()
        });
        let tpl = cat(&[("Serves 3 million downloads.", "")]);
        let (new, r) = merge(&tpl, &old, SyncOptions::default());
        assert_eq!(r.carried.segments, 1);
        assert_eq!(
            new.messages[0].text(),
            Some("Sirve 3 millones de descargas.")
        );
        assert!(!new.messages[0].stale);
    }

    #[test]
    fn idempotent() {
        let old = cat(&[
            ("One two three four.", "Uno dos tres cuatro."),
            ("Gone now.", "Ido."),
        ]);
        let tpl = cat(&[("One two three five.", ""), ("Fresh.", "")]);
        let (a, _) = merge(&tpl, &old, SyncOptions::default());
        let (b, r) = merge(&tpl, &a, SyncOptions::default());
        assert_eq!(a, b);
        assert!(!r.changed());
    }

    #[test]
    fn stale_keeps_original_previous() {
        let mut old = cat(&[("Version two of the text.", "Versión uno del texto.")]);
        old.messages[0].stale = true;
        old.messages[0].previous = Some(Previous {
            source: "Version one of the text.".into(),
            ..Default::default()
        });
        let tpl = cat(&[("Version three of the text.", "")]);
        let (new, _) = merge(&tpl, &old, SyncOptions::default());
        assert!(new.messages[0].stale);
        assert_eq!(
            new.messages[0].previous.as_ref().unwrap().source,
            "Version one of the text."
        );
    }

    #[test]
    fn obsolete_revived() {
        let mut old = cat(&[("Back again.", "De nuevo.")]);
        old.messages[0].obsolete = true;
        let tpl = cat(&[("Back again.", "")]);
        let (new, r) = merge(&tpl, &old, SyncOptions::default());
        assert_eq!(r.revived.segments, 1);
        assert_eq!(new.messages[0].text(), Some("De nuevo."));
    }

    #[test]
    fn across_statements() {
        // A paragraph moved from a to b keeps its translation; a sentence that is
        // still in a and also appears in b is reused for review; an untranslated
        // one gets a suggestion from a similar translated sentence elsewhere.
        let old_a = cat(&[
            (
                "This paragraph moves to the other statement.",
                "Este párrafo se mueve.",
            ),
            (
                "Thank you for reading my statement.",
                "Gracias por leer mi declaración.",
            ),
        ]);
        let old_b = cat(&[]);
        let tpl_a = cat(&[("Thank you for reading my statement.", "")]);
        let tpl_b = cat(&[
            ("This paragraph moves to the other statement.", ""),
            ("Thank you for reading my statement.", ""),
            ("Thank you for reading my long statement.", ""),
        ]);
        let units = [
            Unit {
                path: "statements/a.md",
                template: &tpl_a,
                old: &old_a,
            },
            Unit {
                path: "statements/b.md",
                template: &tpl_b,
                old: &old_b,
            },
        ];
        let r = merge_all(&units, SyncOptions::default());
        let (a, ra) = &r[0];
        let (b, rb) = &r[1];
        assert_eq!(
            ra.obsolete.segments, 0,
            "the moved paragraph is not obsolete in a"
        );
        assert_eq!(a.messages.len(), 1);
        assert_eq!(rb.moved.segments, 1);
        assert_eq!(b.messages[0].text(), Some("Este párrafo se mueve."));
        assert!(!b.messages[0].stale);
        assert_eq!(rb.reused.segments, 1);
        assert!(b.messages[1].stale);
        assert!(b.messages[1].comments[0].contains("reused from statements/a.md"));
        // The third one is similar to a's sentence: in another statement that still
        // uses it, so it is a suggestion, not a match.
        assert!(!b.messages[2].has_translation());
        assert!(
            b.messages[2].comments[0].starts_with("dragoman: suggestion ("),
            "{:?}",
            b.messages[2].comments
        );
        assert!(
            b.messages[2].comments[0]
                .ends_with("statements/a.md): Gracias por leer mi declaración.")
        );
        // And a second run changes nothing.
        let (a2, b2) = (r[0].0.clone(), r[1].0.clone());
        let units = [
            Unit {
                path: "statements/a.md",
                template: &tpl_a,
                old: &a2,
            },
            Unit {
                path: "statements/b.md",
                template: &tpl_b,
                old: &b2,
            },
        ];
        let r2 = merge_all(&units, SyncOptions::default());
        assert_eq!(r2[0].0, a2);
        assert_eq!(r2[1].0, b2);
        assert!(!r2[0].1.changed() && !r2[1].1.changed());
    }

    #[test]
    fn index_finds_similar_among_many() {
        let texts: Vec<String> = (0..2000)
            .map(|i| format!("Sentence number {i} about topic {}", i % 37))
            .collect();
        let idx = Index::new(texts.iter().map(String::as_str));
        let c = idx.candidates("Sentence number 1234 about topic 13", 0.6, 5, |_| true);
        assert!(c.contains(&1234), "{c:?}");
    }
}
