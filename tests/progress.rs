//! Saved results: the stored format, and what happens to damaged, newer and foreign data.

use essay_quiz::bank::{BANK, Form};
use essay_quiz::progress::{
    AnswerRecord, QuizRecord, RESULT_PREFIX, SCHEMA, SCHEMA_KEY, Saved, Unreadable, parse_record,
};
use essay_quiz::quiz::Settings;
use essay_quiz::rng::Seed;

fn record(finished_at: u64, right: usize, of: usize) -> QuizRecord {
    let answers = (0..of)
        .map(|i| AnswerRecord {
            claim: BANK.claims[i].id.to_string(),
            form: Form::Choice,
            correct: i < right,
            evidence: None,
        })
        .collect();
    QuizRecord::new(
        &BANK,
        Seed(42),
        Settings {
            count: of as u8,
            ..Settings::standard(&BANK)
        },
        finished_at,
        answers,
    )
}

#[test]
fn a_record_round_trips_through_its_stored_form() {
    let r = record(1_700_000_000_000, 7, 10);
    assert_eq!(r.score, 7);
    assert_eq!(r.total(), 10);
    assert_eq!(parse_record(&r.to_json()), Ok(r.clone()));
    assert_eq!(r.key(), format!("{RESULT_PREFIX}1700000000000-16"));
}

#[test]
fn the_version_1_layout_is_fixed() {
    // Saved data outlives builds: a change to this layout needs a schema bump and a migration.
    let json = record(1_700_000_000_000, 1, 2).to_json();
    let expected = format!(
        r#"{{"schema":1,"finished_at":1700000000000,"seed":"16","bank":"{}","count":2,"sections":["I","II","III","IV","V","Afterword"],"forms":["mc","tf","blank","num","order","who","stance","evidence"],"score":1,"answers":[{{"claim":"{}","form":"mc","correct":true}},{{"claim":"{}","form":"mc","correct":false}}]}}"#,
        BANK.version, BANK.claims[0].id, BANK.claims[1].id
    );
    assert_eq!(json, expected);
}

#[test]
fn an_evidence_step_is_an_optional_field_of_version_1() {
    // Written only when the student tried the step; records without it read as before.
    let mut r = record(1_700_000_000_000, 1, 2);
    r.answers[0].evidence = Some(true);
    let json = r.to_json();
    assert!(
        json.contains(r#""correct":true,"evidence":true}"#),
        "{json}"
    );
    assert!(json.contains(r#""correct":false}"#), "{json}");
    assert_eq!(parse_record(&json), Ok(r));
}

#[test]
fn damaged_newer_and_inconsistent_records_are_told_apart() {
    assert_eq!(parse_record("{not json"), Err(Unreadable::Corrupt));
    assert_eq!(parse_record("{\"score\":3}"), Err(Unreadable::Corrupt));
    assert_eq!(parse_record("{\"schema\":0}"), Err(Unreadable::Corrupt));
    assert_eq!(
        parse_record("{\"schema\":2,\"anything\":true}"),
        Err(Unreadable::Newer(2))
    );
    let lying = record(5, 3, 4)
        .to_json()
        .replace("\"score\":3", "\"score\":4");
    assert_eq!(parse_record(&lying), Err(Unreadable::Corrupt));
}

#[test]
fn loading_keeps_what_it_cannot_read_and_ignores_other_apps() {
    let good = record(2_000, 3, 5);
    let saved = Saved::load(vec![
        (good.key(), good.to_json()),
        (
            format!("{RESULT_PREFIX}1-broken"),
            "{\"schema\":1,\"seed\":".to_owned(),
        ),
        ("someone-else.settings".to_owned(), "whatever".to_owned()),
        (
            format!("{RESULT_PREFIX}3-newer"),
            "{\"schema\":7}".to_owned(),
        ),
    ]);
    assert_eq!(saved.records, vec![good]);
    assert_eq!(saved.unreadable, vec![format!("{RESULT_PREFIX}1-broken")]);
    assert_eq!(saved.newer, 1);
    assert!(
        saved.outdated,
        "a newer record means this build must not write"
    );
}

#[test]
fn a_newer_schema_marker_stops_this_build_from_writing() {
    let newer = Saved::load(vec![(SCHEMA_KEY.to_owned(), (SCHEMA + 1).to_string())]);
    assert!(newer.outdated);
    let same = Saved::load(vec![(SCHEMA_KEY.to_owned(), SCHEMA.to_string())]);
    assert!(!same.outdated);
}

#[test]
fn history_shows_the_last_and_the_best() {
    let mut saved = Saved::load(vec![]);
    assert_eq!(saved.summary().count, 0);
    assert!(saved.summary().last.is_none());
    saved.add(record(3_000, 4, 5));
    saved.add(record(1_000, 9, 10));
    saved.add(record(2_000, 10, 20));
    saved.add(record(2_000, 10, 20)); // the same result seen twice (another tab)
    let summary = saved.summary();
    assert_eq!(summary.count, 3);
    assert_eq!(summary.last.map(|r| r.finished_at), Some(3_000));
    assert_eq!(summary.best.map(|r| (r.score, r.total())), Some((9, 10)));
    let order: Vec<u64> = saved.records.iter().map(|r| r.finished_at).collect();
    assert_eq!(order, [1_000, 2_000, 3_000]);
}
