//! The question forms, and small sets of forms and of sections (what a quiz may draw from).

use super::Bank;

/// The ways a claim can be asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    Choice,
    Truth,
    Blank,
    Number,
    Order,
    Match,
    Stance,
    Evidence,
}

impl Form {
    pub const ALL: [Form; 8] = [
        Form::Choice,
        Form::Truth,
        Form::Blank,
        Form::Number,
        Form::Order,
        Form::Match,
        Form::Stance,
        Form::Evidence,
    ];

    /// The short name used in links and saved results.
    pub fn code(self) -> &'static str {
        match self {
            Form::Choice => "mc",
            Form::Truth => "tf",
            Form::Blank => "blank",
            Form::Number => "num",
            Form::Order => "order",
            Form::Match => "who",
            Form::Stance => "stance",
            Form::Evidence => "evidence",
        }
    }

    pub fn from_code(code: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Form::Choice => "Multiple choice",
            Form::Truth => "True or false",
            Form::Blank => "Fill in the blank",
            Form::Number => "Year or number",
            Form::Order => "Chronology",
            Form::Match => "Who said, who did",
            Form::Stance => "The essay's stance",
            Form::Evidence => "Find the evidence",
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of forms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FormSet(u16);

impl FormSet {
    pub fn all() -> FormSet {
        Form::ALL.into_iter().collect()
    }

    pub fn contains(self, form: Form) -> bool {
        self.0 & form.bit() != 0
    }

    pub fn with(self, form: Form, on: bool) -> FormSet {
        if on {
            FormSet(self.0 | form.bit())
        } else {
            FormSet(self.0 & !form.bit())
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Form> {
        Form::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

impl FromIterator<Form> for FormSet {
    fn from_iter<I: IntoIterator<Item = Form>>(iter: I) -> FormSet {
        iter.into_iter()
            .fold(FormSet(0), |set, f| set.with(f, true))
    }
}

/// A set of sections, by index into [`Bank::sections`] (at most 16).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SectionSet(u16);

impl SectionSet {
    pub fn all(bank: &Bank) -> SectionSet {
        (0..bank.sections.len()).collect()
    }

    pub fn contains(self, section: usize) -> bool {
        section < 16 && self.0 & (1 << section) != 0
    }

    pub fn with(self, section: usize, on: bool) -> SectionSet {
        if on {
            SectionSet(self.0 | (1 << section))
        } else {
            SectionSet(self.0 & !(1 << section))
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..16).filter(move |s| self.contains(*s))
    }
}

impl FromIterator<usize> for SectionSet {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> SectionSet {
        iter.into_iter()
            .fold(SectionSet(0), |set, s| set.with(s, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_codes_round_trip() {
        for form in Form::ALL {
            assert_eq!(Form::from_code(form.code()), Some(form));
        }
        assert_eq!(Form::from_code("essay"), None);
    }

    #[test]
    fn sets_hold_what_was_put_in() {
        let forms = FormSet::default()
            .with(Form::Truth, true)
            .with(Form::Match, true);
        assert_eq!(forms.iter().collect::<Vec<_>>(), [Form::Truth, Form::Match]);
        assert!(!forms.with(Form::Truth, false).contains(Form::Truth));
        let sections: SectionSet = [0, 5].into_iter().collect();
        assert_eq!(sections.iter().collect::<Vec<_>>(), [0, 5]);
    }
}
