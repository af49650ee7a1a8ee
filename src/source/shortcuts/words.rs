//! The essay's wording and the word measures the shortcut figures use: runs of words shared
//! with the essay (echo), words it never uses (foreign), and content words shared with a passage
//! (overlap).

use std::collections::HashSet;

use super::RUN;
use crate::source::Source;
use crate::text::fold;
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

pub(super) fn share(part: usize, whole: usize) -> f64 {
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
    overlap_stems(option, &stems(passage))
}

/// The stems of a passage's content words, for [`overlap_stems`] against many options.
pub fn stems(passage: &str) -> HashSet<String> {
    content_stems(passage).into_iter().collect()
}

/// [`overlap`] against a passage's [`stems`].
pub fn overlap_stems(option: &str, passage: &HashSet<String>) -> f64 {
    let option = content_stems(option);
    share(
        option.iter().filter(|s| passage.contains(*s)).count(),
        option.len(),
    )
}

pub(super) fn word_count(text: &str) -> usize {
    words(text).len()
}
