//! The progress screen's charts, drawn as SVG by the app: scores over time, and how often the
//! student is right at each confidence. Each has a table beside it as its text alternative.

use essay_quiz::progress::{Confidence, QuizRecord};
use essay_quiz::study::Tally;
use yew::prelude::*;

use crate::ui::browser::short_date;

/// How many of the latest quizzes the score chart shows.
const SCORES: usize = 20;
/// The charts' drawing box in whole units (no float formatting, which would cost the app
/// kilobytes); the SVG scales to the width of the screen.
const W: u32 = 320;
const H: u32 = 160;
/// Room for the axis labels.
const LEFT: u32 = 34;
const BOTTOM: u32 = 20;
const TOP: u32 = 8;

/// A whole percentage, rounded.
fn percent(right: u32, of: u32) -> u32 {
    if of == 0 {
        0
    } else {
        (right * 200 + of) / (2 * of)
    }
}

fn y_of(pct: u32) -> u32 {
    TOP + (H - TOP - BOTTOM) * (100 - pct.min(100)) / 100
}

/// Horizontal lines and labels at 0, 50 and 100%.
fn grid() -> Html {
    html! {
        { for [0, 50, 100].iter().map(|&p| html! {
            <>
                <line class="grid" x1={LEFT.to_string()} x2={W.to_string()} y1={y_of(p).to_string()} y2={y_of(p).to_string()} />
                <text class="axis" x={(LEFT - 4).to_string()} y={(y_of(p) + 4).to_string()} text-anchor="end">{ format!("{p}%") }</text>
            </>
        }) }
    }
}

pub struct ScoresProps<'a> {
    pub records: &'a [QuizRecord],
}

pub fn scores_chart(props: &ScoresProps<'_>) -> Html {
    let recent: Vec<&QuizRecord> = props
        .records
        .iter()
        .rev()
        .take(SCORES)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let span = u32::try_from(recent.len().max(2) - 1).unwrap_or(1);
    let points: Vec<(u32, u32)> = (0u32..)
        .zip(&recent)
        .map(|(i, r)| {
            let x = LEFT + 8 + (W - LEFT - 16) * i / span;
            (x, y_of(percent(r.score, r.total())))
        })
        .collect();
    let line: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
    let summary = match recent.as_slice() {
        [] => "No quizzes yet.".to_owned(),
        [only] => format!("One quiz so far: {}%.", percent(only.score, only.total())),
        [first, .., last] => format!(
            "The last {} quizzes, from {}% to {}%.",
            recent.len(),
            percent(first.score, first.total()),
            percent(last.score, last.total())
        ),
    };
    html! {
        <figure class="card chart" aria-labelledby="scores-title">
            <h2 id="scores-title">{ "Scores over time" }</h2>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="scores-title scores-desc" class="chart-svg">
                <desc id="scores-desc">{ summary.clone() }</desc>
                { grid() }
                if points.len() > 1 {
                    <polyline class="series" points={line.join(" ")} />
                }
                { for points.iter().map(|(x, y)| html! {
                    <circle class="dot" cx={x.to_string()} cy={y.to_string()} r="4" />
                }) }
            </svg>
            <figcaption class="muted">{ summary }</figcaption>
            if !recent.is_empty() {
                <details>
                    <summary>{ "The scores as a table" }</summary>
                    <table>
                        <thead><tr><th scope="col">{ "Finished" }</th><th scope="col">{ "How" }</th><th scope="col">{ "Score" }</th></tr></thead>
                        <tbody>
                            { for recent.iter().rev().map(|r| html! {
                                <tr>
                                    <td>{ short_date(r.finished_at) }</td>
                                    <td>{ r.mode.label() }</td>
                                    <td>{ format!("{} of {} ({}%)", r.score, r.total(), percent(r.score, r.total())) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </figure>
    }
}

pub struct CalibrationProps {
    pub calibration: [Tally; 3],
}

/// How often the student was right when they said they guessed, were fairly sure, were sure.
pub fn calibration_chart(props: &CalibrationProps) -> Html {
    let answered: u32 = props.calibration.iter().map(|t| t.answered).sum();
    let slot = (W - LEFT) / 3;
    let bars = (0u32..).zip(Confidence::ALL.iter().zip(props.calibration)).map(|(i, (c, t))| {
        let pct = percent(t.right, t.answered);
        let x = LEFT + slot * i + slot / 5;
        let y = y_of(pct);
        let middle = (x + slot * 3 / 10).to_string();
        html! {
            <>
                if t.answered > 0 {
                    <rect class="bar" x={x.to_string()} y={y.to_string()}
                        width={(slot * 3 / 5).to_string()} height={(y_of(0) - y).to_string()} />
                    <text class="value" x={middle.clone()} y={(y - 4).to_string()} text-anchor="middle">{ format!("{pct}%") }</text>
                }
                <text class="axis" x={middle} y={(H - 5).to_string()} text-anchor="middle">{ c.label() }</text>
            </>
        }
    });
    let description = if answered == 0 {
        "No answers with a confidence yet.".to_owned()
    } else {
        Confidence::ALL
            .iter()
            .zip(props.calibration)
            .map(|(c, t)| match t.answered {
                0 => format!("{}: no answers", c.label()),
                n => format!(
                    "{}: right {} of {n} ({}%)",
                    c.label(),
                    t.right,
                    percent(t.right, n)
                ),
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    html! {
        <figure class="card chart" aria-labelledby="calibration-title">
            <h2 id="calibration-title">{ "How far to trust your confidence" }</h2>
            <p class="muted">{ "How often you were right when you said you guessed, were fairly sure, or were sure. Well calibrated, the bars climb from left to right, and “sure” is right nearly always." }</p>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="calibration-title calibration-desc" class="chart-svg">
                <desc id="calibration-desc">{ description.clone() }</desc>
                { grid() }
                { for bars }
            </svg>
            <table class="compact" data-testid="calibration-table">
                <thead><tr><th scope="col">{ "You said" }</th><th scope="col">{ "Right" }</th></tr></thead>
                <tbody>
                    { for Confidence::ALL.iter().zip(props.calibration).map(|(c, t)| html! {
                        <tr>
                            <td>{ c.label() }</td>
                            <td>{ match t.answered {
                                0 => "no answers yet".to_owned(),
                                n => format!("{} of {n} ({}%)", t.right, percent(t.right, n)),
                            } }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
