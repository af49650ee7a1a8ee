//! One assigned quiz's results: each student's score and answers, then each question's share
//! of right answers and the wrong answers most chosen, the hardest first, with the essay's words.

use essay_quiz::bank::BANK;
use essay_quiz::session::Action;
use essay_quiz::teacher::Class;
use yew::prelude::*;

use super::super::quote::quote;

pub struct ClassProps<'a> {
    pub class: &'a Class,
    pub on_action: &'a Callback<Action>,
}

pub fn class_results(props: &ClassProps<'_>) -> Html {
    let c = &props.class;
    let total = c.quiz.questions.len();
    html! {
        <div class="class" data-testid="class">
            <h3>{ format!("“{}”: {} student{}", c.title, c.students.len(), if c.students.len() == 1 { "" } else { "s" }) }</h3>
            <table data-testid="students">
                <thead><tr><th scope="col">{ "Student" }</th><th scope="col">{ "Score" }</th></tr></thead>
                <tbody>
                    { for c.students.iter().map(|s| html! {
                        <tr>
                            <td>
                                { if s.name.is_empty() { "(no name)".to_owned() } else { s.name.clone() } }
                                if let Some(flag) = &s.flag {
                                    <span class="flag" data-testid="student-flag">{ format!(" — {flag}") }</span>
                                }
                            </td>
                            <td>{ format!("{} of {}", s.score, s.total) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <details>
                <summary>{ "Each student's answers" }</summary>
                { for c.students.iter().map(|s| html! {
                    <div class="student-answers">
                        <h4>{ if s.name.is_empty() { "(no name)".to_owned() } else { s.name.clone() } }</h4>
                        <ol>
                            { for s.answers.iter().map(|(text, ok)| html! {
                                <li class={classes!(if *ok { "right" } else { "wrong" })}>
                                    { if *ok { "Right: " } else { "Wrong: " } }{ text.clone() }
                                </li>
                            }) }
                        </ol>
                    </div>
                }) }
            </details>
            <h4>{ "Question by question, the hardest first" }</h4>
            <ol class="items" data-testid="items">
                { for c.items.iter().map(|item| {
                    let q = &item.question;
                    html! {
                        <li class="item card">
                            <p>
                                <strong>{ format!("Question {} of {total}: {}% right", item.index + 1, item.percent()) }</strong>
                                <span class="muted">{ format!(" ({} of {})", item.right, item.students) }</span>
                            </p>
                            <p class="review-prompt">{ q.prompt() }</p>
                            if let Some(st) = q.statement(&BANK) {
                                <blockquote class="statement">{ st }</blockquote>
                            }
                            <p><span class="muted">{ "Right answer: " }</span>{ q.answer_text(&BANK) }</p>
                            if !item.wrong.is_empty() {
                                <p class="muted">{ "Wrong answers given:" }</p>
                                <ul class="wrong-answers">
                                    { for item.wrong.iter().map(|(text, n)| html! { <li>{ format!("{text} ({n})") }</li> }) }
                                </ul>
                            }
                            { quote(q.claim, None, props.on_action) }
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
