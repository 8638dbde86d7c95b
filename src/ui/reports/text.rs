//! The text of part I written from its figures, in the seed report's style ("… hiện có 45 đoàn viên (trong
//! đó có 19 đoàn viên nữ), sinh hoạt ở 04 Tổ công đoàn, gồm: …"). Every number in it is one of the figures
//! returned with it, so the consistency panel can find it again.

use crate::domain::book::Book;
use crate::domain::report::{Figure, MembersPart};
use crate::domain::share::Share;
use crate::domain::text::format_percent;
use crate::i18n::{self, Lang, T};

/// "Thạc sĩ: 14 đồng chí (chiếm tỷ lệ 31,11%)" for each value held by someone.
fn listing<K>(lang: Lang, rows: &[(K, Share)], label: impl Fn(&K) -> &'static str) -> String {
    rows.iter()
        .filter(|(_, s)| s.count > 0)
        .map(|(k, s)| {
            i18n::fill(T::ReportShareItem.text(lang), &[label(k), &s.count.to_string(), &format_percent(s.percent())])
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn members(lang: Lang, part: &MembersPart, book: Option<Book>) -> (String, Vec<Figure>) {
    let Some(book) = book else { return (String::new(), Vec::new()) };
    let c = &part.composition;
    let groups: Vec<String> = c.groups.iter().filter_map(|(g, _)| book.group((*g)?).map(|g| g.name.clone())).collect();
    let movements: Vec<String> = part
        .movements
        .iter()
        .filter(|(_, who)| !who.is_empty())
        .map(|(k, who)| {
            i18n::fill(
                T::ReportMovementItem.text(lang),
                &[&i18n::movement_kind(lang, *k).to_lowercase(), &who.len().to_string()],
            )
        })
        .collect();
    let party = part.party();
    let mut text = i18n::fill(
        T::ReportMembersText.text(lang),
        &[
            &book.union.on(part.period.to).name,
            &c.total.to_string(),
            &part.women().count.to_string(),
            &groups.len().to_string(),
            &groups.join(", "),
            &listing(lang, &c.education, |e| i18n::education(lang, *e)),
            &listing(lang, &c.theory, |p| i18n::political_theory(lang, *p)),
            &format!("{}/{}", party.count, c.total),
            &format_percent(party.percent()),
        ],
    );
    if !movements.is_empty() {
        text.push('\n');
        text.push_str(&i18n::fill(T::ReportMovementsText.text(lang), &[&movements.join(", ")]));
    }
    (text, part.figures())
}

use crate::domain::report::{ActivitiesPart, FinancePart};
use crate::domain::text::format_money;

pub fn welfare(lang: Lang, part: &ActivitiesPart) -> (String, Vec<Figure>) {
    let w = &part.welfare;
    let text = if w.visits == 0 {
        T::ReportNoWelfare.text(lang).to_string()
    } else {
        let kinds: Vec<String> = w
            .by_kind
            .iter()
            .map(|(k, n, amount)| {
                i18n::fill(
                    T::ReportWelfareItem.text(lang),
                    &[&i18n::welfare_kind(lang, *k).to_lowercase(), &n.to_string(), &format_money(*amount)],
                )
            })
            .collect();
        i18n::fill(
            T::ReportWelfareText.text(lang),
            &[&w.visits.to_string(), &format_money(w.amount), &kinds.join("; ")],
        )
    };
    (text, part.figures())
}

pub fn emulation(lang: Lang, part: &ActivitiesPart) -> (String, Vec<Figure>) {
    let years: Vec<String> = part
        .titles
        .iter()
        .map(|(year, kinds)| {
            let each: Vec<String> = kinds
                .iter()
                .map(|(k, n)| i18n::fill(T::ReportTitleItem.text(lang), &[i18n::title_kind(lang, *k), &n.to_string()]))
                .collect();
            i18n::fill(T::ReportTitlesYear.text(lang), &[&year.to_string(), &each.join(", ")])
        })
        .collect();
    let mut text = Vec::new();
    if !years.is_empty() {
        text.push(i18n::fill(T::ReportTitlesText.text(lang), &[&years.join("; ")]));
    }
    text.push(i18n::fill(
        T::ReportInitiativesText.text(lang),
        &[&part.initiatives.0.to_string(), &part.initiatives.1.to_string()],
    ));
    if !part.prizes.is_empty() {
        let prizes: Vec<String> = part
            .prizes
            .iter()
            .map(|(event, year, prize)| i18n::fill(T::ReportPrizeItem.text(lang), &[prize, event, &year.to_string()]))
            .collect();
        text.push(i18n::fill(T::ReportPrizesText.text(lang), &[&prizes.join("; ")]));
    }
    (text.join("\n"), part.figures())
}

pub fn women(lang: Lang, part: &ActivitiesPart) -> (String, Vec<Figure>) {
    let text = i18n::fill(
        T::ReportWomenText.text(lang),
        &[&part.women_events.len().to_string(), &part.women_titles.to_string()],
    );
    (text, part.figures())
}

pub fn finance(lang: Lang, part: &FinancePart) -> (String, Vec<Figure>) {
    let lines = |list: &[crate::domain::finance::reports::LineTotal]| {
        list.iter()
            .filter(|l| !l.total.is_zero())
            .map(|l| i18n::fill(T::ReportLineItem.text(lang), &[&l.category.name, &format_money(l.total)]))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let text = i18n::fill(
        T::ReportFinanceText.text(lang),
        &[
            &format_money(part.opening),
            &format_money(part.lines.total_income),
            &lines(&part.lines.income),
            &format_money(part.lines.total_expense),
            &lines(&part.lines.expense),
            &format_money(part.closing),
            &format_money(part.remittance.due),
            &format_money(part.remittance.remitted),
        ],
    );
    (text, part.figures())
}

/// The executive committee on the report's date, the chair first: "Ban Chấp hành: Trần Thị Bình (Chủ tịch), …";
/// nothing when no one held a seat.
pub fn committee(lang: Lang, book: &Book, date: chrono::NaiveDate) -> Option<String> {
    use crate::domain::members::committee::{holders_on, Body};
    let names: Vec<String> = holders_on(&book.appointments, date)
        .into_iter()
        .filter(|a| a.body == Body::Executive)
        .filter_map(|a| {
            let member = book.member(a.member_id)?;
            Some(format!("{} ({})", member.full_name, i18n::role(lang, a.body, a.role)))
        })
        .collect();
    (!names.is_empty()).then(|| i18n::fill(T::ReportCommittee.text(lang), &[&names.join(", ")]))
}
