//! The self-test's structure: seven sections, twenty-five statements, in the
//! order the source article gives them (Forum Corporation's self-test for
//! customer-driven companies, as adapted in the seed documents).
//!
//! Ids are stable: storage, exports and links refer to them by their string
//! form, so a variant may be added but never renamed. Wording lives in the
//! app's translation files, not here.

use std::fmt;

/// One of the seven sections of the self-test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionId {
    Culture,
    Products,
    Feedback,
    Knowing,
    Contact,
    Staff,
    Improvement,
}

/// One of the twenty-five statements. The discriminant is the statement's
/// position in the questionnaire, which [`crate::Answers`] uses as an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatementId {
    CultureWhateverItTakes,
    CultureRightFirstTime,
    CultureOwnerSetsExample,
    CultureCustomerNeedsFirst,
    ProductsPartnershipSelling,
    ProductsHonestAdvertising,
    ProductsValuedFeatures,
    ProductsCustomerInput,
    FeedbackReviewComplaints,
    FeedbackAskForFeedback,
    FeedbackRemoveErrors,
    KnowingExpectations,
    KnowingFrequentContact,
    KnowingStaffKnowPriorities,
    ContactEasyToDealWith,
    ContactResolveEveryComplaint,
    ContactWowTheCustomer,
    StaffRespected,
    StaffProductKnowledge,
    StaffToolsAndSkills,
    StaffEmpowered,
    StaffOwnSatisfaction,
    ImprovementKeepImproving,
    ImprovementLearnFromOthers,
    ImprovementFixQuickly,
}

/// A section and its statements, in questionnaire order.
#[derive(Debug)]
pub struct Section {
    pub id: SectionId,
    pub statements: &'static [StatementId],
}

use SectionId as Sec;
use StatementId as St;

/// The whole questionnaire, in order. Views, scoring and storage are all
/// generated from this one table.
pub const QUESTIONNAIRE: [Section; 7] = [
    Section {
        id: Sec::Culture,
        statements: &[
            St::CultureWhateverItTakes,
            St::CultureRightFirstTime,
            St::CultureOwnerSetsExample,
            St::CultureCustomerNeedsFirst,
        ],
    },
    Section {
        id: Sec::Products,
        statements: &[
            St::ProductsPartnershipSelling,
            St::ProductsHonestAdvertising,
            St::ProductsValuedFeatures,
            St::ProductsCustomerInput,
        ],
    },
    Section {
        id: Sec::Feedback,
        statements: &[
            St::FeedbackReviewComplaints,
            St::FeedbackAskForFeedback,
            St::FeedbackRemoveErrors,
        ],
    },
    Section {
        id: Sec::Knowing,
        statements: &[
            St::KnowingExpectations,
            St::KnowingFrequentContact,
            St::KnowingStaffKnowPriorities,
        ],
    },
    Section {
        id: Sec::Contact,
        statements: &[
            St::ContactEasyToDealWith,
            St::ContactResolveEveryComplaint,
            St::ContactWowTheCustomer,
        ],
    },
    Section {
        id: Sec::Staff,
        statements: &[
            St::StaffRespected,
            St::StaffProductKnowledge,
            St::StaffToolsAndSkills,
            St::StaffEmpowered,
            St::StaffOwnSatisfaction,
        ],
    },
    Section {
        id: Sec::Improvement,
        statements: &[
            St::ImprovementKeepImproving,
            St::ImprovementLearnFromOthers,
            St::ImprovementFixQuickly,
        ],
    },
];

/// How many statements the questionnaire has.
pub const STATEMENT_COUNT: usize = 25;

impl SectionId {
    /// All sections in questionnaire order.
    pub const ALL: [SectionId; 7] = [
        Sec::Culture,
        Sec::Products,
        Sec::Feedback,
        Sec::Knowing,
        Sec::Contact,
        Sec::Staff,
        Sec::Improvement,
    ];

    /// The stable id used in storage, files and links.
    pub const fn as_str(self) -> &'static str {
        match self {
            Sec::Culture => "culture",
            Sec::Products => "products",
            Sec::Feedback => "feedback",
            Sec::Knowing => "knowing",
            Sec::Contact => "contact",
            Sec::Staff => "staff",
            Sec::Improvement => "improvement",
        }
    }

    /// Parses a stable id; `None` for anything unknown.
    pub fn parse(id: &str) -> Option<SectionId> {
        Self::ALL.into_iter().find(|s| s.as_str() == id)
    }

    /// This section's entry in [`QUESTIONNAIRE`].
    pub fn section(self) -> &'static Section {
        &QUESTIONNAIRE[self as usize]
    }

    /// The statements of this section, in order.
    pub fn statements(self) -> &'static [StatementId] {
        self.section().statements
    }

    /// The section after this one, if any.
    pub fn next(self) -> Option<SectionId> {
        Self::ALL.get(self as usize + 1).copied()
    }

    /// The section before this one, if any.
    pub fn previous(self) -> Option<SectionId> {
        (self as usize).checked_sub(1).map(|i| Self::ALL[i])
    }
}

impl StatementId {
    /// All statements in questionnaire order.
    pub const ALL: [StatementId; STATEMENT_COUNT] = [
        St::CultureWhateverItTakes,
        St::CultureRightFirstTime,
        St::CultureOwnerSetsExample,
        St::CultureCustomerNeedsFirst,
        St::ProductsPartnershipSelling,
        St::ProductsHonestAdvertising,
        St::ProductsValuedFeatures,
        St::ProductsCustomerInput,
        St::FeedbackReviewComplaints,
        St::FeedbackAskForFeedback,
        St::FeedbackRemoveErrors,
        St::KnowingExpectations,
        St::KnowingFrequentContact,
        St::KnowingStaffKnowPriorities,
        St::ContactEasyToDealWith,
        St::ContactResolveEveryComplaint,
        St::ContactWowTheCustomer,
        St::StaffRespected,
        St::StaffProductKnowledge,
        St::StaffToolsAndSkills,
        St::StaffEmpowered,
        St::StaffOwnSatisfaction,
        St::ImprovementKeepImproving,
        St::ImprovementLearnFromOthers,
        St::ImprovementFixQuickly,
    ];

    /// The stable id used in storage, files and links: `section.statement`.
    pub const fn as_str(self) -> &'static str {
        match self {
            St::CultureWhateverItTakes => "culture.whatever-it-takes",
            St::CultureRightFirstTime => "culture.right-first-time",
            St::CultureOwnerSetsExample => "culture.owner-sets-example",
            St::CultureCustomerNeedsFirst => "culture.customer-needs-first",
            St::ProductsPartnershipSelling => "products.partnership-selling",
            St::ProductsHonestAdvertising => "products.honest-advertising",
            St::ProductsValuedFeatures => "products.valued-features",
            St::ProductsCustomerInput => "products.customer-input",
            St::FeedbackReviewComplaints => "feedback.review-complaints",
            St::FeedbackAskForFeedback => "feedback.ask-for-feedback",
            St::FeedbackRemoveErrors => "feedback.remove-errors",
            St::KnowingExpectations => "knowing.expectations",
            St::KnowingFrequentContact => "knowing.frequent-contact",
            St::KnowingStaffKnowPriorities => "knowing.staff-know-priorities",
            St::ContactEasyToDealWith => "contact.easy-to-deal-with",
            St::ContactResolveEveryComplaint => "contact.resolve-every-complaint",
            St::ContactWowTheCustomer => "contact.wow-the-customer",
            St::StaffRespected => "staff.respected",
            St::StaffProductKnowledge => "staff.product-knowledge",
            St::StaffToolsAndSkills => "staff.tools-and-skills",
            St::StaffEmpowered => "staff.empowered",
            St::StaffOwnSatisfaction => "staff.own-satisfaction",
            St::ImprovementKeepImproving => "improvement.keep-improving",
            St::ImprovementLearnFromOthers => "improvement.learn-from-others",
            St::ImprovementFixQuickly => "improvement.fix-quickly",
        }
    }

    /// Parses a stable id; `None` for anything unknown.
    pub fn parse(id: &str) -> Option<StatementId> {
        Self::ALL.into_iter().find(|s| s.as_str() == id)
    }

    /// The position of this statement in the questionnaire (0-based).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The section this statement belongs to.
    pub fn section(self) -> SectionId {
        QUESTIONNAIRE
            .iter()
            .find(|s| s.statements.contains(&self))
            .map(|s| s.id)
            .expect("invariant: every statement is listed in exactly one section")
    }
}

impl fmt::Display for SectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for StatementId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
