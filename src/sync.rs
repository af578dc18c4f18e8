//! Merging fresh templates into a language's catalogs.
//!
//! Invariant: a translation is never dropped. Every translated message of the
//! old catalogs ends up attached to a current message (exact, moved, carried
//! over, or stale with its previous source) or kept as obsolete.
//!
//! Matching, in order: exact in the same statement (in one shared catalog, an
//! entry standing there untranslated too); exact in another statement
//! (a moved segment, or translation memory); paragraphs split or merged in the
//! same statement (an old paragraph ≈ adjacent new ones joined, or the
//! reverse); similar text in the same statement;
//! similar text among the other statements' would-be-obsolete entries. Similar
//! candidates come from a character-trigram index, so no step is all-pairs.

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;

mod merger;
pub(crate) mod similar;

pub use merger::merge_all;
pub use similar::similarity;

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
    /// Offer suggestions to untranslated messages (what `sync` writes); a
    /// merge only read for counts or pages (`status`, `build`) skips them.
    pub suggestions: bool,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            threshold: 0.6,
            suggest: 0.75,
            shared: false,
            suggestions: true,
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
    /// One more segment of `words` words.
    fn add(&mut self, words: usize) {
        self.segments += 1;
        self.words += words;
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
    /// Parts of paragraphs the source split: the first keeps the old
    /// translation (stale), the others are covered by it.
    #[serde(default)]
    pub split: Tally,
    /// Paragraphs made of several old ones, with their translations joined.
    #[serde(default)]
    pub merged: Tally,
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
            + self.split.segments
            + self.merged.segments
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
        self.split.plus(&o.split);
        self.merged.plus(&o.merged);
    }
}

/// One statement's template and its old catalog in a language.
pub struct Unit<'a> {
    /// The statement path (shown in notes, e.g. `statements/x.md`).
    pub path: &'a str,
    pub template: &'a Catalog,
    pub old: &'a Catalog,
    /// The words of each template message's source, when counted already
    /// (counted here otherwise).
    pub words: &'a [usize],
}

/// Merges one template into one old catalog.
pub fn merge(template: &Catalog, old: &Catalog, opts: SyncOptions) -> (Catalog, SyncReport) {
    merge_all(
        &[Unit {
            path: "",
            template,
            old,
            words: &[],
        }],
        opts,
    )
    .pop()
    .expect("one unit")
}

/// Merges one statement's template as the single layout does: against the
/// one catalog every statement shares (its own unit, so every segment finds
/// its entry there as a move across units).
pub fn merge_shared(
    template: &Catalog,
    shared: &Catalog,
    opts: SyncOptions,
) -> (Catalog, SyncReport) {
    let empty = Catalog::default();
    let units = [
        Unit {
            path: "",
            template,
            old: &empty,
            words: &[],
        },
        Unit {
            path: "",
            template: &empty,
            old: shared,
            words: &[],
        },
    ];
    let opts = SyncOptions {
        shared: true,
        ..opts
    };
    merge_all(&units, opts).swap_remove(0)
}

#[cfg(test)]
mod tests;
