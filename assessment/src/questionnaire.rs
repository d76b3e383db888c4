//! The self-test's structure: seven sections, twenty-five statements, in the
//! order the source article gives them (Forum Corporation's self-test for
//! customer-driven companies, as adapted in the seed documents).
//!
//! [`Statement`] and [`Section`] name the self-test's content; the app maps
//! each to its wording with an exhaustive `match`. [`StatementId`] and
//! [`SectionId`] are positions in the questionnaire being answered, with
//! stable string ids: storage, exports and links refer to those strings, so
//! an id may be added but never renamed. In the app the two coincide: each
//! statement appears once. Benchmark builds (features `scale-100`,
//! `scale-1000`) repeat the whole self-test to measure how cost grows; those
//! copies have ids such as `culture#2.right-first-time`.

use std::ops::Range;

/// One of the seven sections of the self-test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Culture,
    Products,
    Feedback,
    Knowing,
    Contact,
    Staff,
    Improvement,
}

/// One of the twenty-five statements of the self-test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Statement {
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

use Section as Sec;
use Statement as St;

/// The self-test, in order: each section with its statements. Everything
/// else (ids, order, section membership) is derived from this table.
const SELF_TEST: [(Section, &[Statement]); 7] = [
    (
        Sec::Culture,
        &[
            St::CultureWhateverItTakes,
            St::CultureRightFirstTime,
            St::CultureOwnerSetsExample,
            St::CultureCustomerNeedsFirst,
        ],
    ),
    (
        Sec::Products,
        &[
            St::ProductsPartnershipSelling,
            St::ProductsHonestAdvertising,
            St::ProductsValuedFeatures,
            St::ProductsCustomerInput,
        ],
    ),
    (
        Sec::Feedback,
        &[
            St::FeedbackReviewComplaints,
            St::FeedbackAskForFeedback,
            St::FeedbackRemoveErrors,
        ],
    ),
    (
        Sec::Knowing,
        &[
            St::KnowingExpectations,
            St::KnowingFrequentContact,
            St::KnowingStaffKnowPriorities,
        ],
    ),
    (
        Sec::Contact,
        &[
            St::ContactEasyToDealWith,
            St::ContactResolveEveryComplaint,
            St::ContactWowTheCustomer,
        ],
    ),
    (
        Sec::Staff,
        &[
            St::StaffRespected,
            St::StaffProductKnowledge,
            St::StaffToolsAndSkills,
            St::StaffEmpowered,
            St::StaffOwnSatisfaction,
        ],
    ),
    (
        Sec::Improvement,
        &[
            St::ImprovementKeepImproving,
            St::ImprovementLearnFromOthers,
            St::ImprovementFixQuickly,
        ],
    ),
];

const SELF_TEST_STATEMENTS: usize = 25;
const SELF_TEST_SECTIONS: usize = 7;

/// How many times the questionnaire repeats the self-test: once in the app,
/// more only in benchmark builds.
const COPIES: usize = if cfg!(feature = "scale-1000") {
    40
} else if cfg!(feature = "scale-100") {
    4
} else {
    1
};

/// How many statements the questionnaire has (25 in the app).
pub const STATEMENT_COUNT: usize = SELF_TEST_STATEMENTS * COPIES;
/// How many sections the questionnaire has (7 in the app).
pub const SECTION_COUNT: usize = SELF_TEST_SECTIONS * COPIES;

impl Section {
    /// All sections of the self-test, in order.
    pub const ALL: [Section; SELF_TEST_SECTIONS] = [
        Sec::Culture,
        Sec::Products,
        Sec::Feedback,
        Sec::Knowing,
        Sec::Contact,
        Sec::Staff,
        Sec::Improvement,
    ];

    /// The stable id: `culture`, `products`, ...
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

    /// The section's statements.
    pub fn statements(self) -> &'static [Statement] {
        SELF_TEST[self as usize].1
    }

    /// Position of the section's first statement within the self-test.
    fn first_statement(self) -> usize {
        SELF_TEST[..self as usize]
            .iter()
            .map(|(_, s)| s.len())
            .sum()
    }
}

impl Statement {
    /// All statements of the self-test, in order.
    pub const ALL: [Statement; SELF_TEST_STATEMENTS] = [
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

    /// The stable id: `section.statement`.
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

    /// The section the statement belongs to.
    pub fn section(self) -> Section {
        SELF_TEST
            .iter()
            .find(|(_, statements)| statements.contains(&self))
            .map(|(section, _)| *section)
            .expect("invariant: every statement is listed in exactly one section")
    }
}

/// A statement's position in the questionnaire (0-based); [`crate::Answers`]
/// uses it as an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatementId(u16);

/// A section's position in the questionnaire (0-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SectionId(u16);

impl StatementId {
    /// Every statement of the questionnaire, in order.
    pub fn all() -> impl Iterator<Item = StatementId> {
        (0..STATEMENT_COUNT as u16).map(StatementId)
    }

    /// The position of this statement in the questionnaire (0-based).
    pub const fn index(self) -> usize {
        self.0 as usize
    }

    /// Which of the self-test's statements this is.
    pub fn which(self) -> Statement {
        Statement::ALL[self.index() % SELF_TEST_STATEMENTS]
    }

    /// Which copy of the self-test it is in: always 0 in the app.
    fn copy(self) -> usize {
        self.index() / SELF_TEST_STATEMENTS
    }

    /// The section this statement belongs to.
    pub fn section(self) -> SectionId {
        SectionId((self.copy() * SELF_TEST_SECTIONS + self.which().section() as usize) as u16)
    }

    /// The stable id used in storage, files and links.
    pub fn as_str(self) -> &'static str {
        if COPIES == 1 {
            self.which().as_str()
        } else {
            copied_ids::statement(self.index())
        }
    }

    /// Parses a stable id; `None` for anything unknown.
    pub fn parse(id: &str) -> Option<StatementId> {
        Self::all().find(|s| s.as_str() == id)
    }
}

impl From<Statement> for StatementId {
    /// The statement's place in the (first copy of the) questionnaire.
    fn from(statement: Statement) -> StatementId {
        StatementId(statement as u16)
    }
}

impl SectionId {
    /// Every section of the questionnaire, in order.
    pub fn all() -> impl Iterator<Item = SectionId> {
        (0..SECTION_COUNT as u16).map(SectionId)
    }

    /// The first section.
    pub const FIRST: SectionId = SectionId(0);

    /// The last section.
    pub const LAST: SectionId = SectionId(SECTION_COUNT as u16 - 1);

    /// The position of this section in the questionnaire (0-based).
    pub const fn index(self) -> usize {
        self.0 as usize
    }

    /// Which of the self-test's sections this is.
    pub fn which(self) -> Section {
        Section::ALL[self.index() % SELF_TEST_SECTIONS]
    }

    /// The section's statements, in order.
    pub fn statements(self) -> impl ExactSizeIterator<Item = StatementId> + Clone {
        let copy = self.index() / SELF_TEST_SECTIONS;
        let section = self.which();
        let first = copy * SELF_TEST_STATEMENTS + section.first_statement();
        let range: Range<u16> = first as u16..(first + section.statements().len()) as u16;
        range.map(StatementId)
    }

    /// The section after this one, if any.
    pub fn next(self) -> Option<SectionId> {
        (self.index() + 1 < SECTION_COUNT).then(|| SectionId(self.0 + 1))
    }

    /// The section before this one, if any.
    pub fn previous(self) -> Option<SectionId> {
        self.0.checked_sub(1).map(SectionId)
    }

    /// The stable id used in storage, files and links.
    pub fn as_str(self) -> &'static str {
        if COPIES == 1 {
            self.which().as_str()
        } else {
            copied_ids::section(self.index())
        }
    }

    /// Parses a stable id; `None` for anything unknown.
    pub fn parse(id: &str) -> Option<SectionId> {
        Self::all().find(|s| s.as_str() == id)
    }
}

impl From<Section> for SectionId {
    /// The section's place in the (first copy of the) questionnaire.
    fn from(section: Section) -> SectionId {
        SectionId(section as u16)
    }
}

/// Ids of the benchmark builds' extra copies: the first copy keeps the
/// self-test's ids; copy `k` (from 2) is `section#k` and `section#k.statement`.
/// Built once, on first use; never reached in the app, where `COPIES` is 1.
mod copied_ids {
    use super::{Section, Statement, SELF_TEST_SECTIONS, SELF_TEST_STATEMENTS};
    use std::sync::OnceLock;

    fn copy_id(base: &str, copy: usize) -> String {
        if copy == 0 {
            return base.to_string();
        }
        match base.split_once('.') {
            Some((section, statement)) => format!("{section}#{}.{statement}", copy + 1),
            None => format!("{base}#{}", copy + 1),
        }
    }

    pub fn statement(index: usize) -> &'static str {
        static IDS: OnceLock<Vec<String>> = OnceLock::new();
        IDS.get_or_init(|| {
            (0..super::STATEMENT_COUNT)
                .map(|i| {
                    let base = Statement::ALL[i % SELF_TEST_STATEMENTS].as_str();
                    copy_id(base, i / SELF_TEST_STATEMENTS)
                })
                .collect()
        })[index]
            .as_str()
    }

    pub fn section(index: usize) -> &'static str {
        static IDS: OnceLock<Vec<String>> = OnceLock::new();
        IDS.get_or_init(|| {
            (0..super::SECTION_COUNT)
                .map(|i| {
                    let base = Section::ALL[i % SELF_TEST_SECTIONS].as_str();
                    copy_id(base, i / SELF_TEST_SECTIONS)
                })
                .collect()
        })[index]
            .as_str()
    }
}
