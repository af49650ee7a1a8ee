//! The shortcut check: a claim that can be answered from the essay's wording alone fails
//! with its file, line and what to change.

use essay_quiz::source::shortcuts;

use super::*;

/// The shortcut problems of the good bank with `from` replaced by `to`.
fn shortcut_problems(from: &str, to: &str) -> Vec<String> {
    assert!(
        GOOD.contains(from),
        "the test's edit does not apply: {from}"
    );
    let text = GOOD.replacen(from, to, 1);
    let bank =
        load(&[("a.toml", &text)], POOLS).unwrap_or_else(|e| panic!("{}", source::report(&e, 20)));
    shortcuts::check(&bank)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_good_bank_gives_nothing_away() {
    let bank =
        load(&[("a.toml", GOOD)], POOLS).unwrap_or_else(|e| panic!("{}", source::report(&e, 20)));
    let problems: Vec<String> = shortcuts::check(&bank)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn a_statement_that_copies_the_quote_fails() {
    let problems = shortcut_problems(
        "says = \"The Commune survived for only seventy days.\"",
        "says = \"The Paris Commune of 1871 lasted just seventy days.\"",
    );
    let line = line_in(GOOD, "id = \"commune-seventy-days\"") - 1;
    assert!(
        problems.iter().any(|p| p.starts_with(&format!(
            "questions/claims/a.toml:{line}: claim commune-seventy-days: `says` copies the essay (100% of its words"
        )) && p.ends_with("paraphrase it as a teacher would")),
        "{problems:#?}"
    );
    // …and the false variant, worded afresh, now sounds much less like the essay.
    let false_line = line_in(GOOD, "[[claim.false]]");
    assert_mentions(
        &problems,
        &format!(
            "questions/claims/a.toml:{false_line}: claim commune-seventy-days: the true statement sounds more like the essay"
        ),
    );
}

#[test]
fn a_false_variant_with_words_the_essay_never_uses_fails() {
    let problems = shortcut_problems(
        "statement = \"The Commune survived for only 17 days.\"",
        "statement = \"The Commune survived for only 17 days under Garibaldi's protection.\"",
    );
    let line = line_in(GOOD, "[[claim.false]]");
    assert_mentions(
        &problems,
        &format!(
            "questions/claims/a.toml:{line}: claim commune-seventy-days: the false statement brings in words the essay never uses"
        ),
    );
}

#[test]
fn an_answer_that_echoes_the_passage_or_is_longest_fails() {
    let echo = shortcut_problems(
        "answer = \"Ten weeks\"",
        "answer = \"The Paris Commune lasted seventy days\"",
    );
    let line = line_in(GOOD, "[claim.choice]");
    assert_mentions(
        &echo,
        &format!(
            "questions/claims/a.toml:{line}: claim commune-seventy-days: the answer echoes the passage far more than any distractor"
        ),
    );
    assert_mentions(
        &echo,
        &format!(
            "questions/claims/a.toml:{line}: claim commune-seventy-days: the answer is 3.0 times as long as the distractors"
        ),
    );
}
