use assessment::export::AnswerSet;
use assessment::share_code::decode_lines;
use assessment::{Answers, Roster, Score, ShareCodeError, TeamSummary, NO_FIGURE};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::chosen_file::{self, Unusable};
use crate::browser::file_input;
use crate::browser::focus::HEADING_ID;
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;
use crate::ui::{keyed, Look, TableScroll};

/// The team view: several people's exported files or shared links, each
/// with a name (from their file, editable here), compared: the team's total,
/// per section the mean, lowest, highest and spread, the statements they
/// disagree on most, and steps for the team's weakest sections. The same
/// file is counted once. Kept in memory only: nothing leaves the browser,
/// nothing is stored.
#[component]
pub fn TeamPage() -> impl IntoView {
    let locale = use_locale();
    let roster = RwSignal::new(Roster::default());
    // Files that could not be used: their names and why.
    let left_out = RwSignal::new(Vec::<(String, Unusable)>::new());
    let already = RwSignal::new(0usize);
    let links = RwSignal::new(String::new());
    // The lines of the box that could not be read, numbered as the box
    // now holds them.
    let bad_lines = RwSignal::new(Vec::<(usize, ShareCodeError)>::new());
    let add = move |set: AnswerSet| {
        let mut added = true;
        roster.update(|r| added = r.add(set).is_ok());
        if !added {
            already.update(|n| *n += 1);
        }
    };
    let add_files = move |event: leptos::ev::Event| {
        file_input::read_chosen(&event, move |file| match chosen_file::decode(&file) {
            Ok(export) => export.sets.into_iter().for_each(add),
            Err(why) => left_out.update(|l| l.push((file.name, why))),
        });
    };
    let add_links = move |_| {
        let text = links.get_untracked();
        let (read, failed) = decode_lines(&text);
        for answers in read {
            add(AnswerSet {
                answers,
                ..AnswerSet::default()
            });
        }
        links.set(
            failed
                .iter()
                .map(|(_, line, _)| *line)
                .collect::<Vec<_>>()
                .join("\n"),
        );
        bad_lines.set(
            failed
                .iter()
                .enumerate()
                .map(|(at, (_, _, error))| (at + 1, *error))
                .collect(),
        );
    };
    let bad_line_list = move || {
        bad_lines.with(|lines| {
            (!lines.is_empty()).then(|| {
                let items = lines
                    .iter()
                    .map(|(line, error)| {
                        let reason = texts::share_code_reason(locale, *error);
                        view! { <li>{sentence!(locale, team.bad_line, line = *line, reason = reason)}</li> }
                    })
                    .collect_view();
                view! {
                    <div class="notice notice--warning" role="alert" data-testid="team-bad-lines">
                        <ul>{items}</ul>
                        <p>{td_string!(locale, team.bad_lines_kept)}</p>
                    </div>
                }
            })
        })
    };
    // One row per person, rebuilt only when people come or go (not while a
    // name is typed).
    let people = move || {
        roster.with(|r| {
            r.members
                .iter()
                .enumerate()
                .map(|(index, m)| (index, m.set.clone()))
                .collect::<Vec<_>>()
        })
    };
    let row = move |(index, _): (usize, AnswerSet)| {
        let number = index + 1;
        let name = roster.with_untracked(|r| r.members[index].name.clone().unwrap_or_default());
        view! {
            <li>
                <input
                    type="text"
                    class="team-member__name"
                    maxlength=assessment::limits::MAX_TEXT_CHARS
                    value=name
                    placeholder=sentence!(locale, team.person, number = number).to_string()
                    aria-label=sentence!(locale, team.name_label, number = number).to_string()
                    on:input=move |event| {
                        let typed = event_target_value(&event);
                        roster.update(|r| {
                            if let Some(member) = r.members.get_mut(index) {
                                member.name = Some(typed).filter(|t| !t.trim().is_empty());
                            }
                        });
                    }
                />
                " "
                <button
                    type="button"
                    class=Look::Link.class()
                    on:click=move |_| {
                        roster.update(|r| {
                            r.members.remove(index);
                        });
                    }
                >
                    {td_string!(locale, team.remove)}
                </button>
            </li>
        }
    };
    // The figures, rebuilt when the people's answers change.
    let answers = move || {
        roster.with(|r| {
            r.members
                .iter()
                .map(|m| m.set.answers.clone())
                .collect::<Vec<Answers>>()
        })
    };
    let summary = move |answers: Vec<Answers>| {
        (answers.len() >= 2).then(|| team_summary(locale, &TeamSummary::new(&answers)))
    };
    view! {
        <section class="team-page">
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, team.title)}</h2>
            <p>{td_string!(locale, team.explain)}</p>
            <p>
                <label for="team-files">{td_string!(locale, team.add_files)}</label>
                <input id="team-files" type="file" multiple accept=".json,application/json" on:change=add_files />
            </p>
            <p>
                <label for="team-links">{td_string!(locale, team.links_label)}</label>
                <textarea id="team-links" rows="3" bind:value=links></textarea>
                <button type="button" class=Look::Plain.class() on:click=add_links>
                    {td_string!(locale, team.add_links)}
                </button>
            </p>
            {bad_line_list}
            <ul class="team-left-out" role="status" data-testid="team-rejected">
                {move || {
                    left_out
                        .get()
                        .into_iter()
                        .map(|(file, why)| {
                            let reason = texts::unusable_reason(locale, &why);
                            view! { <li>{sentence!(locale, team.file_left_out, file = file, reason = reason)}</li> }
                        })
                        .collect_view()
                }}
            </ul>
            <p role="status" data-testid="team-already">
                {move || {
                    let count = already.get();
                    (count > 0).then(|| sentence!(locale, team.already, count = count).to_string())
                }}
            </p>
            <ul class="team-members">
                <For each=people key=|person| person.clone() children=row />
            </ul>
            <p hidden=move || roster.with(|r| r.members.len() >= 2)>{td_string!(locale, team.empty)}</p>
            {keyed(answers, summary)}
        </section>
    }
}

fn team_summary(locale: crate::i18n::Locale, team: &TeamSummary) -> impl IntoView {
    let score = |s: Option<Score>| {
        s.map(Score::two_decimals)
            .unwrap_or_else(|| NO_FIGURE.into())
    };
    let total = team.total.map(|mean| {
        view! {
            <div class="total-summary team-total" data-band=mean.band().as_str()>
                <p class="total-summary__label">{td_string!(locale, team.total_title)}</p>
                <p class="total-summary__score">
                    <span class="total-summary__value" data-testid="team-total">
                        {mean.one_decimal_down()}
                    </span>
                    " "
                    <span class="total-summary__out-of">{td_string!(locale, results.out_of)}</span>
                </p>
                <p class="total-summary__band" data-testid="team-band">
                    <strong>{texts::band_title(locale, mean.band())}</strong>
                </p>
                <p class="hint">
                    {sentence!(locale, team.total_people, count = team.finished, members = team.members)}
                </p>
            </div>
        }
    });
    let rows = team
        .sections
        .iter()
        .map(|s| {
            view! {
                <tr data-section=s.section.as_str()>
                    <th scope="row">{texts::section_title(locale, s.section)}</th>
                    <td data-testid="team-mean">{s.mean.map(|m| m.two_decimals()).unwrap_or_else(|| NO_FIGURE.into())}</td>
                    <td>{score(s.lowest)}</td>
                    <td>{score(s.highest)}</td>
                    <td>{score(s.spread())}</td>
                    <td class="hint">{sentence!(locale, team.people, count = s.people, total = team.members)}</td>
                </tr>
            }
        })
        .collect_view();
    let disagreements = team
        .disagreements
        .iter()
        .take(5)
        .map(|d| {
            view! {
                <li data-statement=d.statement.as_str()>
                    <strong>{texts::statement(locale, d.statement)}</strong>
                    " "
                    {sentence!(locale, team.rated_range, lowest = d.lowest.value(), highest = d.highest.value())}
                </li>
            }
        })
        .collect_view();
    let advice = team
        .weakest_sections()
        .into_iter()
        .take(2)
        .map(|s| {
            let steps = texts::section_actions(locale, s.section)
                .into_iter()
                .map(|step| view! { <li>{step}</li> })
                .collect_view();
            view! {
                <h4>{texts::section_title(locale, s.section)}</h4>
                <ul>{steps}</ul>
            }
        })
        .collect_view();
    view! {
        {total}
        <h3 id="team-sections-title">{td_string!(locale, team.sections_title)}</h3>
        <TableScroll labelled_by="team-sections-title">
        <table class="team-table">
            <thead>
                <tr>
                    <th scope="col">{td_string!(locale, compare.section)}</th>
                    <th scope="col">{td_string!(locale, team.mean)}</th>
                    <th scope="col">{td_string!(locale, team.lowest)}</th>
                    <th scope="col">{td_string!(locale, team.highest)}</th>
                    <th scope="col">{td_string!(locale, team.spread)}</th>
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </TableScroll>
        <h3>{td_string!(locale, team.disagree_title)}</h3>
        {team.disagreements.is_empty().then(|| view! { <p>{td_string!(locale, team.no_disagreement)}</p> })}
        <ul class="team-disagreements">{disagreements}</ul>
        <h3>{td_string!(locale, team.advice_title)}</h3>
        {advice}
    }
}
