//! The file system: atomic writes (one file, a batch, a staged build),
//! walking folders, reading text, the jail every path goes through, the
//! project lock. Every other module that needs a file goes through here.

use std::fs;
use std::path::Path;

use crate::error::{Error, Result};
use crate::ui::Msg;

mod huge;
mod jail;
mod lock;
mod write;

pub use jail::Jail;
pub use lock::Lock;
pub(crate) use lock::remove_stale_temps;
pub(crate) use write::write_file;
pub use write::{
    Durability, Expect, Staged, content_hash, holds, is_conflict, write_all, write_all_expecting,
    write_atomic,
};

/// Relative paths (`/`-separated) of the files under `dir` whose names end
/// with one of `exts`, sorted. A missing folder has no files. File names are
/// untrusted: hidden entries are skipped; symbolic links, names that are not
/// UTF-8 and special files (FIFOs, sockets, devices) are skipped with a
/// warning ([`take_warnings`]), never followed or opened; a name with a
/// control character is an error (it would break every catalog reference).
/// A backslash is an ordinary character of a Unix file name, never a separator.
pub(crate) fn walk_files(dir: &Path, exts: &[&str]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![(dir.to_path_buf(), String::new())];
    while let Some((d, prefix)) = stack.pop() {
        let entries = fs::read_dir(&d).map_err(|e| Error::io(&d, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&d, e))?;
            let p = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                warn(Msg::new("walk-not-utf8").arg("path", p.to_string_lossy()));
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let rel = format!("{prefix}{name}");
            let ft = entry.file_type().map_err(|e| Error::io(&p, e))?;
            if ft.is_symlink() {
                warn(Msg::new("walk-symlink").arg("path", p.display()));
            } else if ft.is_dir() {
                stack.push((p, format!("{rel}/")));
            } else if !exts.iter().any(|e| name.ends_with(e)) {
                continue;
            } else if !ft.is_file() {
                warn(Msg::new("walk-special").arg("path", p.display()));
            } else if name.contains(char::is_control) {
                return Err(Error::file(
                    d.display().to_string(),
                    Msg::new("walk-control-name").arg("name", name.escape_debug()),
                ));
            } else {
                out.push(rel);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Makes a folder and its parents (nothing when it exists).
pub fn make_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
}

static WARNINGS: std::sync::Mutex<Vec<Msg>> = std::sync::Mutex::new(Vec::new());

/// Records a warning for the user (something skipped, not an error).
pub fn warn(msg: Msg) {
    let mut w = WARNINGS.lock().unwrap_or_else(|e| e.into_inner());
    if !w.contains(&msg) {
        w.push(msg);
    }
}

/// The warnings recorded since the last call, in order.
pub fn take_warnings() -> Vec<Msg> {
    std::mem::take(&mut *WARNINGS.lock().unwrap_or_else(|e| e.into_inner()))
}

/// `bytes` as text, or an error naming the line where invalid UTF-8 starts
/// ("DISPLAY:LINE:1: file is not valid UTF-8"); `what` is `file`, `catalog`
/// or `text` (the `utf8-invalid` message's selector).
pub(crate) fn utf8_text(bytes: Vec<u8>, display: &str, what: &str) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let off = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..off].iter().filter(|b| **b == b'\n').count() + 1;
        Error::at(display, line, 1, Msg::new("utf8-invalid").arg("what", what))
    })
}
