//! Paragraphs split or merged within a statement. A split: an old paragraph's
//! text ≈ adjacent new paragraphs joined; its translation goes on the first
//! part (stale, `covers …`) and the other parts are `covered by` it, so a page
//! shows the old translation once, never twice and never losing a part. A
//! merge: a new paragraph ≈ adjacent old paragraphs joined; their translations
//! are joined (carried over when the change is only the join, stale otherwise).

use super::Merger;
use super::similar::{Index, similarity};
use crate::catalog::{Message, Previous};
use crate::diff::carry_over;
use crate::directive::{Directive, carried_over, is_carried_over, is_split};
use crate::po;
use crate::source::SegmentKind;

/// Similarity the joined text needs with the text on the other side.
const JOINED_MIN: f32 = 0.9;
/// How much better the joined text must match than any one part alone.
const JOIN_GAIN: f32 = 0.1;
/// At most this many paragraphs in one split or merge.
const MAX_PARTS: usize = 4;

/// Whether a message is a whole paragraph: only those are regrouped (a part
/// covered by the paragraph before can leave the page without a trace).
fn paragraph(m: &Message) -> bool {
    m.context.is_none()
        && m.source_plural.is_none()
        && SegmentKind::of_notes(&m.notes) == Some(SegmentKind::Paragraph)
}

/// A candidate: (similarity, parts, id in the index).
type Found = (f32, usize, usize);

impl Merger<'_, '_> {
    /// 2b. Splits, then merges, of paragraphs in each statement.
    pub(super) fn regroup(&mut self) {
        for ui in 0..self.units.len() {
            // Only a statement's own old translations regroup (cheap test first).
            let old = &self.units[ui].old.messages;
            if !old.iter().any(|m| m.has_translation()) || self.pending_paragraphs(ui).is_empty() {
                continue;
            }
            self.splits(ui);
            self.merges(ui);
        }
        let out = &self.out;
        self.pending.retain(|&(u, t)| out[u][t].is_none());
    }

    /// The template positions of unit `ui` still unmatched that are paragraphs.
    fn pending_paragraphs(&self, ui: usize) -> Vec<usize> {
        self.pending
            .iter()
            .filter(|&&(u, t)| u == ui && self.out[u][t].is_none())
            .filter(|&&at| paragraph(self.template(at)))
            .map(|&(_, t)| t)
            .collect()
    }

    /// Old paragraphs of unit `ui` with a translation that nothing took yet
    /// and that may seed (in catalog order).
    fn free_old_paragraphs(&self, ui: usize, live_only: bool) -> Vec<usize> {
        let old = &self.units[ui].old.messages;
        (0..old.len())
            .filter(|&i| !self.used[ui][i] && (!live_only || !old[i].obsolete))
            .filter(|&i| old[i].has_translation() && old[i].translation.len() == 1)
            .filter(|&i| paragraph(&old[i]) && self.seeds((ui, i)))
            .collect()
    }

    /// An old paragraph ≈ adjacent pending paragraphs joined.
    fn splits(&mut self, ui: usize) {
        let pending = self.pending_paragraphs(ui);
        let olds = self.free_old_paragraphs(ui, false);
        if olds.is_empty() || pending.len() < 2 {
            return;
        }
        let index = Index::new(olds.iter().map(|&i| self.made_from((ui, i))));
        let mut p = 0;
        while p < pending.len() {
            // The pending paragraphs adjacent in the template from `p` on.
            let run = pending[p..]
                .iter()
                .enumerate()
                .take_while(|&(k, &t)| t == pending[p] + k)
                .count()
                .min(MAX_PARTS);
            let parts: Vec<&str> = (0..run)
                .map(|k| self.template((ui, pending[p] + k)).source.as_str())
                .collect();
            let mut best: Option<Found> = None;
            for k in 2..=run {
                let joined = parts[..k].join(" ");
                let free = |id: usize| !self.used[ui][olds[id]];
                for id in index.candidates(&joined, JOINED_MIN, 4, free) {
                    let s = similarity(&joined, self.made_from((ui, olds[id])));
                    if s >= JOINED_MIN && best.is_none_or(|b| s > b.0) {
                        best = Some((s, k, id));
                    }
                }
            }
            match best {
                Some((s, k, id))
                    if similarity(parts[0], self.made_from((ui, olds[id]))) + JOIN_GAIN <= s =>
                {
                    self.take_split(ui, pending[p], k, olds[id]);
                    p += k;
                }
                _ => p += 1,
            }
        }
    }

    /// The first of `k` template paragraphs from `first` takes old entry `oi`;
    /// the others are covered by it.
    fn take_split(&mut self, ui: usize, first: usize, k: usize, oi: usize) {
        self.used[ui][oi] = true;
        let old = self.old((ui, oi));
        let t = self.template((ui, first));
        let mut head = super::copies::stale_from(t, old);
        head.comments
            .retain(|c| !is_carried_over(c) && !is_split(c));
        let rest = if k == 2 {
            "the next paragraph (the source split this one; move its part there)".to_string()
        } else {
            format!(
                "the next {} paragraphs (the source split this one; move their parts there)",
                k - 1
            )
        };
        head.comments.push(Directive::Covers(rest).to_comment());
        let previous = head.previous.clone();
        let words = self.words((ui, first));
        self.reports[ui].split.add(words);
        self.out[ui][first] = Some(head);
        for ti in first + 1..first + k {
            let t = self.template((ui, ti));
            let mut m = t.clone();
            m.translation = vec![String::new()];
            m.previous = previous.clone();
            let note = "the paragraph before (split from it in the source)".to_string();
            m.comments = po::one_string(Directive::CoveredBy(note).to_comment());
            let words = self.words((ui, ti));
            self.reports[ui].split.add(words);
            self.out[ui][ti] = Some(m);
        }
    }

    /// A pending paragraph ≈ adjacent old paragraphs joined.
    fn merges(&mut self, ui: usize) {
        let pending = self.pending_paragraphs(ui);
        let olds = self.free_old_paragraphs(ui, true);
        if olds.len() < 2 || pending.is_empty() {
            return;
        }
        // Every run of 2..=MAX_PARTS old paragraphs adjacent in the catalog.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for a in 0..olds.len() {
            for k in 2..=MAX_PARTS.min(olds.len() - a) {
                if olds[a + k - 1] != olds[a] + k - 1 {
                    break;
                }
                runs.push((a, k));
            }
        }
        if runs.is_empty() {
            return;
        }
        let joined = |&(a, k): &(usize, usize)| -> String {
            let texts: Vec<&str> = olds[a..a + k]
                .iter()
                .map(|&i| self.made_from((ui, i)))
                .collect();
            texts.join(" ")
        };
        let texts: Vec<String> = runs.iter().map(joined).collect();
        let index = Index::new(texts.iter().map(String::as_str));
        for ti in pending {
            let t = self.template((ui, ti)).source.as_str();
            let free = |id: usize| {
                let (a, k) = runs[id];
                olds[a..a + k].iter().all(|&i| !self.used[ui][i])
            };
            let mut best: Option<Found> = None;
            for id in index.candidates(t, JOINED_MIN, 8, free) {
                let s = similarity(t, &texts[id]);
                if s >= JOINED_MIN && best.is_none_or(|b| s > b.0) {
                    best = Some((s, runs[id].1, id));
                }
            }
            let Some((s, _, id)) = best else { continue };
            let (a, k) = runs[id];
            let alone = olds[a..a + k]
                .iter()
                .map(|&i| similarity(t, self.made_from((ui, i))))
                .fold(0.0, f32::max);
            if alone + JOIN_GAIN <= s {
                self.take_merge(ui, ti, &olds[a..a + k], texts[id].clone());
            }
        }
    }

    /// Template paragraph `ti` takes the old entries `parts` (adjacent),
    /// whose texts joined are `from`.
    fn take_merge(&mut self, ui: usize, ti: usize, parts: &[usize], from: String) {
        let t = self.template((ui, ti));
        let olds: Vec<&Message> = parts.iter().map(|&i| self.old((ui, i))).collect();
        for &i in parts {
            self.used[ui][i] = true;
        }
        let joined: Vec<&str> = olds.iter().map(|o| o.translation[0].as_str()).collect();
        let translation = joined.join(" ");
        let mut m = t.clone();
        // The translators' own comments of every part, once each.
        for c in olds.iter().flat_map(|o| &o.comments) {
            let ours = crate::directive::is_directive(c);
            if !ours && !m.comments.contains(c) {
                m.comments.push(c.clone());
            }
        }
        let what = format!("{} paragraphs merged", parts.len());
        match carry_over(&from, &t.source, &translation) {
            Ok(c) => {
                let changes = c.changes();
                m.translation = vec![c.translation];
                let note = if changes.is_empty() {
                    what
                } else {
                    format!("{what}; {changes}")
                };
                m.comments.push(carried_over(&note));
            }
            Err(_) => {
                m.translation = vec![translation];
                m.stale = true;
                m.previous = Some(Box::new(Previous {
                    context: None,
                    source: from,
                    source_plural: None,
                }));
            }
        }
        let words = self.words((ui, ti));
        self.reports[ui].merged.add(words);
        self.out[ui][ti] = Some(m);
    }
}

/// Keeps splits honest after translators' edits (messages in template order):
/// `covers` stays only on a stale translation, `covered by` only on an
/// untranslated part right after a covering entry or another covered part.
pub(super) fn settle(messages: &mut [Message]) {
    let mut covering = false;
    for m in messages.iter_mut().filter(|m| !m.obsolete) {
        if m.has_directive(Directive::Covers) {
            if !m.covers() {
                m.drop_directive(Directive::Covers);
            }
            covering = m.covers();
        } else if m.has_directive(Directive::CoveredBy) {
            if covering && m.covered() {
                continue;
            }
            m.drop_directive(Directive::CoveredBy);
            if !m.has_translation() {
                m.previous = None;
            }
            covering = false;
        } else {
            covering = false;
        }
    }
}
