//! The wrong options of the find-the-evidence form, chosen at build time: the sentences of the
//! whole essay that share the most words with what the claim says, outside its own evidence.
//! Offered beside the key sentence, they defeat "pick the sentence that shares the statement's
//! words": the student must see which sentence shows the statement, not which one sounds like
//! it.

use super::claims::Claim;
use super::essay::Essay;
use super::shortcuts::overlap;

/// How many decoys a claim keeps; a question offers [`OFFERED`] of them.
pub const DECOYS: usize = 4;
/// The wrong options a question offers.
pub const OFFERED: usize = 3;
/// Shorter sentences ("It was human nature.") say too little to stand as an option.
pub const MIN_WORDS: usize = 6;

/// The claim's decoys as (paragraph, sentence), best first: never a sentence of its evidence,
/// nor of a paragraph it names in `restated_in` (which says the same again).
pub fn decoys(essay: &Essay, claim: &Claim) -> Vec<(usize, usize)> {
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    for (p, para) in essay.paragraphs.iter().enumerate() {
        if claim.restated_in.contains(&p) {
            continue;
        }
        for (s, range) in para.sentences.iter().enumerate() {
            let own = p == claim.paragraph && claim.sentences.contains(&s);
            let text = &para.text[range.clone()];
            if own || text.split_whitespace().count() < MIN_WORDS {
                continue;
            }
            scored.push((shared(essay, claim, (p, s)), p, s));
        }
    }
    // Most shared words first; ties in reading order.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    scored
        .into_iter()
        .take(DECOYS)
        .map(|(_, p, s)| (p, s))
        .collect()
}

/// The share of `says`'s words in a sentence of the essay.
fn shared(essay: &Essay, claim: &Claim, (p, s): (usize, usize)) -> f64 {
    let para = &essay.paragraphs[p];
    overlap(&claim.says, &para.text[para.sentences[s].clone()])
}

/// Whether a decoy shares at least as many of `says`'s words as the key sentence does: only
/// then can the find-the-evidence form ask the claim, since otherwise the sentence that sounds
/// most like the statement would always be right.
pub fn has_rival(essay: &Essay, claim: &Claim) -> bool {
    let key = shared(essay, claim, (claim.paragraph, claim.key_sentence));
    claim.decoys.len() >= OFFERED
        && claim
            .decoys
            .first()
            .is_some_and(|&d| shared(essay, claim, d) >= key)
}
