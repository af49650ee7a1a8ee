//! Reads the bank's tables, written at build time by `source::codegen` as one byte string of
//! LEB128 numbers (strings by their number in the text blob), into the types of this module:
//! once, when the app first needs the bank. The tables are the build's own output, checked when
//! they were written, so a read past their end is a bug of the build, not bad input.

use super::{
    Attribution, Bank, Blank, Choice, Claim, Event, Falsehood, Member, Number, NumberKind,
    Paragraph, Pool, Section, Stance, Str, Truth, View,
};

struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    fn uint(&mut self) -> u32 {
        let mut n = 0u32;
        let mut shift = 0;
        loop {
            let b = self.bytes[self.at];
            self.at += 1;
            n |= u32::from(b & 0x7f) << shift;
            if b < 0x80 {
                return n;
            }
            shift += 7;
        }
    }

    fn u16(&mut self) -> u16 {
        self.uint() as u16
    }

    fn u8(&mut self) -> u8 {
        self.uint() as u8
    }

    fn str(&mut self) -> Str {
        Str(self.u16())
    }

    /// A list: its length, then each item.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Reader) -> T) -> &'static [T] {
        let n = self.uint();
        (0..n).map(|_| item(self)).collect::<Vec<T>>().leak()
    }

    fn strs(&mut self) -> &'static [Str] {
        self.list(Reader::str)
    }
}

/// The bank in `tables`, of version `version`.
pub(super) fn bank(tables: &'static [u8], version: &'static str) -> Bank {
    let mut r = Reader {
        bytes: tables,
        at: 0,
    };
    let title = r.str();
    let sections = r.list(|r| Section {
        id: r.str(),
        paragraphs: r.u16()..r.u16(),
    });
    let paragraphs = r.list(|r| Paragraph {
        id: r.str(),
        section: r.u8(),
        text: r.str(),
        sentences: r.list(|r| r.u16()..r.u16()),
    });
    let years = r.list(Reader::u16);
    let pools = r.list(|r| Pool {
        name: r.str(),
        members: r.list(|r| Member {
            text: r.str(),
            claims: r.list(Reader::u16),
        }),
    });
    let claims = r.list(claim);
    Bank {
        version,
        title,
        sections,
        paragraphs,
        claims,
        years,
        pools,
    }
}

fn claim(r: &mut Reader) -> Claim {
    let id = r.str();
    let paragraph = r.u16();
    let evidence = r.u16()..r.u16();
    let sentences = r.u8()..r.u8();
    let key_sentence = r.u8();
    let says = r.str();
    let flags = r.uint();
    let has = |bit: u32| flags >> bit & 1 == 1;
    let decoys = r.list(|r| (r.u16(), r.u8()));
    Claim {
        id,
        paragraph,
        evidence,
        sentences,
        key_sentence,
        says,
        argument: has(0),
        background: has(1),
        evidence_form: has(2),
        decoys,
        choice: has(3).then(|| Choice {
            question: r.str(),
            answer: r.str(),
            distractors: r.strs(),
            pool: r.u8().checked_sub(1),
            exclude: r.strs(),
        }),
        truth: has(4).then(|| Truth {
            falsehoods: r.list(|r| Falsehood {
                statement: r.str(),
                correction: r.str(),
            }),
        }),
        blank: has(5).then(|| Blank {
            text: r.str(),
            answers: r.strs(),
            near_misses: r.strs(),
        }),
        number: has(6).then(|| Number {
            question: r.str(),
            answer: r.uint(),
            kind: if r.uint() == 1 {
                NumberKind::Count
            } else {
                NumberKind::Year
            },
            unit: r.str(),
            distractors: r.list(Reader::uint),
        }),
        event: has(7).then(|| Event {
            what: r.str(),
            year: r.u16(),
            month: r.u8(),
        }),
        attribution: has(8).then(|| Attribution {
            who: r.str(),
            what: r.str(),
        }),
        stance: has(9).then(|| Stance {
            statement: r.str(),
            view: match r.uint() {
                0 => View::Argues,
                1 => View::Reports,
                _ => View::Rejects,
            },
        }),
    }
}
