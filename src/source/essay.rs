//! Parses `essay.txt`: a `# title` line, `## section` headings, and one line per paragraph that
//! starts with its id, `[II.3] …`.

use core::ops::Range;

use super::SourceError;
use crate::text::fold_space;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Essay {
    pub title: String,
    pub sections: Vec<Section>,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub line: usize,
    /// Indices into [`Essay::paragraphs`].
    pub paragraphs: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub id: String,
    pub section: usize,
    /// Runs of spaces folded to one.
    pub text: String,
    pub line: usize,
    /// Byte ranges of its sentences in `text`, in order.
    pub sentences: Vec<Range<usize>>,
}

/// The compiled bank indexes sections with a 16-bit set and spans with 16-bit offsets.
const MAX_SECTIONS: usize = 16;
const MAX_PARAGRAPH_BYTES: usize = u16::MAX as usize;

impl Essay {
    pub fn paragraph_index(&self, id: &str) -> Option<usize> {
        self.paragraphs.iter().position(|p| p.id == id)
    }

    /// The essay's words in reading order: title, then each heading and its paragraphs.
    /// The paragraphs' text, one after another, each separated by a space.
    pub fn text(&self) -> String {
        let paragraphs: Vec<&str> = self.paragraphs.iter().map(|p| p.text.as_str()).collect();
        paragraphs.join(" ")
    }

    /// Every year the essay names (a run of four digits from 1000 to 2999, not a decade such
    /// as "1920s"), sorted, each once.
    pub fn years(&self) -> Vec<u16> {
        let mut years: Vec<u16> = Vec::new();
        for p in &self.paragraphs {
            let bytes = p.text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                let decade = bytes.get(i) == Some(&b's');
                let after_digit = start > 0 && bytes[start - 1].is_ascii_digit();
                if i - start == 4 && !decade && !after_digit {
                    if let Ok(y) = p.text[start..i].parse::<u16>() {
                        if (1000..=2999).contains(&y) && !years.contains(&y) {
                            years.push(y);
                        }
                    }
                }
                i = i.max(start + 1);
            }
        }
        years.sort_unstable();
        years
    }

    pub fn words(&self) -> Vec<&str> {
        let mut words: Vec<&str> = self.title.split_whitespace().collect();
        for section in &self.sections {
            words.extend(section.id.split_whitespace());
            for p in &self.paragraphs[section.paragraphs.clone()] {
                words.extend(p.text.split_whitespace());
            }
        }
        words
    }
}

pub fn parse(file: &str, text: &str) -> Result<Essay, Vec<SourceError>> {
    let mut errors = Vec::new();
    let mut title = None;
    let mut sections: Vec<Section> = Vec::new();
    let mut paragraphs: Vec<Paragraph> = Vec::new();

    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let content = raw.trim();
        let mut err = |message: String| errors.push(SourceError::new(file, line, message));
        if content.is_empty() {
            continue;
        }
        if let Some(heading) = content.strip_prefix("## ") {
            let id = heading.trim().to_owned();
            if sections.iter().any(|s| s.id == id) {
                err(format!("section “{id}” appears twice"));
            }
            if id.contains(['[', ']', '.', ',']) || id.is_empty() {
                err(format!(
                    "section “{id}”: a section id has no brackets, dots or commas"
                ));
            }
            sections.push(Section {
                id,
                line,
                paragraphs: paragraphs.len()..paragraphs.len(),
            });
        } else if let Some(t) = content.strip_prefix("# ") {
            if title.is_some() || !sections.is_empty() {
                err("the title (`# …`) must come once, before the sections".to_owned());
            }
            title = Some(fold_space(t));
        } else if let Some(rest) = content.strip_prefix('[') {
            let Some((id, body)) = rest.split_once(']') else {
                err("a paragraph line starts with its id in brackets, like `[I.1] …`".to_owned());
                continue;
            };
            let Some(section) = sections.last_mut() else {
                err(format!(
                    "paragraph [{id}] comes before any section heading (`## …`)"
                ));
                continue;
            };
            let number = section.paragraphs.len() + 1;
            let expected = format!("{}.{number}", section.id);
            if id != expected {
                err(format!(
                    "paragraph id [{id}]: expected [{expected}] (ids count from 1 in each section, with no gaps)"
                ));
            }
            let body = fold_space(body);
            if body.is_empty() {
                err(format!("paragraph [{id}] has no text"));
            }
            if body.len() > MAX_PARAGRAPH_BYTES {
                err(format!(
                    "paragraph [{id}] is longer than {MAX_PARAGRAPH_BYTES} bytes: split it"
                ));
            }
            section.paragraphs.end += 1;
            paragraphs.push(Paragraph {
                id: expected,
                section: sections.len() - 1,
                sentences: super::sentences::split(&body),
                text: body,
                line,
            });
        } else {
            err(
                "expected `# title`, `## section`, a paragraph `[I.1] …` or a blank line"
                    .to_owned(),
            );
        }
    }

    if title.is_none() {
        errors.push(SourceError::new(file, 1, "missing the title line `# …`"));
    }
    if sections.is_empty() {
        errors.push(SourceError::new(file, 0, "no sections (`## …`)"));
    }
    if sections.len() > MAX_SECTIONS {
        errors.push(SourceError::new(
            file,
            sections[MAX_SECTIONS].line,
            format!("at most {MAX_SECTIONS} sections"),
        ));
    }
    for s in sections.iter().filter(|s| s.paragraphs.is_empty()) {
        errors.push(SourceError::new(
            file,
            s.line,
            format!("section “{}” has no paragraphs", s.id),
        ));
    }
    if errors.is_empty() {
        Ok(Essay {
            title: title.unwrap_or_default(),
            sections,
            paragraphs,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sections_and_paragraphs() {
        let essay =
            parse("e.txt", "# A Title\n\n## I\n\n[I.1] One  two.\n[I.2] Three.\n## Afterword\n[Afterword.1] Four.\n")
                .unwrap();
        assert_eq!(essay.title, "A Title");
        assert_eq!(essay.sections.len(), 2);
        assert_eq!(essay.sections[0].paragraphs, 0..2);
        assert_eq!(essay.paragraphs[0].text, "One two.");
        assert_eq!(essay.paragraph_index("Afterword.1"), Some(2));
        assert_eq!(
            essay.words(),
            [
                "A",
                "Title",
                "I",
                "One",
                "two.",
                "Three.",
                "Afterword",
                "Four."
            ]
        );
    }

    #[test]
    fn reports_each_mistake_with_its_line() {
        let errors = parse(
            "e.txt",
            "# T\n[I.1] Early.\n## I\n[I.2] Gap.\nstray text\n## I\n",
        )
        .unwrap_err();
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "e.txt:2: paragraph [I.1] comes before any section heading (`## …`)",
                "e.txt:4: paragraph id [I.2]: expected [I.1] (ids count from 1 in each section, with no gaps)",
                "e.txt:5: expected `# title`, `## section`, a paragraph `[I.1] …` or a blank line",
                "e.txt:6: section “I” appears twice",
                "e.txt:6: section “I” has no paragraphs",
            ]
        );
    }
}
