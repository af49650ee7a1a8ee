//! Writes the checked bank as a Rust expression of the types in `crate::bank`, which the app
//! includes as a static: no parsing at run time, and the strings live in the binary's data.

use std::fmt::Write;

use super::Source;
use super::claims::{Claim, NumberKind, View};

/// The bank as a Rust expression of type `bank::Bank`.
pub fn render(source: &Source) -> String {
    let body = render_body(source);
    format!("Bank {{\n    version: {:?},\n{body}}}\n", version(&body))
}

/// A short fingerprint of the bank's content: links made from another bank say so.
fn version(body: &str) -> String {
    // FNV-1a, 64 bits: fixed by its definition, so the same bank gets the same version on
    // every machine and toolchain.
    let hash = body.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{:08x}", hash >> 32)
}

fn strs(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

fn render_body(source: &Source) -> String {
    let essay = &source.essay;
    let mut out = String::new();
    let _ = writeln!(out, "    title: {:?},", essay.title);

    out.push_str("    sections: &[\n");
    for s in &essay.sections {
        let _ = writeln!(
            out,
            "        Section {{ id: {:?}, paragraphs: {}..{} }},",
            s.id, s.paragraphs.start, s.paragraphs.end
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
            "        Paragraph {{ id: {:?}, section: {}, text: {:?}, sentences: &[{}] }},",
            p.id,
            p.section,
            p.text,
            sentences.join(", ")
        );
    }
    out.push_str("    ],\n    claims: &[\n");
    for c in &source.claims {
        render_claim(&mut out, c);
    }
    out.push_str("    ],\n    pools: &[\n");
    for (index, pool) in source.pools.iter().enumerate() {
        let _ = writeln!(out, "        Pool {{ name: {:?}, members: &[", pool.name);
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
                "            Member {{ text: {m:?}, claims: &[{}] }},",
                answered_by.join(", ")
            );
        }
        out.push_str("        ] },\n");
    }
    out.push_str("    ],\n");
    out
}

fn render_claim(out: &mut String, c: &Claim) {
    let _ = writeln!(
        out,
        "        Claim {{\n            id: {:?},\n            paragraph: {},\n            evidence: {}..{},\n            sentences: {}..{},\n            key_sentence: {},\n            says: {:?},",
        c.id,
        c.paragraph,
        c.evidence.start,
        c.evidence.end,
        c.sentences.start,
        c.sentences.end,
        c.key_sentence,
        c.says
    );
    let choice = c.choice.as_ref().map(|ch| {
        let pool = ch
            .pool
            .map_or_else(|| "None".to_owned(), |p| format!("Some({p})"));
        format!(
            "Choice {{ question: {:?}, answer: {:?}, distractors: {}, pool: {pool}, exclude: {} }}",
            ch.question,
            ch.answer,
            strs(&ch.distractors),
            strs(&ch.exclude)
        )
    });
    let truth = c.truth.as_ref().map(|t| {
        let falsehoods: Vec<String> = t
            .falsehoods
            .iter()
            .map(|f| {
                format!(
                    "Falsehood {{ statement: {:?}, correction: {:?} }}",
                    f.statement, f.correction
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
        format!("Stance {{ statement: {:?}, view: {view} }}", s.statement)
    });
    let blank = c.blank.as_ref().map(|b| {
        format!(
            "Blank {{ text: {:?}, answers: {}, near_misses: {} }}",
            b.text,
            strs(&b.answers),
            strs(&b.near_misses)
        )
    });
    let number = c.number.as_ref().map(|n| {
        let kind = match n.kind {
            NumberKind::Year => "NumberKind::Year",
            NumberKind::Count => "NumberKind::Count",
        };
        format!(
            "Number {{ question: {:?}, answer: {}, kind: {kind}, unit: {:?} }}",
            n.question, n.answer, n.unit
        )
    });
    let event = c.event.as_ref().map(|e| {
        format!(
            "Event {{ what: {:?}, year: {}, month: {} }}",
            e.what, e.year, e.month
        )
    });
    let attribution = c
        .attribution
        .as_ref()
        .map(|a| format!("Attribution {{ who: {:?}, what: {:?} }}", a.who, a.what));
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
