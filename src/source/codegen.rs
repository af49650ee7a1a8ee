//! Writes the checked bank as a Rust expression of the types in `crate::bank`, which the app
//! includes as a static: no parsing at run time. Every string goes once into one text blob,
//! each followed by [`END`], and the tables refer to them by number (`Str`), numbered in the
//! order the tables first use them: numbers that mostly count up, and text, both compress well.

use std::collections::HashMap;
use std::fmt::Write;

use super::claims::{Claim, NumberKind, View};
use super::{Essay, Source};

/// Mirrors `bank::END`: ends each string in the blob.
const END: char = '\0';

/// The bank as compiled: a Rust expression of type `bank::Bank`, and the text blob it numbers.
pub struct Compiled {
    pub rust: String,
    pub text: String,
}

/// The strings of the bank, each stored once.
#[derive(Default)]
struct Blob {
    text: String,
    seen: HashMap<String, u16>,
}

impl Blob {
    /// The `Str(…)` expression for `s`, adding it to the blob if it is new.
    fn str(&mut self, s: &str) -> String {
        assert!(
            !s.contains(END),
            "a string of the bank holds a NUL character: {s:.60}…"
        );
        let next = self.seen.len();
        let number = *self.seen.entry(s.to_owned()).or_insert_with(|| {
            self.text.push_str(s);
            self.text.push(END);
            u16::try_from(next).expect("the bank has more than 65,535 distinct strings")
        });
        format!("Str({number})")
    }

    fn strs(&mut self, items: &[String]) -> String {
        let inner: Vec<String> = items.iter().map(|s| self.str(s)).collect();
        format!("&[{}]", inner.join(", "))
    }
}

/// The bank compiled: its Rust expression and its text blob.
pub fn render(source: &Source) -> Compiled {
    let mut blob = Blob::default();
    let body = render_body(source, &mut blob);
    let rust = format!(
        "Bank {{\n    version: {:?},\n{body}}}\n",
        version(&body, &blob.text)
    );
    Compiled {
        rust,
        text: blob.text,
    }
}

/// A short fingerprint of the bank's content: links made from another bank say so. It hashes
/// the tables with each string written out, not numbered, so a change of encoding alone does
/// not turn every shared link into one "made for another version".
fn version(body: &str, text: &str) -> String {
    let strings: Vec<&str> = text.split(END).collect();
    let mut content = String::with_capacity(body.len() + text.len());
    let mut rest = body;
    while let Some(at) = rest.find("Str(") {
        let (before, after) = rest.split_at(at);
        let close = after.find(')').expect("Str(…) is closed");
        let number: usize = after[4..close].parse().expect("Str holds a number");
        content.push_str(before);
        let _ = write!(content, "{:?}", strings[number]);
        rest = &after[close + 1..];
    }
    content.push_str(rest);
    // FNV-1a, 64 bits: fixed by its definition, so the same bank gets the same version on
    // every machine and toolchain.
    let hash = content.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{:08x}", hash >> 32)
}

fn render_body(source: &Source, blob: &mut Blob) -> String {
    let essay = &source.essay;
    let mut out = String::new();
    let _ = writeln!(out, "    title: {},", blob.str(&essay.title));

    out.push_str("    sections: &[\n");
    for s in &essay.sections {
        let _ = writeln!(
            out,
            "        Section {{ id: {}, paragraphs: {}..{} }},",
            blob.str(&s.id),
            s.paragraphs.start,
            s.paragraphs.end
        );
    }
    out.push_str("    ],\n    paragraphs: &[\n");
    for p in &essay.paragraphs {
        let sentences: Vec<String> = p
            .sentences
            .iter()
            .map(|r| format!("{}..{}", r.start, r.end))
            .collect();
        let _ = writeln!(
            out,
            "        Paragraph {{ id: {}, section: {}, text: {}, sentences: &[{}] }},",
            blob.str(&p.id),
            p.section,
            blob.str(&p.text),
            sentences.join(", ")
        );
    }
    out.push_str("    ],\n    claims: &[\n");
    for c in &source.claims {
        render_claim(&mut out, essay, c, blob);
    }
    let _ = writeln!(out, "    ],\n    years: &{:?},", essay.years());
    out.push_str("    pools: &[\n");
    for (index, pool) in source.pools.iter().enumerate() {
        let _ = writeln!(
            out,
            "        Pool {{ name: {}, members: &[",
            blob.str(&pool.name)
        );
        for m in &pool.members {
            let answered_by: Vec<String> = source
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.choice
                        .as_ref()
                        .is_some_and(|ch| ch.pool == Some(index) && ch.answer == *m)
                })
                .map(|(i, _)| i.to_string())
                .collect();
            let _ = writeln!(
                out,
                "            Member {{ text: {}, claims: &[{}] }},",
                blob.str(m),
                answered_by.join(", ")
            );
        }
        out.push_str("        ] },\n");
    }
    out.push_str("    ],\n");
    out
}

fn render_claim(out: &mut String, essay: &Essay, c: &Claim, blob: &mut Blob) {
    let _ = writeln!(
        out,
        "        Claim {{\n            id: {},\n            paragraph: {},\n            evidence: {}..{},\n            sentences: {}..{},\n            key_sentence: {},\n            says: {},\n            argument: {},\n            background: {},\n            decoys: &{:?},\n            evidence_form: {},",
        blob.str(&c.id),
        c.paragraph,
        c.evidence.start,
        c.evidence.end,
        c.sentences.start,
        c.sentences.end,
        c.key_sentence,
        blob.str(&c.says),
        c.is_argument,
        c.is_background,
        c.decoys,
        super::decoys::has_rival(essay, c)
    );
    let choice = c.choice.as_ref().map(|ch| {
        let pool = ch
            .pool
            .map_or_else(|| "None".to_owned(), |p| format!("Some({p})"));
        format!(
            "Choice {{ question: {}, answer: {}, distractors: {}, pool: {pool}, exclude: {} }}",
            blob.str(&ch.question),
            blob.str(&ch.answer),
            blob.strs(&ch.distractors),
            blob.strs(&ch.exclude)
        )
    });
    let truth = c.truth.as_ref().map(|t| {
        let falsehoods: Vec<String> = t
            .falsehoods
            .iter()
            .map(|f| {
                format!(
                    "Falsehood {{ statement: {}, correction: {} }}",
                    blob.str(&f.statement),
                    blob.str(&f.correction)
                )
            })
            .collect();
        format!("Truth {{ falsehoods: &[{}] }}", falsehoods.join(", "))
    });
    let stance = c.stance.as_ref().map(|s| {
        let view = match s.view {
            View::Argues => "View::Argues",
            View::Reports => "View::Reports",
            View::Rejects => "View::Rejects",
        };
        format!(
            "Stance {{ statement: {}, view: {view} }}",
            blob.str(&s.statement)
        )
    });
    let blank = c.blank.as_ref().map(|b| {
        format!(
            "Blank {{ text: {}, answers: {}, near_misses: {} }}",
            blob.str(&b.text),
            blob.strs(&b.answers),
            blob.strs(&b.near_misses)
        )
    });
    let number = c.number.as_ref().map(|n| {
        let kind = match n.kind {
            NumberKind::Year => "NumberKind::Year",
            NumberKind::Count => "NumberKind::Count",
        };
        format!(
            "Number {{ question: {}, answer: {}, kind: {kind}, unit: {}, distractors: &{:?} }}",
            blob.str(&n.question),
            n.answer,
            blob.str(&n.unit),
            n.distractors
        )
    });
    let event = c.event.as_ref().map(|e| {
        format!(
            "Event {{ what: {}, year: {}, month: {} }}",
            blob.str(&e.what),
            e.year,
            e.month
        )
    });
    let attribution = c.attribution.as_ref().map(|a| {
        format!(
            "Attribution {{ who: {}, what: {} }}",
            blob.str(&a.who),
            blob.str(&a.what)
        )
    });
    for (name, value) in [
        ("choice", choice),
        ("truth", truth),
        ("blank", blank),
        ("number", number),
        ("event", event),
        ("attribution", attribution),
        ("stance", stance),
    ] {
        match value {
            Some(v) => {
                let _ = writeln!(out, "            {name}: Some({v}),");
            }
            None => {
                let _ = writeln!(out, "            {name}: None,");
            }
        }
    }
    out.push_str("        },\n");
}
