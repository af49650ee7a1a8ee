//! Parses and checks `pools.toml` and `claims/*.toml` against the essay.

use core::ops::Range;
use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use toml::Spanned;

use super::essay::Essay;
use super::repairs::toml_error;
use super::{SourceError, line_of};
use crate::text::{accepts, fold, fold_space, same_option};

/// Evidence shorter than this rarely stands on its own.
pub const MIN_EVIDENCE_WORDS: usize = 8;
/// Evidence may span this many consecutive sentences of its paragraph, no more.
pub const MAX_EVIDENCE_SENTENCES: usize = 3;
/// The evidence form offers the key sentence and up to three others; it needs at least two.
pub const MIN_OTHER_SENTENCES: usize = 2;
pub const MIN_DISTRACTORS: usize = 3;
/// Chronology puts at least this many events in order; matching pairs this many attributions.
pub const MIN_PARTNERS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    pub name: String,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: String,
    pub file: String,
    pub line: usize,
    /// Index into the essay's paragraphs.
    pub paragraph: usize,
    /// Byte range of the evidence in the paragraph's text.
    pub evidence: Range<usize>,
    /// Indices of the paragraph's sentences that the evidence overlaps (one to three).
    pub sentences: Range<usize>,
    /// The sentence that holds most of the evidence: the right option of the evidence form.
    pub key_sentence: usize,
    /// What the essay says here, in a teacher's words: the true statement of true-or-false and
    /// what the evidence form asks the student to support.
    pub says: String,
    /// The claim is about the essay's reasoning (causes, contrasts, stance, evidence for a
    /// conclusion) rather than a name, date or number: `kind = "argument"`.
    pub is_argument: bool,
    pub choice: Option<Choice>,
    pub truth: Option<Truth>,
    pub blank: Option<Blank>,
    pub number: Option<Number>,
    pub event: Option<Event>,
    pub attribution: Option<Attribution>,
    pub stance: Option<Stance>,
}

impl Claim {
    /// Whether the evidence form can be asked: the paragraph has at least
    /// [`MIN_OTHER_SENTENCES`] sentences besides the evidence's to offer as wrong options.
    pub fn has_evidence_form(&self, essay: &Essay) -> bool {
        let total = essay.paragraphs[self.paragraph].sentences.len();
        total - self.sentences.len() >= MIN_OTHER_SENTENCES
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub line: usize,
    pub question: String,
    pub answer: String,
    pub distractors: Vec<String>,
    /// Index into the pools.
    pub pool: Option<usize>,
    pub exclude: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Truth {
    /// (false statement, correction, line)
    pub falsehoods: Vec<Falsehood>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Falsehood {
    pub statement: String,
    pub correction: String,
    pub line: usize,
}

/// Where the essay stands on a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum View {
    /// The essay's own argument.
    Argues,
    /// A view the essay attributes to others without taking a side.
    Reports,
    /// A view the essay argues against.
    Rejects,
}

impl View {
    pub const ALL: [View; 3] = [View::Argues, View::Reports, View::Rejects];

    pub fn code(self) -> &'static str {
        match self {
            View::Argues => "argues",
            View::Reports => "reports",
            View::Rejects => "rejects",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stance {
    pub statement: String,
    pub view: View,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blank {
    pub text: String,
    /// The canonical answer first.
    pub answers: Vec<String>,
    pub near_misses: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Year,
    Count,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    pub question: String,
    pub answer: u32,
    pub kind: NumberKind,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub what: String,
    pub year: u16,
    pub month: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub who: String,
    pub what: String,
}

// The files' shapes. Strings are spanned so that each mistake points at its own line.

type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPools {
    #[serde(default)]
    pool: BTreeMap<String, Spanned<RawPool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPool {
    members: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    claim: Vec<Spanned<RawClaim>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: Text,
    paragraph: Text,
    evidence: Text,
    says: Option<Text>,
    kind: Option<Text>,
    choice: Option<Spanned<RawChoice>>,
    #[serde(rename = "false", default)]
    falsehoods: Vec<Spanned<RawFalse>>,
    blank: Option<Spanned<RawBlank>>,
    number: Option<Spanned<RawNumber>>,
    event: Option<Spanned<RawEvent>>,
    attribution: Option<Spanned<RawAttribution>>,
    stance: Option<Spanned<RawStance>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    question: Text,
    answer: Text,
    distractors: Vec<Text>,
    pool: Option<Text>,
    #[serde(default)]
    exclude: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStance {
    statement: Text,
    view: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFalse {
    statement: Text,
    correction: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlank {
    text: Text,
    answer: Text,
    #[serde(default)]
    accept: Vec<Text>,
    #[serde(default)]
    reject: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNumber {
    question: Text,
    answer: Spanned<i64>,
    kind: Text,
    #[serde(default)]
    unit: Option<Text>,
    #[serde(default)]
    written: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    what: Text,
    year: Spanned<i64>,
    month: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttribution {
    who: Text,
    what: Text,
}

pub fn parse_pools(file: &str, text: &str) -> Result<Vec<Pool>, Vec<SourceError>> {
    let raw: RawPools = toml::from_str(text).map_err(|e| vec![toml_error(file, text, &e)])?;
    let mut errors = Vec::new();
    let mut pools = Vec::new();
    for (name, pool) in raw.pool {
        let line = line_of(text, pool.span().start);
        if !is_slug(&name) {
            errors.push(SourceError::new(
                file,
                line,
                format!("pool name “{name}”: use lowercase letters, digits and “-”"),
            ));
        }
        let pool = pool.into_inner();
        if pool.members.len() < 2 {
            errors.push(SourceError::new(
                file,
                line,
                format!("pool “{name}” needs at least two members"),
            ));
        }
        let mut members: Vec<String> = Vec::new();
        for m in pool.members {
            let at = line_of(text, m.span().start);
            let m = m.into_inner();
            if m.trim().is_empty() {
                errors.push(SourceError::new(
                    file,
                    at,
                    format!("pool “{name}” has an empty member"),
                ));
            } else if let Some(other) = members.iter().find(|o| same_option(o, &m)) {
                errors.push(SourceError::new(
                    file,
                    at,
                    format!("pool “{name}”: “{m}” repeats “{other}”"),
                ));
            }
            members.push(m);
        }
        pools.push(Pool { name, members });
    }
    if errors.is_empty() {
        Ok(pools)
    } else {
        Err(errors)
    }
}

/// Parses every claims file (name, text), checks each claim and the bank as a whole, and
/// returns the claims in essay order.
pub fn parse_all(
    essay: &Essay,
    pools: &[Pool],
    files: &[(String, String)],
) -> Result<Vec<Claim>, Vec<SourceError>> {
    let mut errors = Vec::new();
    let mut claims = Vec::new();
    for (file, text) in files {
        match toml::from_str::<RawFile>(text) {
            Ok(raw) => {
                let checker = Checker {
                    essay,
                    pools,
                    file,
                    text,
                    errors: &mut errors,
                };
                claims.extend(checker.claims(raw));
            }
            Err(e) => errors.push(toml_error(file, text, &e)),
        }
    }
    check_bank(&claims, &mut errors);
    if errors.is_empty() {
        claims.sort_by_key(|c| c.paragraph);
        Ok(claims)
    } else {
        Err(errors)
    }
}

/// Checks that span claims: unique ids, and enough partners for chronology and matching.
fn check_bank(claims: &[Claim], errors: &mut Vec<SourceError>) {
    let mut seen: HashMap<&str, &Claim> = HashMap::new();
    for c in claims {
        if let Some(first) = seen.insert(&c.id, c) {
            errors.push(SourceError::new(
                &c.file,
                c.line,
                format!(
                    "id “{}” is already used at {}:{}",
                    c.id, first.file, first.line
                ),
            ));
        }
    }
    let dated: Vec<&Claim> = claims.iter().filter(|c| c.event.is_some()).collect();
    let mut keys: Vec<(u16, u8)> = dated
        .iter()
        .filter_map(|c| c.event.as_ref())
        .map(|e| (e.year, e.month))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    if let Some(c) = dated.first().filter(|_| keys.len() < MIN_PARTNERS) {
        errors.push(SourceError::new(
            &c.file,
            c.line,
            format!(
                "chronology needs events with at least {MIN_PARTNERS} different dates in the bank"
            ),
        ));
    }
    let attributed: Vec<&Claim> = claims.iter().filter(|c| c.attribution.is_some()).collect();
    let mut whos: Vec<&str> = attributed
        .iter()
        .filter_map(|c| c.attribution.as_ref())
        .map(|a| a.who.as_str())
        .collect();
    whos.sort_unstable();
    whos.dedup();
    if let Some(c) = attributed.first().filter(|_| whos.len() < MIN_PARTNERS) {
        errors.push(SourceError::new(
            &c.file,
            c.line,
            format!("matching needs attributions to at least {MIN_PARTNERS} different people or organisations"),
        ));
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Whether `needle` occurs in `haystack` as whole words, after folding both.
fn contains_words(haystack: &str, needle: &str) -> bool {
    let needle = fold(needle);
    !needle.is_empty() && format!(" {} ", fold(haystack)).contains(&format!(" {needle} "))
}

struct Checker<'a> {
    essay: &'a Essay,
    pools: &'a [Pool],
    file: &'a str,
    text: &'a str,
    errors: &'a mut Vec<SourceError>,
}

impl Checker<'_> {
    fn line<T>(&self, s: &Spanned<T>) -> usize {
        line_of(self.text, s.span().start)
    }

    fn error<T>(&mut self, at: &Spanned<T>, message: String) {
        let line = self.line(at);
        self.errors.push(SourceError::new(self.file, line, message));
    }

    /// A required string: trimmed, and an error if empty.
    fn text(&mut self, s: &Text, what: &str) -> String {
        let t = s.get_ref().trim().to_owned();
        if t.is_empty() {
            self.error(s, format!("{what} is empty"));
        }
        t
    }

    fn claims(mut self, raw: RawFile) -> Vec<Claim> {
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
            Some(s) => self.text(s, &format!("claim {id}: says")),
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
        };
        let has_form = claim.choice.is_some()
            || claim.truth.is_some()
            || claim.blank.is_some()
            || claim.number.is_some()
            || claim.event.is_some()
            || claim.attribution.is_some()
            || claim.stance.is_some()
            || claim.has_evidence_form(self.essay);
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

    fn choice(&mut self, id: &str, raw: Spanned<RawChoice>) -> Choice {
        let at = raw.span();
        let line = line_of(self.text, at.start);
        let raw = raw.into_inner();
        let question = self.text(&raw.question, &format!("claim {id}: choice.question"));
        let answer = self.text(&raw.answer, &format!("claim {id}: choice.answer"));
        let distractors: Vec<String> = raw
            .distractors
            .iter()
            .map(|d| self.text(d, &format!("claim {id}: a distractor")))
            .collect();
        if distractors.len() < MIN_DISTRACTORS {
            let line = line_of(self.text, at.start);
            self.errors.push(SourceError::new(
                self.file,
                line,
                format!(
                    "claim {id}: choice needs at least {MIN_DISTRACTORS} distractors, has {}",
                    distractors.len()
                ),
            ));
        }
        for (i, d) in raw.distractors.iter().enumerate() {
            if same_option(d.get_ref(), &answer) {
                self.error(
                    d,
                    format!("claim {id}: distractor “{}” is the answer", d.get_ref()),
                );
            } else if let Some(o) = distractors[..i]
                .iter()
                .find(|o| same_option(o, d.get_ref()))
            {
                self.error(
                    d,
                    format!("claim {id}: distractor “{}” repeats “{o}”", d.get_ref()),
                );
            }
        }
        let pool = raw.pool.as_ref().and_then(|p| {
            let found = self.pools.iter().position(|pool| pool.name == *p.get_ref());
            match found {
                None => self.error(p, format!("claim {id}: no pool “{}” in pools.toml", p.get_ref())),
                Some(i) if !self.pools[i].members.contains(&answer) => self.error(
                    p,
                    format!(
                        "claim {id}: the answer “{answer}” is not a member of pool “{}” (spell it as pools.toml does)",
                        p.get_ref()
                    ),
                ),
                Some(_) => {}
            }
            found
        });
        let exclude: Vec<String> = raw.exclude.iter().map(|e| e.get_ref().clone()).collect();
        for e in &raw.exclude {
            let known = pool.is_some_and(|p| self.pools[p].members.contains(e.get_ref()));
            if !known {
                self.error(
                    e,
                    format!(
                        "claim {id}: exclude “{}” is not a member of the claim's pool",
                        e.get_ref()
                    ),
                );
            }
        }
        Choice {
            line,
            question,
            answer,
            distractors,
            pool,
            exclude,
        }
    }

    /// The false variants of true-or-false (the true statement is `says`).
    fn truth(&mut self, id: &str, says: &str, raw: &[Spanned<RawFalse>]) -> Option<Truth> {
        if raw.is_empty() {
            return None;
        }
        let falsehoods = raw
            .iter()
            .map(|f| {
                let line = self.line(f);
                let f = f.get_ref();
                let statement = self.text(&f.statement, &format!("claim {id}: a false statement"));
                if same_option(&statement, says) {
                    self.error(
                        &f.statement,
                        format!("claim {id}: the false statement is the same as `says`"),
                    );
                }
                let correction = self.text(&f.correction, &format!("claim {id}: a correction"));
                Falsehood {
                    statement,
                    correction,
                    line,
                }
            })
            .collect();
        Some(Truth { falsehoods })
    }

    fn stance(&mut self, id: &str, raw: Spanned<RawStance>) -> Option<Stance> {
        let line = self.line(&raw);
        let raw = raw.into_inner();
        let statement = self.text(&raw.statement, &format!("claim {id}: stance.statement"));
        let Some(view) = View::ALL
            .into_iter()
            .find(|v| v.code() == raw.view.get_ref().trim())
        else {
            self.error(
                &raw.view,
                format!(
                    "claim {id}: stance.view is “argues”, “reports” or “rejects”, not “{}”",
                    raw.view.get_ref()
                ),
            );
            return None;
        };
        Some(Stance {
            statement,
            view,
            line,
        })
    }

    fn blank(&mut self, id: &str, quote: &str, raw: Spanned<RawBlank>) -> Blank {
        let raw = raw.into_inner();
        let text = self.text(&raw.text, &format!("claim {id}: blank.text"));
        if text.matches("____").count() != 1 || text.contains("_____") {
            self.error(
                &raw.text,
                format!("claim {id}: blank.text needs exactly one blank, written ____"),
            );
        }
        let answer = self.text(&raw.answer, &format!("claim {id}: blank.answer"));
        if !contains_words(quote, &answer) {
            self.error(
                &raw.answer,
                format!("claim {id}: the answer “{answer}” is not in the evidence"),
            );
        }
        let mut answers = vec![answer];
        for a in &raw.accept {
            let a = self.text(a, &format!("claim {id}: an accepted answer"));
            answers.push(a);
        }
        let refs: Vec<&str> = answers.iter().map(String::as_str).collect();
        for r in &raw.reject {
            if accepts(&refs, r.get_ref()) {
                self.error(
                    r,
                    format!(
                        "claim {id}: the near miss “{}” would be accepted; remove it or tighten the answers",
                        r.get_ref()
                    ),
                );
            }
        }
        let near_misses = raw.reject.iter().map(|r| r.get_ref().clone()).collect();
        Blank {
            text,
            answers,
            near_misses,
        }
    }

    fn number(&mut self, id: &str, quote: &str, raw: Spanned<RawNumber>) -> Option<Number> {
        let raw = raw.into_inner();
        let question = self.text(&raw.question, &format!("claim {id}: number.question"));
        let kind = match raw.kind.get_ref().as_str() {
            "year" => NumberKind::Year,
            "count" => NumberKind::Count,
            other => {
                self.error(
                    &raw.kind,
                    format!("claim {id}: number.kind is “year” or “count”, not “{other}”"),
                );
                return None;
            }
        };
        let Ok(answer) = u32::try_from(*raw.answer.get_ref())
            .map_err(drop)
            .and_then(|n| if n == 0 { Err(()) } else { Ok(n) })
        else {
            self.error(
                &raw.answer,
                format!("claim {id}: number.answer must be a whole number above 0"),
            );
            return None;
        };
        if kind == NumberKind::Year && !(1000..=2999).contains(&answer) {
            self.error(&raw.answer, format!("claim {id}: {answer} is not a year"));
        }
        match &raw.written {
            Some(w) if !contains_words(quote, w.get_ref()) => {
                self.error(
                    w,
                    format!(
                        "claim {id}: number.written “{}” is not in the evidence",
                        w.get_ref()
                    ),
                );
            }
            None if !contains_words(quote, &answer.to_string()) => {
                self.error(
                    &raw.answer,
                    format!("claim {id}: {answer} is not in the evidence (if the essay spells it out, add `written`)"),
                );
            }
            _ => {}
        }
        let unit = raw
            .unit
            .map(|u| u.into_inner().trim().to_owned())
            .unwrap_or_default();
        Some(Number {
            question,
            answer,
            kind,
            unit,
        })
    }

    fn event(&mut self, id: &str, quote: &str, raw: Spanned<RawEvent>) -> Option<Event> {
        let raw = raw.into_inner();
        let what = self.text(&raw.what, &format!("claim {id}: event.what"));
        let Some(year) = u16::try_from(*raw.year.get_ref())
            .ok()
            .filter(|y| (1000..=2999).contains(y))
        else {
            self.error(&raw.year, format!("claim {id}: event.year must be a year"));
            return None;
        };
        if !contains_words(quote, &year.to_string()) {
            self.error(
                &raw.year,
                format!("claim {id}: the year {year} is not in the evidence"),
            );
        }
        let month = match &raw.month {
            None => 0,
            Some(m) => match u8::try_from(*m.get_ref())
                .ok()
                .filter(|m| (1..=12).contains(m))
            {
                Some(m) => m,
                None => {
                    self.error(m, format!("claim {id}: event.month is 1 to 12"));
                    return None;
                }
            },
        };
        Some(Event { what, year, month })
    }

    fn attribution(&mut self, id: &str, raw: Spanned<RawAttribution>) -> Attribution {
        let raw = raw.into_inner();
        let who = self.text(&raw.who, &format!("claim {id}: attribution.who"));
        if !self.pools.iter().any(|p| p.members.contains(&who)) {
            self.error(
                &raw.who,
                format!(
                    "claim {id}: “{who}” is not a member of any pool (spell it as pools.toml does)"
                ),
            );
        }
        let what = self.text(&raw.what, &format!("claim {id}: attribution.what"));
        Attribution { who, what }
    }
}
