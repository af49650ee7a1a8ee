//! A results code: what a student answered in an assigned quiz, compact enough to paste into a
//! message. It carries the quiz (bank version, seed, settings, title), the student's name and one
//! answer per question, and ends with a checksum, so a code damaged in copying is caught. It is
//! not a proof: anyone can make a code with any answers, and the app says so.
//!
//! `EQ1-` then base64url of: version, bank version (4 bytes), seed, settings, title, name, the
//! answers (the quiz is drawn again from the seed to read them), and a 4-byte FNV-1a checksum.

use core::fmt;

use crate::bank::{Bank, FormSet, SectionSet};

use crate::quiz::{Body, Mode, Quiz, Response, Settings, generate};
use crate::rng::Seed;

pub const PREFIX: &str = "EQ1-";
const VERSION: u8 = 1;

/// A student's answers to an assigned quiz, read from a code.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    pub title: String,
    pub name: String,
    pub quiz: Quiz,
    /// One per question; `None` if it was not answered.
    pub responses: Vec<Option<Response>>,
}

impl Submission {
    /// Which answers are right, graded by the app.
    pub fn rights(&self, bank: &Bank) -> Vec<bool> {
        self.quiz
            .questions
            .iter()
            .zip(&self.responses)
            .map(|(q, r)| r.as_ref().is_some_and(|r| q.is_right(bank, r)))
            .collect()
    }

    pub fn score(&self, bank: &Bank) -> usize {
        self.rights(bank).iter().filter(|r| **r).count()
    }
}

/// Why a code cannot be read. The message names what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    NotACode,
    Damaged,
    OtherBank,
    /// The very same code as the one on this line, pasted again: it counts once.
    Repeated(usize),
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CodeError::NotACode => "it is not a results code of this app (they start with “EQ1-”)",
            CodeError::Damaged => {
                "it was damaged in copying (its checksum does not match): ask for it again"
            }
            CodeError::OtherBank => {
                "it was made with another version of the questions, so it cannot be graded here"
            }
            CodeError::Repeated(line) => {
                return write!(
                    f,
                    "it is the same code as on line {line}, so it counts once"
                );
            }
        })
    }
}

/// The bit of the forms' number that says the quiz asked background claims as often as any.
const BACKGROUND_BIT: u32 = 15;

fn fnv32(bytes: &[u8]) -> [u8; 4] {
    let h = bytes.iter().fold(0x811c_9dc5_u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    h.to_be_bytes()
}

fn bank_bytes(version: &str) -> [u8; 4] {
    u32::from_str_radix(version, 16).unwrap_or(0).to_be_bytes()
}

/// The code for a finished assigned quiz, drawn from the bank of version `bank_version`.
pub fn encode(
    bank_version: &str,
    quiz: &Quiz,
    title: &str,
    name: &str,
    responses: &[Option<Response>],
) -> String {
    let mut w = Writer::default();
    w.byte(VERSION);
    w.bytes(&bank_bytes(bank_version));
    w.uint(u64::from(quiz.seed.0));
    let s = quiz.settings;
    w.uint(u64::from(s.count));
    w.uint(s.sections.iter().fold(0, |bits, i| bits | 1 << i));
    // The forms, and in the top bit whether background claims were asked as often as any.
    w.uint(
        s.forms.iter().fold(0u64, |bits, f| bits | 1 << f as u8)
            | u64::from(s.background) << BACKGROUND_BIT,
    );
    w.byte(s.mode as u8);
    w.uint(u64::from(s.minutes));
    w.text(title);
    w.text(name);
    for (q, r) in quiz
        .questions
        .iter()
        .zip(responses.iter().chain(std::iter::repeat(&None)))
    {
        match (&q.body, r) {
            (_, None) => w.uint(0),
            (Body::Truth { .. }, Some(Response::Truth(said))) => w.uint(if *said { 1 } else { 2 }),
            (_, Some(Response::Choice(i))) => w.uint(*i as u64 + 1),
            (_, Some(Response::Text(t))) => {
                w.uint(t.len() as u64 + 1);
                w.bytes(t.as_bytes());
            }
            (Body::Order { items }, Some(Response::Order(order))) => {
                w.uint(1);
                for c in order {
                    w.uint(items.iter().position(|i| i == c).unwrap_or(0) as u64);
                }
            }
            (_, Some(Response::Match(chosen))) => {
                w.uint(1);
                for &n in chosen {
                    w.uint(n as u64);
                }
            }
            (_, Some(_)) => w.uint(0),
        }
    }
    let check = fnv32(&w.0);
    w.bytes(&check);
    format!("{PREFIX}{}", base64url(&w.0))
}

/// Reads a code: checks it, draws its quiz again, and reads each answer.
pub fn decode(bank: &'static Bank, code: &str) -> Result<Submission, CodeError> {
    let body = code
        .trim()
        .strip_prefix(PREFIX)
        .ok_or(CodeError::NotACode)?;
    let bytes = unbase64url(body).ok_or(CodeError::Damaged)?;
    if bytes.len() < 5 {
        return Err(CodeError::Damaged);
    }
    let (payload, check) = bytes.split_at(bytes.len() - 4);
    if fnv32(payload) != check {
        return Err(CodeError::Damaged);
    }
    let mut r = Reader { s: payload, i: 0 };
    let damaged = |_| CodeError::Damaged;
    if r.byte().map_err(damaged)? != VERSION {
        return Err(CodeError::NotACode);
    }
    if r.take(4).map_err(damaged)? != bank_bytes(bank.version) {
        return Err(CodeError::OtherBank);
    }
    let seed = Seed(u32::try_from(r.uint().map_err(damaged)?).map_err(|_| CodeError::Damaged)?);
    let count = u8::try_from(r.uint().map_err(damaged)?).map_err(|_| CodeError::Damaged)?;
    let section_bits = r.uint().map_err(damaged)?;
    let form_bits = r.uint().map_err(damaged)?;
    let mode = *Mode::ALL
        .get(usize::from(r.byte().map_err(damaged)?))
        .ok_or(CodeError::Damaged)?;
    let minutes = u8::try_from(r.uint().map_err(damaged)?).map_err(|_| CodeError::Damaged)?;
    let sections: SectionSet = (0..bank.sections.len())
        .filter(|i| section_bits >> i & 1 == 1)
        .collect();
    let forms: FormSet = crate::bank::Form::ALL
        .into_iter()
        .filter(|f| form_bits >> (*f as u8) & 1 == 1)
        .collect();
    if sections.is_empty() || forms.is_empty() || count == 0 || mode.is_personal() {
        return Err(CodeError::Damaged);
    }
    let title = r.text().map_err(damaged)?;
    let name = r.text().map_err(damaged)?;
    let settings = Settings {
        count,
        sections,
        forms,
        mode,
        minutes,
        background: form_bits >> BACKGROUND_BIT & 1 == 1,
    };
    let quiz = generate(bank, seed, settings);
    let mut responses = Vec::with_capacity(quiz.questions.len());
    for q in &quiz.questions {
        let tag = r.uint().map_err(damaged)?;
        let response = match (&q.body, tag) {
            (_, 0) => None,
            (Body::Truth { .. }, 1 | 2) => Some(Response::Truth(tag == 1)),
            (Body::Choice { options, .. }, n) if n as usize <= options.len() => {
                Some(Response::Choice(n as usize - 1))
            }
            (Body::Evidence { sentences, .. }, n) if n as usize <= sentences.len() => {
                Some(Response::Choice(n as usize - 1))
            }
            (Body::Stance { .. }, n) if n <= 3 => Some(Response::Choice(n as usize - 1)),
            (Body::Blank { .. }, n) => {
                let bytes = r
                    .take(usize::try_from(n - 1).map_err(|_| CodeError::Damaged)?)
                    .map_err(damaged)?;
                Some(Response::Text(
                    String::from_utf8(bytes.to_vec()).map_err(|_| CodeError::Damaged)?,
                ))
            }
            (Body::Order { items }, 1) => {
                let mut order = Vec::with_capacity(items.len());
                for _ in 0..items.len() {
                    let at = r.uint().map_err(damaged)? as usize;
                    order.push(*items.get(at).ok_or(CodeError::Damaged)?);
                }
                Some(Response::Order(order))
            }
            (Body::Match { rows, names }, 1) => {
                let mut chosen = Vec::with_capacity(rows.len());
                for _ in 0..rows.len() {
                    let n = r.uint().map_err(damaged)? as usize;
                    if n >= names.len() {
                        return Err(CodeError::Damaged);
                    }
                    chosen.push(n);
                }
                Some(Response::Match(chosen))
            }
            _ => return Err(CodeError::Damaged),
        };
        responses.push(response);
    }
    if r.i != payload.len() {
        return Err(CodeError::Damaged);
    }
    Ok(Submission {
        title,
        name,
        quiz,
        responses,
    })
}

/// The name a code carries, read without trusting it (the code may be damaged elsewhere): to
/// tell the teacher whose code could not be read.
pub fn name_in(code: &str) -> Option<String> {
    let bytes = unbase64url(code.trim().strip_prefix(PREFIX)?)?;
    let mut r = Reader { s: &bytes, i: 0 };
    r.byte().ok()?;
    r.take(4).ok()?;
    for _ in 0..4 {
        r.uint().ok()?;
    }
    r.byte().ok()?;
    r.uint().ok()?;
    r.text().ok()?;
    r.text().ok().filter(|n| !n.trim().is_empty())
}

#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }

    /// LEB128.
    fn uint(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    fn text(&mut self, t: &str) {
        self.uint(t.len() as u64);
        self.bytes(t.as_bytes());
    }
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, ()> {
        let b = *self.s.get(self.i).ok_or(())?;
        self.i += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ()> {
        let end = self
            .i
            .checked_add(n)
            .filter(|&e| e <= self.s.len())
            .ok_or(())?;
        let out = &self.s[self.i..end];
        self.i = end;
        Ok(out)
    }

    fn uint(&mut self) -> Result<u64, ()> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(())
    }

    fn text(&mut self) -> Result<String, ()> {
        let n = usize::try_from(self.uint()?).map_err(|_| ())?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| ())
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let values: Vec<u32> = text
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| ALPHABET.iter().position(|&a| a == b).map(|v| v as u32))
        .collect::<Option<_>>()?;
    if values.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len)
                .map(|i| i.wrapping_mul(97).wrapping_add(len))
                .collect();
            assert_eq!(unbase64url(&base64url(&bytes)), Some(bytes));
        }
        assert_eq!(base64url(b"Man"), "TWFu");
        assert_eq!(unbase64url("TWE"), Some(b"Ma".to_vec()));
        assert_eq!(unbase64url("T"), None);
        assert_eq!(unbase64url("TW=="), None);
    }
}
