//! The bank's totals (what a student using each shortcut would score) and the report that
//! `cargo run --bin bank-report` prints.

use std::fmt::Write;

use super::words::share;
use super::{ClaimFigures, figures};
use crate::source::Source;

/// The bank's totals: what a student using each shortcut would score.
#[derive(Clone, Debug, Default)]
pub struct Totals {
    pub claims: usize,
    pub argument: usize,
    pub truth_items: usize,
    pub mean_true_echo: f64,
    pub mean_false_echo: f64,
    /// Best accuracy of "true if it echoes the essay at least t", over every t.
    pub echo_rule: f64,
    /// Accuracy of "false if it has a word the essay never uses".
    pub foreign_rule: f64,
    pub choice_items: usize,
    /// Expected score picking the option that shares most words with the passage.
    pub overlap_rule: f64,
    /// Expected score picking the longest option.
    pub longest_rule: f64,
    pub evidence_items: usize,
    /// Share of evidence items where the key sentence shares most words with `says`.
    pub closest_rule: f64,
    pub stances: [usize; 3],
    pub failing: usize,
}

pub fn totals(all: &[ClaimFigures]) -> Totals {
    let mut t = Totals {
        claims: all.len(),
        argument: all.iter().filter(|c| c.is_argument).count(),
        failing: all.iter().filter(|c| !c.problems().is_empty()).count(),
        ..Totals::default()
    };
    // True or false: each claim shown true half the time and false half the time.
    let tf: Vec<&ClaimFigures> = all.iter().filter(|c| !c.falses.is_empty()).collect();
    t.truth_items = tf.len();
    if !tf.is_empty() {
        let n = tf.len() as f64;
        t.mean_true_echo = tf.iter().map(|c| c.says_echo).sum::<f64>() / n;
        t.mean_false_echo = tf
            .iter()
            .map(|c| c.falses.iter().map(|f| f.echo).sum::<f64>() / c.falses.len() as f64)
            .sum::<f64>()
            / n;
        let accuracy = |says_true: &dyn Fn(f64, f64) -> bool| {
            tf.iter()
                .map(|c| {
                    let on_true = f64::from(u8::from(says_true(c.says_echo, c.says_foreign)));
                    let on_false = c
                        .falses
                        .iter()
                        .map(|f| f64::from(u8::from(!says_true(f.echo, f.foreign))))
                        .sum::<f64>()
                        / c.falses.len() as f64;
                    (on_true + on_false) / 2.0
                })
                .sum::<f64>()
                / n
        };
        t.echo_rule = (0..=20)
            .map(|step| f64::from(step) / 20.0)
            .map(|cut| accuracy(&|echo, _| echo >= cut))
            .fold(0.0, f64::max);
        t.foreign_rule = accuracy(&|_, foreign| foreign == 0.0);
    }
    let mc: Vec<&ClaimFigures> = all.iter().filter(|c| !c.options.is_empty()).collect();
    t.choice_items = mc.len();
    if !mc.is_empty() {
        let pick = |key: &dyn Fn(&(f64, usize)) -> f64| {
            mc.iter()
                .map(|c| {
                    let best = c.options.iter().map(key).fold(f64::MIN, f64::max);
                    let tied = c.options.iter().filter(|o| key(o) >= best - 1e-9).count();
                    if key(&c.options[0]) >= best - 1e-9 {
                        1.0 / tied as f64
                    } else {
                        0.0
                    }
                })
                .sum::<f64>()
                / mc.len() as f64
        };
        t.overlap_rule = pick(&|o| o.0);
        t.longest_rule = pick(&|o| o.1 as f64);
    }
    let ev: Vec<bool> = all.iter().filter_map(|c| c.key_is_closest).collect();
    t.evidence_items = ev.len();
    t.closest_rule = share(ev.iter().filter(|k| **k).count(), ev.len());
    for c in all {
        if let Some(v) = c.stance {
            t.stances[v as usize] += 1;
        }
    }
    t
}

/// The per-claim table and the totals, as the report command prints them.
pub fn report(source: &Source) -> String {
    let all = figures(source);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<52} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5}  problems",
        "claim", "kind", "says", "false", "forgn", "lead", "len", "key"
    );
    for c in &all {
        let falses = if c.falses.is_empty() {
            "-".to_owned()
        } else {
            let min = c.falses.iter().map(|f| f.echo).fold(f64::MAX, f64::min);
            format!("{:.0}", min * 100.0)
        };
        let foreign = c
            .falses
            .iter()
            .map(|f| f.foreign - c.says_foreign)
            .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))))
            .map_or("-".to_owned(), |x| format!("{:+.0}", x * 100.0));
        let lead = c
            .option_lead()
            .map_or("-".to_owned(), |l| format!("{:+.0}", l * 100.0));
        let len = c
            .length_ratio()
            .map_or("-".to_owned(), |r| format!("{r:.1}"));
        let key = match c.key_is_closest {
            Some(true) => "near",
            Some(false) => "far",
            None => "-",
        };
        let problems = c.problems().len();
        let _ = writeln!(
            out,
            "{:<52} {:>4} {:>6.0} {:>6} {:>6} {:>6} {:>6} {:>5}  {}",
            c.id.chars().take(52).collect::<String>(),
            if c.is_argument { "arg" } else { "fact" },
            c.says_echo * 100.0,
            falses,
            foreign,
            lead,
            len,
            key,
            if problems == 0 {
                String::new()
            } else {
                problems.to_string()
            }
        );
    }
    let t = totals(&all);
    let pct = |x: f64| format!("{:.0}%", x * 100.0);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "claims: {} ({} about the argument, {}); failing the check: {}",
        t.claims,
        t.argument,
        pct(share(t.argument, t.claims)),
        t.failing
    );
    let _ = writeln!(
        out,
        "true/false ({} claims): mean echo true {} / false {}; best \"sounds like the essay\" rule scores {}; \"unfamiliar word means false\" scores {} (chance 50%)",
        t.truth_items,
        pct(t.mean_true_echo),
        pct(t.mean_false_echo),
        pct(t.echo_rule),
        pct(t.foreign_rule)
    );
    let _ = writeln!(
        out,
        "multiple choice ({} claims): \"most words from the passage\" scores {}; \"longest option\" scores {} (chance 25%)",
        t.choice_items,
        pct(t.overlap_rule),
        pct(t.longest_rule)
    );
    let _ = writeln!(
        out,
        "evidence ({} claims): the key sentence shares most words with the statement in {}",
        t.evidence_items,
        pct(t.closest_rule)
    );
    let _ = writeln!(
        out,
        "stance: {} argues, {} reports, {} rejects",
        t.stances[0], t.stances[1], t.stances[2]
    );
    out
}
