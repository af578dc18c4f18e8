//! Assets: the files a statement's links and images point at beside it
//! (`![](./pier-light.png)`, a page bundle's `table.png`), which every
//! language's output needs at the same relative path. Pure: finds the
//! targets; `ops::build` resolves and copies them.

pub use crate::source::links::{relative_path, relative_targets, resolve};

/// The name of a language's variant of an asset: `img/map.png` → `img/map.fa.png`.
pub fn variant(path: &str, lang: &str) -> Option<String> {
    let (dir, name) = path.rsplit_once('/').map_or(("", path), |(d, n)| (d, n));
    let (stem, ext) = name.rsplit_once('.')?;
    if stem.is_empty() {
        return None;
    }
    let file = format!("{stem}.{lang}.{ext}");
    Some(if dir.is_empty() {
        file
    } else {
        format!("{dir}/{file}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_by_language() {
        assert_eq!(
            variant("img/map.png", "fa").as_deref(),
            Some("img/map.fa.png")
        );
        assert_eq!(
            variant("map.tar.gz", "es").as_deref(),
            Some("map.tar.es.gz")
        );
        assert_eq!(variant("README", "es"), None);
        assert_eq!(variant(".hidden", "es"), None);
    }
}
