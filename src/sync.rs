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

mod similar;

pub use similar::similarity;
use similar::*;

/// Tuning for fuzzy matching.
#[derive(Debug, Clone, Copy, serde::Serialize)]
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

/// One statement's template and its old catalog in a language.
pub struct Unit<'a> {
    /// The statement path (shown in notes, e.g. `statements/x.md`).
    pub path: &'a str,
    pub template: &'a Catalog,
    pub old: &'a Catalog,
}

/// A message key: context and source.
type Key<'a> = (Option<&'a str>, &'a str);

use crate::directive::{Directive, is_carried_over, is_suggestion};

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
        m.comments.retain(|x| !is_carried_over(x));
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
                        m.comments.retain(|x| !is_carried_over(x));
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
                m.comments = vec![
                    Directive::ReusedFrom(format!("{}; please review", units[v].path)).to_comment(),
                ];
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
            let carried = o.comments.iter().any(|c| is_carried_over(c));
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
                        Directive::Suggestion(format!(
                            " ({:.0}% similar, {}): {tr}",
                            s * 100.0,
                            units[v].path
                        ))
                        .to_comment(),
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
                m.comments.retain(|c| !is_suggestion(c));
            } else {
                let keep_last = m.comments.iter().rposition(|c| is_suggestion(c));
                let mut idx = 0;
                m.comments.retain(|c| {
                    let keep = !is_suggestion(c) || Some(idx) == keep_last;
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
mod tests;
