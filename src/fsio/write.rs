//! Atomic writes: one file, a batch (with what each file must still hold
//! before it is replaced), and a staged build put in place at once.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::ui::Msg;

/// Writes `contents` to `path` atomically (temp file in the same folder, fsync,
/// rename). Returns false and touches nothing when the file already has them.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<bool> {
    let changed = write_file(path, contents, true)?;
    if changed {
        sync_dirs([path]);
    }
    Ok(changed)
}

/// Makes renames durable: fsyncs each distinct folder holding a written file
/// once. Best effort (some file systems refuse to sync a folder); a failure
/// here cannot lose data the rename has not already made visible.
fn sync_dirs<'a>(paths: impl IntoIterator<Item = &'a Path>) {
    let dirs: std::collections::BTreeSet<&Path> =
        paths.into_iter().filter_map(|p| p.parent()).collect();
    #[cfg(unix)]
    for d in dirs {
        let d = if d.as_os_str().is_empty() {
            Path::new(".")
        } else {
            d
        };
        if let Ok(f) = fs::File::open(d) {
            let _ = f.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = dirs;
}

/// How much `write_all` flushes to disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Never (files that can always be made again).
    None,
    /// When a file replaces an existing one (catalogs).
    Replacing,
    /// Always (new files about to take over from files that will be removed).
    Always,
}

/// Writes many files atomically, in parallel; returns which changed.
/// `durable` (catalogs): when any file replaces an existing one, every new
/// content reaches the disk before any file is replaced, and the renames are
/// flushed after (on Linux one `syncfs` each instead of one `fsync` per file
/// and folder). Files that are only created hold nothing that exists nowhere
/// else, so a batch of creations alone is not flushed. Build output and
/// templates, which can always be made again, are never flushed.
pub fn write_all<C: AsRef<[u8]> + Sync>(
    files: &[(PathBuf, C)],
    durable: Durability,
) -> Result<Vec<bool>> {
    write_all_expecting(files, durable, &|_| Expect::Anything)
}

/// What a file must still hold right before dragoman replaces it: a
/// translator's edit saved while a command ran is never overwritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Regenerable output: whatever is there.
    Anything,
    /// Nothing: the file did not exist when dragoman looked.
    Absent,
    /// The bytes dragoman read (their [`content_hash`]).
    Hash(u128),
}

/// The hash [`Expect::Hash`] compares.
pub fn content_hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// Like [`write_all`], but a file whose content is no longer what `expect`
/// says (it changed on disk after it was read) is not replaced: the batch
/// stops with a `write-conflict` error naming it, and its new content is
/// dropped. On Linux the check and the replacement are one atomic exchange
/// (`renameat2`), so no edit can slip in between.
pub fn write_all_expecting<C: AsRef<[u8]> + Sync>(
    files: &[(PathBuf, C)],
    durable: Durability,
    expect: &(dyn Fn(&Path) -> Expect + Sync),
) -> Result<Vec<bool>> {
    // Each folder is made once, not once per file.
    let dirs: std::collections::BTreeSet<&Path> = files
        .iter()
        .map(|(p, _)| p.parent().unwrap_or(Path::new(".")))
        .collect();
    for d in dirs {
        if !d.as_os_str().is_empty() && !d.is_dir() {
            fs::create_dir_all(d).map_err(|e| Error::io(d, e))?;
        }
    }
    if durable == Durability::None {
        return files
            .par_iter()
            .map(|(p, t)| write_file(p, t.as_ref(), false))
            .collect();
    }
    // 1. New contents into temp files beside their targets (unchanged files
    //    are left alone).
    let temps: Vec<Option<(PathBuf, bool)>> = files
        .par_iter()
        .map(|(p, t)| write_temp(p, t.as_ref()))
        .collect::<Result<_>>()?;
    let replaces = durable == Durability::Always || temps.iter().flatten().any(|(_, r)| *r);
    let written: Vec<(&Path, &Path)> = files
        .iter()
        .zip(&temps)
        .filter_map(|((p, _), t)| t.as_ref().map(|(t, _)| (p.as_path(), t.as_path())))
        .collect();
    let cleanup = |from: usize| {
        for (_, t) in &written[from..] {
            let _ = fs::remove_file(t);
        }
    };
    // 2. Their data on disk before anything is replaced.
    if replaces && let Err(e) = flush(&written) {
        cleanup(0);
        return Err(e);
    }
    // 3. Replace (unless changed on disk meanwhile), then make the renames durable.
    for (i, (p, t)) in written.iter().enumerate() {
        if let Err(e) = replace(t, p, expect(p)) {
            cleanup(i);
            return Err(e);
        }
    }
    if replaces {
        flush_renames(written.iter().map(|(p, _)| *p));
    }
    Ok(temps.iter().map(Option::is_some).collect())
}

/// Whether an error is a [`write_all_expecting`] conflict (the command may run
/// again on the new content).
pub fn is_conflict(e: &Error) -> bool {
    e.message.id == "write-conflict"
}

fn conflict(path: &Path) -> Error {
    Error::file(path.display().to_string(), Msg::new("write-conflict"))
}

/// Whether `path` holds what `expect` says right now.
pub fn holds(path: &Path, expect: Expect) -> bool {
    match expect {
        Expect::Anything => true,
        Expect::Absent => fs::symlink_metadata(path).is_err(),
        Expect::Hash(h) => fs::read(path).is_ok_and(|b| content_hash(&b) == h),
    }
}

/// Renames `tmp` over `path` if `path` still holds what `expect` says.
fn replace(tmp: &Path, path: &Path, expect: Expect) -> Result<()> {
    let io = |e| Error::io(path, e);
    match expect {
        Expect::Anything => return fs::rename(tmp, path).map_err(io),
        Expect::Absent => {
            #[cfg(target_os = "linux")]
            match rename2(tmp, path, libc::RENAME_NOREPLACE) {
                Ok(()) => return Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    return Err(conflict(path));
                }
                Err(e) if !unsupported(&e) => return Err(io(e)),
                Err(_) => {}
            }
            if !holds(path, expect) {
                return Err(conflict(path));
            }
        }
        Expect::Hash(h) => {
            #[cfg(target_os = "linux")]
            match rename2(tmp, path, libc::RENAME_EXCHANGE) {
                // `tmp` now holds what was at `path` at the very moment of the exchange.
                Ok(()) => {
                    let was = fs::read(tmp).map(|b| content_hash(&b));
                    if was.as_ref().is_ok_and(|w| *w == h) {
                        let _ = fs::remove_file(tmp);
                        return Ok(());
                    }
                    // Edited meanwhile: put the edit back.
                    rename2(tmp, path, libc::RENAME_EXCHANGE).map_err(io)?;
                    return Err(conflict(path));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(conflict(path));
                }
                Err(e) if !unsupported(&e) => return Err(io(e)),
                Err(_) => {}
            }
            if !holds(path, expect) {
                return Err(conflict(path));
            }
        }
    }
    fs::rename(tmp, path).map_err(io)
}

/// `renameat2(2)` with `flags` (Linux).
#[cfg(target_os = "linux")]
fn rename2(from: &Path, to: &Path, flags: libc::c_uint) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c =
        |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
    let (f, t) = (c(from)?, c(to)?);
    // SAFETY: both are valid NUL-terminated paths relative to the working folder.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            f.as_ptr(),
            libc::AT_FDCWD,
            t.as_ptr(),
            flags,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// A file system (or kernel) without `renameat2` flags.
#[cfg(target_os = "linux")]
fn unsupported(e: &std::io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EINVAL) | Some(libc::ENOSYS) | Some(libc::EOPNOTSUPP)
    )
}

/// Files written in stages and put in place all at once: until `commit`,
/// new contents wait in temp files beside their targets, and dropping the
/// stage without committing removes them (and the folders it made), so a
/// failure half-way leaves nothing changed. Memory holds only the paths.
#[derive(Default)]
pub struct Staged {
    /// Every staged path, changed or not.
    outputs: Vec<PathBuf>,
    /// Indices (into `outputs`) of the files waiting in their temp file
    /// (`temp_name(path)`): a build of 460,000 pages keeps one path per page.
    pending: Vec<u32>,
    made_dirs: Vec<PathBuf>,
}

impl Staged {
    /// Stages `files` (text or bytes); returns how many differ from what is
    /// on disk.
    pub fn stage<C: AsRef<[u8]> + Sync>(&mut self, files: Vec<(PathBuf, C)>) -> Result<usize> {
        let dirs: std::collections::BTreeSet<&Path> = files
            .iter()
            .filter_map(|(p, _)| p.parent())
            .filter(|d| !d.as_os_str().is_empty())
            .collect();
        for d in dirs {
            if !d.is_dir() {
                // Remember the folders made, outermost first, to undo them.
                let mut missing: Vec<PathBuf> = d
                    .ancestors()
                    .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
                    .map(Path::to_path_buf)
                    .collect();
                missing.reverse();
                fs::create_dir_all(d).map_err(|e| Error::io(d, e))?;
                self.made_dirs.extend(missing);
            }
        }
        let temps: Vec<Option<(PathBuf, bool)>> = files
            .par_iter()
            .map(|(p, t)| write_temp(p, t.as_ref()))
            .collect::<Result<_>>()?;
        let mut changed = 0;
        for ((path, _), t) in files.into_iter().zip(temps) {
            if t.is_some() {
                self.pending.push(self.outputs.len() as u32);
                changed += 1;
            }
            self.outputs.push(path);
        }
        Ok(changed)
    }

    /// Every staged path, changed or not.
    pub fn outputs(&self) -> &[PathBuf] {
        &self.outputs
    }

    /// Puts every staged file in place; returns every staged path.
    pub fn commit(mut self) -> Result<Vec<PathBuf>> {
        let pending = std::mem::take(&mut self.pending);
        self.made_dirs.clear();
        let outputs = &self.outputs;
        let result = pending.par_iter().try_for_each(|&i| {
            let path = &outputs[i as usize];
            fs::rename(temp_name(path), path).map_err(|e| Error::io(path, e))
        });
        if result.is_err() {
            for &i in &pending {
                let _ = fs::remove_file(temp_name(&outputs[i as usize]));
            }
        }
        result.map(|()| std::mem::take(&mut self.outputs))
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        for &i in &self.pending {
            let _ = fs::remove_file(temp_name(&self.outputs[i as usize]));
        }
        for d in self.made_dirs.iter().rev() {
            let _ = fs::remove_dir(d);
        }
    }
}

/// Writes `contents` to a temp file beside `path`, unless `path` already has
/// them (None); true when it will replace an existing file.
fn write_temp(path: &Path, contents: &[u8]) -> Result<Option<(PathBuf, bool)>> {
    let replaces = match has_content(path, contents) {
        Ok(true) => return Ok(None),
        Ok(false) => true,
        Err(e) => e.kind() != std::io::ErrorKind::NotFound,
    };
    let existing = fs::metadata(path).ok();
    refuse_read_only(path, existing.as_ref())?;
    let tmp = temp_name(path);
    let result =
        fs::write(&tmp, contents).and_then(|()| keep_owner_and_mode(&tmp, existing.as_ref()));
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(Some((tmp, replaces)))
}

/// A file nobody may write (no write permission at all) is not replaced,
/// even by root: someone made it read-only on purpose.
fn refuse_read_only(path: &Path, existing: Option<&fs::Metadata>) -> Result<()> {
    if existing.is_some_and(|m| m.permissions().readonly()) {
        return Err(Error::file(
            path.display().to_string(),
            Msg::new("write-read-only"),
        ));
    }
    Ok(())
}

/// The replacement keeps the replaced file's permissions (and, when running
/// as root, its owner).
fn keep_owner_and_mode(tmp: &Path, existing: Option<&fs::Metadata>) -> std::io::Result<()> {
    let Some(m) = existing else { return Ok(()) };
    fs::set_permissions(tmp, m.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } == 0 {
            std::os::unix::fs::chown(tmp, Some(m.uid()), Some(m.gid()))?;
        }
    }
    Ok(())
}

/// Whether the file at `path` holds exactly `contents`: a file of another
/// size is not read, and one of the same size is compared a block at a time
/// (a build compares thousands of pages with what they were).
fn has_content(path: &Path, contents: &[u8]) -> std::io::Result<bool> {
    use std::io::Read;
    let mut f = fs::File::open(path)?;
    if f.metadata()?.len() != contents.len() as u64 {
        return Ok(false);
    }
    let mut buf = [0u8; 64 * 1024];
    let mut at = 0;
    loop {
        let n = match f.read(&mut buf) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Ok(at == contents.len());
        }
        if at + n > contents.len() || buf[..n] != contents[at..at + n] {
            return Ok(false);
        }
        at += n;
    }
}

fn temp_name(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Flushes the temp files' data to disk.
fn flush(written: &[(&Path, &Path)]) -> Result<()> {
    #[cfg(target_os = "linux")]
    if let Some((_, t)) = written.first()
        && syncfs(t).is_ok()
    {
        return Ok(());
    }
    written.par_iter().try_for_each(|(p, t)| {
        fs::File::open(t)
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::io(p, e))
    })
}

/// Makes renames durable (best effort: some file systems refuse to sync a
/// folder; the data itself is already on disk).
fn flush_renames<'a>(paths: impl IntoIterator<Item = &'a Path>) {
    let paths: Vec<&Path> = paths.into_iter().collect();
    #[cfg(target_os = "linux")]
    if let Some(p) = paths.first()
        && syncfs(p).is_ok()
    {
        return;
    }
    sync_dirs(paths);
}

/// `syncfs(2)`: flushes the whole file system holding `path`, in one call.
#[cfg(target_os = "linux")]
fn syncfs(path: &Path) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let f = fs::File::open(path)?;
    // SAFETY: syncfs only reads the descriptor, which `f` keeps open.
    if unsafe { libc::syncfs(f.as_raw_fd()) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

pub(crate) fn write_file(path: &Path, contents: &[u8], durable: bool) -> Result<bool> {
    if has_content(path, contents).unwrap_or(false) {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    if !dir.as_os_str().is_empty() && !dir.is_dir() {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let existing = fs::metadata(path).ok();
    refuse_read_only(path, existing.as_ref())?;
    let tmp = temp_name(path);
    let result = (|| -> std::io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents)?;
        keep_owner_and_mode(&tmp, existing.as_ref())?;
        if durable {
            f.sync_all()?;
        }
        fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_files_appear_only_on_commit() {
        let d = tempfile::tempdir().unwrap();
        let keep = d.path().join("keep.html");
        fs::write(&keep, "old").unwrap();
        let files = |n: &str| {
            vec![
                (keep.clone(), format!("new {n}")),
                (d.path().join("a/b/page.html"), n.to_string()),
            ]
        };
        // Dropped without commit: nothing changed, no temp file, no new folder.
        let mut s = Staged::default();
        assert_eq!(s.stage(files("1")).unwrap(), 2);
        drop(s);
        assert_eq!(fs::read_to_string(&keep).unwrap(), "old");
        let left: Vec<_> = fs::read_dir(d.path()).unwrap().flatten().collect();
        assert_eq!(left.len(), 1, "{left:?}");
        // Committed: both in place; unchanged files are not rewritten.
        let mut s = Staged::default();
        s.stage(files("2")).unwrap();
        assert_eq!(s.outputs().len(), 2);
        s.commit().unwrap();
        assert_eq!(fs::read_to_string(&keep).unwrap(), "new 2");
        assert_eq!(
            fs::read_to_string(d.path().join("a/b/page.html")).unwrap(),
            "2"
        );
        let mut s = Staged::default();
        assert_eq!(s.stage(files("2")).unwrap(), 0);
        s.commit().unwrap();
    }

    #[test]
    fn creations_alone_are_written_and_replacements_kept_whole() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("x/a.po");
        let b = d.path().join("x/b.po");
        for mode in [Durability::Replacing, Durability::Always, Durability::None] {
            let changed = write_all(
                &[
                    (a.clone(), format!("{mode:?}")),
                    (b.clone(), "same".to_string()),
                ],
                mode,
            )
            .unwrap();
            assert_eq!(fs::read_to_string(&a).unwrap(), format!("{mode:?}"));
            assert!(changed[0]);
        }
        let names: Vec<String> = fs::read_dir(d.path().join("x"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "no temp files left: {names:?}");
    }

    #[test]
    fn replacements_keep_the_mode_and_refuse_read_only_files() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.po");
        fs::write(&a, "old").unwrap();
        fs::set_permissions(&a, fs::Permissions::from_mode(0o640)).unwrap();
        write_all(&[(a.clone(), "new".to_string())], Durability::Replacing).unwrap();
        assert_eq!(
            fs::metadata(&a).unwrap().permissions().mode() & 0o777,
            0o640
        );
        fs::set_permissions(&a, fs::Permissions::from_mode(0o444)).unwrap();
        for durable in [Durability::Replacing, Durability::None] {
            let e = write_all(&[(a.clone(), "newer".to_string())], durable).unwrap_err();
            assert_eq!(e.message.id, "write-read-only");
        }
        assert_eq!(fs::read_to_string(&a).unwrap(), "new");
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_not_replaced() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.po");
        fs::write(&a, "read").unwrap();
        let read = Expect::Hash(content_hash(b"read"));
        // Edited after it was read: conflict, the edit stays, no temp file.
        fs::write(&a, "edited").unwrap();
        let e = write_all_expecting(
            &[(a.clone(), "ours".to_string())],
            Durability::Replacing,
            &|_| read,
        )
        .unwrap_err();
        assert!(is_conflict(&e));
        assert_eq!(fs::read_to_string(&a).unwrap(), "edited");
        assert_eq!(fs::read_dir(d.path()).unwrap().count(), 1);
        // Unchanged: replaced.
        fs::write(&a, "read").unwrap();
        write_all_expecting(
            &[(a.clone(), "ours".to_string())],
            Durability::Replacing,
            &|_| read,
        )
        .unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "ours");
        // Expected absent, but someone created it: conflict.
        let b = d.path().join("b.po");
        fs::write(&b, "theirs").unwrap();
        let e = write_all_expecting(
            &[(b.clone(), "ours".to_string())],
            Durability::Always,
            &|_| Expect::Absent,
        )
        .unwrap_err();
        assert!(is_conflict(&e));
        assert_eq!(fs::read_to_string(&b).unwrap(), "theirs");
    }
}
