//! Shared links: what they hold, and a clear message for each thing that can be wrong.

use essay_quiz::bank::{BANK, Form, FormSet, SectionSet};
use essay_quiz::link::{self, LinkError, QuizLink};
use essay_quiz::quiz::{Mode, Settings, generate_from};
use essay_quiz::rng::Seed;

fn parse(query: &str) -> Result<Option<QuizLink>, LinkError> {
    link::parse(&BANK, query)
}

fn message(query: &str) -> String {
    parse(query).unwrap_err().to_string()
}

#[test]
fn a_link_round_trips() {
    let settings = Settings {
        count: 20,
        sections: SectionSet::default().with(0, true).with(5, true),
        forms: FormSet::default()
            .with(Form::Truth, true)
            .with(Form::Order, true),
        ..Settings::standard(&BANK)
    };
    let query = link::to_query(&BANK, Seed(987_654), settings);
    assert_eq!(
        query,
        format!(
            "?seed=l62u&count=20&sections=I,Afterword&forms=tf,order&bank={}",
            BANK.version
        )
    );
    let parsed = parse(&query).unwrap().unwrap();
    assert_eq!(
        parsed,
        QuizLink {
            seed: Seed(987_654),
            settings,
            chosen: None,
            title: None,
            bank: Some(BANK.version.to_owned())
        }
    );
    assert!(!parsed.is_from_other_bank(&BANK));
}

#[test]
fn a_link_says_which_mode_made_it_and_a_personal_quiz_carries_its_claims() {
    let exam = Settings {
        mode: Mode::Exam,
        minutes: 10,
        ..Settings::standard(&BANK)
    };
    let query = link::to_query(&BANK, Seed(5), exam);
    assert!(query.ends_with("&mode=exam&minutes=10"), "{query}");
    assert_eq!(parse(&query).unwrap().unwrap().settings, exam);

    // A Due now quiz, drawn from one student's record, reproduces for anyone: the link names
    // its claims, and no schedule.
    let due = Settings {
        mode: Mode::Due,
        count: 3,
        ..Settings::standard(&BANK)
    };
    let quiz = generate_from(&BANK, Seed(77), due, &[40, 3, 200]);
    let query = link::quiz_query(&BANK, &quiz);
    assert!(
        query.contains("&mode=due") && query.ends_with("&claims=14.3.5k"),
        "{query}"
    );
    let parsed = parse(&query).unwrap().unwrap();
    assert_eq!(parsed.chosen, Some(vec![40, 3, 200]));
    assert_eq!(
        generate_from(
            &BANK,
            parsed.seed,
            parsed.settings,
            parsed.chosen.as_deref().unwrap()
        ),
        quiz
    );
}

#[test]
fn an_assigned_link_carries_its_title_and_fixed_settings() {
    let exam = Settings {
        mode: Mode::Exam,
        minutes: 20,
        count: 15,
        ..Settings::standard(&BANK)
    };
    let query = link::assigned_query(&BANK, Seed(8), exam, "Week 3: Kronstadt & Tambov");
    assert!(
        query.ends_with("&title=Week%203%3A%20Kronstadt%20%26%20Tambov"),
        "{query}"
    );
    let parsed = parse(&query).unwrap().unwrap();
    assert_eq!(parsed.title.as_deref(), Some("Week 3: Kronstadt & Tambov"));
    assert_eq!(parsed.settings, exam);
    // A personal mode cannot be assigned: its claims would be one student's.
    assert!(message("?seed=a&mode=due&claims=1&title=x").contains("way of taking the quiz"));
}

#[test]
fn a_bad_mode_time_limit_or_claim_list_is_explained() {
    assert!(message("?seed=a&mode=cram").contains("a way of taking the quiz (“cram”)"));
    assert!(message("?seed=a&mode=exam&minutes=999").contains("time limit “999”"));
    assert!(message("?seed=a&mode=due").contains("no list of questions"));
    assert!(message("?seed=a&mode=due&claims=1..2").contains("list of questions “1..2”"));
    assert!(message("?seed=a&mode=due&claims=zz").contains("list of questions “zz”"));
    // From another bank version the claim numbers mean other claims: they are not used.
    let other = parse("?seed=a&mode=due&claims=zz&bank=0000")
        .unwrap()
        .unwrap();
    assert_eq!(other.chosen, None);
}

#[test]
fn no_seed_means_no_quiz_and_missing_settings_take_defaults() {
    assert_eq!(parse(""), Ok(None));
    assert_eq!(parse("?utm_source=mail"), Ok(None));
    let link = parse("?seed=abc").unwrap().unwrap();
    assert_eq!(link.settings, Settings::standard(&BANK));
    assert_eq!(link.bank, None);
}

#[test]
fn percent_encoded_values_are_read() {
    let link = parse("?seed=ABC&sections=I%2CII&forms=mc%2Ctf")
        .unwrap()
        .unwrap();
    assert_eq!(link.seed, "abc".parse().unwrap());
    assert_eq!(link.settings.sections.iter().collect::<Vec<_>>(), [0, 1]);
}

#[test]
fn each_mistake_gets_its_own_message() {
    assert_eq!(
        message("?seed=k3-x"),
        "The quiz number “k3-x” in this link is not valid: “-” is not a letter or digit."
    );
    assert_eq!(
        message("?seed=zzzzzzzzz"),
        "The quiz number “zzzzzzzzz” in this link is not valid: it is too large (at most 7 characters, up to “1z141z3”)."
    );
    assert_eq!(
        message("?seed="),
        "The quiz number “” in this link is not valid: it is empty."
    );
    for count in ["0", "51", "ten", "-3"] {
        assert_eq!(
            message(&format!("?seed=a&count={count}")),
            format!(
                "The question count “{count}” in this link is not valid: it must be a whole number from 1 to 50."
            )
        );
    }
    assert_eq!(
        message("?seed=a&sections=I,VI"),
        "This link asks for a section “VI”, which the essay does not have."
    );
    assert_eq!(
        message("?seed=a&forms=mc,essay"),
        "This link asks for a question form “essay” that this app does not know."
    );
    assert_eq!(message("?seed=a&sections=,"), "This link has no sections.");
}

#[test]
fn a_link_from_another_bank_says_so() {
    let link = parse("?seed=a&bank=00000000").unwrap().unwrap();
    assert!(link.is_from_other_bank(&BANK));
}
