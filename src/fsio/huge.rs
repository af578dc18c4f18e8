//! Huge pages for large inputs. The kernel backs a process's fresh memory with
//! 2 MB transparent huge pages where the allocator asks for them (mimalloc
//! does), and may compact memory on the spot to find them. On a machine that
//! has been running a while, a run that allocates gigabytes — a statement or
//! catalog of tens of megabytes — then spends more time in that compaction
//! and zeroing than in its own work (a 1M-item list: 8.6–9.6 s with huge
//! pages, 6.6 s without, docs/performance.md), while runs over a site of
//! small files are faster with them. So the first file read that is large
//! turns them off for the rest of the process.

/// A file this large (bytes) turns transparent huge pages off.
pub const LARGE: usize = 16 << 20;

/// Called with the size of every file read.
pub fn note_read(len: usize) {
    #[cfg(target_os = "linux")]
    if len >= LARGE {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: prctl with integer arguments only; when it fails the
            // process keeps huge pages, nothing else changes.
            unsafe {
                libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
            }
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = len;
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn a_large_read_turns_huge_pages_off() {
        super::note_read(super::LARGE);
        // SAFETY: reading a flag of this process.
        let off = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(off, 1);
    }
}
