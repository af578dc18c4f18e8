//! The commands as library operations, one file per command: each adds its
//! method to [`Project`](crate::project::Project) (which holds the workspace:
//! paths, reading statements and catalogs, merging a language in memory) and
//! returns a report for the CLI to print (`setup` holds `init` and `add-lang`).

pub mod build;
pub mod bundle;
pub mod check;
pub mod convert;
pub mod diff;
pub mod extract;
pub mod fmt;
pub mod impact;
pub mod import;
pub mod memory;
pub mod migrate;
pub mod setup;
pub mod status;
pub mod sync;
pub mod workbench;
