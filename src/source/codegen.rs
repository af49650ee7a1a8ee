//! Writes the checked bank for the app: its tables as one compact byte string of small numbers
//! (read once by `bank::decode` when the app first needs them), and its strings as one text
//! blob, each followed by [`END`], that the tables refer to by number (`Str`). Strings are
//! numbered in the order the tables first use them, so the numbers mostly count up: both the
//! numbers and the text compress well. The same tables as Rust statics took about three times
//! the bytes of the first load (pointers and padding compress badly).
//!
//! The layout, field by field, is the order of `bank::decode`'s reads; every number is LEB128.

use std::collections::HashMap;

use super::Source;
use super::claims::{Claim, NumberKind, View};
use super::decoys::has_rival;

/// Mirrors `bank::END`: ends each string in the blob.
const END: char = '\0';

/// The bank as compiled: its tables, its text blob, and its version.
pub struct Compiled {
    pub tables: Vec<u8>,
    pub text: String,
    /// A short fingerprint of the content: links made from another bank say so.
    pub version: String,
}

/// Writes the tables: numbers, and strings by their number in the blob. Beside them it keeps
/// the same content with every string written out, for the version: a change of encoding
/// alone does not turn every shared link into one "made for another version".
#[derive(Default)]
struct Encoder {
    bytes: Vec<u8>,
    content: Vec<u8>,
    text: String,
    seen: HashMap<String, u32>,
}

impl Encoder {
    fn uint(&mut self, n: usize) {
        let mut n = n;
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.bytes.push(low);
                self.content.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
            self.content.push(low | 0x80);
        }
    }

    fn flag(&mut self, on: bool) {
        self.uint(usize::from(on));
    }

    /// A string, by its number in the blob (added if new).
    fn str(&mut self, s: &str) {
        assert!(
            !s.contains(END),
            "a string of the bank holds a NUL character: {s:.60}…"
        );
        let next = u32::try_from(self.seen.len()).expect("fewer than 2^32 strings");
        assert!(
            next < 65_536,
            "the bank has more than 65,535 distinct strings"
        );
        let number = *self.seen.entry(s.to_owned()).or_insert_with(|| {
            self.text.push_str(s);
            self.text.push(END);
            next
        });
        let content = std::mem::take(&mut self.content);
        self.uint(number as usize);
        self.content = content;
        self.content.extend_from_slice(s.as_bytes());
        self.content.push(0);
    }

    fn strs(&mut self, items: &[String]) {
        self.uint(items.len());
        for s in items {
            self.str(s);
        }
    }
}

/// The bank compiled.
pub fn render(source: &Source) -> Compiled {
    let mut e = Encoder::default();
    let essay = &source.essay;
    e.str(&essay.title);
    e.uint(essay.sections.len());
    for s in &essay.sections {
        e.str(&s.id);
        e.uint(s.paragraphs.start);
        e.uint(s.paragraphs.end);
    }
    e.uint(essay.paragraphs.len());
    for p in &essay.paragraphs {
        e.str(&p.id);
        e.uint(p.section);
        e.str(&p.text);
        e.uint(p.sentences.len());
        for r in &p.sentences {
            e.uint(r.start);
            e.uint(r.end);
        }
    }
    let years = essay.years();
    e.uint(years.len());
    for y in years {
        e.uint(usize::from(y));
    }
    e.uint(source.pools.len());
    for (index, pool) in source.pools.iter().enumerate() {
        e.str(&pool.name);
        e.uint(pool.members.len());
        for m in &pool.members {
            e.str(m);
            let answered_by: Vec<usize> = source
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.choice
                        .as_ref()
                        .is_some_and(|ch| ch.pool == Some(index) && ch.answer == *m)
                })
                .map(|(i, _)| i)
                .collect();
            e.uint(answered_by.len());
            for i in answered_by {
                e.uint(i);
            }
        }
    }
    e.uint(source.claims.len());
    for c in &source.claims {
        claim(&mut e, source, c);
    }
    // FNV-1a, 64 bits: fixed by its definition, so the same bank gets the same version on
    // every machine and toolchain.
    let hash = e.content.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    Compiled {
        tables: e.bytes,
        text: e.text,
        version: format!("{:08x}", hash >> 32),
    }
}

/// Which of a claim's optional parts follow, one bit each, in this order.
const PARTS: [&str; 7] = [
    "choice",
    "truth",
    "blank",
    "number",
    "event",
    "attribution",
    "stance",
];

fn claim(e: &mut Encoder, source: &Source, c: &Claim) {
    e.str(&c.id);
    e.uint(c.paragraph);
    e.uint(c.evidence.start);
    e.uint(c.evidence.end);
    e.uint(c.sentences.start);
    e.uint(c.sentences.end);
    e.uint(c.key_sentence);
    e.str(&c.says);
    let present = [
        c.choice.is_some(),
        c.truth.is_some(),
        c.blank.is_some(),
        c.number.is_some(),
        c.event.is_some(),
        c.attribution.is_some(),
        c.stance.is_some(),
    ];
    debug_assert_eq!(present.len(), PARTS.len());
    let flags = [c.is_argument, c.is_background, has_rival(&source.essay, c)]
        .into_iter()
        .chain(present)
        .enumerate()
        .fold(0, |bits, (i, on)| bits | usize::from(on) << i);
    e.uint(flags);
    e.uint(c.decoys.len());
    for &(p, s) in &c.decoys {
        e.uint(p);
        e.uint(s);
    }
    if let Some(ch) = &c.choice {
        e.str(&ch.question);
        e.str(&ch.answer);
        e.strs(&ch.distractors);
        e.uint(ch.pool.map_or(0, |p| p + 1));
        e.strs(&ch.exclude);
    }
    if let Some(t) = &c.truth {
        e.uint(t.falsehoods.len());
        for f in &t.falsehoods {
            e.str(&f.statement);
            e.str(&f.correction);
        }
    }
    if let Some(b) = &c.blank {
        e.str(&b.text);
        e.strs(&b.answers);
        e.strs(&b.near_misses);
    }
    if let Some(n) = &c.number {
        e.str(&n.question);
        e.uint(n.answer as usize);
        e.flag(n.kind == NumberKind::Count);
        e.str(&n.unit);
        e.uint(n.distractors.len());
        for &d in &n.distractors {
            e.uint(d as usize);
        }
    }
    if let Some(ev) = &c.event {
        e.str(&ev.what);
        e.uint(usize::from(ev.year));
        e.uint(usize::from(ev.month));
    }
    if let Some(a) = &c.attribution {
        e.str(&a.who);
        e.str(&a.what);
    }
    if let Some(s) = &c.stance {
        e.str(&s.statement);
        e.uint(match s.view {
            View::Argues => 0,
            View::Reports => 1,
            View::Rejects => 2,
        });
    }
}
