//! The words of the notices every page may show: storage problems, a new
//! version, storage the browser may erase, being embedded, and a crash.
//! Each page gives them to the shared widgets (`StorageNotices`,
//! `ShellNotices`) and the crash notice: compiled in on the tools page,
//! loaded with the language on the self-check and plan pages (see
//! `texts::pack`), so those pages' wasm does not carry every language's.

use assessment::DecodeError;

use crate::i18n::Locale;

#[derive(Clone, Copy)]
pub struct NoticeWords {
    pub save_failed: &'static str,
    pub full: &'static str,
    pub newer: &'static str,
    pub memory_only: &'static str,
    /// The stored record could not be read, for this reason: whether a copy
    /// was kept decides which message.
    pub unreadable: fn(Locale, &str, bool) -> String,
    pub download: &'static str,
    pub may_be_erased: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub embed_partitioned: &'static str,
    pub embed_full_tab: &'static str,
    pub crash_message: &'static str,
    pub crash_reload: &'static str,
    /// Why a record could not be read, in the order of [`reason`](Self::reason).
    reasons: [&'static str; 11],
}

impl NoticeWords {
    /// From the texts in the order [`notice_words!`](crate::notice_words)
    /// lists them.
    #[doc(hidden)]
    pub fn new(
        words: [&'static str; 12],
        reasons: [&'static str; 11],
        unreadable: fn(Locale, &str, bool) -> String,
    ) -> NoticeWords {
        let [save_failed, full, newer, memory_only, download, may_be_erased, update_ready, update_reload, embed_partitioned, embed_full_tab, crash_message, crash_reload] =
            words;
        NoticeWords {
            save_failed,
            full,
            newer,
            memory_only,
            unreadable,
            download,
            may_be_erased,
            update_ready,
            update_reload,
            embed_partitioned,
            embed_full_tab,
            crash_message,
            crash_reload,
            reasons,
        }
    }

    /// Why a record could not be read, in words.
    pub fn reason(&self, error: &DecodeError) -> &'static str {
        self.reasons[match error {
            DecodeError::TooLarge => 0,
            DecodeError::NotJson => 1,
            DecodeError::NotOurs => 2,
            DecodeError::NewerSchema(_) => 3,
            DecodeError::Malformed => 4,
            DecodeError::UnknownStatement => 5,
            DecodeError::DuplicateStatement(_) => 6,
            DecodeError::RatingOutOfRange(_) => 7,
            DecodeError::OtherQuestionnaire => 8,
            DecodeError::TextTooLong => 9,
            DecodeError::BadDate => 10,
        }]
    }
}

/// The notices' words in `$locale`, through the text macro `$text`
/// (`td_string`, `plan_text` or `check_text`).
#[macro_export]
macro_rules! notice_words {
    ($text:ident, $locale:expr) => {{
        let locale = $locale;
        $crate::texts::NoticeWords::new(
            [
                $text!(locale, storage.save_failed),
                $text!(locale, storage.full),
                $text!(locale, storage.newer),
                $text!(locale, storage.memory_only),
                $text!(locale, storage.download),
                $text!(locale, storage.may_be_erased),
                $text!(locale, update.ready),
                $text!(locale, update.reload),
                $text!(locale, embed.partitioned),
                $text!(locale, embed.full_tab),
                $text!(locale, crash.message),
                $text!(locale, crash.reload),
            ],
            [
                $text!(locale, storage.reason_too_large),
                $text!(locale, storage.reason_not_json),
                $text!(locale, storage.reason_not_ours),
                $text!(locale, storage.reason_newer),
                $text!(locale, storage.reason_malformed),
                $text!(locale, storage.reason_unknown_statement),
                $text!(locale, storage.reason_duplicate),
                $text!(locale, storage.reason_out_of_range),
                $text!(locale, storage.reason_other_questionnaire),
                $text!(locale, storage.reason_text_too_long),
                $text!(locale, storage.reason_bad_date),
            ],
            |locale, reason, kept| {
                if kept {
                    $text!(locale, storage.unreadable, reason = reason)
                } else {
                    $text!(locale, storage.unreadable_not_kept, reason = reason)
                }
            },
        )
    }};
}
