//! `<PlanApp/>`: the plan page (`plan.html`), from the score to the
//! business's own customer-service policy and action plan, in short steps
//! that can be done in any order and left half done. An overview
//! (`plan.html`, `#steps`) says which are done; each step (`#targets`, …)
//! has guidance, an example and fields saved as they are typed. A page (and
//! wasm file) of its own, so neither the self-check nor the results load
//! it; it reads the same answers from the same storage.

mod actions_step;
mod discretion_step;
mod document_step;
mod field;
mod goal_chart;
mod goals_step;
mod issues_step;
mod launch_step;
mod policies_step;
mod removed_notice;
mod step;
mod targets_step;
mod vision_step;

pub use step::Step;

use actions_step::ActionsStep;
use discretion_step::DiscretionStep;
use document_step::DocumentStep;
use goals_step::GoalsStep;
use issues_step::IssuesStep;
use launch_step::LaunchStep;
use policies_step::PoliciesStep;
use targets_step::TargetsStep;
use vision_step::VisionStep;

use crate::plan_text;
use assessment::Report;
use leptos::either::{Either, EitherOf9};
use leptos::prelude::*;
use leptos_i18n::td_string;

use assessment::DecodeError;

use crate::app::bootstrap::{self, Started};
use crate::app::language_texts::{LanguageTexts, PlanTexts};
use crate::app::plan_store::PlanStore;
use crate::app::session::Session;
use crate::browser::address;
use crate::browser::focus::HEADING_ID;
use crate::i18n::Locale;
use crate::texts;
use crate::texts::language::{self, use_locale};
use crate::ui::{keyed, AppFooter, AppHeader, ShellNotices, StorageNotices};
use step::Progress;

/// The overview's address fragment.
const OVERVIEW: &str = "#steps";

/// The plan page: the session and the plan restored and kept saved, the
/// step named in the address shown, and Back and Forward followed.
#[component]
pub fn PlanApp() -> impl IntoView {
    let Started {
        session,
        slot,
        mode,
        problem,
        save_error,
        ..
    } = bootstrap::start();
    let plan = PlanStore::provide(mode, &slot);
    let step = RwSignal::new(Step::from_fragment(&address::fragment()));
    window_event_listener(leptos::ev::hashchange, move |_| {
        step.set(Step::from_fragment(&address::fragment()));
        crate::browser::focus::heading_after_render();
    });
    let texts = LanguageTexts::follow::<PlanTexts>(session);
    // Keyed on the language shown, once its texts are loaded.
    view! {
        {keyed(
            move || texts.shown.get(),
            move |shown| shown.map(|locale| {
                language::provide_locale(locale, crate::notice_words!(plan_text, locale));
                let frame = texts::FrameWords::compiled(locale);
                view! {
                    <AppHeader words=frame />
                    <StorageNotices problem=problem.clone() save_error />
                    <p class="notice notice--error" role="alert" hidden=move || !texts.failed.get()>
                        {td_string!(locale, language.load_failed)}
                    </p>
                    <PlanNotices plan />
                    <ShellNotices />
                    <PlanNav />
                    <main id="main">
                        {keyed(move || step.get(), |step| view! { <PlanPage step /> })}
                    </main>
                    <AppFooter words=frame />
                }
            }),
        )}
    }
}

/// Links to the self-check and the results, and the plan itself.
#[component]
fn PlanNav() -> impl IntoView {
    let locale = use_locale();
    view! {
        <nav class="section-nav" aria-label=td_string!(locale, nav.label)>
            <ol class="section-nav__list">
                <li>
                    <a class="section-nav__item" href="./">{td_string!(locale, nav.back)}</a>
                </li>
                <li>
                    <a class="section-nav__item" href="tools.html#results">{td_string!(locale, nav.results)}</a>
                </li>
                <li>
                    <a class="section-nav__item" href=OVERVIEW aria-current="page">{td_string!(locale, nav.plan)}</a>
                </li>
            </ol>
        </nav>
    }
}

/// What went wrong with the stored plan: unreadable at start (a copy is
/// kept), newer, or a change that did not reach storage.
#[component]
fn PlanNotices(plan: PlanStore) -> impl IntoView {
    let locale = use_locale();
    let startup = plan.problem.get_value().map(|problem| {
        let text = match problem {
            DecodeError::NewerSchema(_) => plan_text!(locale, plan.storage_newer).to_string(),
            reason => plan_text!(locale, plan.storage_unreadable, reason = language::use_notice_words().reason(&reason)),
        };
        view! { <p class="notice notice--warning" role="alert" data-testid="plan-storage-notice">{text}</p> }
    });
    view! {
        {startup}
        <p class="notice notice--error" role="alert" data-testid="plan-save-failed" hidden=move || plan.save_error.get().is_none()>
            {plan_text!(locale, plan.save_failed)}
        </p>
    }
}

/// How many months ahead the targets' date is suggested.
pub const TARGET_MONTHS: u32 = 3;

/// The plan: its overview, or one step.
#[component]
pub fn PlanPage(
    /// The step shown; the overview when none.
    step: Option<Step>,
) -> impl IntoView {
    let locale = use_locale();
    match step {
        None => Either::Left(view! { <PlanOverview /> }),
        Some(step) => {
            let body = match step {
                Step::Targets => EitherOf9::A(view! { <TargetsStep /> }),
                Step::Issues => EitherOf9::B(view! { <IssuesStep /> }),
                Step::Vision => EitherOf9::C(view! { <VisionStep /> }),
                Step::Goals => EitherOf9::D(view! { <GoalsStep /> }),
                Step::Policies => EitherOf9::E(view! { <PoliciesStep /> }),
                Step::Discretion => EitherOf9::F(view! { <DiscretionStep /> }),
                Step::Launch => EitherOf9::G(view! { <LaunchStep /> }),
                Step::Actions => EitherOf9::H(view! { <ActionsStep /> }),
                Step::Document => EitherOf9::I(view! { <DocumentStep /> }),
            };
            let next = step.next().map(|next| {
                view! {
                    <a class="button button--primary" href=next.fragment()>
                        {plan_text!(locale, plan.next_step, step = step_title(locale, next))}
                    </a>
                }
            });
            Either::Right(view! {
                <section class="plan-step" data-step=&step.fragment()[1..]>
                    <p class="plan-step__up">
                        <a href=OVERVIEW>{plan_text!(locale, plan.all_steps)}</a>
                    </p>
                    <h2 id=HEADING_ID tabindex="-1">{step_title(locale, step)}</h2>
                    <p class="hint">{plan_text!(locale, plan.saved)}</p>
                    {body}
                    <p class="plan-step__next">{next}</p>
                </section>
            })
        }
    }
}

/// The overview: what the plan is for, a start from the results, and every
/// step with how far it is done.
#[component]
fn PlanOverview() -> impl IntoView {
    let locale = use_locale();
    let store = PlanStore::expect();
    let answers = Session::expect().answers;
    let report = Memo::new(move |_| answers.with(Report::new));
    let start = move || {
        let report = report.get();
        let complete = report.total.is_some();
        let started = store.plan.with(|p| p.baseline.is_some());
        match (complete, started) {
            (true, false) => Some(Either::Left(view! {
                <div class="plan-start">
                    <button
                        type="button"
                        class="button button--primary"
                        data-testid="plan-start"
                        on:click=move |_| {
                            store.start_from(&answers.get_untracked(), TARGET_MONTHS);
                            crate::browser::focus::heading_after_render();
                        }
                    >
                        {plan_text!(locale, plan.start)}
                    </button>
                    <p class="hint">{plan_text!(locale, plan.start_hint)}</p>
                </div>
            })),
            (false, _) => Some(Either::Right(view! {
                <p class="plan-no-results" data-testid="plan-no-results">
                    {plan_text!(locale, plan.no_results)} " "
                    <a href="./">{plan_text!(locale, plan.take_check)}</a>
                </p>
            })),
            (true, true) => None,
        }
    };
    // The first step not done yet, once the plan is started.
    let continue_link = move || {
        store.plan.with(|p| {
            let next = (!p.is_empty())
                .then(|| Step::ALL.into_iter().find(|s| s.progress(p) != Progress::Done))
                .flatten()?;
            Some(view! {
                <p>
                    <a class="button button--primary" href=next.fragment() data-testid="plan-continue">
                        {plan_text!(locale, plan.continue_with, step = step_title(locale, next))}
                    </a>
                </p>
            })
        })
    };
    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let progress = move || store.plan.with(|p| step.progress(p));
            view! {
                <li class="plan-overview__step" data-step=&step.fragment()[1..]>
                    <a href=step.fragment()>{step_title(locale, step)}</a>
                    <span class="plan-overview__state" data-state=move || progress_id(progress())>
                        {move || progress_text(locale, progress())}
                    </span>
                    <p>{step_summary(locale, step)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="plan-overview">
            <h2 id=HEADING_ID tabindex="-1">{plan_text!(locale, plan.title)}</h2>
            <p>{plan_text!(locale, plan.intro)}</p>
            {start}
            {continue_link}
            <nav aria-label=plan_text!(locale, plan.steps_label)>
                <ol class="plan-overview__steps">{steps}</ol>
            </nav>
            <p class="hint">{plan_text!(locale, plan.saved)}</p>
        </section>
    }
}

/// A step's title.
pub fn step_title(locale: Locale, step: Step) -> &'static str {
    match step {
        Step::Targets => plan_text!(locale, plan.targets.title),
        Step::Issues => plan_text!(locale, plan.issues.title),
        Step::Vision => plan_text!(locale, plan.vision.title),
        Step::Goals => plan_text!(locale, plan.goals.title),
        Step::Policies => plan_text!(locale, plan.policies.title),
        Step::Discretion => plan_text!(locale, plan.discretion.title),
        Step::Launch => plan_text!(locale, plan.launch.title),
        Step::Actions => plan_text!(locale, plan.actions.title),
        Step::Document => plan_text!(locale, plan.document.title),
    }
}

fn step_summary(locale: Locale, step: Step) -> &'static str {
    match step {
        Step::Targets => plan_text!(locale, plan.targets.summary),
        Step::Issues => plan_text!(locale, plan.issues.summary),
        Step::Vision => plan_text!(locale, plan.vision.summary),
        Step::Goals => plan_text!(locale, plan.goals.summary),
        Step::Policies => plan_text!(locale, plan.policies.summary),
        Step::Discretion => plan_text!(locale, plan.discretion.summary),
        Step::Launch => plan_text!(locale, plan.launch.summary),
        Step::Actions => plan_text!(locale, plan.actions.summary),
        Step::Document => plan_text!(locale, plan.document.summary),
    }
}

fn progress_text(locale: Locale, progress: Progress) -> &'static str {
    match progress {
        Progress::Empty => plan_text!(locale, plan.state_empty),
        Progress::Started => plan_text!(locale, plan.state_started),
        Progress::Done => plan_text!(locale, plan.state_done),
    }
}

fn progress_id(progress: Progress) -> &'static str {
    match progress {
        Progress::Empty => "empty",
        Progress::Started => "started",
        Progress::Done => "done",
    }
}

/// A guidance block: the advice in plain words, and an example.
fn guidance(locale: Locale, guide: &'static str, example: &'static str) -> impl IntoView {
    view! {
        <div class="plan-guide">
            <p>{guide}</p>
            <p class="plan-guide__example">
                <strong>{plan_text!(locale, plan.example)} ": "</strong>
                {example}
            </p>
        </div>
    }
}
