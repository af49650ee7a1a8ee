//! Shared links: what they hold, and a clear message for each thing that can be wrong.

use essay_quiz::bank::{BANK, Form, FormSet, SectionSet};
use essay_quiz::link::{self, LinkError, QuizLink};
use essay_quiz::quiz::Settings;
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
            bank: Some(BANK.version.to_owned())
        }
    );
    assert!(!parsed.is_from_other_bank(&BANK));
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
