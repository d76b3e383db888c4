use assessment::export::ExportFile;
use assessment::{Answers, Score, TeamSummary};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::file_input;
use crate::focus::HEADING_ID;
use crate::language::use_locale;
use crate::shared_link;
use crate::text;

/// One person in the team view.
#[derive(Clone)]
struct Member {
    name: Option<String>,
    answers: Answers,
}

/// The team view: several people's exported files or shared links, compared
/// per section (mean, lowest, highest, spread), the statements they disagree
/// on most, and steps for the team's weakest sections. Kept in memory only:
/// nothing leaves the browser, nothing is stored.
#[component]
pub fn TeamPage() -> impl IntoView {
    let locale = use_locale();
    let members = RwSignal::new(Vec::<Member>::new());
    // Bumped on every change: the list and the summary are rebuilt, not patched.
    let version = RwSignal::new(0u32);
    let rejected = RwSignal::new(0usize);
    let links = RwSignal::new(String::new());
    let add_files = move |event: web_sys::Event| {
        file_input::read_chosen(&event, move |text| {
            match text.as_deref().map(ExportFile::decode) {
                Some(Ok(file)) => {
                    members.update(|m| {
                        m.extend(file.sets.into_iter().map(|s| Member {
                            name: s.name,
                            answers: s.answers,
                        }))
                    });
                    version.update(|v| *v += 1);
                }
                _ => rejected.update(|r| *r += 1),
            }
        });
    };
    let add_links = move |_| {
        for line in links
            .get_untracked()
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            match shared_link::decode_link(line) {
                Ok(answers) => {
                    members.update(|m| {
                        m.push(Member {
                            name: None,
                            answers,
                        })
                    });
                    version.update(|v| *v += 1);
                }
                Err(_) => rejected.update(|r| *r += 1),
            }
        }
        links.set(String::new());
    };
    let list = move |_| {
        members
            .get_untracked()
            .into_iter()
            .enumerate()
            .map(|(index, member)| {
                let name = member.name.unwrap_or_else(|| {
                    td_string!(locale, team.person, number = index + 1).to_string()
                });
                view! {
                    <li>
                        <span class="team-member__name">{name}</span>
                        " "
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| {
                                members.update(|m| {
                                    m.remove(index);
                                });
                                version.update(|v| *v += 1);
                            }
                        >
                            {td_string!(locale, team.remove)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let summary = move |_| {
        let answers: Vec<Answers> =
            members.with_untracked(|m| m.iter().map(|p| p.answers.clone()).collect());
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
                <button type="button" class="button" on:click=add_links>
                    {td_string!(locale, team.add_links)}
                </button>
            </p>
            <p role="status" data-testid="team-rejected">
                {move || {
                    let count = rejected.get();
                    (count > 0).then(|| td_string!(locale, team.rejected, count = count).to_string())
                }}
            </p>
            <ul class="team-members">
                <For each=move || [version.get()] key=|v| *v children=list />
            </ul>
            <p hidden=move || members.with(|m| m.len() >= 2)>{td_string!(locale, team.empty)}</p>
            <For each=move || [version.get()] key=|v| *v children=summary />
        </section>
    }
}

fn team_summary(locale: crate::i18n::Locale, team: &TeamSummary) -> impl IntoView {
    let score = |s: Option<Score>| s.map(Score::two_decimals).unwrap_or_else(|| "–".into());
    let rows = team
        .sections
        .iter()
        .map(|s| {
            view! {
                <tr data-section=s.section.as_str()>
                    <th scope="row">{text::section_title(locale, s.section)}</th>
                    <td data-testid="team-mean">{s.mean.map(|m| m.two_decimals()).unwrap_or_else(|| "–".into())}</td>
                    <td>{score(s.lowest)}</td>
                    <td>{score(s.highest)}</td>
                    <td>{s.spread().map(|d| d.two_decimals().trim_start_matches('+').to_string()).unwrap_or_else(|| "–".into())}</td>
                    <td class="hint">{td_string!(locale, team.people, count = s.people, total = team.members)}</td>
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
                    <strong>{text::statement(locale, d.statement)}</strong>
                    " "
                    {td_string!(locale, team.rated_range, lowest = d.lowest.value(), highest = d.highest.value())}
                </li>
            }
        })
        .collect_view();
    let advice = team
        .weakest_sections()
        .into_iter()
        .take(2)
        .map(|s| {
            let steps = text::section_actions(locale, s.section)
                .into_iter()
                .map(|step| view! { <li>{step}</li> })
                .collect_view();
            view! {
                <h4>{text::section_title(locale, s.section)}</h4>
                <ul>{steps}</ul>
            }
        })
        .collect_view();
    view! {
        <h3>{td_string!(locale, team.sections_title)}</h3>
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
        <h3>{td_string!(locale, team.disagree_title)}</h3>
        {team.disagreements.is_empty().then(|| view! { <p>{td_string!(locale, team.no_disagreement)}</p> })}
        <ul class="team-disagreements">{disagreements}</ul>
        <h3>{td_string!(locale, team.advice_title)}</h3>
        {advice}
    }
}
