//! The jail: no path leaves the project, no link below its root is followed.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::ui::Msg;

/// A folder nothing may leave. File names and folder contents are untrusted:
/// every path dragoman reads, writes or removes under the root is checked to
/// stay under it, with no `..` and no symbolic link in any component below it
/// (the root itself may be reached through links: that is the user's choice).
#[derive(Debug, Clone)]
pub struct Jail {
    root: PathBuf,
}

impl Jail {
    pub fn new(root: &Path) -> Jail {
        Jail {
            root: root.to_path_buf(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether `path` stays inside: an error names the path and the link.
    pub fn check(&self, path: &Path) -> Result<()> {
        let outside = || {
            Error::file(
                path.display().to_string(),
                Msg::new("path-outside").arg("root", self.root.display()),
            )
        };
        let rel = path.strip_prefix(&self.root).map_err(|_| outside())?;
        let mut at = self.root.clone();
        for c in rel.components() {
            let std::path::Component::Normal(c) = c else {
                return Err(outside());
            };
            at.push(c);
            match fs::symlink_metadata(&at) {
                Ok(m) if m.file_type().is_symlink() => {
                    return Err(Error::file(
                        path.display().to_string(),
                        Msg::new("path-symlink").arg("link", at.display()),
                    ));
                }
                Ok(_) => {}
                // What does not exist yet cannot be a link.
                Err(_) => break,
            }
        }
        Ok(())
    }

    /// Checks every path of a batch.
    pub fn check_all<'a>(&self, paths: impl IntoIterator<Item = &'a Path>) -> Result<()> {
        paths.into_iter().try_for_each(|p| self.check(p))
    }

    /// The bytes of a regular file inside the jail, or None when there is no
    /// file. A FIFO, socket or device is an error, never opened (reading a
    /// FIFO would wait forever).
    pub fn read(&self, path: &Path) -> Result<Option<Vec<u8>>> {
        self.check(path)?;
        match fs::symlink_metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(path, e)),
            Ok(m) if !m.is_file() => {
                return Err(Error::file(
                    path.display().to_string(),
                    Msg::new("path-not-regular"),
                ));
            }
            Ok(_) => {}
        }
        match fs::read(path) {
            Ok(b) => {
                super::huge::note_read(b.len());
                Ok(Some(b))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// Whether `path` is a regular file inside the jail (reached through no
    /// link).
    pub fn holds_file(&self, path: &Path) -> bool {
        self.check(path).is_ok() && fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
    }

    /// Removes a file inside the jail.
    pub fn remove(&self, path: &Path) -> Result<()> {
        self.check(path)?;
        fs::remove_file(path).map_err(|e| Error::io(path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_jail_refuses_escapes_and_links() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("p");
        fs::create_dir_all(root.join("in")).unwrap();
        std::os::unix::fs::symlink(d.path(), root.join("link")).unwrap();
        let j = Jail::new(&root);
        assert!(j.check(&root.join("in/new/x.po")).is_ok());
        assert_eq!(
            j.check(&root.join("in/../../x")).unwrap_err().message.id,
            "path-outside"
        );
        assert_eq!(
            j.check(&d.path().join("x")).unwrap_err().message.id,
            "path-outside"
        );
        assert_eq!(
            j.check(&root.join("link/x.po")).unwrap_err().message.id,
            "path-symlink"
        );
        assert_eq!(j.read(&root.join("in/none.po")).unwrap(), None);
    }
}
