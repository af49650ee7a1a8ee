//! Quizzes generated per second, natively: 1,000 seeded 20-question quizzes over the whole
//! bank in every form, timed (best of five rounds). Run by `make bench` through
//! `cargo bench --bench generate`; prints one line the benchmark script reads.

use std::hint::black_box;
use std::time::Instant;

use essay_quiz::bank::BANK;
use essay_quiz::quiz::{Settings, generate};
use essay_quiz::rng::Seed;

const QUIZZES: u32 = 1_000;
const ROUNDS: usize = 5;

fn main() {
    let settings = Settings {
        count: 20,
        ..Settings::standard(&BANK)
    };
    let best = (0..ROUNDS)
        .map(|round| {
            let start = Instant::now();
            for seed in 0..QUIZZES {
                black_box(generate(
                    &BANK,
                    Seed(seed.wrapping_mul(2_654_435_761) ^ round as u32),
                    settings,
                ));
            }
            start.elapsed()
        })
        .min()
        .unwrap_or_default();
    let per_second = f64::from(QUIZZES) / best.as_secs_f64();
    println!(
        "quizzes per second: {per_second:.0} ({QUIZZES} quizzes of 20 questions in {:.1} ms)",
        best.as_secs_f64() * 1000.0
    );
}
