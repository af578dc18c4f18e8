//! The commands as library operations, one file per command: each adds its
//! method to [`Project`](crate::project::Project) (which holds the workspace:
//! paths, reading statements and catalogs, merging a language in memory) and
//! returns a report for the CLI to print. `import`, `init` and `add-lang`
//! live in `project/import.rs` and `project/setup.rs`.

pub mod build;
pub mod check;
pub mod convert;
pub mod diff;
pub mod extract;
pub mod fmt;
pub mod impact;
pub mod status;
pub mod sync;
