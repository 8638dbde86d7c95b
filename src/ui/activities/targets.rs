//! The targets of the term: each one year by year, the value from the records, met or not, and the records
//! behind it; the committee's word for targets no record can show; and the form to define a target.

use super::titles::holder_name;
use super::{at, choices, event_labels, form_title, level_labels, pos, scroll_to, title_labels, welfare_labels};
use crate::domain::activity::measures::{evaluate, tally, Measured, Status, Value, YearResult};
use crate::domain::activity::targets::{ComparisonKind, Measure, Target, TargetDraft};
use crate::domain::activity::ActivityError;
use crate::domain::activity::{ActivityField as F, EventKind, Holder, InitiativeLevel, TitleKind, WelfareKind};
use crate::domain::book::Book;
use crate::domain::history::{Change, Record};
use crate::domain::text::{format_date, format_money, format_percent};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::FormErrors;
use crate::ui::widgets::{t, CheckField, SelectField, TextField};
use chrono::Datelike;
use leptos::prelude::*;

/// A year's value as shown: "44/45 (97,78%)", "17", "1.000.000 đ", "Có".
pub fn value_text(lang: Lang, value: &Value) -> String {
    match value {
        Value::Share(s) => format!("{}/{} ({})", s.count, s.of, format_percent(s.percent())),
        Value::Count(n) => n.to_string(),
        Value::Money(m) => format_money(*m),
        Value::YesNo(yes) => if *yes { T::Yes } else { T::NoWord }.text(lang).to_string(),
    }
}

/// One record behind a value, in a line: a title's holder, an initiative's title, a visit, an event.
fn describe(lang: Lang, book: &Book, id: Id) -> String {
    let a = &book.activities;
    if let Some(t) = a.titles.iter().find(|t| t.id == id) {
        let mut text = format!("{} {}", i18n::title_kind(lang, t.kind), t.year);
        for part in [&t.granted_by, &t.decision] {
            if !part.is_empty() {
                text = format!("{text}, {part}");
            }
        }
        if let Some(d) = t.decision_date {
            text = format!("{text} ({})", format_date(d));
        }
        // A grant to the union or a group names it; a grant to members is listed with the members counted.
        let collectives: Vec<String> =
            t.holders().filter(|h| !matches!(h, Holder::Member(_))).map(|h| holder_name(lang, book, h)).collect();
        if !collectives.is_empty() {
            text = format!("{text}: {}", collectives.join(", "));
        }
        return text;
    }
    if let Some(i) = a.initiatives.iter().find(|i| i.id == id) {
        return format!("{} ({})", i.title, i.authors.iter().map(|x| book.name_of(*x)).collect::<Vec<_>>().join(", "));
    }
    if let Some(w) = a.welfare.iter().find(|w| w.id == id) {
        let amount = w.amount.map(|m| format!(", {}", format_money(m))).unwrap_or_default();
        return format!(
            "{} {} — {}{amount}",
            format_date(w.date),
            book.name_of(w.member_id),
            i18n::welfare_kind(lang, w.kind)
        );
    }
    if let Some(e) = a.events.iter().find(|e| e.id == id) {
        return format!("{} {}", format_date(e.start), e.title);
    }
    String::new()
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Met => "status met",
        Status::NotMet => "status not-met",
        _ => "status open",
    }
}

#[component]
pub fn TargetsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = RwSignal::new(None::<Id>);
    // Rebuilt on every change of the book: the evaluations follow the records at once.
    let evaluated = Memo::new(move |_| {
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            b.activities.targets.iter().map(|t| (t.clone(), evaluate(b, t, today()))).collect::<Vec<_>>()
        })
    });
    view! {
        <h1>{t(T::NavTargets)}</h1>
        <p class="lead">{t(T::TargetsHelp)}</p>
        <Show when=move || evaluated.with(|e| !e.is_empty()) fallback=|| view! { <p class="empty">{t(T::NoTargets)}</p> }>
            {move || evaluated.get().into_iter().map(|(target, years)| view! { <TargetCard target years editing/> }).collect_view()}
        </Show>
        <TargetForm editing/>
    }
}

#[component]
fn TargetCard(target: Target, years: Vec<YearResult>, editing: RwSignal<Option<Id>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let l = lang();
    let totals = tally(&years);
    let summary = i18n::fill(
        T::TargetTally.text(l),
        &[
            &totals.met.to_string(),
            &(totals.met + totals.not_met).to_string(),
            &totals.open.to_string(),
            &totals.no_data.to_string(),
        ],
    );
    let requirement = format!(
        "{} {} · {}–{}",
        i18n::measure(l, &target.measure),
        i18n::comparison(l, &target.comparison, target.measure.is_money(), target.measure.is_share()),
        target.from_year,
        target.to_year
    );
    let (id, name) = (target.id, target.name.clone());
    let manual = target.measure == Measure::Manual;
    let remove = {
        let name = name.clone();
        move |_| {
            let _ = session.apply(Change::RemoveRecord(Record::Target, name.clone()), move |b| b.remove_target(id));
        }
    };
    let edit_label = i18n::fill(T::EditNamed.text(l), &[&name]);
    let remove_label = i18n::fill(T::DeleteNamed.text(l), &[&name]);
    view! {
        <section class="card target" aria-label=name.clone()>
            <h2>{name.clone()}</h2>
            <p class="muted">{requirement}</p>
            <p><strong>{summary}</strong></p>
            <div class="table-wrap">
            <table>
                <thead><tr>
                    <th scope="col">{t(T::Year)}</th>
                    <th scope="col">{t(T::ValueFromRecords)}</th>
                    <th scope="col">{t(T::Assessment)}</th>
                    <th scope="col">{t(T::RecordsBehind)}</th>
                </tr></thead>
                <tbody>
                    {years.into_iter().map(|r| {
                        let value = r.measured.as_ref().map(|m| value_text(l, &m.value)).unwrap_or_else(|| "—".into());
                        let behind = if manual {
                            (r.status != Status::Upcoming).then(|| view! { <ManualChoice id name=name.clone() year=r.year measured=r.measured.clone()/> }.into_any())
                        } else {
                            r.measured.map(|m| view! { <Behind measured=m/> }.into_any())
                        };
                        view! {
                            <tr>
                                <th scope="row">{r.year}</th>
                                <td>{value}</td>
                                <td><span class=status_class(r.status)>{i18n::target_status(l, r.status)}</span></td>
                                <td>{behind}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <div class="actions">
                <button type="button" class="small secondary" aria-label=edit_label on:click=move |_| editing.set(Some(id))>{t(T::Edit)}</button>
                <button type="button" class="small danger" aria-label=remove_label on:click=remove>{t(T::Delete)}</button>
            </div>
        </section>
    }
}

/// The records behind a value, listed when asked: what was counted, and for a share, who lacks it.
#[component]
fn Behind(measured: Measured) -> impl IntoView {
    let session = expect_context::<Session>();
    let open = RwSignal::new(false);
    let lang = move || session.lang.get();
    let Measured { records, members, missing, .. } = measured;
    if records.is_empty() && missing.is_empty() {
        return view! { <span class="muted">{t(T::NoRecordsBehind)}</span> }.into_any();
    }
    let label = i18n::fill(T::ShowRecords.text(lang()), &[&records.len().to_string()]);
    let missing_count = missing.len();
    let lists = move || {
        session.book.with(|b| {
            let Some(b) = b else { return (Vec::new(), Vec::new(), Vec::new()) };
            let counted: Vec<String> = records.iter().map(|id| describe(lang(), b, *id)).collect();
            let names = |ids: &[Id]| ids.iter().map(|id| b.name_of(*id)).collect::<Vec<_>>();
            (counted, names(&members), names(&missing))
        })
    };
    view! {
        <button type="button" class="link" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
            {label}
            {(missing_count > 0).then(|| i18n::fill(T::MissingCount.text(lang()), &[&missing_count.to_string()]))}
        </button>
        <Show when=move || open.get()>
            {
                let (counted, holding, lacking) = lists();
                view! {
                    <ul class="behind">{counted.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                    {(!holding.is_empty()).then(|| view! {
                        <p class="behind">{t(T::HoldingIt)}": "{holding.join(", ")}</p>
                    })}
                    {(!lacking.is_empty()).then(|| view! {
                        <p class="note">{t(T::LackingIt)}": "{lacking.join(", ")}</p>
                    })}
                }
            }
        </Show>
    }
    .into_any()
}

/// The committee's word on a target no record shows, for one year.
#[component]
fn ManualChoice(id: Id, name: String, year: i32, measured: Option<Measured>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let current = match measured.map(|m| m.value) {
        Some(Value::YesNo(true)) => "yes",
        Some(Value::YesNo(false)) => "no",
        _ => "",
    };
    let label = i18n::fill(T::ManualResultOf.text(lang()), &[&year.to_string()]);
    let change = move |ev: leptos::ev::Event| {
        let met = match event_target_value(&ev).as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        let subject = format!("{name} ({year})");
        let _ =
            session.apply(Change::SaveRecord(Record::Target, subject), move |b| b.record_target_result(id, year, met));
    };
    view! {
        <select aria-label=label on:change=change>
            <option value="" selected=current.is_empty()>{t(T::NotAssessed)}</option>
            <option value="yes" selected=current == "yes">{t(T::MarkMet)}</option>
            <option value="no" selected=current == "no">{t(T::MarkNotMet)}</option>
        </select>
    }
}

#[component]
fn TargetForm(editing: RwSignal<Option<Id>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let this_year = today().year();
    let name = RwSignal::new(String::new());
    let measure = RwSignal::new("0".to_string());
    let title = RwSignal::new(pos(&TitleKind::ALL, TitleKind::AdvancedWorker));
    let women = RwSignal::new(false);
    let level = RwSignal::new(pos(&InitiativeLevel::ALL, InitiativeLevel::Base));
    let welfare = RwSignal::new(String::new());
    let event = RwSignal::new(pos(&EventKind::ALL, EventKind::StaffConference));
    let comparison = RwSignal::new("at_least".to_string());
    let value = RwSignal::new(String::new());
    let min = RwSignal::new(String::new());
    let max = RwSignal::new(String::new());
    let from_year = RwSignal::new(this_year.to_string());
    let to_year = RwSignal::new((this_year + 4).to_string());
    let errors = FormErrors::<ActivityError>::new();
    let chosen = move || {
        measure.get().parse::<usize>().ok().and_then(|i| Measure::CHOICES.get(i).copied()).unwrap_or(Measure::Manual)
    };
    let built = move || match chosen() {
        Measure::MemberTitleShare { .. } => Measure::MemberTitleShare {
            title: at(&TitleKind::ALL, &title.get()).unwrap_or(TitleKind::AdvancedWorker),
            women: women.get(),
        },
        Measure::MemberTitleCount { .. } => Measure::MemberTitleCount {
            title: at(&TitleKind::ALL, &title.get()).unwrap_or(TitleKind::AdvancedWorker),
            women: women.get(),
        },
        Measure::UnionTitle { .. } => {
            Measure::UnionTitle { title: at(&TitleKind::ALL, &title.get()).unwrap_or(TitleKind::StrongUnion) }
        }
        Measure::Initiatives { .. } => {
            Measure::Initiatives { level: at(&InitiativeLevel::ALL, &level.get()).unwrap_or_default() }
        }
        Measure::WelfareVisits { .. } => Measure::WelfareVisits { welfare: at(&WelfareKind::ALL, &welfare.get()) },
        Measure::WelfareSpending { .. } => Measure::WelfareSpending { welfare: at(&WelfareKind::ALL, &welfare.get()) },
        Measure::Events { .. } => {
            Measure::Events { event: at(&EventKind::ALL, &event.get()).unwrap_or(EventKind::StaffConference) }
        }
        Measure::Manual => Measure::Manual,
    };
    let comparison_kind = move || match comparison.get().as_str() {
        "at_most" => ComparisonKind::AtMost,
        "between" => ComparisonKind::Between,
        _ => ComparisonKind::AtLeast,
    };
    let fill = move |d: TargetDraft| {
        name.set(d.name);
        measure.set(d.measure.choice().to_string());
        match d.measure {
            Measure::MemberTitleShare { title: k, women: w } | Measure::MemberTitleCount { title: k, women: w } => {
                title.set(pos(&TitleKind::ALL, k));
                women.set(w);
            }
            Measure::UnionTitle { title: k } => title.set(pos(&TitleKind::ALL, k)),
            Measure::Initiatives { level: v } => level.set(pos(&InitiativeLevel::ALL, v)),
            Measure::WelfareVisits { welfare: k } | Measure::WelfareSpending { welfare: k } => {
                welfare.set(k.map(|k| pos(&WelfareKind::ALL, k)).unwrap_or_default())
            }
            Measure::Events { event: k } => event.set(pos(&EventKind::ALL, k)),
            Measure::Manual => {}
        }
        comparison.set(
            match d.comparison {
                ComparisonKind::AtMost => "at_most",
                ComparisonKind::Between => "between",
                _ => "at_least",
            }
            .to_string(),
        );
        value.set(d.value);
        min.set(d.min);
        max.set(d.max);
        from_year.set(d.from_year);
        to_year.set(d.to_year);
        errors.clear();
    };
    Effect::new(move |_| {
        if let Some(id) = editing.get() {
            let found = session.book.with_untracked(|b| {
                b.as_ref().and_then(|b| b.activities.targets.iter().find(|t| t.id == id).map(TargetDraft::from_target))
            });
            if let Some(d) = found {
                fill(d);
                scroll_to("target-form");
            }
        }
    });
    let reset = move || {
        editing.set(None);
        name.set(String::new());
        value.set(String::new());
        min.set(String::new());
        max.set(String::new());
        errors.clear();
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = TargetDraft {
            name: name.get(),
            measure: built(),
            comparison: comparison_kind(),
            value: value.get(),
            min: min.get(),
            max: max.get(),
            from_year: from_year.get(),
            to_year: to_year.get(),
        };
        let id = editing.get_untracked();
        let subject = draft.name.trim().to_string();
        let result =
            session.apply(Change::SaveRecord(Record::Target, subject), move |b| b.save_target(id, &draft).map(|_| ()));
        if errors.take(result) {
            reset();
        }
    };
    let measures = Signal::derive(move || {
        Measure::CHOICES
            .iter()
            .enumerate()
            .map(|(i, m)| (i.to_string(), i18n::measure_kind(lang(), m).to_string()))
            .collect::<Vec<_>>()
    });
    let comparisons = Signal::derive(move || {
        ComparisonKind::ALL
            .iter()
            .map(|c| {
                let v = match c {
                    ComparisonKind::AtMost => "at_most",
                    ComparisonKind::Between => "between",
                    _ => "at_least",
                };
                (v.to_string(), i18n::comparison_kind(lang(), *c).to_string())
            })
            .collect::<Vec<_>>()
    });
    // The settings of the chosen measure, and the threshold of a measure that has one: one closure each.
    let settings = move || {
        match chosen() {
        Measure::MemberTitleShare { .. } | Measure::MemberTitleCount { .. } => view! {
            <SelectField label=T::TitleKind value=title options=choices(title_labels, None)/>
            <CheckField label=T::WomenOnly value=women/>
        }
        .into_any(),
        Measure::UnionTitle { .. } => view! { <SelectField label=T::TitleKind value=title options=choices(title_labels, None)/> }.into_any(),
        Measure::Initiatives { .. } => view! { <SelectField label=T::Level value=level options=choices(level_labels, None)/> }.into_any(),
        Measure::WelfareVisits { .. } | Measure::WelfareSpending { .. } => {
            view! { <SelectField label=T::WelfareKind value=welfare options=choices(welfare_labels, Some(T::AllKinds))/> }.into_any()
        }
        Measure::Events { .. } => view! { <SelectField label=T::EventKind value=event options=choices(event_labels, None)/> }.into_any(),
        Measure::Manual => ().into_any(),
    }
    };
    let bounds = move || {
        if chosen().is_yes_no() {
            view! { <p class="hint">{t(T::YesNoTarget)}</p> }.into_any()
        } else if comparison.get() == "between" {
            view! {
                <TextField label=T::Minimum value=min error=errors.of(F::Min) required=true/>
                <TextField label=T::Maximum value=max error=errors.of(F::Max) required=true/>
            }
            .into_any()
        } else {
            view! { <TextField label=T::Threshold value=value error=errors.of(F::Threshold) required=true hint=T::ThresholdHint/> }
                .into_any()
        }
    };
    view! {
        <form class="form" id="target-form" on:submit=submit novalidate>
            <h2>{form_title(editing, T::AddTarget, T::EditTarget)}</h2>
            <p class="hint">{t(T::TargetFormHelp)}</p>
            {errors.view()}
            <TextField label=T::TargetName value=name error=errors.of(F::Name) required=true/>
            <div class="row">
                <SelectField label=T::Measure value=measure options=measures/>
                {settings}
            </div>
            <div class="row">
                {move || (!chosen().is_yes_no()).then(|| view! { <SelectField label=T::Comparison value=comparison options=comparisons/> })}
                {bounds}
            </div>
            <div class="row">
                <TextField label=T::FromYear value=from_year error=errors.of(F::FromYear) required=true/>
                <TextField label=T::ToYear value=to_year error=errors.of(F::ToYear) required=true/>
            </div>
            <div class="actions">
                <button type="submit">{form_title(editing, T::AddTarget, T::SaveChanges)}</button>
                <Show when=move || editing.get().is_some()>
                    <button type="button" class="secondary" on:click=move |_| reset()>{t(T::Cancel)}</button>
                </Show>
            </div>
        </form>
    }
}
