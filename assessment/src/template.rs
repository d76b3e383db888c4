//! Filling a text's `{{ name }}` placeholders, as the locale files write
//! them, for texts that are not compiled in (the self-check's and the plan
//! page's, loaded per language).

/// Puts each value in place of its `{{ name }}`; a name without a value is
/// left as its bare name, so a slip shows instead of vanishing.
/// Values of several types go in as `&dyn Display`.
pub fn fill<V: std::fmt::Display>(template: &str, values: &[(&str, V)]) -> String {
    let mut text = String::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once("{{") {
        text.push_str(before);
        let Some((name, after)) = after.split_once("}}") else {
            text.push_str("{{");
            rest = after;
            break;
        };
        let name = name.trim();
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => text.push_str(&value.to_string()),
            None => text.push_str(name),
        }
        rest = after;
    }
    text.push_str(rest);
    text
}

/// Typed text set inside a sentence of the page's language, isolated
/// (Unicode's first-strong isolate, as HTML's `<bdi>`): an English note in
/// an Urdu sentence keeps its own direction and leaves the sentence's
/// punctuation where it was.
pub fn isolated(typed: &str) -> String {
    format!("\u{2068}{typed}\u{2069}")
}

/// A value (a number, a signed change, a date, a name, a file name) set
/// into a sentence of a right-to-left language, isolated as [`isolated`]
/// does: "-0.5" or "team-2.json" in an Urdu sentence would otherwise come
/// out as "0.5-" or with its parts swapped. In a left-to-right language, and
/// when it is isolated already, it goes in as it is.
pub fn set_in_sentence(right_to_left: bool, value: String) -> String {
    let already = value.starts_with('\u{2068}') && value.ends_with('\u{2069}');
    if right_to_left && !already {
        isolated(&value)
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::{fill, isolated, set_in_sentence};

    #[test]
    fn isolates_typed_text() {
        assert_eq!(isolated("after the move"), "\u{2068}after the move\u{2069}");
        assert_eq!(
            fill("نوٹ: {{ note }}", &[("note", isolated("new policy"))]),
            "نوٹ: \u{2068}new policy\u{2069}"
        );
    }

    #[test]
    fn isolates_values_only_in_right_to_left_sentences() {
        assert_eq!(set_in_sentence(true, "-0.5".into()), "\u{2068}-0.5\u{2069}");
        assert_eq!(set_in_sentence(false, "-0.5".into()), "-0.5");
        // Typed text isolated for every language is not isolated twice.
        assert_eq!(set_in_sentence(true, isolated("note")), isolated("note"));
    }

    const VALUES: [(&str, usize); 2] = [("number", 2), ("count", 7)];

    #[test]
    fn puts_each_value_in_place_of_its_name() {
        assert_eq!(
            fill("Section {{ number }} of {{count}}", &VALUES),
            "Section 2 of 7"
        );
        assert_eq!(
            fill("{{ count }} में से खंड {{ number }}", &VALUES),
            "7 में से खंड 2"
        );
    }

    #[test]
    fn leaves_other_text_alone() {
        assert_eq!(fill("no placeholder", &VALUES), "no placeholder");
        assert_eq!(fill("{{ missing }} here", &VALUES), "missing here");
        assert_eq!(fill("cut {{ off", &VALUES), "cut {{ off");
    }

    #[test]
    fn takes_values_of_several_types() {
        let values: [(&str, &dyn std::fmt::Display); 2] = [("who", &"Asha"), ("n", &3)];
        assert_eq!(fill("{{ who }} has {{ n }}", &values), "Asha has 3");
    }
}
