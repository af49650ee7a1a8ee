//! The claims files' shapes, as TOML gives them: every string spanned, so that each mistake
//! points at its own line. `check` turns them into the checked types of `model`.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

pub(super) type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPools {
    #[serde(default)]
    pub(super) pool: BTreeMap<String, Spanned<RawPool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPool {
    pub(super) members: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    #[serde(default)]
    pub(super) claim: Vec<Spanned<RawClaim>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClaim {
    pub(super) id: Text,
    pub(super) paragraph: Text,
    pub(super) evidence: Text,
    pub(super) says: Option<Text>,
    pub(super) kind: Option<Text>,
    pub(super) background: Option<Spanned<bool>>,
    #[serde(default)]
    pub(super) restated_in: Vec<Text>,
    pub(super) choice: Option<Spanned<RawChoice>>,
    #[serde(rename = "false", default)]
    pub(super) falsehoods: Vec<Spanned<RawFalse>>,
    pub(super) blank: Option<Spanned<RawBlank>>,
    pub(super) number: Option<Spanned<RawNumber>>,
    pub(super) event: Option<Spanned<RawEvent>>,
    pub(super) attribution: Option<Spanned<RawAttribution>>,
    pub(super) stance: Option<Spanned<RawStance>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChoice {
    pub(super) question: Text,
    pub(super) answer: Text,
    pub(super) distractors: Vec<Text>,
    pub(super) pool: Option<Text>,
    #[serde(default)]
    pub(super) exclude: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStance {
    pub(super) statement: Text,
    pub(super) view: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFalse {
    pub(super) statement: Text,
    pub(super) correction: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBlank {
    pub(super) text: Text,
    pub(super) answer: Text,
    #[serde(default)]
    pub(super) accept: Vec<Text>,
    #[serde(default)]
    pub(super) reject: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNumber {
    pub(super) question: Text,
    pub(super) answer: Spanned<i64>,
    pub(super) kind: Text,
    #[serde(default)]
    pub(super) unit: Option<Text>,
    #[serde(default)]
    pub(super) written: Option<Text>,
    #[serde(default)]
    pub(super) distractors: Vec<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) what: Text,
    pub(super) year: Spanned<i64>,
    pub(super) month: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAttribution {
    pub(super) who: Text,
    pub(super) what: Text,
}
