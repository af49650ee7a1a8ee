//! Parses `repairs.toml` and applies it to the original extraction of the essay, so a test can
//! prove the shipped text is the original word for word apart from these listed repairs.

use serde::Deserialize;
use toml::Spanned;

use super::{SourceError, line_of};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// Line of the original where `find` starts.
    pub line: usize,
    pub find: String,
    pub replace: String,
    pub why: String,
    /// Line in `repairs.toml`.
    pub source_line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    repair: Vec<Spanned<RawRepair>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRepair {
    line: usize,
    find: String,
    replace: String,
    why: String,
}

pub fn parse(file: &str, text: &str) -> Result<Vec<Repair>, Vec<SourceError>> {
    let raw: RawFile = toml::from_str(text).map_err(|e| vec![toml_error(file, text, &e)])?;
    let mut errors = Vec::new();
    let repairs: Vec<Repair> = raw
        .repair
        .into_iter()
        .map(|r| {
            let source_line = line_of(text, r.span().start);
            let r = r.into_inner();
            if r.find.is_empty() || r.why.trim().is_empty() {
                errors.push(SourceError::new(
                    file,
                    source_line,
                    "a repair needs a non-empty `find` and `why`",
                ));
            }
            Repair {
                line: r.line,
                find: r.find,
                replace: r.replace,
                why: r.why,
                source_line,
            }
        })
        .collect();
    if errors.is_empty() {
        Ok(repairs)
    } else {
        Err(errors)
    }
}

/// Applies the repairs to `original`. Each `find` must start on its stated line (its first
/// occurrence from the start of that line); repairs apply from the last line up, so the line
/// numbers of the original stay valid.
pub fn apply(file: &str, original: &str, repairs: &[Repair]) -> Result<String, Vec<SourceError>> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(original.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut errors = Vec::new();
    let mut edits = Vec::new();
    for r in repairs {
        let Some(&start) = r.line.checked_sub(1).and_then(|l| line_starts.get(l)) else {
            errors.push(SourceError::new(
                file,
                r.source_line,
                format!("line {} is past the end of the original", r.line),
            ));
            continue;
        };
        match original[start..].find(&r.find) {
            Some(at) if !original[start..start + at].contains('\n') => {
                edits.push((start + at, r));
            }
            _ => errors.push(SourceError::new(
                file,
                r.source_line,
                format!(
                    "“{}” does not start on line {} of the original",
                    r.find.escape_debug(),
                    r.line
                ),
            )),
        }
    }
    edits.sort_by_key(|(at, _)| *at);
    for pair in edits.windows(2) {
        if pair[0].0 + pair[0].1.find.len() > pair[1].0 {
            errors.push(SourceError::new(
                file,
                pair[1].1.source_line,
                "this repair overlaps the one before it",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut text = original.to_owned();
    for (at, r) in edits.iter().rev() {
        text.replace_range(*at..*at + r.find.len(), &r.replace);
    }
    Ok(text)
}

/// A TOML syntax or shape error as a [`SourceError`] at the line it names.
pub fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> SourceError {
    let line = e.span().map_or(0, |s| line_of(text, s.start));
    SourceError::new(file, line, e.message().trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "one twoo\nthree\n4\nfour";

    fn repair(line: usize, find: &str, replace: &str) -> Repair {
        Repair {
            line,
            find: find.into(),
            replace: replace.into(),
            why: "test".into(),
            source_line: 9,
        }
    }

    #[test]
    fn applies_repairs_across_lines() {
        let fixed = apply(
            "r.toml",
            ORIGINAL,
            &[repair(1, "twoo", "two"), repair(2, "three\n4\n", "three\n")],
        )
        .unwrap();
        assert_eq!(fixed, "one two\nthree\nfour");
    }

    #[test]
    fn a_repair_on_the_wrong_line_names_its_line() {
        let errors = apply("r.toml", ORIGINAL, &[repair(2, "twoo", "two")]).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "r.toml:9: “twoo” does not start on line 2 of the original"
        );
    }

    #[test]
    fn parses_and_reports_missing_fields() {
        let ok = parse(
            "r.toml",
            "[[repair]]\nline = 3\nfind = \"a\"\nreplace = \"b\"\nwhy = \"c\"\n",
        )
        .unwrap();
        assert_eq!(ok[0].line, 3);
        assert_eq!(ok[0].source_line, 1);
        let errors = parse("r.toml", "[[repair]]\nline = 3\nfind = \"a\"\n").unwrap_err();
        assert!(
            errors[0]
                .to_string()
                .starts_with("r.toml:1: missing field `replace`"),
            "{}",
            errors[0]
        );
    }
}
