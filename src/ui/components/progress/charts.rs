//! The progress screen's charts, drawn as SVG by the app: scores over time, and how often the
//! student is right at each confidence. Each has a table beside it as its text alternative.

use std::rc::Rc;

use essay_quiz::progress::{Confidence, QuizRecord};
use essay_quiz::study::Tally;
use yew::prelude::*;

use crate::ui::browser::short_date;

/// How many of the latest quizzes the score chart shows.
const SCORES: usize = 20;
/// The charts' drawing box; the SVG scales to the width of the screen.
const W: f64 = 320.0;
const H: f64 = 160.0;
/// Room for the axis labels.
const LEFT: f64 = 34.0;
const BOTTOM: f64 = 20.0;
const TOP: f64 = 8.0;

fn percent(right: u32, of: u32) -> f64 {
    if of == 0 {
        0.0
    } else {
        f64::from(right) * 100.0 / f64::from(of)
    }
}

fn y_of(pct: f64) -> f64 {
    TOP + (H - TOP - BOTTOM) * (1.0 - pct / 100.0)
}

/// Horizontal lines and labels at 0, 50 and 100%.
fn grid() -> Html {
    html! {
        { for [0.0, 50.0, 100.0].iter().map(|&p| html! {
            <>
                <line class="grid" x1={LEFT.to_string()} x2={W.to_string()} y1={y_of(p).to_string()} y2={y_of(p).to_string()} />
                <text class="axis" x={(LEFT - 4.0).to_string()} y={(y_of(p) + 4.0).to_string()} text-anchor="end">{ format!("{p}%") }</text>
            </>
        }) }
    }
}

#[derive(Properties, PartialEq)]
pub struct ScoresProps {
    pub records: Rc<Vec<QuizRecord>>,
}

#[function_component(ScoresChart)]
pub fn scores_chart(props: &ScoresProps) -> Html {
    let recent: Vec<&QuizRecord> = props
        .records
        .iter()
        .rev()
        .take(SCORES)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let points: Vec<(f64, f64)> = recent
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let span = (recent.len().max(2) - 1) as f64;
            let x = LEFT + 8.0 + (W - LEFT - 16.0) * i as f64 / span;
            (x, y_of(percent(r.score, r.total())))
        })
        .collect();
    let line: Vec<String> = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect();
    let summary = match recent.as_slice() {
        [] => "No quizzes yet.".to_owned(),
        [only] => format!(
            "One quiz so far: {}%.",
            percent(only.score, only.total()).round()
        ),
        [first, .., last] => format!(
            "The last {} quizzes, from {}% to {}%.",
            recent.len(),
            percent(first.score, first.total()).round(),
            percent(last.score, last.total()).round()
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
                    <circle class="dot" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4" />
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
                                    <td>{ format!("{} of {} ({}%)", r.score, r.total(), percent(r.score, r.total()).round()) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct CalibrationProps {
    pub calibration: [Tally; 3],
}

/// How often the student was right when they said they guessed, were fairly sure, were sure.
#[function_component(CalibrationChart)]
pub fn calibration_chart(props: &CalibrationProps) -> Html {
    let answered: u32 = props.calibration.iter().map(|t| t.answered).sum();
    let slot = (W - LEFT) / 3.0;
    let bars = Confidence::ALL.iter().zip(props.calibration).enumerate().map(|(i, (c, t))| {
        let pct = percent(t.right, t.answered);
        let x = LEFT + slot * i as f64 + slot * 0.2;
        let y = y_of(pct);
        html! {
            <>
                if t.answered > 0 {
                    <rect class={classes!("bar", format!("bar-{i}"))} x={format!("{x:.1}")} y={format!("{y:.1}")}
                        width={format!("{:.1}", slot * 0.6)} height={format!("{:.1}", y_of(0.0) - y)} />
                    <text class="value" x={format!("{:.1}", x + slot * 0.3)} y={format!("{:.1}", y - 4.0)} text-anchor="middle">{ format!("{}%", pct.round()) }</text>
                }
                <text class="axis" x={format!("{:.1}", x + slot * 0.3)} y={(H - 5.0).to_string()} text-anchor="middle">{ c.label() }</text>
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
                    percent(t.right, n).round()
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
                                n => format!("{} of {n} ({}%)", t.right, percent(t.right, n).round()),
                            } }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
