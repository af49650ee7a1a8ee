//! Saved results: the stored format (schema 2), the upgrade of schema 1 results, and what
//! happens to damaged, newer and foreign data.

use essay_quiz::bank::{BANK, Form};
use essay_quiz::json::Json;
use essay_quiz::progress::{
    AnswerRecord, BACKUP_PREFIX, Confidence, QuizRecord, RESULT_PREFIX, SCHEMA, SCHEMA_KEY, Saved,
    Unreadable, local_day, parse_record,
};
use essay_quiz::quiz::Settings;
use essay_quiz::rng::Seed;
use essay_quiz::study::Study;

/// Central European time in winter: an hour ahead of UTC.
const OFFSET: i32 = -60;

fn answer(i: usize, correct: bool, at: u64) -> AnswerRecord {
    AnswerRecord {
        claim: BANK.claims[i].id.to_string(),
        form: Form::Choice,
        correct,
        partners: Vec::new(),
        at,
        day: local_day(at, OFFSET),
        confidence: None,
        evidence: None,
        skipped: false,
    }
}

fn record(finished_at: u64, right: usize, of: usize) -> QuizRecord {
    let answers = (0..of).map(|i| answer(i, i < right, finished_at)).collect();
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

/// localStorage of a student on the release before schema 2 (tests/fixtures).
fn schema1_profile() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/profile-schema1.json"
    ))
    .unwrap();
    Json::parse(&text)
        .unwrap()
        .get("entries")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let pair = e.as_array().unwrap();
            (
                pair[0].as_str().unwrap().to_owned(),
                pair[1].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_record_round_trips_through_its_stored_form() {
    let mut r = record(1_700_000_000_000, 7, 10);
    r.answers[0].confidence = Some(Confidence::Sure);
    r.answers[1].evidence = Some(false);
    r.answers[2].partners = vec![(BANK.claims[9].id.to_string(), true)];
    r.answers[3].skipped = true;
    assert_eq!(r.score, 7);
    assert_eq!(r.total(), 10);
    assert_eq!(parse_record(&r.to_json(), OFFSET), Ok(r.clone()));
    assert_eq!(r.key(), format!("{RESULT_PREFIX}1700000000000-16"));
}

#[test]
fn the_version_2_layout_is_fixed() {
    // Saved data outlives builds: a change to this layout needs a schema bump and an upgrade.
    let mut r = record(1_700_000_000_000, 1, 2);
    r.answers[0].confidence = Some(Confidence::FairlySure);
    let expected = format!(
        r#"{{"schema":2,"finished_at":1700000000000,"seed":"16","bank":"{}","mode":"learn","count":2,"sections":["I","II","III","IV","V","Afterword"],"forms":["mc","tf","blank","num","order","who","stance","evidence"],"score":1,"answers":[{{"claim":"{}","form":"mc","correct":true,"at":1700000000000,"day":19675,"confidence":"fairly-sure"}},{{"claim":"{}","form":"mc","correct":false,"at":1700000000000,"day":19675}}]}}"#,
        BANK.version, BANK.claims[0].id, BANK.claims[1].id
    );
    assert_eq!(r.to_json(), expected);
}

#[test]
fn the_local_day_follows_the_student_s_time_zone() {
    // 23:30 UTC on 14 Nov 2023 is already 15 Nov in Berlin, still 14 Nov in New York.
    let at = 1_700_004_600_000;
    assert_eq!(local_day(at, 0), 19_675);
    assert_eq!(local_day(at, -60), 19_676);
    assert_eq!(local_day(at, 300), 19_675);
    assert_eq!(local_day(0, 60), -1);
}

#[test]
fn damaged_newer_and_inconsistent_records_are_told_apart() {
    assert_eq!(parse_record("{not json", OFFSET), Err(Unreadable::Corrupt));
    assert_eq!(
        parse_record("{\"score\":3}", OFFSET),
        Err(Unreadable::Corrupt)
    );
    assert_eq!(
        parse_record("{\"schema\":0}", OFFSET),
        Err(Unreadable::Corrupt)
    );
    assert_eq!(
        parse_record("{\"schema\":3,\"anything\":true}", OFFSET),
        Err(Unreadable::Newer(3))
    );
    let lying = record(5, 3, 4)
        .to_json()
        .replace("\"score\":3", "\"score\":4");
    assert_eq!(parse_record(&lying, OFFSET), Err(Unreadable::Corrupt));
    let bad_confidence = record(5, 3, 4).to_json().replacen(
        "\"correct\":true",
        "\"correct\":true,\"confidence\":\"certain\"",
        1,
    );
    assert_eq!(
        parse_record(&bad_confidence, OFFSET),
        Err(Unreadable::Corrupt)
    );
}

#[test]
fn schema_1_results_are_read_and_planned_for_upgrade_and_damaged_ones_kept() {
    let saved = Saved::load(schema1_profile(), OFFSET);
    // Three good results, oldest first; the cut and the lying ones are reported, not touched.
    assert_eq!(saved.records.len(), 3);
    assert!(saved.records.iter().all(|r| r.schema == 1));
    assert_eq!(
        saved.unreadable,
        [
            format!("{RESULT_PREFIX}1763172800000-zz9"),
            format!("{RESULT_PREFIX}1763345600000-lie1")
        ]
    );
    assert!(
        !saved.outdated,
        "a schema 1 marker does not stop this build"
    );
    // Each good result gets an upgrade: the same result at schema 2, each answer dated by the
    // quiz's end.
    assert_eq!(saved.upgrades.len(), 3);
    for up in &saved.upgrades {
        let before = saved.records.iter().find(|r| r.key() == up.key).unwrap();
        let after = parse_record(&up.new, OFFSET).unwrap();
        assert_eq!(after.schema, SCHEMA);
        assert_eq!(
            (after.score, after.total(), &after.answers),
            (before.score, before.total(), &before.answers)
        );
        assert!(after.answers.iter().all(|a| a.at == before.finished_at));
        assert_eq!(up.old, saved_value(&up.key));
        assert_eq!(up.backup_key(), format!("{BACKUP_PREFIX}{}", up.key));
    }
    // Upgraded, the profile loads the same results with nothing left to upgrade.
    let upgraded: Vec<(String, String)> = schema1_profile()
        .into_iter()
        .map(|(k, v)| match saved.upgrades.iter().find(|u| u.key == k) {
            Some(u) => (k, u.new.clone()),
            None => (k, v),
        })
        .collect();
    let again = Saved::load(upgraded, OFFSET);
    assert!(again.upgrades.is_empty());
    assert_eq!(
        again
            .records
            .iter()
            .map(|r| (r.key(), r.score, r.answers.clone()))
            .collect::<Vec<_>>(),
        saved
            .records
            .iter()
            .map(|r| (r.key(), r.score, r.answers.clone()))
            .collect::<Vec<_>>()
    );
}

fn saved_value(key: &str) -> String {
    schema1_profile()
        .into_iter()
        .find(|(k, _)| k == key)
        .unwrap()
        .1
}

#[test]
fn past_results_seed_the_memory_of_each_claim() {
    let saved = Saved::load(schema1_profile(), OFFSET);
    let study = Study::from_records(&BANK, &saved.records);
    let seen: usize = study.claims.iter().filter(|c| c.is_seen()).count();
    // Claims answered in the three good results (one twice): each still in the bank has a
    // memory now (a claim the bank has since dropped has none).
    let answered: std::collections::BTreeSet<&str> = saved
        .records
        .iter()
        .flat_map(|r| r.answers.iter().map(|a| a.claim.as_str()))
        .filter(|id| BANK.claim_index(id).is_some())
        .collect();
    assert!(answered.len() >= 3, "{answered:?}");
    assert_eq!(seen, answered.len());
    // The claim answered wrong, then right a day later, then wrong two days on: due again soon.
    let twice = BANK
        .claim_index(&saved.records[0].answers[1].claim)
        .unwrap();
    assert_eq!(
        (study.claims[twice].right, study.claims[twice].wrong),
        (1, 2)
    );
}

#[test]
fn a_backup_left_by_an_unfinished_upgrade_still_gives_its_result() {
    let r = record(9_000, 2, 3);
    let backup = format!("{BACKUP_PREFIX}{}", r.key());
    // The upgrade wrote the backup, then the new value came back damaged.
    let saved = Saved::load(
        vec![
            (backup.clone(), r.to_json()),
            (r.key(), "{\"schema\":2,".to_owned()),
        ],
        OFFSET,
    );
    assert_eq!(saved.records, vec![r]);
    assert!(
        saved.unreadable.is_empty(),
        "the damaged copy is covered by the backup"
    );
    assert_eq!(saved.backups, vec![backup]);
}

#[test]
fn loading_keeps_what_it_cannot_read_and_ignores_other_apps() {
    let good = record(2_000, 3, 5);
    let saved = Saved::load(
        vec![
            (good.key(), good.to_json()),
            (
                format!("{RESULT_PREFIX}1-broken"),
                "{\"schema\":2,\"seed\":".to_owned(),
            ),
            ("someone-else.settings".to_owned(), "whatever".to_owned()),
            (
                format!("{RESULT_PREFIX}3-newer"),
                "{\"schema\":7}".to_owned(),
            ),
            (
                "essay-quiz.prefs".to_owned(),
                "{\"theme\":\"sepia\"}".to_owned(),
            ),
        ],
        OFFSET,
    );
    assert_eq!(saved.records, vec![good]);
    assert_eq!(saved.unreadable, vec![format!("{RESULT_PREFIX}1-broken")]);
    assert_eq!(saved.newer, 1);
    assert!(
        saved.outdated,
        "a newer record means this build must not write"
    );
    assert!(saved.prefs_unreadable);
}

#[test]
fn a_newer_schema_marker_stops_this_build_from_writing() {
    let newer = Saved::load(
        vec![(SCHEMA_KEY.to_owned(), (SCHEMA + 1).to_string())],
        OFFSET,
    );
    assert!(newer.outdated);
    let same = Saved::load(vec![(SCHEMA_KEY.to_owned(), SCHEMA.to_string())], OFFSET);
    assert!(!same.outdated);
}

#[test]
fn history_shows_the_last_and_the_best() {
    let mut saved = Saved::load(vec![], OFFSET);
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

#[test]
fn the_export_reminder_waits_a_week_and_for_new_progress() {
    const DAY: u64 = 86_400_000;
    let mut saved = Saved::load(vec![], OFFSET);
    assert!(
        !saved.should_remind_export(100 * DAY),
        "nothing to export yet"
    );
    saved.add(record(10 * DAY, 1, 2));
    assert!(
        !saved.should_remind_export(12 * DAY),
        "the first progress is days old"
    );
    assert!(
        saved.should_remind_export(18 * DAY),
        "a week of progress never exported"
    );
    saved.prefs.exported_at = Some(18 * DAY);
    assert!(
        !saved.should_remind_export(40 * DAY),
        "nothing new since the export"
    );
    saved.add(record(20 * DAY, 1, 2));
    assert!(
        !saved.should_remind_export(24 * DAY),
        "exported less than a week ago"
    );
    assert!(saved.should_remind_export(26 * DAY));
}
