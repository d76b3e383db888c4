//! Ids to texts: the only place that maps the questionnaire's ids, ratings and
//! bands to translation keys. Each mapping is one exhaustive `match` over the
//! self-test's content, so a new statement or section without its texts does
//! not compile.

use std::cmp::Ordering;

use assessment::{
    Band, DecodeError, Rating, Section, SectionId, ShareCodeError, Statement, StatementId, Tenths,
};
use leptos_i18n::td_string;

use crate::i18n::Locale;

use Section as Sec;
use Statement as S;

/// The statement as the person rates it.
pub fn statement(locale: Locale, id: StatementId) -> &'static str {
    match id.which() {
        S::CultureWhateverItTakes => td_string!(locale, statements.culture_whatever_it_takes.text),
        S::CultureRightFirstTime => td_string!(locale, statements.culture_right_first_time.text),
        S::CultureOwnerSetsExample => {
            td_string!(locale, statements.culture_owner_sets_example.text)
        }
        S::CultureCustomerNeedsFirst => {
            td_string!(locale, statements.culture_customer_needs_first.text)
        }
        S::ProductsPartnershipSelling => {
            td_string!(locale, statements.products_partnership_selling.text)
        }
        S::ProductsHonestAdvertising => {
            td_string!(locale, statements.products_honest_advertising.text)
        }
        S::ProductsValuedFeatures => td_string!(locale, statements.products_valued_features.text),
        S::ProductsCustomerInput => td_string!(locale, statements.products_customer_input.text),
        S::FeedbackReviewComplaints => {
            td_string!(locale, statements.feedback_review_complaints.text)
        }
        S::FeedbackAskForFeedback => td_string!(locale, statements.feedback_ask_for_feedback.text),
        S::FeedbackRemoveErrors => td_string!(locale, statements.feedback_remove_errors.text),
        S::KnowingExpectations => td_string!(locale, statements.knowing_expectations.text),
        S::KnowingFrequentContact => td_string!(locale, statements.knowing_frequent_contact.text),
        S::KnowingStaffKnowPriorities => {
            td_string!(locale, statements.knowing_staff_know_priorities.text)
        }
        S::ContactEasyToDealWith => td_string!(locale, statements.contact_easy_to_deal_with.text),
        S::ContactResolveEveryComplaint => {
            td_string!(locale, statements.contact_resolve_every_complaint.text)
        }
        S::ContactWowTheCustomer => td_string!(locale, statements.contact_wow_the_customer.text),
        S::StaffRespected => td_string!(locale, statements.staff_respected.text),
        S::StaffProductKnowledge => td_string!(locale, statements.staff_product_knowledge.text),
        S::StaffToolsAndSkills => td_string!(locale, statements.staff_tools_and_skills.text),
        S::StaffEmpowered => td_string!(locale, statements.staff_empowered.text),
        S::StaffOwnSatisfaction => td_string!(locale, statements.staff_own_satisfaction.text),
        S::ImprovementKeepImproving => {
            td_string!(locale, statements.improvement_keep_improving.text)
        }
        S::ImprovementLearnFromOthers => {
            td_string!(locale, statements.improvement_learn_from_others.text)
        }
        S::ImprovementFixQuickly => td_string!(locale, statements.improvement_fix_quickly.text),
    }
}

/// The advice shown when this statement is among a section's weakest.
pub fn statement_tip(locale: Locale, id: StatementId) -> &'static str {
    match id.which() {
        S::CultureWhateverItTakes => td_string!(locale, statements.culture_whatever_it_takes.tip),
        S::CultureRightFirstTime => td_string!(locale, statements.culture_right_first_time.tip),
        S::CultureOwnerSetsExample => td_string!(locale, statements.culture_owner_sets_example.tip),
        S::CultureCustomerNeedsFirst => {
            td_string!(locale, statements.culture_customer_needs_first.tip)
        }
        S::ProductsPartnershipSelling => {
            td_string!(locale, statements.products_partnership_selling.tip)
        }
        S::ProductsHonestAdvertising => {
            td_string!(locale, statements.products_honest_advertising.tip)
        }
        S::ProductsValuedFeatures => td_string!(locale, statements.products_valued_features.tip),
        S::ProductsCustomerInput => td_string!(locale, statements.products_customer_input.tip),
        S::FeedbackReviewComplaints => {
            td_string!(locale, statements.feedback_review_complaints.tip)
        }
        S::FeedbackAskForFeedback => td_string!(locale, statements.feedback_ask_for_feedback.tip),
        S::FeedbackRemoveErrors => td_string!(locale, statements.feedback_remove_errors.tip),
        S::KnowingExpectations => td_string!(locale, statements.knowing_expectations.tip),
        S::KnowingFrequentContact => td_string!(locale, statements.knowing_frequent_contact.tip),
        S::KnowingStaffKnowPriorities => {
            td_string!(locale, statements.knowing_staff_know_priorities.tip)
        }
        S::ContactEasyToDealWith => td_string!(locale, statements.contact_easy_to_deal_with.tip),
        S::ContactResolveEveryComplaint => {
            td_string!(locale, statements.contact_resolve_every_complaint.tip)
        }
        S::ContactWowTheCustomer => td_string!(locale, statements.contact_wow_the_customer.tip),
        S::StaffRespected => td_string!(locale, statements.staff_respected.tip),
        S::StaffProductKnowledge => td_string!(locale, statements.staff_product_knowledge.tip),
        S::StaffToolsAndSkills => td_string!(locale, statements.staff_tools_and_skills.tip),
        S::StaffEmpowered => td_string!(locale, statements.staff_empowered.tip),
        S::StaffOwnSatisfaction => td_string!(locale, statements.staff_own_satisfaction.tip),
        S::ImprovementKeepImproving => {
            td_string!(locale, statements.improvement_keep_improving.tip)
        }
        S::ImprovementLearnFromOthers => {
            td_string!(locale, statements.improvement_learn_from_others.tip)
        }
        S::ImprovementFixQuickly => td_string!(locale, statements.improvement_fix_quickly.tip),
    }
}

/// The statement's first step: one short action, for "Your first three steps".
pub fn statement_step(locale: Locale, id: StatementId) -> &'static str {
    match id.which() {
        S::CultureWhateverItTakes => td_string!(locale, statements.culture_whatever_it_takes.step),
        S::CultureRightFirstTime => td_string!(locale, statements.culture_right_first_time.step),
        S::CultureOwnerSetsExample => {
            td_string!(locale, statements.culture_owner_sets_example.step)
        }
        S::CultureCustomerNeedsFirst => {
            td_string!(locale, statements.culture_customer_needs_first.step)
        }
        S::ProductsPartnershipSelling => {
            td_string!(locale, statements.products_partnership_selling.step)
        }
        S::ProductsHonestAdvertising => {
            td_string!(locale, statements.products_honest_advertising.step)
        }
        S::ProductsValuedFeatures => td_string!(locale, statements.products_valued_features.step),
        S::ProductsCustomerInput => td_string!(locale, statements.products_customer_input.step),
        S::FeedbackReviewComplaints => {
            td_string!(locale, statements.feedback_review_complaints.step)
        }
        S::FeedbackAskForFeedback => td_string!(locale, statements.feedback_ask_for_feedback.step),
        S::FeedbackRemoveErrors => td_string!(locale, statements.feedback_remove_errors.step),
        S::KnowingExpectations => td_string!(locale, statements.knowing_expectations.step),
        S::KnowingFrequentContact => td_string!(locale, statements.knowing_frequent_contact.step),
        S::KnowingStaffKnowPriorities => {
            td_string!(locale, statements.knowing_staff_know_priorities.step)
        }
        S::ContactEasyToDealWith => td_string!(locale, statements.contact_easy_to_deal_with.step),
        S::ContactResolveEveryComplaint => {
            td_string!(locale, statements.contact_resolve_every_complaint.step)
        }
        S::ContactWowTheCustomer => td_string!(locale, statements.contact_wow_the_customer.step),
        S::StaffRespected => td_string!(locale, statements.staff_respected.step),
        S::StaffProductKnowledge => td_string!(locale, statements.staff_product_knowledge.step),
        S::StaffToolsAndSkills => td_string!(locale, statements.staff_tools_and_skills.step),
        S::StaffEmpowered => td_string!(locale, statements.staff_empowered.step),
        S::StaffOwnSatisfaction => td_string!(locale, statements.staff_own_satisfaction.step),
        S::ImprovementKeepImproving => {
            td_string!(locale, statements.improvement_keep_improving.step)
        }
        S::ImprovementLearnFromOthers => {
            td_string!(locale, statements.improvement_learn_from_others.step)
        }
        S::ImprovementFixQuickly => td_string!(locale, statements.improvement_fix_quickly.step),
    }
}

/// The section's full title.
pub fn section_title(locale: Locale, id: SectionId) -> &'static str {
    match id.which() {
        Sec::Culture => td_string!(locale, sections.culture.title),
        Sec::Products => td_string!(locale, sections.products.title),
        Sec::Feedback => td_string!(locale, sections.feedback.title),
        Sec::Knowing => td_string!(locale, sections.knowing.title),
        Sec::Contact => td_string!(locale, sections.contact.title),
        Sec::Staff => td_string!(locale, sections.staff.title),
        Sec::Improvement => td_string!(locale, sections.improvement.title),
    }
}

/// A short name for navigation and the chart.
pub fn section_short(locale: Locale, id: SectionId) -> &'static str {
    match id.which() {
        Sec::Culture => td_string!(locale, sections.culture.short),
        Sec::Products => td_string!(locale, sections.products.short),
        Sec::Feedback => td_string!(locale, sections.feedback.short),
        Sec::Knowing => td_string!(locale, sections.knowing.short),
        Sec::Contact => td_string!(locale, sections.contact.short),
        Sec::Staff => td_string!(locale, sections.staff.short),
        Sec::Improvement => td_string!(locale, sections.improvement.short),
    }
}

/// Why the section matters, shown above its statements.
pub fn section_intro(locale: Locale, id: SectionId) -> &'static str {
    match id.which() {
        Sec::Culture => td_string!(locale, sections.culture.intro),
        Sec::Products => td_string!(locale, sections.products.intro),
        Sec::Feedback => td_string!(locale, sections.feedback.intro),
        Sec::Knowing => td_string!(locale, sections.knowing.intro),
        Sec::Contact => td_string!(locale, sections.contact.intro),
        Sec::Staff => td_string!(locale, sections.staff.intro),
        Sec::Improvement => td_string!(locale, sections.improvement.intro),
    }
}

/// The section's general steps for improvement.
pub fn section_actions(locale: Locale, id: SectionId) -> [&'static str; 3] {
    match id.which() {
        Sec::Culture => [
            td_string!(locale, sections.culture.action1),
            td_string!(locale, sections.culture.action2),
            td_string!(locale, sections.culture.action3),
        ],
        Sec::Products => [
            td_string!(locale, sections.products.action1),
            td_string!(locale, sections.products.action2),
            td_string!(locale, sections.products.action3),
        ],
        Sec::Feedback => [
            td_string!(locale, sections.feedback.action1),
            td_string!(locale, sections.feedback.action2),
            td_string!(locale, sections.feedback.action3),
        ],
        Sec::Knowing => [
            td_string!(locale, sections.knowing.action1),
            td_string!(locale, sections.knowing.action2),
            td_string!(locale, sections.knowing.action3),
        ],
        Sec::Contact => [
            td_string!(locale, sections.contact.action1),
            td_string!(locale, sections.contact.action2),
            td_string!(locale, sections.contact.action3),
        ],
        Sec::Staff => [
            td_string!(locale, sections.staff.action1),
            td_string!(locale, sections.staff.action2),
            td_string!(locale, sections.staff.action3),
        ],
        Sec::Improvement => [
            td_string!(locale, sections.improvement.action1),
            td_string!(locale, sections.improvement.action2),
            td_string!(locale, sections.improvement.action3),
        ],
    }
}

/// Sections named in running text ("Knowing customers, Easy to reach").
pub fn section_list(locale: Locale, sections: &[SectionId]) -> String {
    sections
        .iter()
        .map(|s| section_short(locale, *s))
        .collect::<Vec<_>>()
        .join(td_string!(locale, results.list_separator))
}

/// A change as shown, "▲ +1.1 (up)": an arrow and a word as well as the
/// number, so nothing depends on colour; "–" when it is not known.
pub fn change(locale: Locale, change: Option<Tenths>) -> String {
    let Some(change) = change else {
        return String::from("–");
    };
    let (arrow, word) = match change.direction() {
        Ordering::Greater => ("▲", td_string!(locale, compare.up)),
        Ordering::Less => ("▼", td_string!(locale, compare.down)),
        Ordering::Equal => ("=", td_string!(locale, compare.same)),
    };
    format!("{arrow} {} ({word})", change.signed())
}

/// The word for a point of the scale.
pub fn scale_word(locale: Locale, rating: Rating) -> &'static str {
    match rating.value() {
        1 => td_string!(locale, scale.r1),
        2 => td_string!(locale, scale.r2),
        3 => td_string!(locale, scale.r3),
        4 => td_string!(locale, scale.r4),
        _ => td_string!(locale, scale.r5),
    }
}

/// The band's title.
pub fn band_title(locale: Locale, band: Band) -> &'static str {
    match band {
        Band::Asset => td_string!(locale, bands.asset.title),
        Band::Adequate => td_string!(locale, bands.adequate.title),
        Band::AtRisk => td_string!(locale, bands.at_risk.title),
    }
}

/// What the band means for the business.
pub fn band_meaning(locale: Locale, band: Band) -> &'static str {
    match band {
        Band::Asset => td_string!(locale, bands.asset.meaning),
        Band::Adequate => td_string!(locale, bands.adequate.meaning),
        Band::AtRisk => td_string!(locale, bands.at_risk.meaning),
    }
}

/// Why a stored record could not be read, in words; never the raw input.
pub fn decode_reason(locale: Locale, error: &DecodeError) -> &'static str {
    match error {
        DecodeError::TooLarge => td_string!(locale, storage.reason_too_large),
        DecodeError::NotJson => td_string!(locale, storage.reason_not_json),
        DecodeError::NotOurs => td_string!(locale, storage.reason_not_ours),
        DecodeError::NewerSchema(_) | DecodeError::Malformed => {
            td_string!(locale, storage.reason_malformed)
        }
        DecodeError::UnknownStatement => td_string!(locale, storage.reason_unknown_statement),
        DecodeError::DuplicateStatement(_) => td_string!(locale, storage.reason_duplicate),
        DecodeError::RatingOutOfRange(_) => td_string!(locale, storage.reason_out_of_range),
        DecodeError::OtherQuestionnaire => td_string!(locale, storage.reason_other_questionnaire),
        DecodeError::TextTooLong => td_string!(locale, storage.reason_text_too_long),
        DecodeError::BadDate => td_string!(locale, storage.reason_bad_date),
    }
}

/// Why a shared link could not be read, in words; never the link itself.
pub fn share_code_reason(locale: Locale, error: ShareCodeError) -> &'static str {
    match error {
        ShareCodeError::NotOurs => td_string!(locale, link.reason_not_ours),
        ShareCodeError::UnknownVersion => td_string!(locale, link.reason_version),
        ShareCodeError::WrongLength => td_string!(locale, link.reason_truncated),
        ShareCodeError::BadCharacter | ShareCodeError::Damaged | ShareCodeError::BadRating => {
            td_string!(locale, link.reason_damaged)
        }
    }
}
