//! Which claims' options give their answer away to a reader of options alone: a multiple-choice
//! answer that shares the most words with its passage, or the fewest with the essay as a whole,
//! over the draws of its distractors; a number that is the only option the essay names. For
//! `bank-report --options`, listing each with its figures, worst first.

use std::fmt::Write;

use super::words::{overlap_stems, stems};
use crate::source::Source;
use crate::source::claims::{Claim, NumberKind};
use crate::text::fold;

/// How often, over every choice of three of its distractors, picking by `score` (the highest
/// if `high`) finds the answer; ties split.
fn rule(options: &[f64], high: bool) -> f64 {
    let (answer, rest) = options.split_first().expect("an answer");
    let n = rest.len();
    let mut total = 0.0;
    let mut draws = 0.0;
    for a in 0..n {
        for b in a + 1..n {
            for c in b + 1..n {
                let set = [*answer, rest[a], rest[b], rest[c]];
                let best = if high {
                    set.iter().copied().fold(f64::MIN, f64::max)
                } else {
                    set.iter().copied().fold(f64::MAX, f64::min)
                };
                let tied = set.iter().filter(|&&x| (x - best).abs() < 1e-9).count();
                if (answer - best).abs() < 1e-9 {
                    total += 1.0 / tied as f64;
                }
                draws += 1.0;
            }
        }
    }
    if draws == 0.0 { 0.0 } else { total / draws }
}

/// One claim's figures: how often each cue finds the answer (passage, essay), and each
/// option's passage and essay shares, the answer first.
struct Figures(f64, f64, Vec<(f64, f64)>);

fn choice_figures(
    source: &Source,
    essay: &std::collections::HashSet<String>,
    c: &Claim,
) -> Option<Figures> {
    let ch = c.choice.as_ref()?;
    let passage = stems(&source.essay.paragraphs[c.paragraph].text);
    let options: Vec<(f64, f64)> = std::iter::once(&ch.answer)
        .chain(&ch.distractors)
        .map(|o| (overlap_stems(o, &passage), overlap_stems(o, essay)))
        .collect();
    let p: Vec<f64> = options.iter().map(|o| o.0).collect();
    let e: Vec<f64> = options.iter().map(|o| o.1).collect();
    Some(Figures(rule(&p, true), rule(&e, false), options))
}

/// The report: claims whose options give them away, worst first.
pub fn options_report(source: &Source) -> String {
    let essay_text = source.essay.text();
    let essay = stems(&essay_text);
    let mut out = String::new();
    let mut rows: Vec<(f64, String)> = Vec::new();
    for c in &source.claims {
        let Some(Figures(p, e, options)) = choice_figures(source, &essay, c) else {
            continue;
        };
        if p > 0.5 || e > 0.5 {
            let mut row = format!(
                "{}:{} {} — most-with-passage wins {:.0}%, fewest-with-essay wins {:.0}%\n",
                c.file,
                c.choice.as_ref().map_or(c.line, |ch| ch.line),
                c.id,
                p * 100.0,
                e * 100.0
            );
            let ch = c.choice.as_ref().expect("has choice");
            for (text, (pp, ee)) in std::iter::once(&ch.answer)
                .chain(&ch.distractors)
                .zip(&options)
            {
                let _ = writeln!(
                    row,
                    "    passage {:>3.0}%  essay {:>3.0}%  {}{text}",
                    pp * 100.0,
                    ee * 100.0,
                    if text == &ch.answer { "ANSWER " } else { "" }
                );
            }
            rows.push((p.max(e), row));
        }
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    let _ = writeln!(
        out,
        "multiple choice: {} claims give their answer away to option-reading\n",
        rows.len()
    );
    for (_, row) in rows {
        out.push_str(&row);
    }
    let folded = format!(" {} ", fold(&essay_text));
    let found = |n: u32| folded.contains(&format!(" {n} "));
    let _ = writeln!(
        out,
        "\nnumbers: the answer is the only option the essay names\n"
    );
    for c in &source.claims {
        let Some(n) = &c.number else { continue };
        let wrong_found = if n.distractors.is_empty() {
            n.kind == NumberKind::Year
        } else {
            n.distractors.iter().any(|&d| found(d))
        };
        if found(n.answer) && !wrong_found {
            let _ = writeln!(
                out,
                "{}:{} {} — answer {}, distractors {:?}",
                c.file, c.line, c.id, n.answer, n.distractors
            );
        } else if !n.distractors.is_empty() {
            let named = n.distractors.iter().filter(|&&d| found(d)).count();
            if named * 3 < n.distractors.len() * 2 && found(n.answer) {
                let _ = writeln!(
                    out,
                    "{}:{} {} — answer {} named, only {named} of distractors {:?} named",
                    c.file, c.line, c.id, n.answer, n.distractors
                );
            }
        }
    }
    out
}
