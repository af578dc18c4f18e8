//! What gettext checks across a catalog's entries once they are read.

use super::{PoError, PoFile};
use crate::ui::Msg;

/// What makes a message one: obsolete or not, context, msgid.
type Key<'a> = (bool, Option<&'a str>, &'a str);

/// Checks what gettext checks across entries: no duplicate message. (Plural
/// entries with another number of forms than the header's `nplurals` are
/// read, as `msgcat` reads them; `check` reports them: `plural-forms`.)
pub(super) fn validate(file: &PoFile) -> Result<(), PoError> {
    use rayon::slice::ParallelSliceMut;
    // Sorted, not hashed: a catalog is untrusted, and no choice of msgids
    // makes a sort slow (nor does a million of them make it wait on a
    // table far larger than the caches).
    let mut keys: Vec<(Key, usize)> = file
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| ((e.obsolete, e.msgctxt.as_deref(), e.msgid.as_str()), i))
        .collect();
    keys.par_sort_unstable();
    // The first entry in file order that repeats an earlier one: the
    // earliest of the second entries of the groups of one key.
    let mut found: Option<(usize, usize)> = None;
    let mut group = 0;
    for k in 1..keys.len() {
        if keys[k].0 != keys[group].0 {
            group = k;
        } else if k == group + 1 && found.is_none_or(|(at, _)| keys[k].1 < at) {
            found = Some((keys[k].1, keys[group].1));
        }
    }
    match found {
        Some((again, first)) => {
            let line = |i: usize| file.entries[i].line;
            Err(PoError {
                line: line(again),
                column: 1,
                message: Msg::new("po-duplicate").arg("first", line(first)),
            })
        }
        None => Ok(()),
    }
}
