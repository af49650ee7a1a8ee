//! Our FSRS scheduling (src/fsrs.rs) against the `fsrs` crate it is written from: the same
//! stability, difficulty and next interval after every review of recorded answer sequences,
//! for every grade the app gives (Again for a wrong answer; Hard, Good or Easy for a right one
//! by confidence).

use essay_quiz::fsrs::{DESIRED_RETENTION, Grade, Memory, PARAMETERS};
use fsrs::{FSRS, FSRSItem, FSRSReview, ItemState, NextStates};

fn grade(rating: u32) -> Grade {
    match rating {
        1 => Grade::Again,
        2 => Grade::Hard,
        3 => Grade::Good,
        _ => Grade::Easy,
    }
}

/// Sequences of (days since the last review, rating): a learner's first weeks on a claim.
const SEQUENCES: &[&[(u32, u32)]] = &[
    &[(0, 3)],
    &[(0, 1)],
    &[(0, 4)],
    &[(0, 2), (1, 3), (3, 3), (8, 3), (21, 3)],
    &[(0, 3), (2, 1), (1, 3), (2, 3), (5, 4), (14, 3)],
    &[(0, 1), (1, 1), (1, 2), (2, 3), (4, 3), (9, 1), (1, 3)],
    &[(0, 4), (8, 4), (30, 4), (90, 3), (200, 1), (1, 3)],
    &[(0, 2), (1, 2), (1, 2), (2, 2), (3, 2)],
    &[(0, 3), (365, 3), (1000, 1), (2, 4)],
    &[(0, 1), (1, 4), (1, 1), (1, 4), (1, 1), (1, 4)],
];

/// The crate's offer for each grade, beside our grade.
fn by_grade(next: NextStates) -> [(Grade, ItemState); 4] {
    [
        (Grade::Again, next.again),
        (Grade::Hard, next.hard),
        (Grade::Good, next.good),
        (Grade::Easy, next.easy),
    ]
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() <= 1e-4 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn the_parameters_are_the_crate_s_defaults() {
    assert_eq!(PARAMETERS, fsrs::DEFAULT_PARAMETERS);
}

#[test]
fn memory_after_every_review_equals_the_crate_s() {
    let reference = FSRS::default();
    for sequence in SEQUENCES {
        let mut ours: Option<Memory> = None;
        for n in 1..=sequence.len() {
            let (days, rating) = sequence[n - 1];
            ours = Some(match ours {
                None => Memory::first(grade(rating)),
                Some(m) => m.next(days as f32, grade(rating)),
            });
            let item = FSRSItem {
                reviews: sequence[..n]
                    .iter()
                    .map(|&(delta_t, rating)| FSRSReview { rating, delta_t })
                    .collect(),
            };
            let theirs = reference.memory_state(item, None).unwrap();
            let m = ours.unwrap();
            assert!(
                close(m.stability, theirs.stability) && close(m.difficulty, theirs.difficulty),
                "{sequence:?} after {n} reviews: ours {m:?}, the crate's {theirs:?}"
            );
            // The next interval for each grade, as the crate offers it.
            let next = reference
                .next_states(Some(theirs), DESIRED_RETENTION, 3)
                .unwrap();
            for (g, state) in by_grade(next) {
                let after = m.next(3.0, g);
                assert!(
                    close(after.stability, state.memory.stability)
                        && close(after.interval(), state.interval),
                    "{sequence:?}: {g:?} three days on, ours {after:?} / {}, the crate's {:?}",
                    after.interval(),
                    state
                );
                assert_eq!(
                    after.interval_days(),
                    (state.interval.round() as i32).max(1)
                );
            }
        }
    }
}

#[test]
fn a_new_claim_s_first_intervals_are_the_crate_s() {
    let next = FSRS::default()
        .next_states(None, DESIRED_RETENTION, 0)
        .unwrap();
    for (g, state) in by_grade(next) {
        let m = Memory::first(g);
        assert!(close(m.stability, state.memory.stability), "{g:?}");
        assert!(close(m.difficulty, state.memory.difficulty), "{g:?}");
        assert!(close(m.interval(), state.interval), "{g:?}");
    }
    // Days until due: a wrong answer comes back tomorrow, a sure right one in over a week.
    assert_eq!(Memory::first(Grade::Again).interval_days(), 1);
    assert_eq!(Memory::first(Grade::Good).interval_days(), 2);
    assert_eq!(Memory::first(Grade::Easy).interval_days(), 8);
}

#[test]
fn recall_falls_to_ninety_percent_at_the_stability() {
    let m = Memory::first(Grade::Good);
    assert!(close(m.retrievability(0.0), 1.0));
    assert!(close(m.retrievability(m.stability), 0.9));
    assert!(m.retrievability(30.0) < m.retrievability(3.0));
}
