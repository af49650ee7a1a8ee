//! The review kit: how far the quiz can be answered without the essay, measured the way test
//! makers measure passage dependence. [`sheet`] draws items with the app's own generator and
//! writes them as an answer sheet (no answers, quotes or paragraph numbers) with its key;
//! [`score`] scores a filled-in sheet against the key, per form, and lists the misses. Readers
//! take the same sheet closed book (general knowledge and test-taking skill only) and open book
//! (the essay at hand); a bank whose questions need the essay shows a wide gap between the two.
//! [`rules`] measures, on generated quizzes, what simple rules of option-reading score.
//! Native only: `cargo run --bin review-kit` (see `questions/README.md`).

pub mod rules;
pub mod score;
pub mod sheet;
