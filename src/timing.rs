//! Where a command's time goes: `DRAGOMAN_TIMINGS=1` prints each phase's wall
//! time to standard error when it ends (a profiling aid; see
//! docs/performance.md), with the process's resident and peak memory then
//! (Linux). Off, a phase costs one relaxed atomic load.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("DRAGOMAN_TIMINGS").is_some_and(|v| v != "0"))
}

/// When the first phase started: phases print their start from it.
fn origin() -> Instant {
    static AT: OnceLock<Instant> = OnceLock::new();
    *AT.get_or_init(Instant::now)
}

/// A phase under way; its time is printed when it is dropped.
pub struct Phase {
    name: &'static str,
    started: Option<Instant>,
}

/// Starts timing `name` (nothing happens unless `DRAGOMAN_TIMINGS` is set).
pub fn phase(name: &'static str) -> Phase {
    Phase {
        name,
        started: enabled().then(|| {
            origin();
            Instant::now()
        }),
    }
}

impl Drop for Phase {
    fn drop(&mut self) {
        if let Some(t) = self.started {
            eprintln!(
                "dragoman: timing {:<24} {:>8.1} ms (from {:.1} ms){}",
                self.name,
                t.elapsed().as_secs_f64() * 1e3,
                t.duration_since(origin()).as_secs_f64() * 1e3,
                memory()
            );
        }
    }
}

/// The resident and peak memory now, from `/proc/self/status` (empty where
/// there is none).
fn memory() -> String {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return String::new();
    };
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().strip_suffix(" kB"))
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    format!(" rss {} MiB, peak {} MiB", field("VmRSS:"), field("VmHWM:"))
}
