//! A form kept as a draft of the record it edits.
//!
//! What is typed is kept in sessionStorage (a draft, not the book: it belongs to this tab), keyed by the form
//! and its record, beside the record as the form last saw it (the base), so that a reload, Back or Forward
//! opens the form as it was left. When the record changes under the form (another tab's change taken by the
//! session, an undo or redo, a restore), each field is rebased onto it as `rebase` says: saving never writes
//! back a value the user did not change, and a field changed on both sides is named to the user.

use super::t;
use crate::i18n::{fill, T};
use crate::ui::session::Session;
use js_sys::{Array, JSON};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// An input of a form, seen as the text it holds.
#[derive(Clone, Copy)]
pub enum Input {
    Text(RwSignal<String>),
    Check(RwSignal<bool>),
}

impl Input {
    fn get(self) -> String {
        match self {
            Input::Text(v) => v.get(),
            Input::Check(v) => v.get().to_string(),
        }
    }

    fn set(self, value: &str) {
        match self {
            Input::Text(v) => v.set(value.to_string()),
            Input::Check(v) => v.set(value == "true"),
        }
    }
}

impl From<RwSignal<String>> for Input {
    fn from(v: RwSignal<String>) -> Self {
        Input::Text(v)
    }
}

impl From<RwSignal<bool>> for Input {
    fn from(v: RwSignal<bool>) -> Self {
        Input::Check(v)
    }
}

/// One field rebased: a value the user left as it was (`mine == base`) takes the record's new one; a value
/// the user changed stays, and clashes (the `bool`) when the record changed it too, to something else.
pub fn rebase(base: &str, mine: &str, theirs: &str) -> (String, bool) {
    if mine == base {
        (theirs.to_string(), false)
    } else {
        (mine.to_string(), theirs != base && theirs != mine)
    }
}

/// Every field rebased (`rebase`), and the indexes of those that clash.
pub fn rebase_all(base: &[String], mine: &[String], theirs: &[String]) -> (Vec<String>, Vec<usize>) {
    let mut clashes = Vec::new();
    let values = base
        .iter()
        .zip(mine)
        .zip(theirs)
        .enumerate()
        .map(|(i, ((base, mine), theirs))| {
            let (value, clash) = rebase(base, mine, theirs);
            if clash {
                clashes.push(i);
            }
            value
        })
        .collect();
    (values, clashes)
}

/// What became of the record under the form.
#[derive(Clone, Debug, PartialEq)]
pub enum Stale {
    /// It changed: the fields the user had not changed show its new values.
    Updated,
    /// And these fields, changed here, changed there too: the user's values are kept for them to decide.
    Clashed(Vec<T>),
    /// It is no longer in the book.
    Gone,
}

#[derive(Clone, Copy)]
pub struct Draft {
    key: StoredValue<String>,
    fields: StoredValue<Vec<(T, Input)>>,
    /// The record as the form last saw it: what the user's changes are measured against.
    base: StoredValue<Vec<String>>,
    pub stale: RwSignal<Option<Stale>>,
    /// The form opened on a draft left earlier.
    pub restored: RwSignal<bool>,
}

const PREFIX: &str = "so-cong-doan/draft/";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The base and the user's values kept under `key`, as a JSON pair of lists of strings.
fn read(key: &str) -> Option<(Vec<String>, Vec<String>)> {
    let text = storage()?.get_item(key).ok()??;
    let pair: Array = JSON::parse(&text).ok()?.dyn_into().ok()?;
    let list =
        |i| -> Option<Vec<String>> { pair.get(i).dyn_into::<Array>().ok()?.iter().map(|v| v.as_string()).collect() };
    Some((list(0)?, list(1)?))
}

fn write(key: &str, base: &[String], mine: &[String]) {
    let list = |v: &[String]| v.iter().map(|s| JsValue::from_str(s)).collect::<Array>();
    if let (Some(storage), Ok(text)) = (storage(), JSON::stringify(&Array::of2(&list(base), &list(mine)))) {
        // A full sessionStorage only loses the draft: the form still holds what is typed.
        let _ = storage.set_item(key, &String::from(text));
    }
}

fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

impl Draft {
    /// Keeps what is typed in `fields` under `key` (the form and its record: `member/<id>`), and opens on what
    /// was kept there. The fields' values as given are the base.
    pub fn new(key: &str, fields: Vec<(T, Input)>) -> Self {
        let key = format!("{PREFIX}{key}");
        let base: Vec<String> = untrack(|| fields.iter().map(|(_, i)| i.get()).collect());
        let kept = read(&key).filter(|(b, m)| b.len() == base.len() && m.len() == base.len());
        let draft = Draft {
            key: StoredValue::new(key),
            fields: StoredValue::new(fields),
            base: StoredValue::new(base),
            stale: RwSignal::new(None),
            restored: RwSignal::new(kept.is_some()),
        };
        if let Some((base, mine)) = kept {
            draft.base.set_value(base);
            draft.show(&mine);
        }
        // Each keystroke kept; nothing kept once the form is back to its record.
        Effect::new(move |_| {
            let mine = draft.values();
            let key = draft.key.get_value();
            draft.base.with_value(|base| if *base == mine { remove(&key) } else { write(&key, base, &mine) });
        });
        draft
    }

    /// Follows the record in the book (`record` reads it, tracked; `None` once it is gone): a change to it
    /// is rebased into the form.
    pub fn follow(self, record: impl Fn() -> Option<Vec<String>> + 'static) {
        Effect::new(move |_| {
            let Some(theirs) = record() else {
                self.stale.set(Some(Stale::Gone));
                return;
            };
            if self.base.with_value(|base| *base == theirs) {
                if self.stale.get_untracked() == Some(Stale::Gone) {
                    self.stale.set(None);
                }
                return;
            }
            let (values, clashes) = rebase_all(&self.base.get_value(), &untrack(|| self.values()), &theirs);
            self.base.set_value(theirs);
            self.show(&values);
            let mut named: Vec<T> = self.fields.with_value(|f| clashes.iter().map(|&i| f[i].0).collect());
            // A clash named before stays named while the user's value still differs from the record.
            if let Some(Stale::Clashed(before)) = self.stale.get_untracked() {
                let base = self.base.get_value();
                self.fields.with_value(|f| {
                    for (i, (label, input)) in f.iter().enumerate() {
                        if before.contains(label) && !named.contains(label) && untrack(|| input.get()) != base[i] {
                            named.push(*label);
                        }
                    }
                });
            }
            self.stale.set(Some(if named.is_empty() { Stale::Updated } else { Stale::Clashed(named) }));
        });
    }

    /// The fields' values, tracked.
    pub fn values(self) -> Vec<String> {
        self.fields.with_value(|f| f.iter().map(|(_, i)| i.get()).collect())
    }

    /// The record as the form last saw it.
    pub fn base(self) -> Vec<String> {
        self.base.get_value()
    }

    fn show(self, values: &[String]) {
        self.fields.with_value(|f| {
            for ((_, input), value) in f.iter().zip(values) {
                if untrack(|| input.get()) != *value {
                    input.set(value);
                }
            }
        });
    }

    /// The form was saved, or given up by Cancel: no draft is kept, and what it shows is its base from now on.
    pub fn clear(self) {
        self.base.set_value(untrack(|| self.values()));
        self.stale.set(None);
        self.restored.set(false);
        self.key.with_value(|k| remove(k));
    }

    /// Drops what was typed: the form shows its record again.
    pub fn discard(self) {
        self.show(&self.base.get_value());
        self.clear();
    }
}

/// Says that the form opened on a draft, and offers to drop it: at the top of the form.
#[component]
pub fn DraftRestored(draft: Draft) -> impl IntoView {
    view! {
        <Show when=move || draft.restored.get()>
            <div class="banner info no-print" role="status">
                <p>{t(T::DraftRestored)}</p>
                <button type="button" class="secondary" on:click=move |_| draft.discard()>{t(T::DiscardDraft)}</button>
            </div>
        </Show>
    }
}

/// Says what became of the record under the form: beside its buttons, where the user decides to save.
#[component]
pub fn StaleNotice(draft: Draft) -> impl IntoView {
    let session = expect_context::<Session>();
    let text = move || {
        let lang = session.lang.get();
        draft.stale.get().map(|stale| match stale {
            Stale::Updated => T::StaleUpdated.text(lang).to_string(),
            Stale::Clashed(labels) => {
                let names: Vec<&str> = labels.iter().map(|l| l.text(lang)).collect();
                fill(T::StaleClashed.text(lang), &[&names.join(", ")])
            }
            Stale::Gone => T::StaleGone.text(lang).to_string(),
        })
    };
    move || {
        text().map(|text| {
            view! {
                <div class="banner warning no-print" role="alert">
                    <p>{text}</p>
                    <button type="button" class="ghost" on:click=move |_| draft.stale.set(None)>{t(T::Dismiss)}</button>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_field_left_alone_takes_the_new_value_and_a_changed_one_stays() {
        let base = list(&["0901", "", "Tổ 1"]);
        let mine = list(&["0901", "chuyển công tác", "Tổ 1"]);
        let theirs = list(&["0987", "", "Tổ 2"]);
        let (values, clashes) = rebase_all(&base, &mine, &theirs);
        assert_eq!(values, list(&["0987", "chuyển công tác", "Tổ 2"]));
        assert!(clashes.is_empty());
    }

    #[test]
    fn a_field_changed_on_both_sides_keeps_the_users_value_and_clashes() {
        let (values, clashes) = rebase_all(&list(&["0901"]), &list(&["0912"]), &list(&["0987"]));
        assert_eq!(values, list(&["0912"]));
        assert_eq!(clashes, vec![0]);
        // The same change made on both sides is no clash.
        assert_eq!(rebase("0901", "0987", "0987"), ("0987".to_string(), false));
    }
}
