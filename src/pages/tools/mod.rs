//! `<ToolsApp/>`: the tools page (`tools.html`): the results with their
//! advice, keeping, sharing and printing them, the history of snapshots, and
//! the team view. A separate page (and wasm file) so the self-check loads
//! only what answering needs; both share the same storage, so they always
//! see the same answers.

mod compare_view;
mod history_page;
mod import_panel;
mod keep_page;
mod keep_panel;
mod link_notice;
mod plan_import;
mod qr_code;
mod replace_button;
mod replace_notice;
mod results;
mod results_page;
mod share_panel;
mod shared_results;
mod start_over;
mod team_page;
mod trend_chart;

use compare_view::*;
use history_page::*;
use import_panel::*;
use keep_page::*;
use keep_panel::*;
use link_notice::*;
use plan_import::*;
use qr_code::*;
use replace_button::*;
use replace_notice::*;
use results_page::*;
use share_panel::*;
use shared_results::*;
use start_over::*;
use team_page::*;
use trend_chart::*;

use assessment::{Answers, ShareCodeError};
use leptos::either::EitherOf5;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::archive::Archive;
use crate::app::bootstrap::{self, Started};
use crate::app::replacement::Replacer;
use crate::app::stored_plan::StoredPlan;
use crate::browser::address;
use crate::browser::storage::Problem;
use crate::i18n::Locale;
use crate::texts::language;
use crate::ui::keyed;
use crate::ui::{AppFooter, AppHeader, ShellNotices, StorageNotices};

/// What the tools page shows, each with its address fragment (`#results`,
/// `#keep`, `#history`, `#team`), so each can be linked to; a shared link
/// (`#r=<code>`) shows the answers it carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Results,
    Keep,
    History,
    Team,
    Shared,
}

impl Tool {
    const ALL: [Tool; 4] = [Tool::Results, Tool::Keep, Tool::History, Tool::Team];

    fn fragment(self) -> &'static str {
        match self {
            Tool::Results => "#results",
            Tool::Keep => "#keep",
            Tool::History => "#history",
            Tool::Team => "#team",
            Tool::Shared => "",
        }
    }

    /// The tool named in the address; the results by default.
    fn from_location() -> Tool {
        let hash = address::fragment();
        Tool::ALL
            .into_iter()
            .find(|t| t.fragment() == hash)
            .unwrap_or(Tool::Results)
    }
}

/// The tools page.
#[component]
pub fn ToolsApp() -> impl IntoView {
    let Started {
        session,
        slot,
        mode,
        problem,
        save_error,
        ..
    } = bootstrap::start();
    let archive = Archive::provide(mode, &slot);
    StoredPlan::provide(&slot);
    Replacer::provide(session, archive);
    let tool = RwSignal::new(Tool::Results);
    let shared = RwSignal::new(None);
    let link_error = RwSignal::new(None);
    // The address says what to show, at start and whenever its fragment
    // changes (Back and Forward, a shared link pasted into this tab).
    let follow_address = move || {
        let (answers, error) = match address::shared_answers() {
            Some(Ok(answers)) => (Some(answers), None),
            Some(Err(error)) => {
                address::forget_fragment();
                (None, Some(error))
            }
            None => (None, None),
        };
        link_error.set(error);
        tool.set(if answers.is_some() {
            Tool::Shared
        } else {
            Tool::from_location()
        });
        // Answers in a shared link are shown apart from the person's own
        // until they choose.
        shared.set(answers);
    };
    follow_address();
    window_event_listener(leptos::ev::hashchange, move |_| follow_address());
    view! {
        {keyed(
            move || session.locale.get(),
            move |locale| {
                view! { <ToolsPage locale problem=problem.clone() save_error tool shared link_error /> }
            },
        )}
    }
}

#[component]
fn ToolsPage(
    /// The language every text below is rendered in.
    locale: Locale,
    /// What went wrong with storage when the page started, if anything.
    problem: Option<Problem>,
    /// Why the latest save did not reach storage, while it did not.
    save_error: RwSignal<Option<crate::browser::storage::SaveFailed>>,
    /// The tool shown.
    tool: RwSignal<Tool>,
    /// Answers from a shared link, until the person chooses what to do.
    shared: RwSignal<Option<Answers>>,
    /// Why a shared link could not be read, if it could not.
    link_error: RwSignal<Option<ShareCodeError>>,
) -> impl IntoView {
    language::provide_locale(locale, crate::notice_words!(td_string, locale));
    let session = crate::app::session::Session::expect();
    // Once the person has chosen what to do with a shared link: their own
    // results.
    let chosen = Callback::new(move |_| {
        shared.set(None);
        tool.set(Tool::Results);
    });
    let frame = crate::texts::FrameWords::compiled(locale);
    view! {
        <AppHeader words=frame />
        <StorageNotices problem save_error />
        <LinkNotice error=link_error />
        <ShellNotices />
        <ToolsNav tool />
        <main id="main">
            <ReplaceNotice />
            // Keyed by what each view shows (the tool, a shared link's
            // answers, and on the results and keep pages the person's own),
            // so each is built fresh for what it shows: a second link opened
            // in this tab shows its own answers, and "Undo" shows the answers
            // it brought back. The team view keeps its people meanwhile.
            {keyed(
                move || {
                    let tool = tool.get();
                    let own = matches!(tool, Tool::Results | Tool::Keep)
                        .then(|| session.answers.get());
                    (tool, shared.get(), own)
                },
                move |(shown, _, _)| {
                    match (shown, shared.get_untracked()) {
                    (Tool::Shared, Some(answers)) => {
                        EitherOf5::A(view! { <SharedResults answers done=chosen /> })
                    }
                    (Tool::Keep, _) => EitherOf5::B(view! { <KeepPage /> }),
                    (Tool::History, _) => EitherOf5::C(view! { <HistoryPage /> }),
                    (Tool::Team, _) => EitherOf5::D(view! { <TeamPage /> }),
                    _ => {
                        let targets = StoredPlan::expect().plan.with_untracked(|p| p.targets.clone());
                        EitherOf5::E(view! { <ResultsPage targets /> })
                    }
                }
                },
            )}
        </main>
        <AppFooter words=frame />
    }
}

/// Links between the tools, and back to the self-check.
#[component]
fn ToolsNav(
    /// The tool shown; the links switch it.
    tool: RwSignal<Tool>,
) -> impl IntoView {
    let locale = crate::texts::language::use_locale();
    let link = move |target: Tool, label: &'static str| {
        view! {
            <li>
                <a
                    class=format!("section-nav__item section-nav__item--{}", &target.fragment()[1..])
                    href=target.fragment()
                    aria-current=move || (tool.get() == target).then_some("page")
                    on:click=move |_| {
                        tool.set(target);
                        crate::browser::focus::heading_after_render();
                    }
                >
                    {label}
                </a>
            </li>
        }
    };
    view! {
        <nav class="section-nav" aria-label=td_string!(locale, nav.label)>
            <ol class="section-nav__list">
                <li>
                    <a class="section-nav__item" href="./">
                        {td_string!(locale, nav.back)}
                    </a>
                </li>
                {link(Tool::Results, td_string!(locale, nav.results))}
                <li>
                    <a class="section-nav__item section-nav__item--plan" href="plan.html">
                        {td_string!(locale, nav.plan)}
                    </a>
                </li>
                {link(Tool::Keep, td_string!(locale, keep.title))}
                {link(Tool::History, td_string!(locale, nav.history))}
                {link(Tool::Team, td_string!(locale, nav.team))}
            </ol>
        </nav>
    }
}
