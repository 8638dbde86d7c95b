//! How a visit or an event's cost is paid, in its form: a new payment voucher (from a fund, on a line), a
//! payment already recorded, or none. The choices come from the book; the domain decides what they do
//! (`domain::activity::links`).

use crate::domain::activity::links::{cash_fund, free_payments, standard_line, Payment};
use crate::domain::book::Book;
use crate::domain::finance::reports::code_key;
use crate::domain::finance::{Line, Period, Voucher};
use crate::domain::Id;
use crate::i18n::{self, T};
use crate::ui::route::FinanceRoute;
use crate::ui::session::Session;
use crate::ui::widgets::SelectField;
use leptos::prelude::*;

const NEW: &str = "new";
const LINK: &str = "link";
const OUTSIDE: &str = "outside";

/// The fields of a payment, as text: the way (`NEW`, `LINK`, `OUTSIDE`), the fund, the line, the voucher.
#[derive(Clone, Copy)]
pub struct PaymentChoice {
    pub how: RwSignal<String>,
    pub fund: RwSignal<String>,
    pub line: RwSignal<String>,
    pub voucher: RwSignal<String>,
    /// The line a new voucher goes on unless another is chosen.
    default_line: Line,
}

impl PaymentChoice {
    pub fn new(default_line: Line) -> PaymentChoice {
        let choice = PaymentChoice {
            how: RwSignal::new(NEW.into()),
            fund: RwSignal::new(String::new()),
            line: RwSignal::new(String::new()),
            voucher: RwSignal::new(String::new()),
            default_line,
        };
        choice.reset(&Payment::New { fund_id: None, category_id: None });
        choice
    }

    /// Shows a payment: a new voucher from cash on the default line unless it says otherwise.
    pub fn reset(self, payment: &Payment) {
        let session = expect_context::<Session>();
        let (fund, line) = session.book.with_untracked(|b| {
            b.as_ref()
                .map(|b| (cash_fund(&b.finance), standard_line(&b.finance, self.default_line)))
                .unwrap_or_default()
        });
        let text = |id: Option<Id>| id.map(|i| i.to_string()).unwrap_or_default();
        let (how, voucher) = match payment {
            Payment::New { .. } => (NEW, None),
            Payment::Link(v) => (LINK, Some(*v)),
            Payment::Outside => (OUTSIDE, None),
        };
        let (fund, line) = match payment {
            Payment::New { fund_id: Some(f), category_id: Some(c) } => (Some(*f), Some(*c)),
            _ => (fund, line),
        };
        self.how.set(how.into());
        self.fund.set(text(fund));
        self.line.set(text(line));
        self.voucher.set(text(voucher));
    }

    pub fn payment(self) -> Payment {
        let id = |s: RwSignal<String>| s.get_untracked().parse().ok();
        match self.how.get_untracked().as_str() {
            NEW => Payment::New { fund_id: id(self.fund), category_id: id(self.line) },
            LINK => id(self.voucher).map_or(Payment::Outside, Payment::Link),
            _ => Payment::Outside,
        }
    }
}

/// A voucher as a choice: "PC-2026-003 · 10/03/2026 · Nguyễn Văn An · 1.500.000 đ".
pub fn voucher_label(v: &Voucher) -> String {
    use crate::domain::text::{format_date, format_money};
    format!("{} · {} · {} · {}", v.code(), format_date(v.date), v.party, format_money(v.amount))
}

/// Payments of a period that pay nothing yet and pass `fits`, after the record's own voucher (`own`), as
/// choices; a first line says when there is none.
pub fn voucher_choices(
    book: &Book,
    period: Period,
    own: Option<Id>,
    fits: impl Fn(&Voucher) -> bool,
) -> Vec<(String, String)> {
    let lang = expect_context::<Session>().lang.get_untracked();
    let own = own.and_then(|id| book.finance.voucher(id)).map(|v| {
        let label = i18n::fill(T::PayCurrent.text(lang), &[&voucher_label(v)]);
        (v.id.to_string(), if v.is_void() { i18n::fill(T::PayVoidMark.text(lang), &[&label]) } else { label })
    });
    let free = free_payments(book, period);
    let mut out: Vec<(String, String)> = own.into_iter().collect();
    out.extend(free.iter().filter(|v| fits(v)).map(|v| (v.id.to_string(), voucher_label(v))));
    if out.is_empty() {
        out.push((String::new(), T::PayNoFree.text(lang).to_string()));
    }
    out
}

/// The fields of a payment: how it is paid, then the fund and line of a new voucher, or the voucher to link.
#[component]
pub fn PaymentFields(choice: PaymentChoice, #[prop(into)] vouchers: Signal<Vec<(String, String)>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let ways = Signal::derive(move || {
        [(NEW, T::PayNew), (LINK, T::PayLink), (OUTSIDE, T::PayOutside)]
            .into_iter()
            .map(|(v, l)| (v.to_string(), l.text(lang()).to_string()))
            .collect::<Vec<_>>()
    });
    let funds = Signal::derive(move || {
        let mut out = vec![(String::new(), T::Choose.text(lang()).to_string())];
        session.book.with(|b| {
            if let Some(b) = b {
                out.extend(b.finance.funds.iter().map(|f| (f.id.to_string(), f.name.clone())));
            }
        });
        out
    });
    let lines = Signal::derive(move || {
        let mut out = vec![(String::new(), T::Choose.text(lang()).to_string())];
        session.book.with(|b| {
            let Some(b) = b else { return };
            let mut lines: Vec<_> = b.finance.categories.iter().filter(|c| !c.is_income()).collect();
            lines.sort_by_key(|c| (c.line.is_charity(), code_key(&c.code)));
            out.extend(lines.into_iter().map(|c| {
                let indent = if c.parent.is_some() { "\u{a0}\u{a0}\u{a0}" } else { "" };
                (c.id.to_string(), format!("{indent}{} {}", c.code, c.name))
            }));
        });
        out
    });
    // The voucher chosen, once the choices are known: the first of them unless one still fits.
    Effect::new(move |_| {
        let list = vouchers.get();
        let chosen = choice.voucher.get_untracked();
        if !list.iter().any(|(v, _)| *v == chosen) {
            choice.voucher.set(list.first().map(|(v, _)| v.clone()).unwrap_or_default());
        }
    });
    let how = choice.how;
    view! {
        <div class="row payment">
            <SelectField label=T::PayHow value=how options=ways/>
            <Show when=move || how.get() == NEW>
                <SelectField label=T::FinFund value=choice.fund options=funds required=true/>
                <SelectField label=T::FinCategory value=choice.line options=lines required=true/>
            </Show>
            <Show when=move || how.get() == LINK>
                <SelectField label=T::PayVoucher value=choice.voucher options=vouchers required=true/>
            </Show>
        </div>
    }
}

/// A voucher's number linking to it in finance, "(đã hủy)" when void; `None` without a voucher.
pub fn voucher_link(book: &Book, id: Option<Id>) -> Option<(String, String)> {
    let lang = expect_context::<Session>().lang.get_untracked();
    let v = book.finance.voucher(id?)?;
    let text = if v.is_void() { i18n::fill(T::PayVoidMark.text(lang), &[&v.code()]) } else { v.code() };
    Some((text, FinanceRoute::Voucher(v.id).href()))
}
