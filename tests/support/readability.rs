//! The Flesch–Kincaid grade of a page's main text, for the plain-language check.
//!
//! grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
//!
//! Syllables are counted with the usual vowel-group rule (with the common English fixes for
//! a silent final "e", "-le", "-ed" and "-es"). It is an estimate, as every FK tool's is; it
//! errs a little high on long words, which is the safe side for this check.

use scraper::{ElementRef, Html, Selector};

/// The text of `<main>`, one entry per block (heading, paragraph, list item, caption). Each
/// block ends a sentence, as a reader would take a heading or a list item.
pub fn main_blocks(html: &Html) -> Vec<String> {
    blocks_matching(html, "h1, h2, h3, h4, p, li, dt, dd, th, td, figcaption")
}

/// Only the paragraphs of `<main>`: the running prose, without headings, lists and menus.
/// Reported beside the page's grade as a harder reading of the same page.
pub fn main_paragraphs(html: &Html) -> Vec<String> {
    blocks_matching(html, "p")
}

fn blocks_matching(html: &Html, selector: &str) -> Vec<String> {
    let main = Selector::parse("main").unwrap();
    let blocks = Selector::parse(selector).unwrap();
    let Some(main) = html.select(&main).next() else { return Vec::new() };
    main.select(&blocks)
        .filter(|el| !has_block_child(el))
        .map(|el| el.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| !text.is_empty())
        .collect()
}

fn has_block_child(el: &ElementRef) -> bool {
    let blocks = Selector::parse("p, li, ul, ol, h2, h3, h4, figure").unwrap();
    el.select(&blocks).next().is_some()
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Counts {
    pub fn grade(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        0.39 * (self.words as f64 / self.sentences as f64)
            + 11.8 * (self.syllables as f64 / self.words as f64)
            - 15.59
    }
}

/// Counts over a list of blocks: every block is at least one sentence, and `.`, `!` and `?`
/// inside a block end sentences too (a colon does not). Tokens without letters (phone
/// numbers, "85%") are not words; e-mail and web addresses count as one word of one
/// syllable, as they are read out in pieces, not as prose.
pub fn counts(blocks: &[String]) -> Counts {
    let mut c = Counts { words: 0, sentences: 0, syllables: 0 };
    for block in blocks {
        let mut in_sentence = false;
        for token in block.split_whitespace() {
            if token.chars().any(|ch| ch.is_alphabetic()) {
                c.words += 1;
                c.syllables +=
                    if token.contains('@') || token.contains("://") { 1 } else { syllables(token) };
                in_sentence = true;
            }
            // "e.g." or a decimal point is not a sentence end; a full stop at the token's end is.
            if token.ends_with(['.', '!', '?']) && in_sentence {
                c.sentences += 1;
                in_sentence = false;
            }
        }
        if in_sentence {
            c.sentences += 1;
        }
    }
    c
}

pub fn grade(blocks: &[String]) -> f64 {
    counts(blocks).grade()
}

/// Syllables in one word, by vowel groups.
pub fn syllables(word: &str) -> usize {
    let w: String =
        word.chars().filter(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = w.chars().collect();
    let mut count = 0;
    let mut previous_vowel = false;
    for &ch in &chars {
        let v = is_vowel(ch);
        if v && !previous_vowel {
            count += 1;
        }
        previous_vowel = v;
    }
    let n = chars.len();
    let ends = |s: &str| w.ends_with(s);
    // A silent final "e" ("make"), but not "-le" after a consonant ("table") or "-ee".
    if ends("e") && !ends("le") && !ends("ee") && count > 1 {
        count -= 1;
    } else if ends("le") && n > 2 && is_vowel(chars[n - 3]) && count > 1 {
        // "-ale", "-ole": the e is silent ("whole").
        count -= 1;
    }
    // "-ed" and "-es" are silent unless after t/d ("wanted") or s/x/z/ch/sh/g/c ("boxes").
    if (ends("ed") && !ends("ted") && !ends("ded")) && count > 1 {
        count -= 1;
    }
    if ends("es")
        && !["ses", "xes", "zes", "ches", "shes", "ges", "ces"].iter().any(|s| ends(s))
        && count > 1
    {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_the_usual_rules() {
        let cases = [
            ("cat", 1),
            ("make", 1),
            ("table", 2),
            ("whole", 1),
            ("water", 2),
            ("wanted", 2),
            ("helped", 1),
            ("boxes", 2),
            ("makes", 1),
            ("restorative", 4),
            ("facilitator", 5),
            ("information", 4),
            ("you", 1),
            ("free", 1),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_score_low_and_long_latinate_ones_high() {
        let plain = vec!["It is free. You can stop at any time. We will call you back.".to_owned()];
        assert!(grade(&plain) < 3.0, "{}", grade(&plain));
        let dense = vec![
            "Notwithstanding the aforementioned considerations, the organisation's \
             administrative determination necessitates comprehensive documentation \
             regarding eligibility and suitability assessments."
                .to_owned(),
        ];
        assert!(grade(&dense) > 16.0, "{}", grade(&dense));
    }

    #[test]
    fn blocks_without_a_full_stop_still_end_a_sentence_and_numbers_are_not_words() {
        let c = counts(&["How it works".to_owned(), "Call 999 now.".to_owned()]);
        assert_eq!(c, Counts { words: 5, sentences: 2, syllables: 5 });
    }
}
