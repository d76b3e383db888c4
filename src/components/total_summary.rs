use assessment::STATEMENT_COUNT;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::session::Session;
use crate::text;

/// The total out of 35 with its band and what the band means, or, until all
/// 25 statements are rated, how many are left.
#[component]
pub fn TotalSummary() -> impl IntoView {
    let session = Session::expect();
    let locale = session.locale;
    move || {
        let report = session.report.get();
        match (report.total, report.band()) {
            (Some(total), Some(band)) => view! {
                <div class="total-summary" data-band=band.as_str()>
                    <p class="total-summary__label">{td_string!(locale.get(), results.total_label)}</p>
                    <p class="total-summary__score">
                        <span class="total-summary__value" data-testid="total">
                            {total.one_decimal_down()}
                        </span>
                        " "
                        <span class="total-summary__out-of">{td_string!(locale.get(), results.out_of)}</span>
                    </p>
                    <h3 class="total-summary__band" data-testid="band">
                        {text::band_title(locale.get(), band)}
                    </h3>
                    <p>{text::band_meaning(locale.get(), band)}</p>
                </div>
            }
            .into_any(),
            _ => {
                let missing = STATEMENT_COUNT - session.answers.with(|a| a.answered());
                view! {
                    <div class="total-summary total-summary--incomplete">
                        <p data-testid="incomplete">
                            {td_string!(locale.get(), results.incomplete, missing = missing)}
                        </p>
                    </div>
                }
                .into_any()
            }
        }
    }
}
