//! The share code: a complete answer sheet in a few URL-safe characters, for
//! links that carry the answers in their fragment (`#r=…`, never sent to any
//! server).
//!
//! `1` (the format version), then the answers at three bits each (0 = not
//! rated, 1 to 5 = the rating) packed into base64url characters, then one
//! check character. 25 answers take 15 characters.

use crate::{Answers, Rating, StatementId, STATEMENT_COUNT};

const VERSION: char = '1';
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const BITS_PER_ANSWER: usize = 3;
/// Characters of packed answers.
const PAYLOAD_LEN: usize = (STATEMENT_COUNT * BITS_PER_ANSWER).div_ceil(6);
/// Version, payload and check character.
pub const SHARE_CODE_LEN: usize = 1 + PAYLOAD_LEN + 1;

/// Why a share code could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareCodeError {
    /// Empty, or not starting with a version digit: not a share code.
    NotOurs,
    /// A share code of a version this app does not know (a newer app).
    UnknownVersion,
    /// Too short or too long: most often a link cut off when copied.
    WrongLength,
    /// A character that cannot appear in a code.
    BadCharacter,
    /// The check character does not match: the link was altered.
    Damaged,
    /// Decodes to a rating outside 1 to 5.
    BadRating,
}

/// What precedes the code in a link's address: `tools.html#r=<code>`.
pub const LINK_PREFIX: &str = "#r=";

/// Decodes a pasted link (or a bare share code).
pub fn decode_link(text: &str) -> Result<Answers, ShareCodeError> {
    let text = text.trim();
    let code = match text.find(LINK_PREFIX) {
        Some(at) => &text[at + LINK_PREFIX.len()..],
        None if text.contains("://") => return Err(ShareCodeError::NotOurs),
        None => text,
    };
    decode(code)
}

/// Links pasted one per line: the answers of each line that reads, and for
/// each line that does not, its number (from 1, blank lines counted) and why.
pub type PastedLinks<'a> = (Vec<Answers>, Vec<(usize, &'a str, ShareCodeError)>);

/// Decodes every non-blank line of `text` as a link (see [`decode_link`]).
pub fn decode_lines(text: &str) -> PastedLinks<'_> {
    let mut read = Vec::new();
    let mut failed = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match decode_link(line) {
            Ok(answers) => read.push(answers),
            Err(error) => failed.push((index + 1, line, error)),
        }
    }
    (read, failed)
}

/// Encodes an answer sheet.
pub fn encode(answers: &Answers) -> String {
    let mut digits = vec![0u8; PAYLOAD_LEN];
    for statement in StatementId::all() {
        let value = answers.rating(statement).map_or(0, Rating::value);
        let bit = statement.index() * BITS_PER_ANSWER;
        for b in 0..BITS_PER_ANSWER {
            if value & (1 << b) != 0 {
                let at = bit + b;
                digits[at / 6] |= 1 << (at % 6);
            }
        }
    }
    let mut code = String::with_capacity(SHARE_CODE_LEN);
    code.push(VERSION);
    code.extend(digits.iter().map(|d| char::from(ALPHABET[usize::from(*d)])));
    code.push(char::from(ALPHABET[usize::from(check(&digits))]));
    code
}

/// Decodes a share code, checking everything.
pub fn decode(code: &str) -> Result<Answers, ShareCodeError> {
    let code = code.trim();
    let mut chars = code.chars();
    match chars.next() {
        Some(VERSION) => {}
        Some(c) if c.is_ascii_digit() => return Err(ShareCodeError::UnknownVersion),
        _ => return Err(ShareCodeError::NotOurs),
    }
    let rest: Vec<u8> = chars
        .map(|c| value_of(c).ok_or(ShareCodeError::BadCharacter))
        .collect::<Result<_, _>>()?;
    if rest.len() != PAYLOAD_LEN + 1 {
        return Err(ShareCodeError::WrongLength);
    }
    let (digits, check_digit) = rest.split_at(PAYLOAD_LEN);
    if check(digits) != check_digit[0] {
        return Err(ShareCodeError::Damaged);
    }
    let mut answers = Answers::new();
    for statement in StatementId::all() {
        let bit = statement.index() * BITS_PER_ANSWER;
        let value = (0..BITS_PER_ANSWER).fold(0u8, |v, b| {
            let at = bit + b;
            v | (((digits[at / 6] >> (at % 6)) & 1) << b)
        });
        if value != 0 {
            answers.rate(
                statement,
                Rating::new(value).ok_or(ShareCodeError::BadRating)?,
            );
        }
    }
    // Padding bits beyond the last answer must be zero, so each sheet has
    // exactly one code.
    let used = STATEMENT_COUNT * BITS_PER_ANSWER;
    if (used..PAYLOAD_LEN * 6).any(|at| (digits[at / 6] >> (at % 6)) & 1 != 0) {
        return Err(ShareCodeError::Damaged);
    }
    Ok(answers)
}

fn value_of(c: char) -> Option<u8> {
    ALPHABET
        .iter()
        .position(|a| char::from(*a) == c)
        .map(|p| p as u8)
}

/// A position-weighted sum modulo 64. Every weight is odd, so coprime with
/// 64: changing any one character always changes the sum; different weights
/// catch most swaps too.
fn check(digits: &[u8]) -> u8 {
    let sum = digits.iter().enumerate().fold(0u32, |s, (i, d)| {
        s + (2 * i as u32 + 1) * (u32::from(*d) + 1)
    });
    (sum % 64) as u8
}
