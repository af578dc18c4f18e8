//! The project lock, and the leftovers of a writer that died.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::ui::Msg;

/// The project lock (`locales/.dragoman.lock`): only one dragoman writes a
/// project at a time. Released (file removed) when dropped. A lock left by a
/// process that no longer runs is taken over with a warning: the lock file
/// names its holder by host, boot, process id and process start time, so a
/// reused process id (PID 1 in every container) is not mistaken for it.
#[derive(Debug)]
pub struct Lock {
    pub(crate) path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

impl Lock {
    /// Takes the lock at `path`, waiting up to `wait` for another holder;
    /// `display` names it in messages.
    pub fn acquire(path: &Path, display: &str, wait: Duration) -> Result<Lock> {
        let started = Instant::now();
        loop {
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(mut f) => {
                    let _ = writeln!(f, "{}", Holder::me().line());
                    let _ = f.sync_all();
                    return Ok(Lock {
                        path: path.to_path_buf(),
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let text = fs::read_to_string(path).unwrap_or_default();
                    let holder = Holder::parse(&text);
                    if stale(path, holder.as_ref()) {
                        // A writer died: its temp files are garbage; its writes were atomic.
                        if let Some(dir) = path.parent() {
                            remove_stale_temps(dir);
                        }
                        let _ = fs::remove_file(path);
                        super::warn(
                            Msg::new("lock-taken-over")
                                .arg("pid", holder.map_or("?".into(), |h| h.pid.to_string()))
                                .arg("lock", display),
                        );
                        continue;
                    }
                    if started.elapsed() >= wait {
                        return Err(Error::msg(
                            Msg::new("project-locked")
                                .arg("pid", holder.map_or("?".into(), |h| h.pid.to_string()))
                                .arg("lock", display),
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => return Err(Error::io(path, e)),
            }
        }
    }
}

/// Whether the lock at `path`, held by `holder`, was left by a process that
/// no longer runs (when that cannot be known: only when it is old).
fn stale(path: &Path, holder: Option<&Holder>) -> bool {
    match holder.map(Holder::running) {
        Some(Some(running)) => !running,
        _ => {
            let age = fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .unwrap_or_default();
            // Unreadable (being written): soon; another host's: after a while.
            age > Duration::from_secs(if holder.is_none() { 5 } else { 600 })
        }
    }
}

/// Who holds a lock, as written in the lock file: `PID HOST BOOT START`
/// (an older dragoman wrote the process id alone).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Holder {
    pid: u32,
    host: Option<String>,
    boot: Option<String>,
    start: Option<u64>,
}

impl Holder {
    fn me() -> Holder {
        let pid = std::process::id();
        Holder {
            pid,
            host: host_name(),
            boot: boot_id(),
            start: start_time(pid),
        }
    }

    fn line(&self) -> String {
        let or = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
        let start = self.start.map_or("-".into(), |s| s.to_string());
        format!("{} {} {} {start}", self.pid, or(&self.host), or(&self.boot))
    }

    fn parse(text: &str) -> Option<Holder> {
        let mut it = text.split_whitespace();
        let pid = it.next()?.parse().ok()?;
        let field = |s: Option<&str>| s.filter(|s| *s != "-").map(str::to_string);
        Some(Holder {
            pid,
            host: field(it.next()),
            boot: field(it.next()),
            start: it.next().and_then(|s| s.parse().ok()),
        })
    }

    /// Whether the holder still runs (None: cannot tell, such as a lock
    /// taken on another host through a shared folder).
    fn running(&self) -> Option<bool> {
        let me = Holder::me();
        if self.host.is_some() && self.host != me.host {
            return None;
        }
        if self.boot.is_some() && me.boot.is_some() && self.boot != me.boot {
            return Some(false); // the machine restarted since
        }
        if self.pid == me.pid {
            return Some(false); // not us: we have not taken it yet
        }
        if !process_alive(self.pid)? {
            return Some(false);
        }
        match (self.start, start_time(self.pid)) {
            (Some(a), Some(b)) => Some(a == b), // another process with a reused id
            _ => Some(true),
        }
    }
}

fn host_name() -> Option<String> {
    let h = fs::read_to_string("/proc/sys/kernel/hostname").ok()?;
    let h = h.trim();
    (!h.is_empty() && !h.contains(char::is_whitespace)).then(|| h.to_string())
}

fn boot_id() -> Option<String> {
    let b = fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    Some(b.trim().to_string()).filter(|b| !b.is_empty())
}

/// A process's start time (clock ticks after boot, `/proc/PID/stat` field 22).
fn start_time(pid: u32) -> Option<u64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces and parentheses: fields
    // after the last `)` start at field 3.
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(19)?.parse().ok()
}

/// Whether a process id belongs to a running process (Linux: /proc; elsewhere
/// unknown, so only age makes such a lock stale).
pub(crate) fn process_alive(pid: u32) -> Option<bool> {
    if Path::new("/proc/self").exists() {
        Some(Path::new(&format!("/proc/{pid}")).exists())
    } else {
        None
    }
}

/// Removes temp files (`.name.PID.tmp`) that a killed writer left behind in
/// `dir` and below (those of a running process other than this one stay).
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
                let pid = name
                    .strip_suffix(".tmp")
                    .and_then(|n| n.rsplit('.').next())
                    .and_then(|n| n.parse::<u32>().ok());
                let live = pid.is_some_and(|pid| {
                    pid != std::process::id() && process_alive(pid) == Some(true)
                });
                if !live {
                    let _ = fs::remove_file(&p);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_round_trip_and_old_locks_parse() {
        let me = Holder::me();
        assert_eq!(Holder::parse(&me.line()), Some(me.clone()));
        assert_eq!(Holder::parse("4242\n").map(|h| h.pid), Some(4242));
        assert_eq!(Holder::parse("junk"), None);
        // This very process, as another would see it: running.
        let me_elsewhere = Holder {
            pid: me.pid,
            ..me.clone()
        };
        assert_eq!(
            me_elsewhere.running(),
            Some(false),
            "our own id is never a holder"
        );
    }

    #[test]
    fn a_reused_process_id_is_not_the_holder() {
        if start_time(1).is_none() {
            return; // no /proc
        }
        let me = Holder::me();
        // PID 1 runs, but started at another time than the lock says.
        let reused = Holder {
            pid: 1,
            start: start_time(1).map(|s| s + 12345),
            ..me.clone()
        };
        assert_eq!(reused.running(), Some(false));
        let same = Holder {
            pid: 1,
            start: start_time(1),
            ..me.clone()
        };
        assert_eq!(same.running(), Some(true));
        let rebooted = Holder {
            boot: Some("another-boot".into()),
            ..same.clone()
        };
        assert_eq!(rebooted.running(), Some(false));
        let elsewhere = Holder {
            host: Some("another-host".into()),
            ..same
        };
        assert_eq!(elsewhere.running(), None);
    }
}
