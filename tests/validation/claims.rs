//! Mistakes in a claim: its evidence, its id and each original question form.

use super::*;

#[test]
fn a_good_bank_loads() {
    let bank =
        load(&[("a.toml", GOOD)], POOLS).unwrap_or_else(|e| panic!("{}", source::report(&e, 20)));
    assert_eq!(bank.claims.len(), 5);
    assert_eq!(bank.claims[0].id, "commune-seventy-days");
}

#[test]
fn evidence_not_in_the_essay_says_how_far_it_matches() {
    let errors = errors_after("lasted just seventy days\"", "lasted just eighty days\"");
    assert_reports(
        &errors,
        "questions/claims/a.toml:5: claim commune-seventy-days: evidence is not verbatim in paragraph [I.1]: the first 7 words match, then “eighty” differs",
    );
}

#[test]
fn evidence_from_another_paragraph_says_which() {
    let errors = errors_after("paragraph = \"I.1\"", "paragraph = \"I.2\"");
    assert_reports(
        &errors,
        "questions/claims/a.toml:5: claim commune-seventy-days: evidence is in paragraph [I.1], not [I.2]",
    );
}

#[test]
fn an_unknown_paragraph_is_named() {
    let errors = errors_after("paragraph = \"I.1\"", "paragraph = \"I.9\"");
    assert_reports(
        &errors,
        "questions/claims/a.toml:4: claim commune-seventy-days: no paragraph [I.9] in the essay",
    );
}

#[test]
fn short_evidence_is_refused() {
    let errors = errors_after(
        "evidence = \"Stalin, not Lenin, made one-party rule an ideal, arguing that party rule was working-class rule in 1924.\"",
        "evidence = \"Stalin made one-party rule an ideal\"",
    );
    assert_mentions(&errors, "evidence has fewer than 8 words");
}

#[test]
fn a_badly_formed_id_is_refused() {
    let errors = errors_after("id = \"lenin-germany\"", "id = \"Lenin Germany\"");
    assert_mentions(
        &errors,
        "id “Lenin Germany”: use lowercase letters and digits",
    );
}

#[test]
fn multiple_choice_needs_three_distinct_distractors_none_the_answer() {
    let few = errors_after(
        "distractors = [\"Ten days\", \"Ten months\", \"Two years\"]",
        "distractors = [\"Ten days\", \"Two years\"]",
    );
    assert_mentions(&few, "choice needs at least 3 distractors, has 2");
    let same = errors_after("\"Ten months\"", "\"ten  WEEKS\"");
    assert_mentions(&same, "distractor “ten  WEEKS” is the answer");
    let repeated = errors_after("\"Ten months\"", "\"Ten Days\"");
    assert_mentions(&repeated, "distractor “Ten Days” repeats “Ten days”");
}

#[test]
fn a_pool_answer_must_be_a_member_of_a_known_pool() {
    let unknown = errors_after("pool = \"people\"", "pool = \"persons\"");
    assert_mentions(&unknown, "no pool “persons” in pools.toml");
    let stranger = errors_after("answer = \"Joseph Stalin\"", "answer = \"J. Stalin\"");
    assert_mentions(
        &stranger,
        "the answer “J. Stalin” is not a member of pool “people”",
    );
}

#[test]
fn a_false_variant_must_differ_from_what_the_claim_says() {
    let errors = errors_after(
        "statement = \"The Commune survived for only 17 days.\"",
        "statement = \"The commune survived for only seventy days!\"",
    );
    let line = line_in(GOOD, "The Commune survived for only 17 days.");
    assert_reports(
        &errors,
        &format!(
            "questions/claims/a.toml:{line}: claim commune-seventy-days: the false statement is the same as `says`"
        ),
    );
}

#[test]
fn a_blank_needs_one_gap_its_answer_in_the_evidence_and_no_accepted_near_miss() {
    let gap = errors_after("lasted just ____ days.", "lasted just days.");
    assert_mentions(&gap, "blank.text needs exactly one blank");
    let absent = errors_after("answer = \"seventy\"", "answer = \"eighty\"");
    assert_mentions(&absent, "the answer “eighty” is not in the evidence");
    let near = errors_after("reject = [\"seven\"]", "reject = [\"Seventy!\"]");
    assert_mentions(&near, "the near miss “Seventy!” would be accepted");
}

#[test]
fn a_number_must_be_in_the_evidence_and_of_a_known_kind() {
    let absent = errors_after("answer = 1871", "answer = 1872");
    assert_mentions(&absent, "1872 is not in the evidence");
    let kind = errors_after("kind = \"year\"", "kind = \"date\"");
    assert_mentions(&kind, "number.kind is “year” or “count”, not “date”");
}

#[test]
fn an_event_needs_its_year_in_the_evidence_and_a_real_month() {
    let year = errors_after("year = 1871", "year = 1870");
    assert_mentions(&year, "the year 1870 is not in the evidence");
    let month = errors_after("month = 3", "month = 13");
    assert_mentions(&month, "event.month is 1 to 12");
}

#[test]
fn an_attribution_names_a_pool_member() {
    let errors = errors_after("who = \"Vladimir Lenin\"", "who = \"Lenin\"");
    let line = line_in(
        &GOOD.replacen("who = \"Vladimir Lenin\"", "who = \"Lenin\"", 1),
        "who = \"Lenin\"",
    );
    assert_reports(
        &errors,
        &format!(
            "questions/claims/a.toml:{line}: claim lenin-germany: “Lenin” is not a member of any pool (spell it as pools.toml does)"
        ),
    );
}

#[test]
fn a_claim_needs_a_question_form() {
    let errors = errors_after(
        "[claim.attribution]\nwho = \"Vladimir Lenin\"\nwhat = \"“Without Germany we are lost.”\"\n\n[claim.event]\nwhat = \"Lenin's remark on Germany\"\nyear = 1918\nmonth = 3\n",
        "",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("questions/claims/a.toml:")
                && e.contains("claim lenin-germany: no question form")),
        "{errors:?}"
    );
}
