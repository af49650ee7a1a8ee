//! The bank's text: every string, one after another in one blob, and `Str`, a string of it by
//! number.

use core::fmt;
use core::ops::Deref;
use std::sync::OnceLock;

/// Every string of the bank, one after another, each followed by [`END`]: the claims refer to
/// them by number. One blob of text compresses like text, where a table of string pointers or
/// offsets would not.
static TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/bank.txt"));

/// Ends each string in [`TEXT`] (the build checks that no string holds one).
const END: u8 = 0;

/// Where each string of [`TEXT`] starts, and after the last one where the text ends: found
/// once, on first use, by one pass over the text (well under a millisecond), so the wasm
/// carries no table of offsets.
fn starts() -> &'static [u32] {
    static STARTS: OnceLock<Vec<u32>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts = vec![0];
        starts.extend(
            TEXT.bytes()
                .zip(1u32..)
                .filter(|&(b, _)| b == END)
                .map(|(_, next)| next),
        );
        starts
    })
}

/// A string of the bank: its number in [`TEXT`], in 16 bits. The build numbers the strings in
/// the order the tables first use them, so the numbers in the tables mostly count up and
/// compress well (a packed offset and length compressed about three times worse).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Str(pub(super) u16);

impl Str {
    pub fn as_str(self) -> &'static str {
        let starts = starts();
        let i = usize::from(self.0);
        // Each string ends one byte (its END) before the next one starts.
        &TEXT[starts[i] as usize..starts[i + 1] as usize - 1]
    }
}

impl Deref for Str {
    type Target = str;

    fn deref(&self) -> &'static str {
        self.as_str()
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        *self == other.as_str()
    }
}
