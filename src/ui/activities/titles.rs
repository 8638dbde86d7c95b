//! Titles and awards of a year: how many of each, the list, a year's titles of one kind entered by ticking
//! members, and a single title or award for a member, a group or the union.

use super::{
    at, choices, in_name_order, pos, roster_on, scroll_to, title_labels, year_choices, Line, MemberTicks, RecordTable,
    SHORT,
};
use crate::domain::activity::measures::reference_date;
use crate::domain::activity::ActivityError;
use crate::domain::activity::{
    titles_of_year, titles_year_to_show, ActivityField as F, BulkTitles, GrantDraft, Holder, Title, TitleDraft,
    TitleKind,
};
use crate::domain::book::Book;
use crate::domain::history::{Change, Record};
use crate::domain::text::{fold, format_opt_date};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::route::linked_period;
use crate::ui::session::{today, Session};
use crate::ui::widgets::chart::{Bar, BarChart};
use crate::ui::widgets::FormErrors;
use crate::ui::widgets::{t, DateField, SelectField, TextField};
use chrono::Datelike;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

fn bulk_labels(lang: Lang) -> Vec<&'static str> {
    TitleKind::BULK.iter().map(|k| i18n::title_kind(lang, *k)).collect()
}

/// Who holds a title, as shown.
pub fn holder_name(lang: Lang, book: &Book, holder: Holder) -> String {
    match holder {
        Holder::Union => T::TheUnion.text(lang).to_string(),
        Holder::Group(g) => {
            let name = book.group(g).map(|g| g.name.clone()).unwrap_or_default();
            i18n::fill(T::GroupNamed.text(lang), &[&name])
        }
        Holder::Member(m) => book.name_of(m),
    }
}

/// The part of a line that names a holder: the holder's id, nil for the union.
fn part_of(holder: Holder) -> Id {
    match holder {
        Holder::Union => Id::nil(),
        Holder::Group(id) | Holder::Member(id) => id,
    }
}

fn holder_of(book: &Book, part: Id) -> Holder {
    if part.is_nil() {
        Holder::Union
    } else if book.group(part).is_some() {
        Holder::Group(part)
    } else {
        Holder::Member(part)
    }
}

fn title_line(lang: Lang, book: &Book, title: &Title, holder: Holder) -> Line {
    let kind = i18n::title_kind(lang, title.kind);
    let name = holder_name(lang, book, holder);
    Line {
        id: title.id,
        part: Some(part_of(holder)),
        link: None,
        name: format!("{kind} {} {name}", title.year),
        cells: vec![
            name,
            kind.to_string(),
            title.granted_by.clone(),
            title.decision.clone(),
            format_opt_date(title.decision_date),
            title.note.clone(),
        ],
    }
}

/// Grants as lines, one per holder that passes `keep`: by kind, the union and groups first, then the
/// members in name order (the roster's order, so nothing here sorts).
pub fn year_lines(lang: Lang, book: &Book, titles: &[Title], keep: impl Fn(Holder) -> bool) -> Vec<Line> {
    let order: Vec<Id> =
        in_name_order(book, today(), true).iter().map(|m| m.id).chain(book.trash.iter().map(|t| t.member.id)).collect();
    let mut lines = Vec::new();
    for kind in TitleKind::ALL {
        let of_kind: Vec<&Title> = titles.iter().filter(|t| t.kind == kind).collect();
        let mut by_member: HashMap<Id, Vec<&Title>> = HashMap::new();
        for t in &of_kind {
            for h in t.holders().filter(|h| !matches!(h, Holder::Member(_)) && keep(*h)) {
                lines.push(title_line(lang, book, t, h));
            }
            for m in &t.members {
                by_member.entry(*m).or_default().push(t);
            }
        }
        for id in &order {
            for t in by_member.get(id).into_iter().flatten() {
                if keep(Holder::Member(*id)) {
                    lines.push(title_line(lang, book, t, Holder::Member(*id)));
                }
            }
        }
    }
    lines
}

pub fn title_heads() -> Vec<(T, &'static str)> {
    vec![
        (T::Holder, ""),
        (T::TitleKind, ""),
        (T::GrantedBy, ""),
        (T::DecisionNumber, SHORT),
        (T::DecisionDate, SHORT),
        (T::Notes, ""),
    ]
}

#[component]
pub fn TitlesPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let latest = session.book.with_untracked(|b| b.as_ref().map(|b| titles_year_to_show(b, today())));
    // A link from the report opens the page on the year it names.
    let linked = linked_period().map(|p| p.from.year());
    let year = RwSignal::new(linked.or(latest).unwrap_or(today().year() - 1).to_string());
    let chosen = Memo::new(move |_| year.get().parse::<i32>().ok());
    let of_year = Memo::new(move |_| {
        let y = chosen.get()?;
        session.book.with(|b| b.as_ref().map(|b| titles_of_year(b, y)))
    });
    let lines = Signal::derive(move || {
        let lang = lang();
        let Some((_, titles)) = of_year.get() else { return Vec::new() };
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            year_lines(lang, b, &titles, |_| true)
        })
    });
    let remove = Callback::new(move |line: Line| {
        let (id, part) = (line.id, line.part.unwrap_or_default());
        let _ = session.apply(Change::RemoveRecord(Record::Title, line.name), move |b| {
            let holder = holder_of(b, part);
            b.remove_title_holder(id, holder)
        });
    });
    // The grant whose decision is being corrected, from a line's edit button.
    let correcting = RwSignal::new(None::<Id>);
    let edit = Callback::new(move |id: Id| correcting.set(Some(id)));
    view! {
        <h1>{t(T::NavTitles)}</h1>
        <p class="lead">{t(T::TitlesHelp)}</p>
        <div class="toolbar">
            <SelectField label=T::Year value=year options=year_choices(None)/>
        </div>
        {move || of_year.get().map(|(counts, _)| {
            let label = i18n::fill(T::TitlesOfYear.text(lang()), &[&year.get()]);
            let bars: Vec<Bar> = counts.iter().map(|(k, n)| Bar {
                label: i18n::title_kind(lang(), *k).to_string(),
                value: *n as u64,
                text: n.to_string(),
            }).collect();
            let (aria, heading) = (label.clone(), label.clone());
            view! {
                <section class="card" aria-label=aria>
                    <h2>{heading}</h2>
                    {if bars.is_empty() {
                        view! { <p class="empty">{t(T::NoTitlesYet)}</p> }.into_any()
                    } else {
                        view! { <BarChart title=label bars/> }.into_any()
                    }}
                </section>
            }
        })}
        {move || chosen.get().map(|y| view! { <BulkTitlesForm year=y/> <GrantForm year=y/> })}
        {move || correcting.get().map(|id| view! { <CorrectGrant id open=correcting/> })}
        <h2>{t(T::TitlesList)}</h2>
        <RecordTable heads=title_heads() lines on_edit=edit on_remove=remove/>
    }
}

/// A year's titles of one kind: tick the members who hold it. The list is the roster at the end of the
/// year, the whole that the targets' shares are of.
#[component]
fn BulkTitlesForm(year: i32) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let kind = RwSignal::new(pos(&TitleKind::BULK, TitleKind::AdvancedWorker));
    let granted_by = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let decision_date = RwSignal::new(String::new());
    let ticked = RwSignal::new(HashSet::<Id>::new());
    // Who holds the title in the book, and how many the list would take it from once the user was asked.
    let holders = RwSignal::new(HashSet::<Id>::new());
    let asked = RwSignal::new(None::<usize>);
    let errors = FormErrors::<ActivityError>::new();
    let done = RwSignal::new(None::<String>);
    let members = Signal::derive(move || {
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            roster_on(b, reference_date(year))
        })
    });
    // The ticks follow the book: who holds the title now (from this granting body, for awards named by it).
    Effect::new(move |_| {
        let Some(k) = at(&TitleKind::BULK, &kind.get()) else { return };
        let body = fold(&granted_by.get());
        let held = session.book.with(|b| {
            b.as_ref()
                .map(|b| {
                    b.activities
                        .titles
                        .iter()
                        .filter(|t| {
                            t.year == year && t.kind == k && (!k.needs_granting_body() || fold(&t.granted_by) == body)
                        })
                        .flat_map(|t| t.members.iter().copied())
                        .collect::<HashSet<Id>>()
                })
                .unwrap_or_default()
        });
        holders.set(held.clone());
        ticked.set(held);
        asked.set(None);
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let kind_now = at(&TitleKind::BULK, &kind.get());
        let chosen = ticked.get();
        // Unticking takes the title away: the list says how many before it does.
        let removing = holders.with_untracked(|h| h.difference(&chosen).count());
        if removing > 0 && asked.get_untracked() != Some(removing) {
            asked.set(Some(removing));
            return;
        }
        asked.set(None);
        let bulk = BulkTitles {
            year: year.to_string(),
            kind: kind_now,
            members: members.get_untracked().into_iter().map(|(id, _)| id).filter(|id| chosen.contains(id)).collect(),
            granted_by: granted_by.get(),
            decision: decision.get(),
            decision_date: decision_date.get(),
        };
        let subject = format!("{} {year}", kind_now.map(|k| i18n::title_kind(lang(), k)).unwrap_or_default());
        let outcome = std::rc::Rc::new(std::cell::Cell::new(Default::default()));
        let result = {
            let outcome = outcome.clone();
            session.apply(Change::SetTitles(subject), move |b| {
                outcome.set(b.set_member_titles(&bulk, today())?);
                Ok(())
            })
        };
        if errors.take(result) {
            let o: crate::domain::activity::BulkOutcome = outcome.get();
            done.set(Some(i18n::fill(T::BulkDone.text(lang()), &[&o.added.to_string(), &o.removed.to_string()])));
        } else {
            done.set(None);
        }
    };
    let heading = move || i18n::fill(T::BulkTitlesOf.text(lang()), &[&year.to_string()]);
    view! {
        <form class="form bulk" on:submit=submit novalidate aria-label=heading>
            <h2>{heading}</h2>
            <p class="hint">{t(T::BulkTitlesHelp)}</p>
            {errors.view()}
            <div class="row">
                <SelectField label=T::TitleKind value=kind options=choices(bulk_labels, None) error=errors.of(F::Kind)/>
                <TextField label=T::GrantedBy value=granted_by error=errors.of(F::GrantedBy)/>
                <TextField label=T::DecisionNumber value=decision error=errors.of(F::Decision)/>
                <DateField label=T::DecisionDate value=decision_date error=errors.of(F::DecisionDate)/>
            </div>
            <MemberTicks legend=T::MembersAtYearEnd members ticked error=errors.of(F::Member)/>
            {move || asked.get().map(|n| view! {
                <div class="banner warning" role="alert">
                    <p>{i18n::fill(T::TitlesWillGo.text(lang()), &[&n.to_string()])}</p>
                    <button type="submit">{i18n::fill(T::SaveRemoving.text(lang()), &[&n.to_string()])}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| asked.set(None)>{t(T::Cancel)}</button>
                </div>
            })}
            <div class="actions">
                <button type="submit">{t(T::SaveList)}</button>
                <span class="ok-text" role="status">{move || done.get()}</span>
            </div>
        </form>
    }
}

/// One title or award, for a member, a group or the union.
#[component]
fn GrantForm(year: i32) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let holder = RwSignal::new("union".to_string());
    let kind = RwSignal::new(pos(&TitleKind::ALL, TitleKind::ExcellentUnion));
    let granted_by = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let decision_date = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let errors = FormErrors::<ActivityError>::new();
    let holders = Signal::derive(move || {
        let lang = lang();
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let mut list = vec![("union".to_string(), T::TheUnion.text(lang).to_string())];
            list.extend(
                b.groups.iter().map(|g| (format!("group:{}", g.id), i18n::fill(T::GroupNamed.text(lang), &[&g.name]))),
            );
            list.extend(
                roster_on(b, reference_date(year)).into_iter().map(|(id, name)| (format!("member:{id}"), name)),
            );
            list
        })
    });
    let parse_holder = |raw: &str| -> Option<Holder> {
        match raw.split_once(':') {
            None if raw == "union" => Some(Holder::Union),
            Some(("group", id)) => id.parse().ok().map(Holder::Group),
            Some(("member", id)) => id.parse().ok().map(Holder::Member),
            _ => None,
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = TitleDraft {
            year: year.to_string(),
            kind: at(&TitleKind::ALL, &kind.get()),
            holder: parse_holder(&holder.get()),
            granted_by: granted_by.get(),
            decision: decision.get(),
            decision_date: decision_date.get(),
            note: note.get(),
        };
        let subject = session.book.with_untracked(|b| match (b, draft.holder) {
            (Some(b), Some(h)) => holder_name(lang(), b, h),
            _ => String::new(),
        });
        let result = session
            .apply(Change::SaveRecord(Record::Title, subject), move |b| b.grant_title(&draft, today()).map(|_| ()));
        if errors.take(result) {
            note.set(String::new());
        }
    };
    let heading = move || i18n::fill(T::GrantTitleOf.text(lang()), &[&year.to_string()]);
    view! {
        <form class="form" on:submit=submit novalidate aria-label=heading>
            <h2>{heading}</h2>
            {errors.view()}
            <div class="row">
                <SelectField label=T::Holder value=holder options=holders error=errors.of(F::Holder) required=true/>
                <SelectField label=T::TitleKind value=kind options=choices(title_labels, None) error=errors.of(F::Kind) required=true/>
                <TextField label=T::GrantedBy value=granted_by error=errors.of(F::GrantedBy)/>
            </div>
            <div class="row">
                <TextField label=T::DecisionNumber value=decision error=errors.of(F::Decision)/>
                <DateField label=T::DecisionDate value=decision_date error=errors.of(F::DecisionDate)/>
                <TextField label=T::Notes value=note error=errors.of(F::Note)/>
            </div>
            <div class="actions"><button type="submit">{t(T::GrantTitle)}</button></div>
        </form>
    }
}

const CORRECTION: &str = "grant-correction";

/// Corrects what a grant's decision says (granting body, number, date, note), for all who received it.
#[component]
fn CorrectGrant(id: Id, open: RwSignal<Option<Id>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.lang.get_untracked();
    let Some(title) = session
        .book
        .with_untracked(|b| b.as_ref().and_then(|b| b.activities.titles.iter().find(|t| t.id == id).cloned()))
    else {
        return ().into_any();
    };
    let granted_by = RwSignal::new(title.granted_by.clone());
    let decision = RwSignal::new(title.decision.clone());
    let decision_date = RwSignal::new(format_opt_date(title.decision_date));
    let note = RwSignal::new(title.note.clone());
    let errors = FormErrors::<ActivityError>::new();
    let subject = format!("{} {}", i18n::title_kind(lang, title.kind), title.year);
    let heading = i18n::fill(T::CorrectGrantOf.text(lang), &[&subject]);
    let hint = i18n::fill(T::CorrectGrantHint.text(lang), &[&title.holders().count().to_string()]);
    // Opened from a line far down the list: bring the form into view once it is there.
    Effect::new(move |_| scroll_to(CORRECTION));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = GrantDraft {
            granted_by: granted_by.get(),
            decision: decision.get(),
            decision_date: decision_date.get(),
            note: note.get(),
        };
        let result = session
            .apply(Change::SaveRecord(Record::Title, subject.clone()), move |b| b.correct_grant(id, &draft, today()));
        if errors.take(result) {
            open.set(None);
        }
    };
    let label = heading.clone();
    view! {
        <form class="form" id=CORRECTION on:submit=submit novalidate aria-label=label>
            <h2>{heading}</h2>
            <p class="hint">{hint}</p>
            {errors.view()}
            <div class="row">
                <TextField label=T::GrantedBy value=granted_by error=errors.of(F::GrantedBy)/>
                <TextField label=T::DecisionNumber value=decision error=errors.of(F::Decision)/>
                <DateField label=T::DecisionDate value=decision_date error=errors.of(F::DecisionDate)/>
            </div>
            <TextField label=T::Notes value=note error=errors.of(F::Note)/>
            <div class="actions">
                <button type="submit">{t(T::SaveChanges)}</button>
                <button type="button" class="secondary" on:click=move |_| open.set(None)>{t(T::Cancel)}</button>
            </div>
        </form>
    }
    .into_any()
}
