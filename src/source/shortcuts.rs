//! The shortcut check: how far a question can be answered from the essay's wording alone,
//! without following its argument. A student who only recognises phrases says "true" to what
//! sounds like the essay, "false" to what brings in words the essay never uses, and picks the
//! option that echoes the passage or is longest. These figures measure each of those
//! shortcuts per claim, and [`check`] fails a claim that gives one away (see the thresholds,
//! explained in `questions/README.md`).

use std::collections::HashSet;
use std::fmt::Write;

use super::claims::{Claim, View};
use super::{Source, SourceError};
use crate::text::fold;

/// A statement may share at most this share of its words with the essay in runs of
/// [`RUN`] or more words: above it, it copies the quote rather than paraphrasing it.
pub const MAX_ECHO: f64 = 0.60;
/// A false variant may echo the essay at most this much less (or more) than the true
/// statement: otherwise "sounds like the essay" tells them apart.
pub const MAX_ECHO_GAP: f64 = 0.30;
/// A false variant may have at most this share more words foreign to the essay than the true
/// statement: otherwise "unfamiliar words" gives it away.
pub const MAX_FOREIGN_GAP: f64 = 0.20;
/// The right option of a multiple-choice question may share at most this share more of its
/// words with the passage than the best distractor.
pub const MAX_OPTION_LEAD: f64 = 0.34;
/// The right option may be at most this many times as long as the distractors on average.
pub const MAX_LENGTH_RATIO: f64 = 1.6;
/// Words in a run this long that also occurs in the essay count as echoed.
pub const RUN: usize = 3;

/// Words too common to tell a paraphrase from a copy.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "into",
    "as",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "than",
    "then",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "is",
    "was",
    "were",
    "be",
    "been",
    "being",
    "are",
    "am",
    "had",
    "has",
    "have",
    "not",
    "no",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "why",
    "how",
    "their",
    "they",
    "them",
    "he",
    "his",
    "him",
    "she",
    "her",
    "we",
    "our",
    "us",
    "i",
    "you",
    "your",
    "such",
    "also",
    "only",
    "even",
    "more",
    "most",
    "any",
    "all",
    "both",
    "each",
    "would",
    "could",
    "should",
    "will",
    "can",
    "did",
    "do",
    "does",
    "there",
    "one",
    "s",
    "according",
    "essay",
    "about",
    "after",
    "before",
    "over",
    "under",
    "up",
    "out",
    "very",
    "own",
];

/// The essay's wording, folded, for the measures below.
pub struct Wording {
    runs: HashSet<Vec<String>>,
    stems: HashSet<String>,
}

impl Wording {
    pub fn new(source: &Source) -> Wording {
        let mut runs = HashSet::new();
        let mut stems = HashSet::new();
        for p in &source.essay.paragraphs {
            let words = words(&p.text);
            for run in words.windows(RUN) {
                runs.insert(run.to_vec());
            }
            stems.extend(words.iter().map(|w| stem(w)));
        }
        Wording { runs, stems }
    }

    /// The share of `text`'s words that lie in a run of [`RUN`] words also found in the essay.
    pub fn echo(&self, text: &str) -> f64 {
        let words = words(text);
        if words.is_empty() {
            return 0.0;
        }
        let mut covered = vec![false; words.len()];
        for (i, run) in words.windows(RUN).enumerate() {
            let all_stop = run.iter().all(|w| is_stop(w));
            if !all_stop && self.runs.contains(run) {
                covered[i..i + RUN].iter_mut().for_each(|c| *c = true);
            }
        }
        share(covered.iter().filter(|c| **c).count(), words.len())
    }

    /// The share of `text`'s content words that the essay never uses in any form.
    pub fn foreign(&self, text: &str) -> f64 {
        let content = content_stems(text);
        let foreign = content.iter().filter(|s| !self.stems.contains(*s)).count();
        share(foreign, content.len())
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn is_stop(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// A crude stem, enough to match "dispersed" with "dispersal" no, but "workers" with "worker"
/// and "revolutions" with "revolution".
fn stem(word: &str) -> String {
    let w = word;
    for (suffix, keep) in [("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= 4 && !w.ends_with("ss") {
                return format!("{base}{keep}");
            }
        }
    }
    w.to_owned()
}

/// The stems of a text's content words (not stop words, not bare numbers).
fn content_stems(text: &str) -> Vec<String> {
    words(text)
        .iter()
        .filter(|w| !is_stop(w) && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| stem(w))
        .collect()
}

/// The share of `option`'s content words that also occur in `passage`.
pub fn overlap(option: &str, passage: &str) -> f64 {
    let passage: HashSet<String> = content_stems(passage).into_iter().collect();
    let option = content_stems(option);
    share(
        option.iter().filter(|s| passage.contains(*s)).count(),
        option.len(),
    )
}

fn word_count(text: &str) -> usize {
    words(text).len()
}

/// One false variant's figures.
#[derive(Clone, Debug)]
pub struct FalseFigures {
    pub line: usize,
    pub echo: f64,
    pub foreign: f64,
}

/// One claim's figures; `None` where it lacks the form.
#[derive(Clone, Debug)]
pub struct ClaimFigures {
    pub id: String,
    pub file: String,
    pub line: usize,
    pub is_argument: bool,
    /// Echo of `says` (the true statement).
    pub says_echo: f64,
    pub says_foreign: f64,
    pub falses: Vec<FalseFigures>,
    /// Per option, the answer first: overlap with the passage, and length in words.
    pub options: Vec<(f64, usize)>,
    pub choice_line: usize,
    /// Evidence form: whether the key sentence shares the most words with `says`, among the
    /// paragraph's sentences outside the evidence.
    pub key_is_closest: Option<bool>,
    pub stance: Option<View>,
}

impl ClaimFigures {
    pub fn new(source: &Source, wording: &Wording, claim: &Claim) -> ClaimFigures {
        let para = &source.essay.paragraphs[claim.paragraph];
        let options = claim
            .choice
            .as_ref()
            .map(|ch| {
                std::iter::once(&ch.answer)
                    .chain(&ch.distractors)
                    .map(|o| (overlap(o, &para.text), word_count(o)))
                    .collect()
            })
            .unwrap_or_default();
        let key_is_closest = claim.has_evidence_form(&source.essay).then(|| {
            let score = |i: usize| overlap(&claim.says, &para.text[para.sentences[i].clone()]);
            let key = score(claim.key_sentence);
            (0..para.sentences.len())
                .filter(|i| !claim.sentences.contains(i))
                .all(|i| score(i) < key)
        });
        ClaimFigures {
            id: claim.id.clone(),
            file: claim.file.clone(),
            line: claim.line,
            is_argument: claim.is_argument,
            says_echo: wording.echo(&claim.says),
            says_foreign: wording.foreign(&claim.says),
            falses: claim
                .truth
                .iter()
                .flat_map(|t| &t.falsehoods)
                .map(|f| FalseFigures {
                    line: f.line,
                    echo: wording.echo(&f.statement),
                    foreign: wording.foreign(&f.statement),
                })
                .collect(),
            options,
            choice_line: claim.choice.as_ref().map_or(claim.line, |c| c.line),
            key_is_closest,
            stance: claim.stance.as_ref().map(|s| s.view),
        }
    }

    /// The right option's lead in passage overlap over the best distractor.
    pub fn option_lead(&self) -> Option<f64> {
        let (answer, rest) = self.options.split_first()?;
        let best = rest.iter().map(|o| o.0).fold(0.0, f64::max);
        Some(answer.0 - best)
    }

    /// The right option's length over the distractors' mean length.
    pub fn length_ratio(&self) -> Option<f64> {
        let (answer, rest) = self.options.split_first()?;
        let mean = rest.iter().map(|o| o.1 as f64).sum::<f64>() / rest.len().max(1) as f64;
        Some(answer.1 as f64 / mean.max(1.0))
    }

    /// What gives this claim away, each with where and what to change.
    pub fn problems(&self) -> Vec<SourceError> {
        let mut out = Vec::new();
        let mut say = |line: usize, message: String| {
            out.push(SourceError::new(
                &self.file,
                line,
                format!("claim {}: {message}", self.id),
            ));
        };
        if self.says_echo > MAX_ECHO {
            say(
                self.line,
                format!(
                    "`says` copies the essay ({:.0}% of its words in runs of {RUN} found in the essay, at most {:.0}%): paraphrase it as a teacher would",
                    self.says_echo * 100.0,
                    MAX_ECHO * 100.0
                ),
            );
        }
        for f in &self.falses {
            let gap = self.says_echo - f.echo;
            if gap.abs() > MAX_ECHO_GAP {
                let which = if gap > 0.0 {
                    "the true statement sounds more like the essay"
                } else {
                    "the false statement sounds more like the essay"
                };
                say(
                    f.line,
                    format!(
                        "{which} ({:.0}% against {:.0}% echoed, at most {:.0} points apart): word both alike",
                        self.says_echo * 100.0,
                        f.echo * 100.0,
                        MAX_ECHO_GAP * 100.0
                    ),
                );
            }
            if f.foreign - self.says_foreign > MAX_FOREIGN_GAP {
                say(
                    f.line,
                    format!(
                        "the false statement brings in words the essay never uses ({:.0}% of its content words, the true one {:.0}%): change the meaning with the essay's own vocabulary",
                        f.foreign * 100.0,
                        self.says_foreign * 100.0
                    ),
                );
            }
        }
        if let Some(lead) = self.option_lead().filter(|l| *l > MAX_OPTION_LEAD) {
            say(
                self.choice_line,
                format!(
                    "the answer echoes the passage far more than any distractor ({:.0} points ahead, at most {:.0}): word the answer in other words, or draw distractors from the same passage",
                    lead * 100.0,
                    MAX_OPTION_LEAD * 100.0
                ),
            );
        }
        if let Some(ratio) = self.length_ratio().filter(|r| *r > MAX_LENGTH_RATIO) {
            say(
                self.choice_line,
                format!(
                    "the answer is {ratio:.1} times as long as the distractors (at most {MAX_LENGTH_RATIO}): make the options alike in length"
                ),
            );
        }
        out
    }
}

/// Figures for every claim of the bank, in bank order.
pub fn figures(source: &Source) -> Vec<ClaimFigures> {
    let wording = Wording::new(source);
    source
        .claims
        .iter()
        .map(|c| ClaimFigures::new(source, &wording, c))
        .collect()
}

/// Every claim past a threshold, with `file:line` and what to change.
pub fn check(source: &Source) -> Vec<SourceError> {
    figures(source)
        .iter()
        .flat_map(ClaimFigures::problems)
        .collect()
}

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
