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
fn the_evidence_forms_decoys_come_from_the_whole_essay_but_never_the_evidence() {
    let bank =
        load(&[("a.toml", GOOD)], POOLS).unwrap_or_else(|e| panic!("{}", source::report(&e, 20)));
    let by_id = |id: &str| bank.claims.iter().find(|c| c.id == id).unwrap();
    // II.3 has five sentences; the evidence takes two, the most of it in the first.
    let human = by_id("human-nature");
    let ii3 = bank.essay.paragraph_index("II.3").unwrap();
    assert_eq!(human.sentences, 0..2);
    assert_eq!(human.key_sentence, 0);
    assert_eq!(human.decoys.len(), 4, "{:?}", human.decoys);
    assert!(human.has_evidence_form());
    assert!(
        human.decoys.iter().all(|&(p, s)| p != ii3 || s >= 2),
        "a sentence of the evidence offered as a decoy: {:?}",
        human.decoys
    );
    // "Democracy is central to socialism." is too short to stand as an option.
    assert!(!human.decoys.contains(&(ii3, 4)));
    // Decoys come from other paragraphs too, the sentence sharing most words first.
    let commune = by_id("commune-seventy-days");
    assert!(commune.decoys.iter().all(|&(p, _)| p != 0));
    assert!(commune.has_evidence_form());

    // A paragraph that says the same again is never offered.
    let restated = GOOD.replacen(
        "paragraph = \"II.3\"\n",
        "paragraph = \"II.3\"\nrestated_in = [\"I.1\", \"II.1\"]\n",
        1,
    );
    let bank = load(&[("a.toml", &restated)], POOLS)
        .unwrap_or_else(|e| panic!("{}", source::report(&e, 20)));
    let human = bank.claims.iter().find(|c| c.id == "human-nature").unwrap();
    assert!(
        human.decoys.iter().all(|&(p, _)| p != 0 && p != 2),
        "{:?}",
        human.decoys
    );
    assert_mentions(
        &errors_after(
            "paragraph = \"II.3\"\n",
            "paragraph = \"II.3\"\nrestated_in = [\"II.9\"]\n",
        ),
        "claim human-nature: restated_in names no paragraph [II.9]",
    );

    // A claim needs a table of its own: the evidence form comes with one, not instead of one.
    let errors = errors_after(
        "[claim.stance]\nstatement = \"Given human nature, socialism cannot work.\"\nview = \"rejects\"\n",
        "",
    );
    assert_mentions(&errors, "claim human-nature: no question form");
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

#[test]
fn a_count_needs_its_own_wrong_numbers_and_a_year_may_have_them() {
    let count = "[claim.number]\nquestion = \"In what year was the Paris Commune?\"\nanswer = 1871\nkind = \"year\"\n";
    let line = line_in(GOOD, "answer = 1871");
    assert_reports(
        &errors_after(
            count,
            "[claim.number]\nquestion = \"How many days did the Commune last?\"\nanswer = 70\nkind = \"count\"\nwritten = \"seventy\"\n",
        ),
        &format!(
            "questions/claims/a.toml:{line}: claim commune-seventy-days: number needs `distractors = [...]`, at least 3 plausible wrong numbers (a year without them draws the essay's other years)"
        ),
    );
    assert_mentions(
        &errors_after(
            count,
            "[claim.number]\nquestion = \"In what year was the Paris Commune?\"\nanswer = 1871\nkind = \"year\"\ndistractors = [1848, 1871, 1905]\n",
        ),
        "claim commune-seventy-days: number distractor 1871 is the answer",
    );
    let good = GOOD.replacen(
        count,
        "[claim.number]\nquestion = \"In what year was the Paris Commune?\"\nanswer = 1871\nkind = \"year\"\ndistractors = [1848, 1905, 1917]\nbackground = true\n",
        1,
    );
    // `background` belongs to the claim, not to a form: the file's shape says where it goes.
    assert!(load(&[("a.toml", &good)], POOLS).is_err());
    let good = GOOD
        .replacen(
            count,
            "[claim.number]\nquestion = \"In what year was the Paris Commune?\"\nanswer = 1871\nkind = \"year\"\ndistractors = [1848, 1905, 1917]\n",
            1,
        )
        .replacen(
            "says = \"The Commune survived for only seventy days.\"\n",
            "says = \"The Commune survived for only seventy days.\"\nbackground = true\n",
            1,
        );
    let bank = load(&[("a.toml", &good)], POOLS).unwrap_or_else(|e| panic!("{e:?}"));
    let commune = &bank.claims[0];
    assert!(commune.is_background);
    assert_eq!(
        commune.number.as_ref().unwrap().distractors,
        [1848, 1905, 1917]
    );
}
