use assessment::{Report, Score};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{CompareView, ImportPanel, ReplaceButton, TrendChart};
use crate::app::archive::Archive;
use crate::app::replacement::Reason;
use crate::app::stored_plan::StoredPlan;
use crate::browser::dates;
use crate::browser::download;
use crate::browser::focus::HEADING_ID;
use crate::browser::storage::SaveFailed;
use crate::pages::tools::results::{ResultsView, Whose};
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;
use crate::ui::{keyed, Look};
use assessment::export::AnswerSet;

/// What the history page shows: the list, one snapshot, or two compared.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum View {
    List,
    Open(usize),
    Compare(usize, usize),
}

/// The history of snapshots: a list (newest first) with the trend, opening
/// one read-only, comparing two, deleting one, exporting all, importing.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let locale = use_locale();
    let archive = Archive::expect();
    let view_state = RwSignal::new(View::List);
    let unreadable = archive.problem.get_value().map(|reason| {
        view! {
            <p class="notice notice--warning" role="alert" data-testid="history-unreadable">
                {sentence!(locale, history.unreadable, reason = texts::decode_reason(locale, &reason))}
            </p>
        }
    });
    view! {
        <section class="history-page">
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, history.title)}</h2>
            {unreadable}
            <p class="notice notice--error" role="alert" hidden=move || archive.save_error.get().is_none()>
                {move || match archive.save_error.get() {
                    Some(SaveFailed::Full) => td_string!(locale, storage.full),
                    Some(SaveFailed::NewerElsewhere) => td_string!(locale, storage.newer),
                    _ => td_string!(locale, storage.save_failed),
                }}
            </p>
            // Keyed, not rebuilt in place: each view is built fresh (and the
            // wasm needs no code to patch one view into another).
            {keyed(move || view_state.get(), move |shown| match shown {
                    View::List => EitherOf3::A(view! { <HistoryList view_state /> }),
                    View::Open(index) => EitherOf3::B(view! { <SnapshotView index view_state /> }),
                    View::Compare(a, b) => EitherOf3::C(view! {
                        <BackToList view_state />
                        <CompareView before=a after=b />
                    }),
            })}
        </section>
    }
}

#[component]
fn BackToList(
    /// Switched back to the list.
    view_state: RwSignal<View>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p>
            <button type="button" class=Look::Link.class() on:click=move |_| view_state.set(View::List)>
                {td_string!(locale, history.back)}
            </button>
        </p>
    }
}

#[component]
fn SnapshotView(
    /// Which snapshot (oldest first).
    index: usize,
    /// Switched back to the list.
    view_state: RwSignal<View>,
) -> impl IntoView {
    let locale = use_locale();
    let snapshot = Archive::expect()
        .history
        .with_untracked(|h| h.snapshots.get(index).cloned())?;
    let date = dates::display_with_time_or_none(snapshot.taken_at.as_ref(), locale);
    // One snapshot's file: its answers only, as they were then.
    let json = download::export_url(vec![snapshot.clone()], None, locale);
    let file_name = download::file_name(snapshot.name.as_deref(), "json");
    Some(view! {
        <BackToList view_state />
        <h3>{sentence!(locale, history.snapshot_title, date = date)}</h3>
        {snapshot.name.clone().map(|name| view! { <p class="snapshot-name">{name}</p> })}
        {snapshot.note.clone().map(|note| view! { <p class="snapshot-note">{note}</p> })}
        <p class="snapshot-actions">
            <ReplaceButton
                label=td_string!(locale, history.load)
                primary=true
                reason=Reason::Snapshot
                answers=snapshot.answers.clone()
            />
            <a class=Look::Plain.class() href=json download=file_name data-testid="download-snapshot">
                {td_string!(locale, history.download_snapshot)}
            </a>
        </p>
        <ResultsView answers=snapshot.answers whose=Whose::Mine />
    })
}

#[component]
fn HistoryList(
    /// Switched to a snapshot or a comparison.
    view_state: RwSignal<View>,
) -> impl IntoView {
    let locale = use_locale();
    let archive = Archive::expect();
    let chosen = RwSignal::new(Vec::<usize>::new());
    let deleting = RwSignal::new(None::<usize>);
    let toggle = move |index: usize| {
        chosen.update(|c| {
            if let Some(at) = c.iter().position(|i| *i == index) {
                c.remove(at);
            } else {
                c.push(index);
                if c.len() > 2 {
                    c.remove(0);
                }
            }
        })
    };
    let compare = move |_| {
        let mut picked = chosen.get_untracked();
        picked.sort_unstable();
        if let [a, b] = picked[..] {
            view_state.set(View::Compare(a, b));
        }
    };
    // The whole history, and the plan beside it.
    let plan = StoredPlan::expect();
    let export = move || {
        download::export_url(
            archive.history.with(|h| h.snapshots.clone()),
            plan.for_export(),
            locale,
        )
    };
    let snapshots = move || {
        archive.history.with(|h| {
            h.snapshots
                .iter()
                .cloned()
                .enumerate()
                .rev()
                .collect::<Vec<_>>()
        })
    };
    let row = move |(index, snapshot): (usize, AnswerSet)| {
        let report = Report::new(&snapshot.answers);
        let date = dates::display_with_time_or_none(snapshot.taken_at.as_ref(), locale);
        let total = report
            .total
            .map(Score::one_decimal_down)
            .unwrap_or_default();
        let band = report
            .band()
            .map(|b| texts::band_title(locale, b))
            .unwrap_or_default();
        let checkbox_id = format!("snapshot-{index}");
        view! {
            <li class="history-item" data-index=index>
                <input
                    type="checkbox"
                    id=checkbox_id.clone()
                    prop:checked=move || chosen.with(|c| c.contains(&index))
                    on:change=move |_| toggle(index)
                />
                <label for=checkbox_id class="history-item__label">
                    <span class="history-item__date">{date}</span>
                    " "
                    <strong data-testid="history-total">{total}</strong>
                    " "
                    <span>{band}</span>
                    {snapshot.name.clone().map(|n| view! { <span class="history-item__name">" · "{n}</span> })}
                    {snapshot.note.clone().map(|n| view! { <span class="history-item__note">" · "{n}</span> })}
                </label>
                <button type="button" class=Look::Link.class() on:click=move |_| view_state.set(View::Open(index))>
                    {td_string!(locale, history.open)}
                </button>
                <button type="button" class=Look::Link.class() on:click=move |_| deleting.set(Some(index))>
                    {td_string!(locale, history.delete)}
                </button>
                <div class="confirm" role="group" hidden=move || deleting.get() != Some(index)>
                    <p>{td_string!(locale, history.delete_question)}</p>
                    <button
                        type="button"
                        class=Look::Danger.class()
                        on:click=move |_| {
                            deleting.set(None);
                            chosen.set(Vec::new());
                            archive.remove(snapshot.clone());
                        }
                    >
                        {td_string!(locale, history.delete_confirm)}
                    </button>
                    <button type="button" class=Look::Plain.class() on:click=move |_| deleting.set(None)>
                        {td_string!(locale, history.cancel)}
                    </button>
                </div>
            </li>
        }
    };
    let empty = move || archive.history.with(|h| h.snapshots.is_empty());
    view! {
        <p class="hint">{td_string!(locale, history.explain)}</p>
        <p hidden=move || !empty()>{td_string!(locale, history.empty)}</p>
        <TrendChart />
        <ul class="history-list">
            <For each=snapshots key=|(index, s)| (*index, s.taken_at.clone()) children=row />
        </ul>
        <p hidden=empty>
            <button
                type="button"
                class=Look::Primary.class()
                disabled=move || chosen.with(|c| c.len() != 2)
                on:click=compare
            >
                {td_string!(locale, history.compare)}
            </button>
            " "
            <a class=Look::Plain.class() href=export download=download::file_name(None, "json") data-testid="download-history">
                {td_string!(locale, history.export)}
            </a>
        </p>
        <ImportPanel />
    }
}
