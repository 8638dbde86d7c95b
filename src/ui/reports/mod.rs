//! The report of a period, in the Vietnamese administrative layout: every figure from the records, the text
//! written from them and editable, the committee's prose kept with the report, a consistency panel, print.

pub mod docx;
mod results;
mod text;

use results::results;

use crate::domain::history::Change;
use crate::domain::members::composition::rounding_gap;
use crate::domain::report::{parts, stale_figures, term, MembersPart, Parts, Period, Section, SectionText};
use crate::domain::text::{format_date, format_money, format_percent, parse_date, roman};
use crate::i18n::{self, Lang, T};
use crate::ui::route::Route;
use crate::ui::session::{today, Session};
use crate::ui::widgets::chart::{Bar, BarChart};
use crate::ui::widgets::draft::{Draft, DraftRestored, StaleNotice};
use crate::ui::widgets::{field_id, t, DateField, QuickPeriods};
use chrono::Datelike;
use leptos::prelude::*;

/// The period chosen: "term", "year:2025", or "custom" with its two dates.
fn chosen_period(choice: &str, from: &str, to: &str, term: Period) -> Option<Period> {
    match choice.split_once(':') {
        Some(("year", y)) => Some(Period::year(y.parse().ok()?)),
        _ if choice == "custom" => {
            let (from, to) = (parse_date(from, today().year())?, parse_date(to, today().year())?);
            (from <= to).then_some(Period { from, to })
        }
        _ => Some(term),
    }
}

const PERIOD_KEY: &str = "so-cong-doan/report-period";

/// The report's period as last chosen in this tab: choice, from, to.
fn remembered_period() -> [Option<String>; 3] {
    let kept = window().session_storage().ok().flatten().and_then(|s| s.get_item(PERIOD_KEY).ok().flatten());
    let mut parts =
        kept.as_deref().unwrap_or_default().split('|').map(|p| Some(p.to_string()).filter(|_| kept.is_some()));
    [parts.next().flatten(), parts.next().flatten(), parts.next().flatten()]
}

fn remember_period(values: [String; 3]) {
    if let Some(storage) = window().session_storage().ok().flatten() {
        let _ = storage.set_item(PERIOD_KEY, &values.join("|"));
    }
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let term = Memo::new(move |_| session.book.with(|b| b.as_ref().map(|b| term(b, today()))));
    // The period chosen stays chosen when the user goes to another page and back, with what was written for it.
    let [kept_choice, kept_from, kept_to] = remembered_period();
    let choice = RwSignal::new(kept_choice.unwrap_or_else(|| "term".to_string()));
    let from = RwSignal::new(kept_from.unwrap_or_default());
    let to = RwSignal::new(kept_to.unwrap_or_else(|| format_date(today())));
    Effect::new(move |_| remember_period([choice.get(), from.get(), to.get()]));
    let period = Memo::new(move |_| chosen_period(&choice.get(), &from.get(), &to.get(), term.get()?));
    let parts = Memo::new(move |_| {
        let period = period.get()?;
        session.book.with(|b| b.as_ref().map(|b| parts(b, period)))
    });
    let choice_id = field_id("period");
    let years = move || {
        let first = term.get().map_or(today().year(), |t| t.from.year() - 5);
        (first..=today().year()).rev().collect::<Vec<_>>()
    };
    view! {
        <div class="page-head no-print">
            <h1>{t(T::NavReports)}</h1>
            <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{t(T::PrintReport)}</button>
        </div>
        <div class="toolbar no-print">
            <div class="field">
                <label for=choice_id.clone()>{t(T::ReportPeriod)}</label>
                <select id=choice_id on:change=move |ev| choice.set(event_target_value(&ev)) prop:value=move || choice.get()>
                    <option value="term" selected=choice.get_untracked() == "term">{t(T::CurrentTerm)}</option>
                    {move || years().into_iter().map(|y| {
                        let value = format!("year:{y}");
                        let selected = choice.get_untracked() == value;
                        view! { <option value=value selected=selected>{i18n::fill(T::YearN.text(lang()), &[&y.to_string()])}</option> }
                    }).collect_view()}
                    <option value="custom" selected=choice.get_untracked() == "custom">{t(T::CustomPeriod)}</option>
                </select>
            </div>
            <QuickPeriods value=choice this_year=format!("year:{}", today().year()) last_year=format!("year:{}", today().year() - 1) term=Some("term".to_string())/>
            <Show when=move || choice.get() == "custom">
                <DateField label=T::PeriodFrom value=from/>
                <DateField label=T::PeriodTo value=to/>
            </Show>
        </div>
        {move || match parts.get() {
            Some(parts) => view! { <ReportDocument parts/> }.into_any(),
            _ => view! { <p class="field-error" role="alert">{t(T::ReportPeriodInvalid)}</p> }.into_any(),
        }}
    }
}

/// The text of each section as it stands in its box, for the .docx: every `EditableSection` inside a report
/// adds itself.
#[derive(Clone, Copy)]
struct ReportTexts(StoredValue<Vec<(Section, RwSignal<String>)>>);

#[component]
fn ReportDocument(parts: Parts) -> impl IntoView {
    let session = expect_context::<Session>();
    let period = parts.period;
    let part = parts.members.clone();
    let lang = move || session.lang.get();
    let texts = ReportTexts(StoredValue::new(Vec::new()));
    provide_context(texts);
    let union = session.book.with_untracked(|b| b.as_ref().map(|b| b.union.on(period.to).clone()));
    let saved = session.book.with_untracked(|b| b.as_ref().and_then(|b| b.report(period).cloned()));
    let place = RwSignal::new(saved.as_ref().map(|r| r.place.clone()).unwrap_or_default());
    let number = RwSignal::new(saved.as_ref().map(|r| r.number.clone()).unwrap_or_default());
    let for_text = part.clone();
    let generated = move || text::members(lang(), &for_text, session.book.with_untracked(|b| b.clone()));
    let stored_members = saved.as_ref().and_then(|r| r.section(Section::Members).cloned());
    let (union_name, superior) = union.map(|u| (u.name, u.superior)).unwrap_or_default();
    let date_line = move || {
        let d = period.to.min(today());
        let place = place.get();
        i18n::fill(
            T::DateLine.text(lang()),
            &[
                if place.is_empty() { "……" } else { &place },
                &format!("{:02}", d.day()),
                &format!("{:02}", d.month()),
                &d.year().to_string(),
            ],
        )
    };
    let save_place = move |_| {
        let value = place.get_untracked();
        let _ = session.apply(Change::EditReport(T::DateLine.text(lang()).to_string()), move |b| {
            b.set_report_place(period, &value);
            Ok(())
        });
    };
    let save_number = move |_| {
        let value = number.get_untracked();
        let _ = session.apply(Change::EditReport(T::ReportNumberField.text(lang()).to_string()), move |b| {
            b.set_report_number(period, &value);
            Ok(())
        });
    };
    let place_id = field_id("place");
    let number_id = field_id("number");
    // Whether each closing part says something: one left empty is not printed, and the parts after it
    // take its number.
    let said = [RwSignal::new(true), RwSignal::new(true), RwSignal::new(true)];
    let closing = session.book.with_untracked(|b| {
        b.as_ref()
            .map(|b| (docx::recipients(lang(), &superior), docx::chair_signature(lang(), b, period.to.min(today()))))
    });
    let busy = RwSignal::new(None::<String>);
    let for_docx = parts.clone();
    let download_docx = move |_| {
        let l = lang();
        let Some(book) = session.book.get_untracked() else { return };
        let union = book.union.on(period.to).clone();
        let written: Vec<(Section, String)> =
            texts.0.with_value(|all| all.iter().map(|(s, text)| (*s, text.get_untracked())).collect());
        let document =
            docx::document(l, &book, untrack(date_line), &number.get_untracked(), &for_docx, &written, today());
        let name = format!(
            "bao-cao-{}-{}-{}.docx",
            crate::domain::text::slug(&union.name),
            period.from.format("%Y-%m-%d"),
            period.to.format("%Y-%m-%d")
        );
        crate::ui::office::save(crate::office::Request::Docx { document }, name, DOCX, busy, l);
    };
    view! {
        <div class="field no-print">
            <label for=place_id.clone()>{t(T::ReportPlace)}</label>
            <input id=place_id type="text" prop:value=move || place.get() on:input=move |ev| place.set(event_target_value(&ev)) on:change=save_place/>
        </div>
        <div class="field no-print">
            <label for=number_id.clone()>{t(T::ReportNumberField)}</label>
            <input id=number_id type="text" prop:value=move || number.get() on:input=move |ev| number.set(event_target_value(&ev)) on:change=save_number/>
        </div>
        <div class="actions no-print">
            <button type="button" class="secondary" on:click=download_docx>{t(T::DownloadReportDocx)}</button>
            {move || busy.get().map(|b| view! { <span class="muted" role="status">{b}</span> })}
        </div>
        <article class="report-doc" aria-label=t(T::ReportDocument)>
            <header class="admin-head">
                <div class="issuer">
                    <p>{superior.to_uppercase()}</p>
                    <p><strong>{union_name.to_uppercase()}</strong></p>
                    <p class="doc-number">{move || docx::report_number(lang(), &number.get())}</p>
                </div>
                <div class="nation">
                    <p><strong>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"</strong></p>
                    <p class="motto"><strong>"Độc lập - Tự do - Hạnh phúc"</strong></p>
                    <p class="date-line"><em>{date_line}</em></p>
                </div>
            </header>
            <h2 class="doc-title">{t(T::ReportTitle)}</h2>
            <p class="doc-subtitle">{i18n::fill(T::ReportSubtitle.text(lang()), &[&format_date(period.from), &format_date(period.to)])}</p>
            {move || session.book.with(|b| b.as_ref().and_then(|b| text::committee(lang(), b, period.to.min(today()))))
                .map(|line| view! { <p class="doc-committee">{line}</p> })}
            <section aria-labelledby="part-members">
                <h3 id="part-members">"I. "{t(T::PartMembers)}</h3>
                <EditableSection period section=Section::Members stored=stored_members generate=Callback::new(move |_| generated())/>
                <MembersTables part=part.clone()/>
            </section>
            <section aria-labelledby="part-results">
                <h3 id="part-results">"II. "{t(T::PartResults)}</h3>
                {results(&parts, saved.as_ref())}
            </section>
            {[(Section::Assessment, T::PartAssessment), (Section::Lessons, T::PartLessons), (Section::Direction, T::PartDirection)].into_iter().enumerate().map(|(i, (section, heading))| {
                let stored = saved.as_ref().and_then(|r| r.section(section).cloned());
                let numbered = move || {
                    let before = said[..i].iter().filter(|s| s.get()).count();
                    if said[i].get() { format!("{}. ", roman(3 + before)) } else { String::new() }
                };
                view! {
                    <section class:no-print=move || !said[i].get()>
                        <h3>{numbered}{t(heading)}</h3>
                        <EditableSection period section stored said=said[i] generate=Callback::new(|_| (String::new(), Vec::new()))/>
                    </section>
                }
            }).collect_view()}
            {closing.map(|(recipients, signature)| view! {
                <footer class="doc-closing">
                    <div class="recipients">
                        {recipients.into_iter().enumerate().map(|(i, line)| view! { <p class:lead-line=i == 0>{line}</p> }).collect_view()}
                    </div>
                    <div class="signature">
                        {signature.title.into_iter().map(|line| view! { <p><strong>{line}</strong></p> }).collect_view()}
                        <p><em>{signature.hint}</em></p>
                        <p class="sign-room"></p>
                        <p><strong>{signature.name}</strong></p>
                    </div>
                </footer>
            })}
        </article>
        <ConsistencyPanel parts=parts.clone()/>
    }
}

/// The text of a section: written from the figures (or left empty for prose), edited by the committee and
/// kept with the report.
#[component]
fn EditableSection(
    period: Period,
    section: Section,
    stored: Option<SectionText>,
    generate: Callback<(), (String, Vec<crate::domain::report::Figure>)>,
    /// Told whether the section says something, for the parts that are not printed empty.
    #[prop(optional)]
    said: Option<RwSignal<bool>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let initial = stored.clone().map(|s| (s.text, s.figures)).unwrap_or_else(|| generate.run(()));
    let text = RwSignal::new(initial.0);
    if let Some(ReportTexts(all)) = use_context::<ReportTexts>() {
        all.update_value(|all| all.push((section, text)));
    }
    let used = StoredValue::new(initial.1);
    if let Some(said) = said {
        Effect::new(move |_| said.set(!text.with(|t| t.trim().is_empty())));
    }
    let key = format!("report/{}/{}/{}", period.from, period.to, i18n::code(&section));
    let form = Draft::new(&key, vec![(i18n::section_key(section), text.into())]);
    // The text kept with the report, else the one written from the figures as they are now.
    form.follow(move || {
        let kept = session.book.with(|b| b.as_ref()?.report(period)?.section(section).map(|s| s.text.clone()));
        Some(vec![kept.unwrap_or_else(|| untrack(|| generate.run(()).0))])
    });
    let saved = RwSignal::new(stored.is_some() && !form.restored.get_untracked());
    let id = field_id("section");
    let label = move || i18n::section(lang(), section).to_string();
    // Saved when the box is left, as well as by its button: text typed is kept with the report.
    let save = move || {
        if saved.get_untracked() {
            return;
        }
        let keep = SectionText { section, text: text.get_untracked(), figures: used.get_value() };
        if session
            .apply(Change::EditReport(label()), move |b| {
                b.save_report_section(period, keep.clone());
                Ok(())
            })
            .is_ok()
        {
            saved.set(true);
            form.clear();
        }
    };
    let regenerate = move |_| {
        let (fresh, fresh_figures) = generate.run(());
        text.set(fresh);
        used.set_value(fresh_figures);
        saved.set(false);
    };
    view! {
        <div class="section-edit no-print">
            <DraftRestored draft=form/>
            <StaleNotice draft=form/>
            <label for=id.clone() class="visually-hidden">{label}</label>
            <textarea id=id rows=if section.has_figures() { "8" } else { "5" } prop:value=move || text.get()
                on:input=move |ev| { text.set(event_target_value(&ev)); saved.set(false); }
                on:change=move |_| save()
                placeholder=move || if section.has_figures() { "" } else { T::ProsePlaceholder.text(lang()) }></textarea>
            <div class="actions">
                <button type="button" class="small" on:click=move |_| save() aria-label=move || i18n::fill(T::SaveSectionNamed.text(lang()), &[&label()])>{t(T::SaveSection)}</button>
                {section.has_figures().then(|| view! {
                    <button type="button" class="small secondary" on:click=regenerate
                        aria-label=move || i18n::fill(T::RegenerateNamed.text(lang()), &[&label()])>{t(T::Regenerate)}</button>
                })}
                <span class="muted" role="status">{move || if saved.get() { T::SectionSaved.text(lang()) } else { T::SectionNotSaved.text(lang()) }}</span>
            </div>
        </div>
        <div class="print-text">{move || text.get().split('\n').map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}</div>
    }
}

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Part I's tables as the page (and the .docx) show them: education and political theory as (label, count,
/// share), the movements as (kind, count).
type ShareRows = Vec<(String, usize, String)>;
fn part_rows(lang: Lang, part: &MembersPart) -> (ShareRows, ShareRows, Vec<(String, usize)>) {
    let c = &part.composition;
    let edu = c
        .education
        .iter()
        .map(|(e, s)| (i18n::education(lang, *e).to_string(), s.count, format_percent(s.percent())))
        .collect();
    let theory = c
        .theory
        .iter()
        .map(|(p, s)| (i18n::political_theory(lang, *p).to_string(), s.count, format_percent(s.percent())))
        .collect();
    let movements =
        part.movements.iter().map(|(k, who)| (i18n::movement_kind(lang, *k).to_string(), who.len())).collect();
    (edu, theory, movements)
}

/// Part I in tables: composition at the end of the period and the movements during it, each with a chart.
#[component]
fn MembersTables(part: MembersPart) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.lang.get_untracked();
    let (edu, theory, movements) = part_rows(lang, &part);
    let bars = |rows: &[(String, usize, String)]| {
        rows.iter()
            .map(|(l, n, p)| Bar { label: l.clone(), value: *n as u64, text: format!("{n} · {p}") })
            .collect::<Vec<_>>()
    };
    let table = |title: T, rows: Vec<(String, usize, String)>| {
        let chart = bars(&rows);
        let csv_rows: Vec<Vec<String>> =
            rows.iter().map(|(l, n, p)| vec![l.clone(), n.to_string(), p.clone()]).collect();
        let header =
            vec![T::Criterion.text(lang).to_string(), T::Count.text(lang).to_string(), T::Share.text(lang).to_string()];
        let csv = move |_| {
            let name = format!("bao-cao-{}.csv", crate::domain::text::slug(title.text(lang)));
            crate::ui::widgets::download(
                &name,
                &crate::domain::members::sheet::write_csv(&header, &csv_rows),
                "text/csv;charset=utf-8",
            );
        };
        view! {
            <div class="doc-block">
                <table class="doc-table" aria-label=title.text(lang)>
                    <caption>{title.text(lang)}</caption>
                    <thead><tr><th scope="col">{T::Criterion.text(lang)}</th><th scope="col" class="num">{T::Count.text(lang)}</th><th scope="col" class="num">{T::Share.text(lang)}</th></tr></thead>
                    <tbody>{rows.into_iter().map(|(l, n, p)| view! { <tr><td><a href=Route::Composition.href()>{l}</a></td><td class="num">{n}</td><td class="num">{p}</td></tr> }).collect_view()}</tbody>
                </table>
                <button type="button" class="small secondary no-print" on:click=csv
                    aria-label=i18n::fill(T::TableCsvNamed.text(lang), &[title.text(lang)])>{T::TableCsv.text(lang)}</button>
                <BarChart title=title.text(lang).to_string() bars=chart/>
            </div>
        }
    };
    view! {
        <div class="doc-tables">
            {table(T::Education, edu)}
            {table(T::PoliticalTheory, theory)}
            <table class="doc-table" aria-label=T::MovementsInPeriod.text(lang)>
                <caption>{T::MovementsInPeriod.text(lang)}</caption>
                <thead><tr><th scope="col">{T::MovementKind.text(lang)}</th><th scope="col" class="num">{T::Count.text(lang)}</th></tr></thead>
                <tbody>{movements.into_iter().map(|(l, n)| view! {
                    <tr><td><a href=Route::Composition.href()>{l}</a></td><td class="num">{n.to_string()}</td></tr>
                }).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// What people typed against what the records say: figures of the edited text that changed since, and
/// shares that do not add up to 100% because of rounding. Each difference says how to fix it.
#[component]
fn ConsistencyPanel(parts: Parts) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let period = parts.period;
    let part = &parts.members;
    let current = parts.figures();
    let money = parts.finance.clone();
    let books = move || {
        let l = lang();
        let mut out = Vec::new();
        if !money.balances() {
            out.push(i18n::fill(
                T::BooksDoNotBalance.text(l),
                &[
                    &format_money(money.closing),
                    &format_money(money.opening),
                    &format_money(money.lines.total_income),
                    &format_money(money.lines.total_expense),
                ],
            ));
        }
        out.extend(money.drifts.iter().map(|y| i18n::fill(T::ClosedYearDrift.text(l), &[&y.to_string()])));
        out
    };
    let stale = move || {
        let l = lang();
        let mut out: Vec<String> = Vec::new();
        session.book.with(|b| {
            let Some(report) = b.as_ref().and_then(|b| b.report(period)) else { return };
            for section in &report.sections {
                for stale in stale_figures(section, &current) {
                    out.push(i18n::fill(
                        T::StaleFigure.text(l),
                        &[i18n::section(l, section.section), &stale.written, &stale.now, &stale.key],
                    ));
                }
            }
        });
        out
    };
    let c = &part.composition;
    let gaps: Vec<(T, rust_decimal::Decimal)> = [
        (T::Gender, rounding_gap(&c.gender)),
        (T::Education, rounding_gap(&c.education)),
        (T::PoliticalTheory, rounding_gap(&c.theory)),
        (T::AgeBands, rounding_gap(&c.age)),
        (T::Group, rounding_gap(&c.groups)),
    ]
    .into_iter()
    .filter(|(_, g)| !g.is_zero())
    .collect();
    let rounding = move || {
        gaps.iter()
            .map(|(what, gap)| {
                i18n::fill(
                    T::RoundingNote.text(lang()),
                    &[what.text(lang()), &format_percent(rust_decimal::Decimal::ONE_HUNDRED + *gap)],
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <aside class="consistency no-print" aria-labelledby="consistency">
            <h2 id="consistency">{t(T::ConsistencyTitle)}</h2>
            {move || {
                let mut list = stale();
                list.extend(books());
                if list.is_empty() {
                    view! { <p class="ok">{t(T::ConsistencyOk)}</p> }.into_any()
                } else {
                    view! { <ul class="flags">{list.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
            <ul class="notes">{move || rounding().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
        </aside>
    }
}
