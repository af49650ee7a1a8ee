//! Reads and checks the bank's source files in `questions/`: the essay, its repairs, the pools
//! and the claims. Every mistake is reported with its file and line. Runs natively only, in the
//! build script (which then writes the compiled bank with [`codegen`]) and in `cargo test`.

pub mod claims;
pub mod codegen;
pub mod decoys;
pub mod essay;
pub mod repairs;
pub mod sentences;
pub mod shortcuts;

use std::fmt;
use std::path::Path;

pub use claims::{Claim, Pool};
pub use essay::Essay;

/// One mistake in a source file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub file: String,
    /// 1-based; 0 when the mistake belongs to the file as a whole.
    pub line: usize,
    pub message: String,
}

impl SourceError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> SourceError {
        SourceError {
            file: file.to_owned(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The whole bank, read and checked.
#[derive(Debug)]
pub struct Source {
    pub essay: Essay,
    pub pools: Vec<Pool>,
    pub claims: Vec<Claim>,
}

/// Reads `dir` (the `questions/` folder): `essay.txt`, `pools.toml` and every `claims/*.toml`.
/// File names in errors are given relative to the folder's parent, as `questions/…`.
pub fn load_dir(dir: &Path) -> Result<Source, Vec<SourceError>> {
    let label = |name: &str| {
        let base = dir
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        if base.is_empty() {
            name.to_owned()
        } else {
            format!("{base}/{name}")
        }
    };
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| {
            vec![SourceError::new(
                &label(name),
                0,
                format!("cannot read: {e}"),
            )]
        })
    };
    let essay = essay::parse(&label("essay.txt"), &read("essay.txt")?)?;
    let pools = claims::parse_pools(&label("pools.toml"), &read("pools.toml")?)?;

    let mut names: Vec<String> = std::fs::read_dir(dir.join("claims"))
        .map_err(|e| {
            vec![SourceError::new(
                &label("claims"),
                0,
                format!("cannot read: {e}"),
            )]
        })?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    names.sort();
    let files = names
        .iter()
        .map(|name| {
            let path = format!("claims/{name}");
            Ok((label(&path), read(&path)?))
        })
        .collect::<Result<Vec<_>, Vec<SourceError>>>()?;
    let mut claims = claims::parse_all(&essay, &pools, &files)?;
    for claim in &mut claims {
        claim.decoys = decoys::decoys(&essay, claim);
    }
    Ok(Source {
        essay,
        pools,
        claims,
    })
}

/// Formats errors for a person: one per line, at most `limit`, then how many more.
pub fn report(errors: &[SourceError], limit: usize) -> String {
    let mut out: Vec<String> = errors.iter().take(limit).map(ToString::to_string).collect();
    if errors.len() > limit {
        out.push(format!("… and {} more", errors.len() - limit));
    }
    out.join("\n")
}
