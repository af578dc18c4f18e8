//! The project lock, and the leftovers of a writer that died.

use std::fs;
use std::path::{Path, PathBuf};

/// The project lock (`locales/.dragoman.lock`): only one dragoman writes a
/// project at a time. Released (file removed) when dropped; a lock left by a
/// process that no longer runs is detected and taken over.
#[derive(Debug)]
pub struct Lock {
    pub(crate) path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Whether a process id belongs to a running process (Linux: /proc; elsewhere
/// assumed running, so only age makes such a lock stale).
pub(crate) fn process_alive(pid: u32) -> Option<bool> {
    if Path::new("/proc/self").exists() {
        Some(Path::new(&format!("/proc/{pid}")).exists())
    } else {
        None
    }
}

/// Removes temp files (`.name.PID.tmp`) that a killed writer left behind.
pub(crate) fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        match e.file_type() {
            Ok(t) if t.is_dir() && !t.is_symlink() => remove_stale_temps(&p),
            Ok(t) if t.is_file() && name.starts_with('.') && name.ends_with(".tmp") => {
                let _ = fs::remove_file(&p);
            }
            _ => {}
        }
    }
}
