//! Splits a paragraph into sentences, once, at build time: the evidence form offers a
//! paragraph's sentences as options, and the app does no text analysis at run time.
//!
//! A sentence ends at `.`, `?` or `!`, with any closing quotes or brackets after it, where
//! white space and then a capital letter, a digit or an opening quote follow. A full stop does
//! not end a sentence after a known abbreviation ("Dr.", "e.g."), an initial ("V. I. Lenin") or
//! a dotted short form ("U.S.").

use core::ops::Range;

/// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "capt", "sgt", "rev",
    "vs", "cf", "e.g", "i.e", "no", "vol", "pp", "p", "ca", "c", "approx", "jan", "feb", "mar",
    "apr", "aug", "sept", "sep", "oct", "nov", "dec",
];

/// Byte ranges of the sentences of `text`, in order, without the spaces between them.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = skip_space(text, 0);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '?' | '!') && (c != '.' || !is_abbreviation(&text[start..at])) {
            // Closing quotes and brackets belong to the sentence they close.
            let mut end = i + 1;
            while end < chars.len() && matches!(chars[end].1, '”' | '’' | '"' | '\'' | ')' | ']')
            {
                end += 1;
            }
            let mut next = end;
            while next < chars.len() && chars[next].1.is_whitespace() {
                next += 1;
            }
            let opens = chars.get(next).is_some_and(|&(_, n)| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '‘' | '"' | '(')
            });
            if next > end && opens {
                let end_byte = chars.get(end).map_or(text.len(), |&(b, _)| b);
                sentences.push(start..end_byte);
                start = chars[next].0;
                i = next;
                continue;
            }
        }
        i += 1;
    }
    let end = text.trim_end().len();
    if start < end {
        sentences.push(start..end);
    }
    sentences
}

fn skip_space(text: &str, from: usize) -> usize {
    from + (text[from..].len() - text[from..].trim_start().len())
}

/// Whether the word just before a full stop (the end of `before`) is an abbreviation or an
/// initial, so the stop does not end the sentence.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '‘' | '"' | '—'))
        .next()
        .unwrap_or_default();
    if word.is_empty() {
        return false;
    }
    let letters: Vec<char> = word.chars().collect();
    // An initial: one capital letter, as in "V. I. Lenin".
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    // A dotted short form: "U.S", "e.g" (its last stop is the one being looked at).
    if word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2) {
        return true;
    }
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_stops_questions_and_exclamations() {
        assert_eq!(
            texts("What took them so long? From the early 1920s many asked. Others did too!"),
            [
                "What took them so long?",
                "From the early 1920s many asked.",
                "Others did too!"
            ]
        );
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        assert_eq!(
            texts(
                "It became “no more than an auxiliary organ of the Party.” Mere shells, they did nothing."
            ),
            [
                "It became “no more than an auxiliary organ of the Party.”",
                "Mere shells, they did nothing."
            ]
        );
        assert_eq!(
            texts("As Lenin said, “Without Germany we are lost.”"),
            ["As Lenin said, “Without Germany we are lost.”"]
        );
    }

    #[test]
    fn a_stop_inside_a_quote_before_lower_case_does_not_split() {
        assert_eq!(
            texts(
                "“Within the Party the remedy had to be the Old Guard,” writes Serge. Then it changed."
            ),
            [
                "“Within the Party the remedy had to be the Old Guard,” writes Serge.",
                "Then it changed."
            ]
        );
        assert_eq!(
            texts("He asked “why?” and went on."),
            ["He asked “why?” and went on."]
        );
    }

    #[test]
    fn initials_and_abbreviations_do_not_end_sentences() {
        assert_eq!(
            texts("V. I. Lenin wrote to Dr. Smith in the U.S. in 1920. He got no answer."),
            [
                "V. I. Lenin wrote to Dr. Smith in the U.S. in 1920.",
                "He got no answer."
            ]
        );
        assert_eq!(
            texts("Some parties, e.g. the POUM, were crushed. The rest survived."),
            [
                "Some parties, e.g. the POUM, were crushed.",
                "The rest survived."
            ]
        );
    }

    #[test]
    fn a_sentence_may_open_with_a_quote_or_a_number() {
        assert_eq!(
            texts("It ended. “We pretend to work.” 1921 was the turning point."),
            [
                "It ended.",
                "“We pretend to work.”",
                "1921 was the turning point."
            ]
        );
    }

    #[test]
    fn decimals_and_lower_case_continuations_stay_whole() {
        assert_eq!(
            texts("It grew by 2.5 percent. the rest is lower case."),
            ["It grew by 2.5 percent. the rest is lower case."]
        );
    }
}
