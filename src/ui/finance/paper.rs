//! What the printed forms of the money share: the union's administrative header (the superior and the union
//! on the left; on the right the national motto, or the form's code where the Ministry's form puts it), the
//! date line, and who holds a role on the day, to print under a signature.

use crate::domain::book::Book;
use crate::domain::members::committee::{holders_on, Body, Role};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// The right-hand corner of the header.
pub enum Corner {
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", and the date line under it.
    Nation,
    /// "Mẫu số …" and the circular that issued the form (TT 107/2017/TT-BTC).
    Form(T),
    /// The code of a form the union's own confederation issued (B07-TLĐ), without the Ministry's circular.
    Code(T),
    /// Nothing: a book the Ministry has no form for (a charity fund's).
    Nothing,
}

/// "ngày 07 tháng 12 năm 2026".
pub fn date_line(lang: Lang, on: NaiveDate) -> String {
    let [d, m] = [on.day(), on.month()].map(|n| format!("{n:02}"));
    i18n::fill(T::FormDateLine.text(lang), &[&d, &m, &on.year().to_string()])
}

/// The header of a form printed for a day: the union as it was named then.
pub fn doc_head(book: &Book, on: NaiveDate, corner: Corner, lang: Lang) -> impl IntoView {
    let union = book.union.on(on);
    let right = match corner {
        Corner::Nation => view! {
            <div class="nation">
                <p><strong>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"</strong></p>
                <p class="motto"><strong>"Độc lập - Tự do - Hạnh phúc"</strong></p>
                <p class="date-line"><em>{date_line(lang, on)}</em></p>
            </div>
        }
        .into_any(),
        Corner::Form(code) => view! {
            <div class="form-code">
                <p><strong>{code.text(lang)}</strong></p>
                <p class="issued"><em>{T::FormIssued107.text(lang)}</em></p>
            </div>
        }
        .into_any(),
        Corner::Code(code) => view! {
            <div class="form-code">
                <p><strong>{code.text(lang)}</strong></p>
            </div>
        }
        .into_any(),
        Corner::Nothing => view! { <div></div> }.into_any(),
    };
    view! {
        <header class="admin-head">
            <div class="issuer">
                <p>{union.superior.to_uppercase()}</p>
                <p><strong>{union.name.to_uppercase()}</strong></p>
            </div>
            {right}
        </header>
    }
}

/// The name of who holds a role on a day (the chair: `Body::Executive`, `Role::Head`), or nothing.
pub fn holder(book: &Book, body: Body, role: Role, group: Option<Id>, on: NaiveDate) -> String {
    holders_on(&book.appointments, on)
        .into_iter()
        .find(|a| a.body == body && a.role == role && (group.is_none() || a.group_id == group))
        .and_then(|a| book.member(a.member_id))
        .map(|m| m.full_name.clone())
        .unwrap_or_default()
}
