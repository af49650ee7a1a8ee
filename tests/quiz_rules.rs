//! Default quizzes need the essay: simple rules of option-reading score near chance on them,
//! no question gives another's answer away, at least six questions in ten test the argument and
//! at most one in five asks a background fact. Each rule is also shown to catch a quiz that
//! breaks it.

use essay_quiz::bank::{BANK, Form, View};
use essay_quiz::quiz::{
    ARGUMENT_TENTHS, BACKGROUND_EVERY, Body, Question, Settings, generate, gives_away,
    tests_argument,
};
use essay_quiz::review::rules::{self, Item, Scores};
use essay_quiz::rng::Seed;

const QUIZZES: u32 = 600;

fn default_quizzes() -> Vec<essay_quiz::quiz::Quiz> {
    (0..QUIZZES)
        .map(|i| {
            generate(
                &BANK,
                Seed(i.wrapping_mul(2_654_435_761)),
                Settings::standard(&BANK),
            )
        })
        .collect()
}

#[test]
fn option_reading_rules_score_near_chance_on_default_quizzes() {
    let quizzes = default_quizzes();
    let survey = rules::survey(&BANK, &quizzes);
    let failed = rules::failures(&survey.scores);
    assert!(failed.is_empty(), "{failed:#?}\n{:#?}", survey.scores);
    // Every rule was measured on items of its own.
    let s = &survey.scores;
    for (what, score) in [
        ("choice", s.fewest_shared),
        ("number", s.number_in_essay),
        ("evidence", s.evidence_overlap),
        ("stance", s.stance_key),
        ("truth", s.truth_length),
        ("absolute word", s.absolute_word),
    ] {
        assert!(score.is_some(), "no {what} items in {QUIZZES} quizzes");
    }
}

#[test]
fn a_default_quiz_is_mostly_argument_with_little_background_and_no_giveaways() {
    for quiz in default_quizzes() {
        let n = quiz.questions.len();
        let claim = |q: &Question| &BANK.claims[usize::from(q.claim)];
        let argument = quiz
            .questions
            .iter()
            .filter(|q| tests_argument(claim(q), q.form))
            .count();
        assert!(
            argument * 10 >= n * ARGUMENT_TENTHS,
            "seed {}: {argument} of {n} on the argument",
            quiz.seed
        );
        let background = quiz
            .questions
            .iter()
            .filter(|q| claim(q).background)
            .count();
        assert!(
            background <= n / BACKGROUND_EVERY,
            "seed {}: {background} background questions",
            quiz.seed
        );
        assert_eq!(rules::giveaways(&BANK, &quiz), [], "seed {}", quiz.seed);
    }
}

#[test]
fn asking_for_background_lifts_the_cap() {
    let with = Settings {
        background: true,
        count: 20,
        ..Settings::standard(&BANK)
    };
    let most = (0..200)
        .map(|i| {
            let quiz = generate(&BANK, Seed(i), with);
            quiz.questions
                .iter()
                .filter(|q| BANK.claims[usize::from(q.claim)].background)
                .count()
        })
        .max()
        .unwrap();
    assert!(
        most > 20 / BACKGROUND_EVERY,
        "at most {most} background questions"
    );
}

fn choice(options: &[&str], answer: usize, passage: &str) -> Item {
    Item::Choice {
        options: options.iter().map(|s| (*s).to_owned()).collect(),
        answer,
        passage: passage.to_owned(),
    }
}

fn stance(statement: &str, key: View) -> Item {
    Item::Stance {
        statement: statement.to_owned(),
        key,
    }
}

fn fails(items: &[Item], rule: &str) {
    let scores: Scores = rules::score(items, &rules::essay_text(&BANK));
    let failed = rules::failures(&scores);
    assert!(
        failed.iter().any(|f| f.contains(rule)),
        "“{rule}” not caught: {failed:?} {scores:?}"
    );
}

#[test]
fn each_rule_catches_a_quiz_that_breaks_it() {
    let passage = "The sailors at the Kronstadt naval base revolted in March 1921, calling for new elections to the soviets.";
    // The right option is the one that shares no words with the passage.
    fails(
        &[choice(
            &[
                "Tambov peasants",
                "Kronstadt sailors revolted",
                "new soviets elections",
                "March sailors base",
            ],
            0,
            passage,
        )],
        "fewest words with the passage",
    );
    fails(
        &[choice(
            &[
                "Kronstadt sailors revolted",
                "Tambov peasants",
                "Moscow students",
                "Odessa dockers",
            ],
            0,
            passage,
        )],
        "most words with the passage",
    );
    // Near misses the essay never names, around the one it does.
    fails(
        &[Item::Number {
            options: ["1921", "1915", "1926", "1931"].map(String::from).to_vec(),
            answer: 0,
        }],
        "the number the essay names",
    );
    fails(
        &[Item::Evidence {
            statement: "The Kronstadt sailors revolted for new elections to the soviets."
                .to_owned(),
            options: [
                passage,
                "Lenin sent Kalinin.",
                "Serge stayed loyal.",
                "The NEP followed.",
            ]
            .map(String::from)
            .to_vec(),
            answer: 0,
        }],
        "sentence sharing most words",
    );
    fails(
        &[
            stance("Lenin sent Kalinin.", View::Argues),
            stance("Serge stayed loyal.", View::Argues),
            stance("The NEP followed.", View::Rejects),
        ],
        "always the same stance",
    );
    // Every doctored statement says "only" or "nobody"; no true one does.
    fails(
        &[
            stance("Only the sailors revolted.", View::Rejects),
            stance("Nobody in the party objected.", View::Rejects),
            stance("The sailors revolted in 1921.", View::Argues),
            Item::Truth {
                statement: "The soviets lost their life only under the NEP.".to_owned(),
                is_true: false,
            },
            Item::Truth {
                statement: "The soviets ceased to function under War Communism.".to_owned(),
                is_true: true,
            },
        ],
        "absolute word",
    );
    // True statements long, false ones short.
    let truth = |words: usize, is_true: bool| Item::Truth {
        statement: vec!["word"; words].join(" "),
        is_true,
    };
    fails(
        &[
            truth(20, true),
            truth(22, true),
            truth(10, false),
            truth(12, false),
        ],
        "by the statement's length",
    );
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

#[test]
fn a_question_that_shows_another_ones_answer_is_caught() {
    let index = |pred: &dyn Fn(&essay_quiz::bank::Claim) -> bool| {
        BANK.claims.iter().position(pred).unwrap() as u16
    };
    let truth = |claim: u16, statement: &'static str| Question {
        claim,
        form: Form::Truth,
        body: Body::Truth {
            statement,
            correction: None,
        },
    };
    // A blank, and a statement elsewhere that holds the word it wants.
    let b = index(&|c| c.blank.is_some());
    let blank = BANK.claims[usize::from(b)].blank.as_ref().unwrap();
    let blank_q = Question {
        claim: b,
        form: Form::Blank,
        body: Body::Blank {
            text: blank.text.as_str(),
        },
    };
    let other = index(&|c| c.truth.is_some() && c.blank.is_none());
    let word = blank.answers[0].as_str();
    assert!(gives_away(
        &BANK,
        &blank_q,
        &truth(other, leak(format!("Some called it “{word}” at the time.")))
    ));
    assert!(!gives_away(
        &BANK,
        &blank_q,
        &truth(other, "Some called it something else at the time.")
    ));
    // A year question, and a statement that names its year.
    let n = index(&|c| c.number.is_some());
    let year = BANK.claims[usize::from(n)].number.as_ref().unwrap().answer;
    let number_q = Question {
        claim: n,
        form: Form::Number,
        body: Body::Choice {
            prompt: BANK.claims[usize::from(n)]
                .number
                .as_ref()
                .unwrap()
                .question
                .as_str(),
            options: Vec::new(),
            answer: 0,
        },
    };
    assert!(gives_away(
        &BANK,
        &number_q,
        &truth(other, leak(format!("It all happened in {year}.")))
    ));
    // A find-the-evidence question that offers the sentence proving another claim.
    let proved = &BANK.claims[usize::from(other)];
    let evidence_q = Question {
        claim: b,
        form: Form::Evidence,
        body: Body::Evidence {
            sentences: vec![BANK.key_ref(proved)],
            answer: 0,
        },
    };
    assert!(gives_away(
        &BANK,
        &truth(other, proved.says.as_str()),
        &evidence_q
    ));
}
