//! The student's preferences, kept under one key: the colour theme, whether to ask for
//! confidence, and when they last exported their progress.

use crate::json::Json;

pub const PREFS_KEY: &str = "essay-quiz.prefs";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light or dark as the system is.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "As the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preferences {
    pub theme: Theme,
    /// In Learn, ask how sure the student is before checking.
    pub confidence: bool,
    /// When the progress was last exported (ms since the epoch).
    pub exported_at: Option<u64>,
}

impl Default for Preferences {
    fn default() -> Preferences {
        Preferences {
            theme: Theme::System,
            confidence: true,
            exported_at: None,
        }
    }
}

impl Preferences {
    pub fn to_value(self) -> Json {
        let mut fields = vec![
            ("theme".to_owned(), Json::from(self.theme.code())),
            ("confidence".to_owned(), Json::from(self.confidence)),
        ];
        if let Some(at) = self.exported_at {
            fields.push(("exported_at".to_owned(), Json::from(at)));
        }
        Json::Obj(fields)
    }

    pub fn to_json(self) -> String {
        self.to_value().to_text()
    }

    /// Reads stored preferences; missing fields take their defaults, wrong ones fail.
    pub fn from_value(v: &Json) -> Option<Preferences> {
        let default = Preferences::default();
        Some(Preferences {
            theme: match v.get("theme") {
                None => default.theme,
                Some(t) => Theme::from_code(t.as_str()?)?,
            },
            confidence: match v.get("confidence") {
                None => default.confidence,
                Some(c) => c.as_bool()?,
            },
            exported_at: match v.get("exported_at") {
                None | Some(Json::Null) => None,
                Some(at) => Some(at.as_u64()?),
            },
        })
    }

    pub fn parse(text: &str) -> Option<Preferences> {
        Preferences::from_value(&Json::parse(text).ok()?)
    }
}
