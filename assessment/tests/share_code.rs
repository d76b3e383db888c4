//! Share codes: exact form, round trips and every kind of damaged code.

use assessment::share_code::{decode, encode, SHARE_CODE_LEN};
use assessment::{Answers, Rating, ShareCodeError, Statement, StatementId};
use proptest::prelude::*;

fn partial() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::of(1u8..=5), 25).prop_map(|ratings| {
        let mut answers = Answers::new();
        for (statement, rating) in StatementId::all().zip(ratings) {
            if let Some(r) = rating {
                answers.rate(statement, Rating::new(r).expect("1 to 5"));
            }
        }
        answers
    })
}

#[test]
fn codes_are_short_and_url_safe() {
    let code = encode(&Answers::all(Rating::MAX));
    assert_eq!(code.len(), SHARE_CODE_LEN);
    assert_eq!(SHARE_CODE_LEN, 15, "25 answers fit in 15 characters (≤ 24)");
    assert!(code.starts_with('1'));
    assert!(code
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    // Nothing rated: thirteen zero characters and the check character.
    assert_eq!(encode(&Answers::new()), "1AAAAAAAAAAAAAp");
}

#[test]
fn an_empty_sheet_and_a_full_one_round_trip() {
    for answers in [
        Answers::new(),
        Answers::all(Rating::MIN),
        Answers::all(Rating::MAX),
    ] {
        assert_eq!(decode(&encode(&answers)), Ok(answers));
    }
}

#[test]
fn damaged_codes_are_refused_with_their_reason() {
    let mut answers = Answers::new();
    answers.rate(
        StatementId::from(Statement::StaffEmpowered),
        Rating::new(2).expect("valid"),
    );
    let good = encode(&answers);
    assert_eq!(decode(""), Err(ShareCodeError::NotOurs));
    assert_eq!(decode("hello"), Err(ShareCodeError::NotOurs));
    assert_eq!(
        decode(&good.replacen('1', "2", 1)),
        Err(ShareCodeError::UnknownVersion)
    );
    assert_eq!(decode(&good[..10]), Err(ShareCodeError::WrongLength));
    assert_eq!(
        decode(&format!("{good}A")),
        Err(ShareCodeError::WrongLength)
    );
    assert_eq!(
        decode(&good.replacen(&good[3..4], "*", 1)),
        Err(ShareCodeError::BadCharacter)
    );
    // Change one payload character to another valid one: the check catches it.
    let mut chars: Vec<char> = good.chars().collect();
    chars[5] = if chars[5] == 'B' { 'C' } else { 'B' };
    let altered: String = chars.into_iter().collect();
    assert_eq!(decode(&altered), Err(ShareCodeError::Damaged));
    // Leading and trailing spaces (from copying) are forgiven.
    assert_eq!(decode(&format!("  {good}\n")), Ok(answers));
}

#[test]
fn a_rating_of_six_or_seven_is_refused() {
    // Statement 1 set to 7 (all three bits), with a correct check character.
    let mut code: Vec<char> = encode(&Answers::new()).chars().collect();
    code[1] = 'H'; // value 7 in the first three bits
    let payload: Vec<u8> = code[1..14]
        .iter()
        .map(|c| {
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                .find(*c)
                .expect("alphabet") as u8
        })
        .collect();
    let sum: u32 = payload
        .iter()
        .enumerate()
        .map(|(i, d)| (2 * i as u32 + 1) * (u32::from(*d) + 1))
        .sum();
    code[14] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        .chars()
        .nth((sum % 64) as usize)
        .expect("alphabet");
    let code: String = code.into_iter().collect();
    assert_eq!(decode(&code), Err(ShareCodeError::BadRating));
}

proptest! {
    #[test]
    fn any_answer_sheet_round_trips(answers in partial()) {
        let code = encode(&answers);
        prop_assert_eq!(code.len(), SHARE_CODE_LEN);
        prop_assert_eq!(decode(&code), Ok(answers));
    }

    #[test]
    fn changing_one_character_never_decodes_to_other_answers_silently(
        answers in partial(),
        at in 0usize..15,
        replacement in proptest::sample::select("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars().collect::<Vec<_>>()),
    ) {
        let code = encode(&answers);
        let mut chars: Vec<char> = code.chars().collect();
        prop_assume!(chars[at] != replacement);
        chars[at] = replacement;
        let altered: String = chars.into_iter().collect();
        prop_assert!(decode(&altered).is_err(), "{} decoded", altered);
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in "\\PC{0,40}") {
        let _ = decode(&text);
    }
}
