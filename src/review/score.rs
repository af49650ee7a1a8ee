//! Scores filled-in review sheets against their key: per form and over all, beside chance, and
//! the items each reader missed.

use std::fmt::Write as _;

use crate::bank::Form;
use crate::text::accepts;

/// One line of a key.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyLine {
    pub number: usize,
    pub form: Form,
    pub claim: String,
    pub chance: f64,
    pub answer: String,
}

/// Reads a key written by [`super::sheet::Sheet::key_text`]; an error names the line.
pub fn parse_key(text: &str) -> Result<Vec<KeyLine>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let bad = |what: &str| format!("key line {}: {what}: {line}", i + 1);
        let [number, form, claim, chance, answer] = fields[..] else {
            return Err(bad("expected five fields separated by tabs"));
        };
        out.push(KeyLine {
            number: number.parse().map_err(|_| bad("not an item number"))?,
            form: Form::from_code(form).ok_or_else(|| bad("not a form"))?,
            claim: claim.to_owned(),
            chance: chance.parse().map_err(|_| bad("not a chance"))?,
            answer: answer.to_owned(),
        });
    }
    Ok(out)
}

/// The answers written on a filled-in sheet, by item number: what follows the colon of each
/// item's "Answer" line (or, if that is empty, the next line that is not), without any note in
/// square brackets (a reader may note how they decided: "B [guess]").
pub fn parse_answers(sheet: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current: Option<usize> = None;
    let mut waiting = false;
    for line in sheet.lines() {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix("## ") {
            current = rest.split('.').next().and_then(|n| n.trim().parse().ok());
            waiting = false;
            continue;
        }
        let Some(n) = current else { continue };
        if let Some(rest) = trimmed.strip_prefix("Answer") {
            let given = without_notes(rest.split_once(':').map_or("", |(_, a)| a));
            if given.is_empty() {
                waiting = true;
            } else {
                out.push((n, given));
                current = None;
            }
        } else if waiting && !trimmed.is_empty() {
            out.push((n, without_notes(trimmed)));
            current = None;
            waiting = false;
        }
    }
    out
}

fn without_notes(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// The letters A–H in a written answer, in order ("(B)", "b.", "C A D" …).
fn letters(text: &str) -> Vec<char> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() == 1)
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .filter(|c| ('A'..='H').contains(c))
        .collect()
}

/// Whether a written answer is the key's.
pub fn is_right(key: &KeyLine, given: &str) -> bool {
    match key.form {
        Form::Blank => {
            let accepted: Vec<&str> = key.answer.split(" | ").collect();
            accepts(&accepted, given)
        }
        Form::Truth => {
            let g = given.trim().to_ascii_uppercase();
            let said = g.starts_with('T');
            (g.starts_with('T') || g.starts_with('F')) && said == (key.answer == "T")
        }
        Form::Match => {
            // "1B 2A 3C", "1-B, 2-A", or the letters alone in row order.
            let mut by_row: Vec<(u32, char)> = Vec::new();
            let chars: Vec<char> = given.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                if let Some(row) = c.to_digit(10)
                    && let Some(l) = chars[i + 1..].iter().find(|c| c.is_ascii_alphabetic())
                {
                    by_row.push((row, l.to_ascii_uppercase()));
                }
            }
            let given: String = if by_row.is_empty() {
                letters(given).into_iter().collect()
            } else {
                by_row.sort_by_key(|(r, _)| *r);
                by_row.into_iter().map(|(_, l)| l).collect()
            };
            let want: String = key
                .answer
                .chars()
                .filter(char::is_ascii_uppercase)
                .collect();
            given == want
        }
        _ => {
            let want: Vec<char> = letters(&key.answer);
            let got = letters(given);
            if key.form == Form::Order {
                got == want
            } else {
                got.first() == want.first()
            }
        }
    }
}

/// One reader's result on one item.
#[derive(Clone, Debug)]
pub struct Mark {
    pub number: usize,
    pub given: Option<String>,
    pub right: bool,
}

/// Marks one filled-in sheet: every item of the key, answered or not.
pub fn mark(key: &[KeyLine], sheet: &str) -> Vec<Mark> {
    let answers = parse_answers(sheet);
    key.iter()
        .map(|k| {
            let given = answers
                .iter()
                .find(|(n, _)| *n == k.number)
                .map(|(_, a)| a.clone());
            Mark {
                number: k.number,
                right: given.as_deref().is_some_and(|g| is_right(k, g)),
                given,
            }
        })
        .collect()
}

/// The table of several readers' marks on one key, then each reader's misses.
pub fn report(key: &[KeyLine], readers: &[(String, Vec<Mark>)]) -> String {
    let mut out = String::new();
    let _ = write!(out, "| form | items |");
    for (name, _) in readers {
        let _ = write!(out, " {name} |");
    }
    let _ = writeln!(out, " chance |");
    let _ = write!(out, "|---|---|");
    for _ in readers {
        let _ = write!(out, "---|");
    }
    let _ = writeln!(out, "---|");
    let mut rows: Vec<(String, Vec<&KeyLine>)> = Form::ALL
        .iter()
        .map(|f| {
            (
                f.label().to_owned(),
                key.iter().filter(|k| k.form == *f).collect::<Vec<_>>(),
            )
        })
        .filter(|(_, ks)| !ks.is_empty())
        .collect();
    rows.push(("**all**".to_owned(), key.iter().collect()));
    for (label, ks) in rows {
        let _ = write!(out, "| {label} | {} |", ks.len());
        for (_, marks) in readers {
            let right = ks
                .iter()
                .filter(|k| marks.iter().any(|m| m.number == k.number && m.right))
                .count();
            let _ = write!(
                out,
                " {right} / {} = {}% |",
                ks.len(),
                percent(right, ks.len())
            );
        }
        let chance = ks.iter().map(|k| k.chance).sum::<f64>() / ks.len() as f64;
        let _ = writeln!(out, " {:.0}% |", chance * 100.0);
    }
    for (name, marks) in readers {
        let missed: Vec<&Mark> = marks.iter().filter(|m| !m.right).collect();
        let _ = writeln!(out, "\n{name}: {} missed", missed.len());
        for m in missed {
            if let Some(k) = key.iter().find(|k| k.number == m.number) {
                let _ = writeln!(
                    out,
                    "- {} ({}, {}): gave {}, key {}",
                    m.number,
                    k.form.code(),
                    k.claim,
                    m.given.as_deref().unwrap_or("nothing"),
                    k.answer
                );
            }
        }
    }
    out
}

fn percent(n: usize, of: usize) -> usize {
    (n * 100 + of / 2).checked_div(of).unwrap_or(0)
}
