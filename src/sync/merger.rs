//! The merge itself: every unit's template matched against all old catalogs
//! of a language, phase by phase (see the module `sync` for the order).

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

mod copies;
mod regroup;

use copies::{drop_old_suggestions, from_similar, live_copy};

use super::similar::{self, Index, best_match, similarity};
use super::{SyncOptions, SyncReport, Unit};
use crate::catalog::{Catalog, Message};
use crate::diff::carry_over;
use crate::directive::{Directive, is_carried_over};
use crate::po;
use crate::source::SegmentKind;
use crate::status::word_count;

/// A message key: context and source.
type Key<'a> = (Option<&'a str>, &'a str);

/// Where a message is: (unit, index in its catalog).
type At = (usize, usize);

/// A similar old entry: (its id in the pool, similarity to its source,
/// similarity to the text its translation was made from).
type Candidate = (usize, f32, f32);

/// Merges every unit's template into its old catalog, matching across units.
/// Returns the new catalogs (old headers kept) and what changed, per unit.
pub fn merge_all(units: &[Unit], opts: SyncOptions) -> Vec<(Catalog, SyncReport)> {
    let mut merger = Merger {
        units,
        opts,
        reports: vec![SyncReport::default(); units.len()],
        used: units
            .iter()
            .map(|u| vec![false; u.old.messages.len()])
            .collect(),
        out: units
            .iter()
            .map(|u| vec![None; u.template.messages.len()])
            .collect(),
        pending: Vec::new(),
    };
    let t = crate::timing::phase("merge: exact same");
    merger.exact_same_unit();
    drop(t);
    let t = crate::timing::phase("merge: exact other");
    if units.len() > 1 {
        merger.exact_other_unit();
    }
    drop(t);
    if opts.shared {
        merger.known_untranslated();
    }
    let t = crate::timing::phase("merge: regroup");
    merger.regroup();
    drop(t);
    let t = crate::timing::phase("merge: similar");
    merger.similar();
    drop(t);
    let t = crate::timing::phase("merge: new");
    merger.new_messages();
    if units.len() > 1 && opts.suggestions {
        merger.suggestions();
    }
    drop(t);
    let _t = crate::timing::phase("merge: finish");
    merger.finish()
}

/// The state of a merge between phases.
struct Merger<'u, 'a> {
    units: &'u [Unit<'a>],
    opts: SyncOptions,
    reports: Vec<SyncReport>,
    /// Old entries already attached to a current message.
    used: Vec<Vec<bool>>,
    /// The current messages found so far, by template position.
    out: Vec<Vec<Option<Message>>>,
    /// Template messages not matched yet.
    pending: Vec<At>,
}

/// Old entries with a translation, indexed by text for similarity search.
struct Pool {
    items: Vec<At>,
    index: Index,
    /// Per unit, whether any item is its own (else its same-statement pass
    /// has nothing to look for: one shared catalog, a new statement).
    owns: Vec<bool>,
}

impl<'a> Merger<'_, 'a> {
    fn old(&self, (u, i): At) -> &'a Message {
        &self.units[u].old.messages[i]
    }

    fn template(&self, (u, t): At) -> &'a Message {
        &self.units[u].template.messages[t]
    }

    /// The words of a template message's source.
    fn words(&self, (u, t): At) -> usize {
        match self.units[u].words.get(t) {
            Some(&n) => n,
            None => word_count(&self.template((u, t)).source),
        }
    }

    /// 1. Exact, same statement (live entries before obsolete ones).
    fn exact_same_unit(&mut self) {
        for (ui, u) in self.units.iter().enumerate() {
            let old = &u.old.messages;
            // A catalog is written in its template's order: the entry after
            // the last one found is taken when its key is the message's (a
            // live key is one entry; where a hand-written FTL file repeats
            // one, the repeat in order is taken). The index by key is made
            // only for the rest: a million random lookups in a table larger
            // than the caches cost more than the copies.
            let mut by_key: Option<HashMap<Key, usize>> = None;
            let mut next = 0;
            for (ti, t) in u.template.messages.iter().enumerate() {
                let aligned = old
                    .get(next)
                    .is_some_and(|o| !o.obsolete && o.key() == t.key());
                let found = if aligned {
                    Some(next)
                } else {
                    by_key
                        .get_or_insert_with(|| index_by_key(old))
                        .get(&t.key())
                        .copied()
                };
                let Some(oi) = found else {
                    self.pending.push((ui, ti));
                    continue;
                };
                next = oi + 1;
                let o = &old[oi];
                self.used[ui][oi] = true;
                let mut m = live_copy(o, t);
                let words = self.words((ui, ti));
                let report = &mut self.reports[ui];
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
                    report.carried.add(words);
                } else if o.obsolete {
                    report.revived.add(words);
                } else {
                    report.unchanged.add(words);
                }
                self.out[ui][ti] = Some(m);
            }
        }
    }

    /// 2. Exact, another statement: moved (the old entry is gone from its own
    ///    statement) or translation memory (reused, marked for review).
    fn exact_other_unit(&mut self) {
        let mut by_key: HashMap<Key, Vec<At>> = HashMap::default();
        for (ui, u) in self.units.iter().enumerate() {
            for (i, m) in u.old.messages.iter().enumerate() {
                if m.has_translation() {
                    by_key.entry(m.key()).or_default().push((ui, i));
                }
            }
        }
        for (ui, ti) in std::mem::take(&mut self.pending) {
            let t = self.template((ui, ti));
            let Some(hits) = by_key.get(&t.key()) else {
                self.pending.push((ui, ti));
                continue;
            };
            let mut others = hits.iter().filter(|(v, _)| *v != ui).copied();
            let first_free = others
                .clone()
                .find(|&(v, i)| !self.used[v][i])
                .or_else(|| self.opts.shared.then(|| others.clone().next()).flatten());
            if let Some(at) = first_free {
                self.used[at.0][at.1] = true;
                let words = self.words((ui, ti));
                self.reports[ui].moved.add(words);
                self.out[ui][ti] = Some(live_copy(self.old(at), t));
            } else if let Some(at) = others.next() {
                let mut m = t.clone();
                m.translation = self.old(at).translation.clone();
                m.stale = true;
                m.previous = None;
                let from = format!("{}; please review", self.units[at.0].path);
                m.comments = po::one_string(Directive::ReusedFrom(from).to_comment());
                let words = self.words((ui, ti));
                self.reports[ui].reused.add(words);
                self.out[ui][ti] = Some(m);
            } else {
                self.pending.push((ui, ti));
            }
        }
    }

    /// 3–4. Similar text: the same statement first (entries not used yet, then
    ///      any entry: like msgmerge, a translation may seed several changed
    ///      segments), then other statements' entries that would become
    ///      obsolete there.
    fn similar(&mut self) {
        if self.pending.is_empty() {
            // Every segment found its entry: nothing to look for.
            return;
        }
        let mut items: Vec<At> = Vec::new();
        for (ui, u) in self.units.iter().enumerate() {
            for (i, m) in u.old.messages.iter().enumerate() {
                if m.has_translation() {
                    items.push((ui, i));
                }
            }
        }
        if items.is_empty() {
            // No translation anywhere to start from: nothing to look for.
            return;
        }
        let index = Index::new(items.iter().map(|&at| self.old(at).source.as_str()));
        let mut owns = vec![false; self.units.len()];
        for &(u, _) in &items {
            owns[u] = true;
        }
        let pool = Pool { items, index, owns };
        self.similar_pass(&pool, true);
        if self.units.len() > 1 {
            self.similar_pass(&pool, false);
        }
    }

    fn similar_pass(&mut self, pool: &Pool, same: bool) {
        // Candidates and their similarities do not depend on what earlier
        // segments took when the filter is fixed (first pass, or `shared`):
        // then they are computed for all segments in parallel, and only the
        // choice below runs in order.
        let fixed = same || self.opts.shared;
        let scored: Vec<Option<Vec<Candidate>>> = if fixed {
            let this = &*self;
            self.pending
                .par_iter()
                .map(|&at| Some(this.score(pool, same, at)))
                .collect()
        } else {
            vec![None; self.pending.len()]
        };
        for (at, pre) in std::mem::take(&mut self.pending).into_iter().zip(scored) {
            let scored = pre.unwrap_or_else(|| self.score(pool, same, at));
            match self.choose(pool, &scored) {
                Some(id) => self.take_similar(at, pool.items[id]),
                None => self.pending.push(at),
            }
        }
    }

    /// Which old entries a changed segment may take: its own statement's
    /// (first pass) or the others' (second), with the same context; in the
    /// second pass, without `shared`, only entries not used yet.
    fn allowed(&self, pool: &Pool, same: bool, (ui, ti): At, id: usize) -> bool {
        let (v, i) = pool.items[id];
        (v == ui) == same
            && (same || self.opts.shared || !self.used[v][i])
            && self.old((v, i)).context == self.template((ui, ti)).context
    }

    /// The text an old entry's translation was made from (a stale entry's
    /// previous source).
    fn made_from(&self, at: At) -> &str {
        let o = self.old(at);
        match (&o.previous, o.stale) {
            (Some(p), true) => p.source.as_str(),
            _ => o.source.as_str(),
        }
    }

    /// An entry already used seeds another segment by the text its
    /// translation was made from, and carried-over entries do not seed:
    /// copies made by a sync are then no new candidates, so a second sync
    /// finds nothing new.
    fn seeds(&self, at: At) -> bool {
        let o = self.old(at);
        let carried = o.comments.iter().any(|c| is_carried_over(c));
        let unknown_origin = o.stale && o.previous.is_none();
        !(carried || unknown_origin)
    }

    /// The similar old entries a template message may take, scored.
    fn score(&self, pool: &Pool, same: bool, at: At) -> Vec<Candidate> {
        if same && !pool.owns[at.0] {
            return Vec::new();
        }
        let t = &self.template(at).source;
        let ids = pool.index.candidates(t, self.opts.threshold, 32, |id| {
            self.allowed(pool, same, at, id)
        });
        let kind = SegmentKind::of_notes(&self.template(at).notes);
        let threshold = self.opts.threshold;
        ids.into_iter()
            .map(|id| {
                let old = pool.items[id];
                let o = self.old(old);
                let src = o.source.as_str();
                let from = self.made_from(old);
                // A kind unknown on either side (a catalog from another tool)
                // is no difference.
                let old_kind = SegmentKind::of_notes(&o.notes);
                let same_kind = kind.is_none() || old_kind.is_none() || old_kind == kind;
                // An implausible match scores nothing (`similar::plausible`).
                let judge = |text: &str, s: f32| {
                    if similar::plausible(t, text, s, threshold, same_kind) {
                        s
                    } else {
                        0.0
                    }
                };
                let s1 = similarity(t, src);
                let s2 = if from == src { s1 } else { similarity(t, from) };
                (id, judge(src, s1), judge(from, s2))
            })
            .collect()
    }

    /// The most similar unused entry, else the most similar seed; ties go to
    /// the earlier candidate.
    fn choose(&self, pool: &Pool, scored: &[Candidate]) -> Option<usize> {
        let best = |pick: &dyn Fn(&Candidate) -> Option<f32>| {
            let mut best: Option<(f32, usize)> = None;
            for c in scored {
                if let Some(s) = pick(c)
                    && s >= self.opts.threshold
                    && best.is_none_or(|(bs, _)| s > bs)
                {
                    best = Some((s, c.0));
                }
            }
            best.map(|(_, id)| id)
        };
        let unused = |id: usize| {
            let (v, i) = pool.items[id];
            !self.used[v][i]
        };
        best(&|&(id, s1, _)| unused(id).then_some(s1))
            .or_else(|| best(&|&(id, _, s2)| self.seeds(pool.items[id]).then_some(s2)))
    }

    fn take_similar(&mut self, (ui, ti): At, old: At) {
        self.used[old.0][old.1] = true;
        let t = self.template((ui, ti));
        let (m, carried) = from_similar(t, self.old(old));
        let words = self.words((ui, ti));
        if carried {
            self.reports[ui].carried.add(words);
        } else {
            self.reports[ui].stale.add(words);
        }
        self.out[ui][ti] = Some(m);
    }

    /// 2b. In one shared catalog (single layout), an entry that stood there
    ///     untranslated is found as it is, as a statement's own catalog finds
    ///     it in step 1: it keeps its comments (a translator's notes) and is
    ///     not new. It is no changed segment either, so no similar text is
    ///     looked for: a sync with no source change changes nothing, in
    ///     either layout.
    fn known_untranslated(&mut self) {
        let mut untranslated: HashMap<Key, At> = HashMap::default();
        for (ui, u) in self.units.iter().enumerate() {
            for (i, m) in u.old.messages.iter().enumerate() {
                if !m.obsolete && !m.has_translation() {
                    untranslated.entry(m.key()).or_insert((ui, i));
                }
            }
        }
        if untranslated.is_empty() {
            return;
        }
        for (ui, ti) in std::mem::take(&mut self.pending) {
            let t = self.template((ui, ti));
            let Some(&at) = untranslated.get(&t.key()) else {
                self.pending.push((ui, ti));
                continue;
            };
            let words = self.words((ui, ti));
            self.reports[ui].unchanged.add(words);
            let mut m = live_copy(self.old(at), t);
            m.translation = vec![String::new(); t.translation.len().max(1)];
            self.out[ui][ti] = Some(m);
        }
    }

    /// 5. Still nothing: a new, untranslated message.
    fn new_messages(&mut self) {
        for &(ui, ti) in &self.pending {
            let t = &self.units[ui].template.messages[ti];
            let words = self.words((ui, ti));
            self.reports[ui].new.add(words);
            let mut m = t.clone();
            m.translation = vec![String::new(); t.translation.len().max(1)];
            self.out[ui][ti] = Some(m);
        }
    }

    /// 6. Suggestions from other statements' (new) translations for
    ///    untranslated messages.
    fn suggestions(&mut self) {
        let out = &self.out;
        let mut items: Vec<At> = Vec::new();
        for (ui, msgs) in out.iter().enumerate() {
            for (ti, m) in msgs.iter().enumerate() {
                if m.as_ref().is_some_and(|m| m.has_translation() && !m.stale) {
                    items.push((ui, ti));
                }
            }
        }
        let text = |(u, t): At| out[u][t].as_ref().map(|m| m.source.as_str()).unwrap_or("");
        let index = Index::new(items.iter().map(|&at| text(at)));
        let suggest = self.opts.suggest;
        let mut notes: Vec<(At, String)> = Vec::new();
        for (ui, msgs) in out.iter().enumerate() {
            for (ti, m) in msgs.iter().enumerate() {
                let Some(m) = m else { continue };
                if m.has_translation() {
                    continue;
                }
                let cands = index.candidates(&m.source, suggest, 8, |id| items[id].0 != ui);
                let Some(id) = best_match(&m.source, &cands, suggest, |id| text(items[id])) else {
                    continue;
                };
                let (v, t) = items[id];
                let s = similarity(&m.source, text((v, t)));
                let tr = out[v][t]
                    .as_ref()
                    .map(|m| m.translation[0].replace('\n', "\\n"))
                    .unwrap_or_default();
                let note = format!(" ({:.0}% similar, {}): {tr}", s * 100.0, self.units[v].path);
                notes.push(((ui, ti), Directive::Suggestion(note).to_comment()));
            }
        }
        for ((ui, ti), note) in notes {
            if let Some(m) = self.out[ui][ti].as_mut() {
                m.comments.push(note);
            }
        }
    }

    /// 7. Old translations no longer used: obsolete. Suggestions are
    ///    recomputed every time: translated messages lose theirs, the others
    ///    keep the newest.
    fn finish(mut self) -> Vec<(Catalog, SyncReport)> {
        let mut result = Vec::with_capacity(self.units.len());
        for (ui, u) in self.units.iter().enumerate() {
            // In place (`filter_map` over the vector's own buffer; an
            // `Option<Message>` is as large as a `Message`): a second array of
            // every message would double the merge's peak.
            #[allow(clippy::filter_map_identity)]
            let mut messages: Vec<Message> = std::mem::take(&mut self.out[ui])
                .into_iter()
                .filter_map(|m| m)
                .collect();
            for m in &mut messages {
                drop_old_suggestions(m, self.opts.suggestions);
            }
            regroup::settle(&mut messages);
            for (i, m) in u.old.messages.iter().enumerate() {
                if self.used[ui][i] || !m.has_translation() {
                    continue;
                }
                if !m.obsolete {
                    self.reports[ui].obsolete.add(word_count(&m.source));
                }
                let mut m = m.clone();
                m.obsolete = true;
                m.line = 0;
                messages.push(m);
            }
            let header = u.old.header.clone();
            result.push((Catalog { header, messages }, self.reports[ui]));
        }
        result
    }
}

/// Old entries by key: a live entry before an obsolete one, else the first.
fn index_by_key(old: &[Message]) -> HashMap<Key<'_>, usize> {
    let mut by_key: HashMap<Key, usize> =
        HashMap::with_capacity_and_hasher(old.len(), Default::default());
    for (i, m) in old.iter().enumerate().rev() {
        match by_key.get(&m.key()) {
            Some(&j) if !old[j].obsolete && m.obsolete => {}
            _ => {
                by_key.insert(m.key(), i);
            }
        }
    }
    by_key
}
