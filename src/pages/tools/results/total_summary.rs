use assessment::Report;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::Whose;
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;
use crate::ui::Announcement;

/// The total out of 35 with its band and what the band means (said once to
/// a screen reader), or, until all 25 statements are rated, how many are
/// left.
#[component]
pub fn TotalSummary(
    /// The results to summarise.
    report: Report,
    /// Whose results: someone else's total is not called "yours".
    whose: Whose,
) -> impl IntoView {
    let locale = use_locale();
    let label = match whose {
        Whose::Mine => td_string!(locale, results.total_label),
        Whose::Shared => td_string!(locale, link.total_label),
    };
    match (report.total, report.band()) {
        (Some(total), Some(band)) => Either::Left(view! {
            <Announcement text=format!(
                "{label} {} {}. {}",
                total.one_decimal_down(),
                td_string!(locale, results.out_of),
                texts::band_title(locale, band),
            ) />
            <div class="total-summary" data-band=band.as_str()>
                <p class="total-summary__label">{label}</p>
                <p class="total-summary__score">
                    <span class="total-summary__value" data-testid="total">
                        {total.one_decimal_down()}
                    </span>
                    " "
                    <span class="total-summary__out-of">{td_string!(locale, results.out_of)}</span>
                </p>
                <h3 class="total-summary__band" data-testid="band">
                    {texts::band_title(locale, band)}
                </h3>
                <p>{texts::band_meaning(locale, band)}</p>
            </div>
        }),
        _ => Either::Right(view! {
            <div class="total-summary total-summary--incomplete">
                <p data-testid="incomplete">
                    {sentence!(locale, results.incomplete, missing = report.unanswered.len())}
                </p>
            </div>
        }),
    }
}
