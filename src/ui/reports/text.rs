//! The text of part I written from its figures, in the seed report's style ("… hiện có 45 đoàn viên (trong
//! đó có 19 đoàn viên nữ), sinh hoạt ở 04 Tổ công đoàn, gồm: …"). Every number in it is one of the figures
//! returned with it, so the consistency panel can find it again.

use crate::domain::book::Book;
use crate::domain::report::Share;
use crate::domain::term_report::{Figure, MembersPart};
use crate::domain::text::{format_count, format_percent};
use crate::i18n::{self, Lang, T};

/// "Thạc sĩ: 14 đồng chí (chiếm tỷ lệ 31,11%)" for each value held by someone.
fn listing<K>(lang: Lang, rows: &[(K, Share)], label: impl Fn(&K) -> &'static str) -> String {
    rows.iter()
        .filter(|(_, s)| s.count > 0)
        .map(|(k, s)| i18n::fill(T::ReportShareItem.text(lang), &[label(k), &format_count(s.count), &format_percent(s.percent())]))
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
        .map(|(k, who)| i18n::fill(T::ReportMovementItem.text(lang), &[&i18n::movement_kind(lang, *k).to_lowercase(), &format_count(who.len())]))
        .collect();
    let party = part.party();
    let mut text = i18n::fill(
        T::ReportMembersText.text(lang),
        &[
            &book.union.name,
            &c.total.to_string(),
            &part.women().count.to_string(),
            &format_count(groups.len()),
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
