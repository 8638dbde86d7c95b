//! Events and emulation movements: the list of a year with what they cost (from the vouchers that paid
//! them) and won, and the form, where each cost is a payment in finance.

use super::payment::{voucher_choices, voucher_link, PaymentChoice, PaymentFields};
use super::{
    at, choices, event_labels, form_title, pos, roster_on, scroll_to, show_year, year_choices, Line, MemberTicks,
    RecordTable, DATES, NUM,
};
use crate::domain::activity::links::Payment;
use crate::domain::activity::ActivityError;
use crate::domain::activity::{events_of, ActivityField as F, CostDraft, Event, EventDraft, EventKind};
use crate::domain::finance::{Line as FinLine, Period};
use crate::domain::history::{Change, Record};
use crate::domain::text::{format_date, format_money, parse_date};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::FormErrors;
use crate::ui::widgets::{t, CheckField, DateField, QuickPeriods, SelectField, TextField};
use chrono::Datelike;
use leptos::prelude::*;
use std::collections::HashSet;

/// An event as a line of a table: when, what, who organised, how many took part, prizes and results, cost.
pub fn event_line(lang: Lang, e: &Event, cost: rust_decimal::Decimal) -> Line {
    let when = match e.end {
        Some(end) => format!("{} – {}", format_date(e.start), format_date(end)),
        None => format_date(e.start),
    };
    let mut outcome = e.prizes.join("; ");
    if !e.results.is_empty() {
        outcome = if outcome.is_empty() { e.results.clone() } else { format!("{outcome}. {}", e.results) };
    }
    Line {
        id: e.id,
        part: None,
        name: e.title.clone(),
        cells: vec![
            when,
            i18n::event_kind(lang, e.kind).to_string(),
            e.title.clone(),
            e.organiser.clone(),
            e.turnout().to_string(),
            outcome,
            if cost.is_zero() { String::new() } else { format_money(cost) },
        ],
        link: None,
    }
}

pub fn event_heads() -> Vec<(T, &'static str)> {
    vec![
        (T::Date, DATES),
        (T::EventKind, ""),
        (T::EventTitle, ""),
        (T::Organiser, ""),
        (T::Turnout, NUM),
        (T::PrizesResults, ""),
        (T::Cost, NUM),
    ]
}

#[component]
pub fn EventsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let year = RwSignal::new(today().year().to_string());
    let list = Memo::new(move |_| {
        let y = year.get().parse().ok();
        session.book.with(|b| b.as_ref().map(|b| events_of(b, y, false)).unwrap_or_default())
    });
    let editing = RwSignal::new(None::<Id>);
    let lines = Signal::derive(move || {
        list.with(|l| l.events.iter().zip(&l.costs).map(|(e, c)| event_line(lang(), e, *c)).collect::<Vec<_>>())
    });
    let sentence = move || {
        list.with(|l| {
            i18n::fill(
                T::EventsSentence.text(lang()),
                &[&l.events.len().to_string(), &l.prizes.to_string(), &format_money(l.cost)],
            )
        })
    };
    let remove = Callback::new(move |line: Line| {
        let id = line.id;
        let _ = session.apply(Change::RemoveRecord(Record::Event, line.name), move |b| b.remove_event(id, today()));
    });
    view! {
        <h1>{t(T::NavEvents)}</h1>
        <p class="lead">{t(T::EventsHelp)}</p>
        <EventForm editing shown=year/>
        <h2>{t(T::EventsOfYear)}</h2>
        <div class="toolbar">
            <SelectField label=T::Year value=year options=year_choices(Some(T::AllYears))/>
            <QuickPeriods value=year this_year=today().year().to_string() last_year=(today().year() - 1).to_string() term=Some(String::new())/>
        </div>
        <p class="lead" role="status">{sentence}</p>
        <RecordTable heads=event_heads() lines on_edit=Callback::new(move |id| editing.set(Some(id))) on_remove=remove/>
    }
}

#[component]
/// `shown`: the year the list shows, moved to a saved event's year so the event is in sight.
fn EventForm(editing: RwSignal<Option<Id>>, shown: RwSignal<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    let kind = RwSignal::new(pos(&EventKind::ALL, EventKind::Meeting));
    let title = RwSignal::new(String::new());
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let organiser = RwSignal::new(String::new());
    let women = RwSignal::new(false);
    let headcount = RwSignal::new(String::new());
    let results = RwSignal::new(String::new());
    let prizes = RwSignal::new(String::new());
    let cost = RwSignal::new(String::new());
    let purpose = RwSignal::new(String::new());
    let paid_on = RwSignal::new(String::new());
    let payee = RwSignal::new(String::new());
    let pay = PaymentChoice::new(FinLine::Movement);
    let participants = RwSignal::new(HashSet::<Id>::new());
    // The costs the event has: kept unless dropped here (a dropped cost's voucher is voided on saving).
    let kept = RwSignal::new(Vec::<CostDraft>::new());
    let errors = FormErrors::<ActivityError>::new();
    let fill = move |d: EventDraft| {
        kind.set(d.kind.map(|k| pos(&EventKind::ALL, k)).unwrap_or_default());
        title.set(d.title);
        start.set(d.start);
        end.set(d.end);
        organiser.set(d.organiser);
        women.set(d.women_committee);
        headcount.set(d.headcount);
        results.set(d.results);
        prizes.set(d.prizes);
        cost.set(String::new());
        purpose.set(String::new());
        paid_on.set(String::new());
        payee.set(String::new());
        pay.reset(&Payment::New { fund_id: None, category_id: None });
        kept.set(d.costs);
        participants.set(d.participants.into_iter().collect());
        errors.clear();
    };
    Effect::new(move |_| {
        if let Some(id) = editing.get() {
            let found = session.book.with_untracked(|b| {
                b.as_ref().and_then(|b| b.activities.events.iter().find(|e| e.id == id).map(EventDraft::from_record))
            });
            if let Some(d) = found {
                fill(d);
                scroll_to("event-form");
            }
        }
    });
    let reset = move || {
        editing.set(None);
        fill(EventDraft { kind: Some(EventKind::Meeting), ..EventDraft::default() });
    };
    // Members who could take part: on the roster on the day it starts (today until a date is typed).
    let roster = Signal::derive(move || {
        let on = parse_date(&start.get(), today().year()).unwrap_or_else(today);
        session.book.with(|b| b.as_ref().map(|b| roster_on(b, on)).unwrap_or_default())
    });
    // Payments of the event's year that pay nothing yet.
    let vouchers = Signal::derive(move || {
        let year = parse_date(&start.get(), today().year()).map_or(today().year(), |d| d.year());
        session
            .book
            .with(|b| b.as_ref().map(|b| voucher_choices(b, Period::year(year), None, |_| true)).unwrap_or_default())
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // The costs kept, and the one added (dropped by the domain when left empty).
        let mut costs = kept.get();
        costs.push(CostDraft {
            amount: cost.get(),
            purpose: purpose.get(),
            payment: pay.payment(),
            date: paid_on.get(),
            party: payee.get(),
        });
        let chosen = participants.get();
        let draft = EventDraft {
            kind: at(&EventKind::ALL, &kind.get()),
            title: title.get(),
            start: start.get(),
            end: end.get(),
            organiser: organiser.get(),
            women_committee: women.get(),
            // In roster order, so the file does not change with the order of ticking.
            participants: roster
                .get_untracked()
                .iter()
                .map(|(id, _)| *id)
                .filter(|id| chosen.contains(id))
                .chain(kept_outside(&chosen, &roster.get_untracked()))
                .collect(),
            headcount: headcount.get(),
            results: results.get(),
            prizes: prizes.get(),
            costs,
        };
        let id = editing.get_untracked();
        let name = draft.title.trim().to_string();
        let year = parse_date(&draft.start, today().year()).map(|d| d.year().to_string());
        let result = session
            .apply(Change::SaveRecord(Record::Event, name), move |b| b.save_event(id, &draft, today()).map(|_| ()));
        if errors.take(result) {
            reset();
            show_year(shown, year);
        }
    };
    view! {
        <form class="form" id="event-form" on:submit=submit novalidate>
            <h2>{form_title(editing, T::AddEvent, T::EditEvent)}</h2>
            {errors.view()}
            <div class="row">
                <SelectField label=T::EventKind value=kind options=choices(event_labels, None) error=errors.of(F::Kind) required=true/>
                <DateField label=T::StartDate value=start error=errors.of(F::Start) required=true/>
                <DateField label=T::EndDate value=end error=errors.of(F::End)/>
            </div>
            <TextField label=T::EventTitle value=title error=errors.of(F::Title) required=true/>
            <div class="row">
                <TextField label=T::Organiser value=organiser error=errors.of(F::Organiser)/>
                <TextField label=T::Headcount value=headcount error=errors.of(F::Headcount) hint=T::HeadcountHint inputmode="numeric"/>
                <CheckField label=T::ByWomenCommittee value=women/>
            </div>
            <TextField label=T::Results value=results error=errors.of(F::Results) multiline=true/>
            <TextField label=T::Prizes value=prizes error=errors.of(F::Prizes) multiline=true hint=T::PrizesHint/>
            <fieldset class="costs">
                <legend>{t(T::CostsOfEvent)}</legend>
                <CostList kept/>
                <h3>{t(T::CostNew)}</h3>
                <div class="row">
                    <TextField label=T::CostDong value=cost error=errors.of(F::Cost) placeholder="5.000.000" inputmode="numeric"/>
                    <TextField label=T::CostPurpose value=purpose error=errors.of(F::CostPurpose)/>
                </div>
                <PaymentFields choice=pay vouchers/>
                <Show when=move || pay.how.get() == "new">
                    <div class="row">
                        <DateField label=T::CostDate value=paid_on error=errors.of(F::CostDate)/>
                        <TextField label=T::FinPayee value=payee error=errors.of(F::CostParty)/>
                    </div>
                </Show>
                <p class="hint">{t(T::CostHint)}</p>
            </fieldset>
            <details>
                <summary>{t(T::ListParticipants)}</summary>
                <MemberTicks legend=T::Participants members=roster ticked=participants/>
            </details>
            <div class="actions">
                <button type="submit">{form_title(editing, T::AddEvent, T::SaveChanges)}</button>
                <Show when=move || editing.get().is_some()>
                    <button type="button" class="secondary" on:click=move |_| reset()>{t(T::Cancel)}</button>
                </Show>
            </div>
        </form>
    }
}

/// The costs an event has, each with its voucher (a link to it in finance) or "outside the books", and a
/// button to drop it.
#[component]
fn CostList(kept: RwSignal<Vec<CostDraft>>) -> impl IntoView {
    let session = expect_context::<Session>();
    move || {
        let lang = session.lang.get();
        let costs = kept.get();
        if costs.is_empty() {
            return view! { <p class="muted">{t(T::CostNoneYet)}</p> }.into_any();
        }
        let rows = session.book.with(|b| {
            costs
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let voucher = match (&c.payment, b) {
                        (Payment::Link(v), Some(b)) => voucher_link(b, Some(*v)),
                        _ => None,
                    };
                    let name = voucher.as_ref().map_or(c.purpose.clone(), |(code, _)| code.clone());
                    let label = i18n::fill(T::CostRemoveNamed.text(lang), &[&name]);
                    let drop = move |_| kept.update(|k| { k.remove(i); });
                    view! {
                        <li>
                            {match voucher {
                                Some((code, href)) => view! { <a href=href>{code}</a> }.into_any(),
                                None => view! { <span class="muted">{T::PayOutsideMark.text(lang)}</span> }.into_any(),
                            }}
                            " · "{c.purpose.clone()}" · "{format!("{} đ", c.amount)}" "
                            <button type="button" class="small secondary" aria-label=label on:click=drop>{T::CostRemove.text(lang)}</button>
                        </li>
                    }
                })
                .collect_view()
        });
        view! { <ul class="cost-list">{rows}</ul> }.into_any()
    }
}

/// Participants ticked earlier who are not on the roster shown (they left since): kept.
fn kept_outside(chosen: &HashSet<Id>, roster: &[(Id, String)]) -> Vec<Id> {
    let shown: HashSet<Id> = roster.iter().map(|(id, _)| *id).collect();
    let mut rest: Vec<Id> = chosen.iter().copied().filter(|id| !shown.contains(id)).collect();
    rest.sort_unstable();
    rest
}
