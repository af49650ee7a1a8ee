//! Checks one claims file, claim by claim: the id, the paragraph, the evidence and its
//! sentences, `says` and `kind`. The forms' own checks are in `forms`.

use core::ops::Range;

use toml::Spanned;

use super::raw::{RawClaim, RawFile, Text};
use super::{Claim, MAX_EVIDENCE_SENTENCES, MIN_EVIDENCE_WORDS, Pool, is_slug};
use crate::source::essay::Essay;
use crate::source::{SourceError, line_of};
use crate::text::{fold, fold_space};

/// The essay's paragraphs, folded and joined, with a space at each end: what [`misquotes`]
/// searches.
pub(super) fn essay_words(essay: &Essay) -> String {
    let folded: Vec<String> = essay.paragraphs.iter().map(|p| fold(&p.text)).collect();
    format!(" {} ", folded.join(" "))
}

/// The passages of `text` in curly quotes (“…”) that `essay_words` does not contain as whole
/// words, ignoring case, punctuation and quotes nested inside. A quotation may leave words out
/// with “…”: each piece must then be the essay's. A quotation in a claim puts words in the
/// essay's mouth, so it must be exact; false statements and distractors, which may misquote
/// on purpose, are not checked.
pub(super) fn misquotes<'t>(essay_words: &str, text: &'t str) -> Vec<&'t str> {
    text.split('“')
        .skip(1)
        .map(|rest| rest.split_once('”').map_or(rest, |(quote, _)| quote))
        .filter(|quote| {
            quote.split('…').any(|piece| {
                let piece = fold(piece);
                !piece.is_empty() && !essay_words.contains(&format!(" {piece} "))
            })
        })
        .collect()
}

/// Whether `needle` occurs in `haystack` as whole words, after folding both.
pub(super) fn contains_words(haystack: &str, needle: &str) -> bool {
    let needle = fold(needle);
    !needle.is_empty() && format!(" {} ", fold(haystack)).contains(&format!(" {needle} "))
}

pub(super) struct Checker<'a> {
    pub(super) essay: &'a Essay,
    /// The essay's paragraphs folded (see [`essay_words`]).
    pub(super) essay_words: &'a str,
    pub(super) pools: &'a [Pool],
    pub(super) file: &'a str,
    pub(super) text: &'a str,
    pub(super) errors: &'a mut Vec<SourceError>,
}

impl Checker<'_> {
    pub(super) fn line<T>(&self, s: &Spanned<T>) -> usize {
        line_of(self.text, s.span().start)
    }

    pub(super) fn error<T>(&mut self, at: &Spanned<T>, message: String) {
        let line = self.line(at);
        self.errors.push(SourceError::new(self.file, line, message));
    }

    /// A required string that may quote the essay: as [`Self::text`], and every passage in
    /// curly quotes must be the essay's own words (see [`misquotes`]).
    pub(super) fn quoting(&mut self, s: &Text, what: &str) -> String {
        let t = self.text(s, what);
        self.check_quotes(s, &t, what);
        t
    }

    /// An error for each passage of `text` in curly quotes that the essay does not contain.
    pub(super) fn check_quotes<T>(&mut self, at: &Spanned<T>, text: &str, what: &str) {
        for quote in misquotes(self.essay_words, text) {
            self.error(
                at,
                format!("{what} quotes “{quote}”, which is not in the essay: quote its exact words, or drop the quotation marks"),
            );
        }
    }

    /// A required string: trimmed, and an error if empty.
    pub(super) fn text(&mut self, s: &Text, what: &str) -> String {
        let t = s.get_ref().trim().to_owned();
        if t.is_empty() {
            self.error(s, format!("{what} is empty"));
        }
        t
    }

    pub(super) fn claims(mut self, raw: RawFile) -> Vec<Claim> {
        raw.claim
            .into_iter()
            .filter_map(|c| self.claim(c))
            .collect()
    }

    fn claim(&mut self, raw: Spanned<RawClaim>) -> Option<Claim> {
        let line = self.line(&raw);
        let raw = raw.into_inner();
        let id = raw.id.get_ref().clone();
        if !is_slug(&id) {
            self.error(
                &raw.id,
                format!("id “{id}”: use lowercase letters and digits joined by “-”"),
            );
        }
        let Some(paragraph) = self.essay.paragraph_index(raw.paragraph.get_ref()) else {
            self.error(
                &raw.paragraph,
                format!(
                    "claim {id}: no paragraph [{}] in the essay",
                    raw.paragraph.get_ref()
                ),
            );
            return None;
        };
        let evidence = self.evidence(&id, paragraph, &raw.evidence)?;
        let quote = self.essay.paragraphs[paragraph].text[evidence.clone()].to_owned();
        let (sentences, key_sentence) = self.sentences(&id, paragraph, &evidence, &raw.evidence);
        let says = match &raw.says {
            Some(s) => self.quoting(s, &format!("claim {id}: says")),
            None => {
                self.errors.push(SourceError::new(
                    self.file,
                    line,
                    format!("claim {id}: no `says` (what the essay says here, in your own words)"),
                ));
                String::new()
            }
        };
        let truth = self.truth(&id, &says, &raw.falsehoods);
        let is_argument = match raw.kind.as_ref().map(|k| k.get_ref().trim()) {
            None | Some("fact") => false,
            Some("argument") => true,
            Some(other) => {
                let at = raw.kind.as_ref().map_or(0, |k| self.line(k));
                self.errors.push(SourceError::new(
                    self.file,
                    at,
                    format!("claim {id}: kind is “argument” or “fact”, not “{other}”"),
                ));
                false
            }
        };
        let restated_in = raw
            .restated_in
            .iter()
            .filter_map(|p| {
                let found = self.essay.paragraph_index(p.get_ref());
                if found.is_none() {
                    self.error(
                        p,
                        format!(
                            "claim {id}: restated_in names no paragraph [{}]",
                            p.get_ref()
                        ),
                    );
                }
                found
            })
            .collect();
        let claim = Claim {
            choice: raw.choice.map(|c| self.choice(&id, c)),
            truth,
            blank: raw.blank.map(|b| self.blank(&id, &quote, b)),
            number: raw.number.and_then(|n| self.number(&id, &quote, n)),
            event: raw.event.and_then(|e| self.event(&id, &quote, e)),
            attribution: raw.attribution.map(|a| self.attribution(&id, a)),
            stance: raw.stance.and_then(|s| self.stance(&id, s)),
            id,
            file: self.file.to_owned(),
            line,
            paragraph,
            evidence,
            sentences,
            key_sentence,
            says,
            is_argument,
            is_background: raw.background.is_some_and(|b| *b.get_ref()),
            restated_in,
            decoys: Vec::new(),
        };
        let has_form = claim.choice.is_some()
            || claim.truth.is_some()
            || claim.blank.is_some()
            || claim.number.is_some()
            || claim.event.is_some()
            || claim.attribution.is_some()
            || claim.stance.is_some();
        if !has_form {
            self.errors.push(SourceError::new(
                self.file,
                line,
                format!("claim {}: no question form (add [claim.choice], [[claim.false]], [claim.blank], [claim.number], [claim.event], [claim.attribution] or [claim.stance])", claim.id),
            ));
        }
        Some(claim)
    }

    /// The sentences the evidence overlaps (at most [`MAX_EVIDENCE_SENTENCES`]) and the one
    /// holding most of it.
    fn sentences(
        &mut self,
        id: &str,
        paragraph: usize,
        evidence: &Range<usize>,
        raw: &Text,
    ) -> (Range<usize>, usize) {
        let all = &self.essay.paragraphs[paragraph].sentences;
        let overlap = |s: &Range<usize>| {
            s.end
                .min(evidence.end)
                .saturating_sub(s.start.max(evidence.start))
        };
        let touched: Vec<usize> = (0..all.len()).filter(|&i| overlap(&all[i]) > 0).collect();
        let (Some(&first), Some(&last)) = (touched.first(), touched.last()) else {
            return (0..0, 0);
        };
        if touched.len() > MAX_EVIDENCE_SENTENCES {
            self.error(
                raw,
                format!(
                    "claim {id}: evidence spans {} sentences; quote at most {MAX_EVIDENCE_SENTENCES} consecutive sentences",
                    touched.len()
                ),
            );
        }
        let key = touched
            .iter()
            .copied()
            .max_by_key(|&i| (overlap(&all[i]), core::cmp::Reverse(i)))
            .unwrap_or(first);
        (first..last + 1, key)
    }

    /// Finds the evidence in its paragraph, or explains how far it matches.
    fn evidence(&mut self, id: &str, paragraph: usize, raw: &Text) -> Option<Range<usize>> {
        let quote = fold_space(raw.get_ref());
        let para = &self.essay.paragraphs[paragraph];
        if quote.split(' ').count() < MIN_EVIDENCE_WORDS {
            self.error(
                raw,
                format!("claim {id}: evidence has fewer than {MIN_EVIDENCE_WORDS} words; quote enough to stand alone"),
            );
        }
        if let Some(at) = para.text.find(&quote) {
            return Some(at..at + quote.len());
        }
        if let Some(other) = self
            .essay
            .paragraphs
            .iter()
            .find(|p| p.text.contains(&quote))
        {
            self.error(
                raw,
                format!(
                    "claim {id}: evidence is in paragraph [{}], not [{}]",
                    other.id, para.id
                ),
            );
            return None;
        }
        let words: Vec<&str> = quote.split(' ').collect();
        let matched = (1..=words.len())
            .take_while(|&n| para.text.contains(&words[..n].join(" ")))
            .last()
            .unwrap_or(0);
        let detail = match words.get(matched) {
            Some(w) if matched > 0 => {
                format!("the first {matched} words match, then “{w}” differs")
            }
            _ => format!("its first word “{}” is not in the paragraph", words[0]),
        };
        self.error(
            raw,
            format!(
                "claim {id}: evidence is not verbatim in paragraph [{}]: {detail}",
                para.id
            ),
        );
        None
    }
}
