//! The checks of each question form's table: choice, the false variants, stance, blank,
//! number, event and attribution.

use toml::Spanned;

use super::check::{Checker, contains_words};
use super::raw::{RawAttribution, RawBlank, RawChoice, RawEvent, RawFalse, RawNumber, RawStance};
use super::{
    Attribution, Blank, Choice, Event, Falsehood, MIN_DISTRACTORS, Number, NumberKind, Stance,
    Truth, View,
};
use crate::source::{SourceError, line_of};
use crate::text::{accepts, same_option};

impl Checker<'_> {
    pub(super) fn choice(&mut self, id: &str, raw: Spanned<RawChoice>) -> Choice {
        let at = raw.span();
        let line = line_of(self.text, at.start);
        let raw = raw.into_inner();
        let question = self.quoting(&raw.question, &format!("claim {id}: choice.question"));
        let answer = self.quoting(&raw.answer, &format!("claim {id}: choice.answer"));
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
    pub(super) fn truth(
        &mut self,
        id: &str,
        says: &str,
        raw: &[Spanned<RawFalse>],
    ) -> Option<Truth> {
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
                let correction = self.quoting(&f.correction, &format!("claim {id}: a correction"));
                Falsehood {
                    statement,
                    correction,
                    line,
                }
            })
            .collect();
        Some(Truth { falsehoods })
    }

    pub(super) fn stance(&mut self, id: &str, raw: Spanned<RawStance>) -> Option<Stance> {
        let line = self.line(&raw);
        let raw = raw.into_inner();
        let statement = self.quoting(&raw.statement, &format!("claim {id}: stance.statement"));
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

    pub(super) fn blank(&mut self, id: &str, quote: &str, raw: Spanned<RawBlank>) -> Blank {
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
        // A quotation with the blank filled in must be the essay's.
        self.check_quotes(
            &raw.text,
            &text.replacen("____", &answer, 1),
            &format!("claim {id}: blank.text (with its answer)"),
        );
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

    pub(super) fn number(
        &mut self,
        id: &str,
        quote: &str,
        raw: Spanned<RawNumber>,
    ) -> Option<Number> {
        let raw = raw.into_inner();
        let question = self.quoting(&raw.question, &format!("claim {id}: number.question"));
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
        let mut distractors: Vec<u32> = Vec::new();
        for d in &raw.distractors {
            match u32::try_from(*d.get_ref()) {
                Ok(n) if n > 0 && n != answer && !distractors.contains(&n) => distractors.push(n),
                Ok(n) if n == answer => {
                    self.error(d, format!("claim {id}: number distractor {n} is the answer"))
                }
                _ => self.error(
                    d,
                    format!(
                        "claim {id}: number distractor {} must be a whole number above 0, given once",
                        d.get_ref()
                    ),
                ),
            }
        }
        let needs = if kind == NumberKind::Count || !raw.distractors.is_empty() {
            MIN_DISTRACTORS
        } else {
            0
        };
        if distractors.len() < needs {
            self.error(
                &raw.answer,
                format!(
                    "claim {id}: number needs `distractors = [...]`, at least {MIN_DISTRACTORS} plausible wrong numbers (a year without them draws the essay's other years)"
                ),
            );
        }
        if kind == NumberKind::Year && distractors.iter().any(|d| !(1000..=2999).contains(d)) {
            self.error(
                &raw.answer,
                format!("claim {id}: a year's distractors must be years"),
            );
        }
        Some(Number {
            question,
            answer,
            kind,
            unit,
            distractors,
        })
    }

    pub(super) fn event(&mut self, id: &str, quote: &str, raw: Spanned<RawEvent>) -> Option<Event> {
        let raw = raw.into_inner();
        let what = self.quoting(&raw.what, &format!("claim {id}: event.what"));
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

    pub(super) fn attribution(&mut self, id: &str, raw: Spanned<RawAttribution>) -> Attribution {
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
        let what = self.quoting(&raw.what, &format!("claim {id}: attribution.what"));
        Attribution { who, what }
    }
}
