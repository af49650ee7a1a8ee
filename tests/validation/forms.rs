//! Mistakes in what every claim needs (`says`, `kind`), in the stance form and in evidence
//! that the evidence form splits into sentences.

use super::*;

#[test]
fn a_claim_must_say_what_the_essay_says_in_its_own_words() {
    let errors = errors_after(
        "says = \"Trotsky founded a faction, the Left Opposition.\"\n",
        "",
    );
    let line = line_in(GOOD, "id = \"trotsky-left-opposition\"") - 1;
    assert_reports(
        &errors,
        &format!(
            "questions/claims/a.toml:{line}: claim trotsky-left-opposition: no `says` (what the essay says here, in your own words)"
        ),
    );
    let empty = errors_after(
        "says = \"Trotsky founded a faction, the Left Opposition.\"",
        "says = \" \"",
    );
    assert_mentions(&empty, "claim trotsky-left-opposition: says is empty");
}

#[test]
fn kind_is_argument_or_fact() {
    let errors = errors_after("kind = \"argument\"", "kind = \"opinion\"");
    let line = line_in(GOOD, "kind = \"argument\"");
    assert_reports(
        &errors,
        &format!(
            "questions/claims/a.toml:{line}: claim human-nature: kind is “argument” or “fact”, not “opinion”"
        ),
    );
}

#[test]
fn a_stance_is_argues_reports_or_rejects() {
    let errors = errors_after("view = \"rejects\"", "view = \"denies\"");
    let line = line_in(GOOD, "view = \"rejects\"");
    assert_reports(
        &errors,
        &format!(
            "questions/claims/a.toml:{line}: claim human-nature: stance.view is “argues”, “reports” or “rejects”, not “denies”"
        ),
    );
    let empty = errors_after(
        "statement = \"Given human nature, socialism cannot work.\"",
        "statement = \"\"",
    );
    assert_mentions(&empty, "claim human-nature: stance.statement is empty");
    let missing = errors_after("view = \"rejects\"\n", "");
    assert_mentions(&missing, "missing field `view`");
}

#[test]
fn evidence_spans_at_most_three_sentences() {
    let errors = errors_after(
        "evidence = \"Pundits argued that human nature made socialism impossible. Such arguments seduced with their simplicity.\"",
        "evidence = \"Pundits argued that human nature made socialism impossible. Such arguments seduced with their simplicity. They spared their authors any wrestling with history. Men and women still make their own decisions.\"",
    );
    let line = line_in(GOOD, "evidence = \"Pundits argued");
    assert_reports(
        &errors,
        &format!(
            "questions/claims/a.toml:{line}: claim human-nature: evidence spans 4 sentences; quote at most 3 consecutive sentences"
        ),
    );
}

#[test]
fn the_evidence_form_needs_two_other_sentences_in_the_paragraph() {
    let bank =
        load(&[("a.toml", GOOD)], POOLS).unwrap_or_else(|e| panic!("{}", source::report(&e, 20)));
    let by_id = |id: &str| bank.claims.iter().find(|c| c.id == id).unwrap();
    // II.3 has five sentences; the evidence takes two, the most of it in the first.
    let human = by_id("human-nature");
    assert_eq!(human.sentences, 0..2);
    assert_eq!(human.key_sentence, 0);
    assert!(human.has_evidence_form(&bank.essay));
    // A one-sentence paragraph offers nothing to choose from.
    assert!(!by_id("commune-seventy-days").has_evidence_form(&bank.essay));

    // So a claim there with only a stance still has a form once its stance goes…
    let errors_without_forms = load(
        &[(
            "a.toml",
            &GOOD.replacen(
                "[claim.stance]\nstatement = \"Given human nature, socialism cannot work.\"\nview = \"rejects\"\n",
                "",
                1,
            ),
        )],
        POOLS,
    );
    assert!(
        errors_without_forms.is_ok(),
        "the evidence form alone is a form"
    );
}

#[test]
fn words_in_curly_quotes_must_be_the_essays_own() {
    // A correction that puts words in the essay's mouth is named with its line.
    let errors = errors_after(
        "correction = \"It lasted seventy days.\"",
        "correction = \"The essay says it lasted “just seventeen days.”\"",
    );
    let line = line_in(GOOD, "correction = \"It lasted seventy days.\"");
    assert_reports(
        &errors,
        &format!(
            "questions/claims/a.toml:{line}: claim commune-seventy-days: a correction quotes “just seventeen days.”, which is not in the essay: quote its exact words, or drop the quotation marks"
        ),
    );
    // So is an attribution's, and a blank whose sentence, filled in, is not the quote.
    assert_mentions(
        &errors_after(
            "what = \"“Without Germany we are lost.”\"",
            "what = \"“Without Germany we are finished.”\"",
        ),
        "claim lenin-germany: attribution.what quotes “Without Germany we are finished.”",
    );
    assert_mentions(
        &errors_after(
            "text = \"The Paris Commune lasted just ____ days.\"",
            "text = \"“The Paris Commune lasted only ____ days.”\"",
        ),
        "claim commune-seventy-days: blank.text (with its answer) quotes “The Paris Commune lasted only seventy days.”",
    );
}

#[test]
fn exact_quotations_pass_however_they_are_cut_or_punctuated() {
    // Case, punctuation and nested quotes aside, and pieces joined by “…”.
    let edited = GOOD
        .replacen(
            "correction = \"It lasted seventy days.\"",
            "correction = \"The essay says “The Paris Commune … lasted just seventy days.”\"",
            1,
        )
        .replacen(
            "says = \"Lenin held in 1918 that without Germany the revolution would fail.\"",
            "says = \"Lenin held in 1918 that “without Germany,” as he put it, “we are lost.”\"",
            1,
        );
    // A false statement may misquote on purpose: it is not checked.
    let edited = edited.replacen(
        "statement = \"The Commune survived for only 17 days.\"",
        "statement = \"The Commune “lasted just seventeen days.”\"",
        1,
    );
    if let Err(errors) = load(&[("a.toml", &edited)], POOLS) {
        panic!("exact quotations were refused:\n{errors:?}");
    }
}
