//! "Gộp sổ": choose another copy of the book, see what merging it would add, change and delete, part by
//! part, decide each record both sides changed, field by field, agree to renumber vouchers that share a
//! number, and merge as one change the undo button takes back.

use crate::domain::book::Book;
use crate::domain::file::Imported;
use crate::domain::merge::{plan, Conflict, Decision, MergeError, Plan, Reason, Side};
use crate::domain::text::format_date;
use crate::i18n::{self, Lang, T};
use crate::ui::session::{now, Session};
use crate::ui::timing;
use crate::ui::widgets::{field_id, t, CheckField, ChooseBook};
use leptos::prelude::*;
use serde_json::Value;

/// A field's value as a person reads it: dates as dd/mm/yyyy, a group or a member by name, lists by count.
fn shown(lang: Lang, book: Option<&Book>, field: &str, value: &Value) -> String {
    match value {
        Value::Null => "—".into(),
        Value::Bool(b) => if *b { T::Yes } else { T::NoWord }.text(lang).into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            if let Ok(date) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                return format_date(date);
            }
            let id = uuid::Uuid::parse_str(s).ok();
            let named = id.zip(book).and_then(|(id, b)| match field {
                "group_id" => b.group(id).map(|g| g.name.clone()),
                "member_id" => b.member(id).map(|m| m.full_name.clone()),
                _ => None,
            });
            named.unwrap_or_else(|| s.clone())
        }
        Value::Array(items) => i18n::fill(T::MergeItems.text(lang), &[&items.len().to_string()]),
        Value::Object(_) => value.to_string(),
    }
}

fn error_text(lang: Lang, e: &MergeError) -> String {
    match e {
        MergeError::Undecided(_) | MergeError::NoConsent => T::MergeDecideAll.text(lang).into(),
        MergeError::Broken { part, .. } => i18n::fill(T::MergeBroken.text(lang), &[i18n::part_name(lang, part)]),
        MergeError::Check(e) => i18n::fill(T::MergeFailedCheck.text(lang), &[&i18n::file_error(lang, e)]),
    }
}

#[component]
pub fn MergePanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let planned = RwSignal::new_local(None::<(String, Plan)>);
    // One answer per field of each conflict (one per record deleted on a side); none until chosen.
    let answers = RwSignal::new(Vec::<Vec<Option<Side>>>::new());
    let consent = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let on_read = Callback::new(move |(name, imported): (String, Imported)| {
        let Some(ours) = session.book.get_untracked() else { return };
        let plan = plan(&ours, imported.book, imported.meta.personal_data);
        answers.set(plan.conflicts.iter().map(|c| vec![None; c.fields.len().max(1)]).collect());
        consent.set(false);
        failure.set(None);
        planned.set(Some((name, plan)));
        timing::measure("merge-preview", "merge-start");
    });
    let on_choose = Callback::new(move |()| {
        timing::mark("merge-start");
        done.set(None);
        planned.set(None);
    });
    let undecided = Memo::new(move |_| answers.with(|a| a.iter().filter(|f| f.iter().any(Option::is_none)).count()));
    let set_all = move |side: Side| answers.update(|a| a.iter_mut().flatten().for_each(|x| *x = Some(side)));
    let confirm = move |_| {
        let Some((name, plan)) = planned.get_untracked() else { return };
        let decisions: Option<Vec<Decision>> = answers
            .get_untracked()
            .into_iter()
            .map(|fields| fields.into_iter().collect::<Option<Vec<Side>>>().map(Decision))
            .collect();
        let Some(decisions) = decisions else {
            failure.set(Some(T::MergeDecideAll.text(lang()).into()));
            return;
        };
        timing::mark("merge-confirm");
        let merged = plan.merged(&decisions, consent.get_untracked(), &session.device(), now().to_utc());
        timing::measure("merge-built", "merge-confirm");
        match merged.map(|book| session.merge(book, name.clone())) {
            Ok(Ok(())) => {
                planned.set(None);
                done.set(Some(name));
            }
            Ok(Err(_)) => failure.set(Some(T::BookUnchanged.text(lang()).into())),
            Err(e) => failure.set(Some(error_text(lang(), &e))),
        }
    };
    view! {
        <div class="merge">
            <ChooseBook label=T::MergeChoose on_read on_choose/>
            {move || done.get().map(|name| view! {
                <p class="banner ok" role="status">{i18n::fill(T::MergeDone.text(lang()), &[&name])}</p>
            })}
            {move || planned.with(|p| p.as_ref().map(|(name, plan)| {
                let heading = i18n::fill(T::MergePreviewOf.text(lang()), &[name]);
                let needs_consent = !plan.renumbered.is_empty();
                let blocked = move || undecided.get() > 0 || (needs_consent && !consent.get());
                view! {
                    <section class="preview" aria-labelledby="merge-preview">
                        <h3 id="merge-preview">{heading}</h3>
                        {plan.other_union.clone().map(|other| view! {
                            <p class="banner warning" role="note">{i18n::fill(T::MergeOtherUnion.text(lang()), &[&other])}</p>
                        })}
                        {match plan.is_empty() {
                            true => view! { <p>{t(T::MergeNothing)}</p> }.into_any(),
                            false => view! { <Areas plan=plan.clone()/> }.into_any(),
                        }}
                        {(!plan.conflicts.is_empty()).then(|| view! {
                            <Conflicts conflicts=plan.conflicts.clone() answers set_all/>
                        })}
                        {needs_consent.then(|| view! {
                            <h4>{t(T::MergeRenumberTitle)}</h4>
                            <p>{t(T::MergeRenumberHelp)}</p>
                            <ul>{plan.renumbered.iter().map(|r| view! {
                                <li>{i18n::fill(T::MergeRenumberItem.text(lang()), &[&r.from_code(), &r.to_code()])}</li>
                            }).collect_view()}</ul>
                            <CheckField label=T::MergeRenumberConsent value=consent/>
                        })}
                        {move || failure.get().map(|f| view! { <p class="banner danger" role="alert">{f}</p> })}
                        {move || (undecided.get() > 0).then(|| view! {
                            <p class="muted" role="status">{i18n::fill(T::MergeUndecided.text(lang()), &[&undecided.get().to_string()])}</p>
                        })}
                        <button type="button" on:click=confirm disabled=blocked>{t(T::MergeConfirm)}</button>
                        <button type="button" class="secondary" on:click=move |_| planned.set(None)>{t(T::Cancel)}</button>
                    </section>
                }
            }))}
        </div>
    }
}

/// What the merge does to each part of the book, counted.
#[component]
fn Areas(plan: Plan) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.lang.get_untracked();
    let rows = plan.areas.into_iter().filter(|a| a.added + a.changed + a.deleted + a.conflicts > 0);
    view! {
        <table class="merge-areas">
            <thead><tr>
                <th scope="col">{t(T::MergeArea)}</th>
                <th scope="col" class="num">{t(T::MergeAdded)}</th>
                <th scope="col" class="num">{t(T::MergeChanged)}</th>
                <th scope="col" class="num">{t(T::MergeDeleted)}</th>
                <th scope="col" class="num">{t(T::MergeConflicts)}</th>
            </tr></thead>
            <tbody>
                {rows.map(|a| view! {
                    <tr>
                        <th scope="row">{i18n::part_name(lang, a.part)}</th>
                        <td class="num">{a.added}</td>
                        <td class="num">{a.changed}</td>
                        <td class="num">{a.deleted}</td>
                        <td class="num">{a.conflicts}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// Each record both sides changed, its differing fields side by side, a choice for each.
#[component]
fn Conflicts(
    conflicts: Vec<Conflict>,
    answers: RwSignal<Vec<Vec<Option<Side>>>>,
    set_all: impl Fn(Side) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.lang.get_untracked();
    let count = conflicts.len().to_string();
    view! {
        <h4>{i18n::fill(T::MergeConflictsTitle.text(lang), &[&count])}</h4>
        <p>{t(T::MergeConflictsHelp)}</p>
        <p class="actions">
            <button type="button" class="secondary small" on:click=move |_| set_all(Side::Ours)>{t(T::MergeAllOurs)}</button>
            <button type="button" class="secondary small" on:click=move |_| set_all(Side::Theirs)>{t(T::MergeAllTheirs)}</button>
        </p>
        {conflicts.into_iter().enumerate().map(|(n, c)| view! { <ConflictView n conflict=c answers/> }).collect_view()}
    }
}

#[component]
fn ConflictView(n: usize, conflict: Conflict, answers: RwSignal<Vec<Vec<Option<Side>>>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.lang.get_untracked();
    let book = session.book.get_untracked();
    let mut legend = format!("{}: {}", i18n::part_name(lang, conflict.part), conflict.label);
    if let Reason::ClosedYear(year) = conflict.reason {
        legend = format!("{legend} ({})", i18n::fill(T::MergeClosedYear.text(lang), &[&year.to_string()]));
    }
    let deleted = T::MergeDeletedValue.text(lang).to_string();
    // A record one side deleted is one choice: that side's "(deleted)" against the other's record.
    let rows: Vec<(String, String, String)> = match conflict.fields.is_empty() {
        true => {
            let whole = |v: &Option<Value>| v.as_ref().map_or(deleted.clone(), |_| conflict.label.clone());
            vec![(String::new(), whole(&conflict.ours), whole(&conflict.theirs))]
        }
        false => conflict
            .fields
            .iter()
            .map(|f| {
                let value = |v| shown(lang, book.as_ref(), &f.name, v);
                (i18n::field_name(lang, &f.name), value(&f.ours), value(&f.theirs))
            })
            .collect(),
    };
    let choice = move |field: usize, side: Side| {
        let id = field_id("merge");
        let checked = move || answers.with(|a| a.get(n).and_then(|f| f.get(field)).copied().flatten() == Some(side));
        let pick = move |_| answers.update(|a| a[n][field] = Some(side));
        (id, checked, pick)
    };
    view! {
        <fieldset class="conflict">
            <legend>{legend}</legend>
            <table class="merge-fields">
                <thead><tr>
                    <th scope="col">{t(T::MergeField)}</th>
                    <th scope="col">{t(T::MergeOurs)}</th>
                    <th scope="col">{t(T::MergeTheirs)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().enumerate().map(|(field, (name, ours, theirs))| {
                        let group = format!("merge-{n}-{field}");
                        let (ours_id, ours_checked, pick_ours) = choice(field, Side::Ours);
                        let (theirs_id, theirs_checked, pick_theirs) = choice(field, Side::Theirs);
                        let ours_label = format!("{}: {ours}", T::MergeOurs.text(lang));
                        let theirs_label = format!("{}: {theirs}", T::MergeTheirs.text(lang));
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td><input type="radio" id=ours_id.clone() name=group.clone() prop:checked=ours_checked on:change=pick_ours/>
                                    <label for=ours_id><span class="visually-hidden">{ours_label}</span><span aria-hidden="true">{ours}</span></label></td>
                                <td><input type="radio" id=theirs_id.clone() name=group prop:checked=theirs_checked on:change=pick_theirs/>
                                    <label for=theirs_id><span class="visually-hidden">{theirs_label}</span><span aria-hidden="true">{theirs}</span></label></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </fieldset>
    }
}
