//! Seeded randomness whose output is fixed by its algorithm, so a seed gives the same quiz on
//! wasm32 and x86_64 and across dependency updates: PCG-XSH-RR 64/32 (`rand_pcg::Pcg32`, defined
//! by the PCG paper) sampled through `u32` only, with our own bounded sampling and shuffle
//! instead of `rand`'s, whose algorithms may change between releases.

use core::fmt;
use core::str::FromStr;

use rand::Rng;
use rand_pcg::Pcg32;

/// Selects the PCG stream; changing it changes every quiz.
const STREAM: u64 = 0x7ce0_1917_1921_1924;

/// A quiz's seed; written in base 36 in links ("k3x9a2").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Seed(pub u32);

impl fmt::Display for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut n = self.0;
        let mut digits = [0u8; 7];
        let mut len = 0;
        loop {
            digits[len] = b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize];
            len += 1;
            n /= 36;
            if n == 0 {
                break;
            }
        }
        digits[..len].reverse();
        f.write_str(core::str::from_utf8(&digits[..len]).map_err(|_| fmt::Error)?)
    }
}

/// Why a written seed is not a seed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeedError {
    Empty,
    BadCharacter(char),
    TooLarge,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SeedError::Empty => f.write_str("it is empty"),
            SeedError::BadCharacter(c) => write!(f, "“{c}” is not a letter or digit"),
            SeedError::TooLarge => {
                f.write_str("it is too large (at most 7 characters, up to “1z141z3”)")
            }
        }
    }
}

impl FromStr for Seed {
    type Err = SeedError;

    fn from_str(s: &str) -> Result<Seed, SeedError> {
        if s.is_empty() {
            return Err(SeedError::Empty);
        }
        s.chars()
            .try_fold(0u32, |n, c| {
                let d = c.to_digit(36).ok_or(SeedError::BadCharacter(c))?;
                n.checked_mul(36)
                    .and_then(|n| n.checked_add(d))
                    .ok_or(SeedError::TooLarge)
            })
            .map(Seed)
    }
}

/// The generator every random draw of a quiz goes through.
pub struct QuizRng(Pcg32);

impl QuizRng {
    pub fn new(seed: Seed) -> QuizRng {
        QuizRng(Pcg32::new(u64::from(seed.0), STREAM))
    }

    /// Uniform in `0..n` (`n > 0`), by Lemire's multiply-and-reject method on 32 bits.
    pub fn below(&mut self, n: u32) -> u32 {
        debug_assert!(n > 0);
        let n = n.max(1);
        let threshold = n.wrapping_neg() % n;
        loop {
            let m = u64::from(self.0.next_u32()) * u64::from(n);
            if (m as u32) >= threshold {
                return (m >> 32) as u32;
            }
        }
    }

    /// Uniform index into a slice of `len > 0` items.
    pub fn index(&mut self, len: usize) -> usize {
        self.below(u32::try_from(len).unwrap_or(u32::MAX)) as usize
    }

    /// True with probability one half.
    pub fn coin(&mut self) -> bool {
        self.below(2) == 1
    }

    /// Fisher–Yates, drawing from the top down.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.index(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_round_trip_through_base36() {
        for n in [0, 1, 35, 36, 1_679_615, 123_456_789, u32::MAX] {
            let seed = Seed(n);
            assert_eq!(seed.to_string().parse::<Seed>(), Ok(seed));
        }
        assert_eq!(Seed(u32::MAX).to_string(), "1z141z3");
        assert_eq!("1z141z4".parse::<Seed>(), Err(SeedError::TooLarge));
        assert_eq!("k3-x".parse::<Seed>(), Err(SeedError::BadCharacter('-')));
        assert_eq!("".parse::<Seed>(), Err(SeedError::Empty));
        assert_eq!("K3X".parse::<Seed>(), "k3x".parse::<Seed>());
    }

    #[test]
    fn the_stream_is_fixed_by_the_algorithm() {
        // Recorded once; a change here changes every shared quiz.
        let mut rng = QuizRng::new(Seed(42));
        let draws: Vec<u32> = (0..6).map(|_| rng.below(1000)).collect();
        assert_eq!(draws, RECORDED_DRAWS);
    }

    const RECORDED_DRAWS: [u32; 6] = [644, 16, 543, 93, 542, 496];

    #[test]
    fn the_generator_is_the_reference_pcg32() {
        // The first outputs of pcg32-global-demo (seed 42, stream 54) in the PCG reference code.
        let mut pcg = Pcg32::new(42, 54);
        let outputs: Vec<u32> = (0..6).map(|_| pcg.next_u32()).collect();
        assert_eq!(
            outputs,
            [
                0xa15c_02b7,
                0x7b47_f409,
                0xba1d_3330,
                0x83d2_f293,
                0xbfa4_784b,
                0xcbed_606e
            ]
        );
    }

    #[test]
    fn below_stays_in_range_and_reaches_every_value() {
        let mut rng = QuizRng::new(Seed(7));
        let mut seen = [0u32; 5];
        for _ in 0..5000 {
            seen[rng.below(5) as usize] += 1;
        }
        assert!(seen.iter().all(|&n| (850..1150).contains(&n)), "{seen:?}");
    }

    #[test]
    fn shuffle_permutes() {
        let mut rng = QuizRng::new(Seed(3));
        let mut items: Vec<u32> = (0..20).collect();
        rng.shuffle(&mut items);
        assert_ne!(items, (0..20).collect::<Vec<_>>());
        items.sort_unstable();
        assert_eq!(items, (0..20).collect::<Vec<_>>());
    }
}
