//! FSRS-6, the spaced-repetition scheduler Anki uses: how well a claim is remembered (its
//! stability and difficulty) after each review, and when to review it next. The formulas of
//! the `fsrs` crate (6.6.2), with its default parameters, written out compactly: the crate
//! itself would bring its optimizer's dependencies into the app. `tests/fsrs.rs` checks every
//! result against the crate's.

/// The default parameters of FSRS-6, fitted to the average learner.
pub const PARAMETERS: [f32; 21] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

/// The chance of recall the schedule aims for when a review comes due.
pub const DESIRED_RETENTION: f32 = 0.9;

const S_MIN: f32 = 0.001;
const S_MAX: f32 = 36_500.0;
const D_MIN: f32 = 1.0;
const D_MAX: f32 = 10.0;

/// How a review went, as FSRS grades it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Grade {
    fn value(self) -> f32 {
        f32::from(self as u8)
    }
}

/// What FSRS knows of a claim's memory.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Memory {
    /// Days until the chance of recall falls to 90%.
    pub stability: f32,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f32,
}

fn w(i: usize) -> f32 {
    PARAMETERS[i]
}

fn decay() -> f32 {
    -w(20)
}

fn factor() -> f32 {
    (0.9f32.ln() / decay()).exp() - 1.0
}

fn init_difficulty(grade: f32) -> f32 {
    w(4) - (w(5) * (grade - 1.0)).exp() + 1.0
}

impl Memory {
    /// The memory after a claim's first review.
    pub fn first(grade: Grade) -> Memory {
        Memory {
            stability: w(grade as usize - 1).clamp(S_MIN, S_MAX),
            difficulty: init_difficulty(grade.value()).clamp(D_MIN, D_MAX),
        }
    }

    /// The chance of recall after `days` without a review.
    pub fn retrievability(self, days: f32) -> f32 {
        (days / self.stability * factor() + 1.0).powf(decay())
    }

    /// The memory after a review `days` after the last one (a day or more: only a claim's first
    /// review of a day counts).
    pub fn next(self, days: f32, grade: Grade) -> Memory {
        let (s, d) = (
            self.stability.clamp(S_MIN, S_MAX),
            self.difficulty.clamp(D_MIN, D_MAX),
        );
        let r = self.retrievability(days);
        let g = grade.value();
        let stability = if grade == Grade::Again {
            let after =
                w(11) * d.powf(-w(12)) * ((s + 1.0).powf(w(13)) - 1.0) * ((1.0 - r) * w(14)).exp();
            after.min(s / (w(17) * w(18)).exp())
        } else {
            let hard = if grade == Grade::Hard { w(15) } else { 1.0 };
            let easy = if grade == Grade::Easy { w(16) } else { 1.0 };
            s * (w(8).exp()
                * (11.0 - d)
                * s.powf(-w(9))
                * (((1.0 - r) * w(10)).exp() - 1.0)
                * hard
                * easy
                + 1.0)
        };
        let stability = if days == 0.0 {
            let sinc = (w(17) * (g - 3.0 + w(18))).exp() * s.powf(-w(19));
            s * if g >= 2.0 { sinc.max(1.0) } else { sinc }
        } else {
            stability
        };
        let changed = d + (10.0 - d) * (-w(6) * (g - 3.0)) / 9.0;
        let difficulty = (w(7) * (init_difficulty(4.0) - changed) + changed).clamp(D_MIN, D_MAX);
        Memory {
            stability: stability.clamp(S_MIN, S_MAX),
            difficulty,
        }
    }

    /// Days until the next review, for the desired retention.
    pub fn interval(self) -> f32 {
        self.stability / factor() * (DESIRED_RETENTION.powf(1.0 / decay()) - 1.0)
    }

    /// The next review's interval in whole days: at least one.
    pub fn interval_days(self) -> i32 {
        (self.interval().round() as i32).max(1)
    }
}
