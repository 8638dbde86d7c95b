//! What the biên bản bàn giao says, in the user's language, from the handover and the domain's figures:
//! once, for the printed page and for the Word document alike.

use crate::domain::book::Book;
use crate::domain::handover::{figures, FundAtHandover, Handover, HandoverFigures};
use crate::domain::text::{format_date, format_money};
use crate::i18n::{fill, Lang, T};
use crate::office::{AdminHeader, Block, Document, Signature};
use chrono::Datelike;
use rust_decimal::Decimal;

pub struct Minutes {
    pub header: AdminHeader,
    pub title: String,
    pub subtitle: String,
    /// The opening: the day and place, each side, what they agree.
    pub opening: Vec<String>,
    pub funds_header: Vec<String>,
    pub funds: Vec<Vec<String>>,
    pub counts_header: Vec<String>,
    pub counts: Vec<Vec<String>>,
    pub papers: Vec<String>,
    pub closing: String,
    pub signatures: Vec<Signature>,
}

/// The difference of the money counted from the books, signed, or that they match.
pub fn difference_text(lang: Lang, fund: &FundAtHandover) -> String {
    match fund.difference() {
        None => String::new(),
        Some(d) if d.is_zero() => T::HoNoDifference.text(lang).into(),
        Some(d) if d > Decimal::ZERO => format!("+{}", format_money(d)),
        Some(d) => format!("−{}", format_money(-d)),
    }
}

/// The counts the biên bản states, each with its label.
pub fn count_rows(lang: Lang, f: &HandoverFigures) -> Vec<(String, String)> {
    [
        (T::HoMembers, f.members),
        (T::HoGroups, f.groups),
        (T::HoVouchers, f.vouchers),
        (T::HoWelfare, f.welfare),
        (T::HoEvents, f.events),
        (T::HoTitles, f.titles),
        (T::HoInitiatives, f.initiatives),
        (T::HoReports, f.reports),
    ]
    .into_iter()
    .map(|(label, n)| (label.text(lang).to_string(), n.to_string()))
    .collect()
}

fn party(lang: Lang, side: T, name: &str, role: &str) -> String {
    let who = if role.is_empty() { name.to_string() } else { format!("{name} — {role}") };
    fill(T::HoDocParty.text(lang), &[side.text(lang), &who])
}

pub fn minutes(lang: Lang, book: &Book, h: &Handover) -> Minutes {
    let union = book.union.on(h.date);
    let f = figures(book, h.date, &h.counted);
    let place = if h.place.is_empty() { "……" } else { &h.place };
    let date_line = fill(
        T::DateLine.text(lang),
        &[place, &format!("{:02}", h.date.day()), &format!("{:02}", h.date.month()), &h.date.year().to_string()],
    );
    let funds = f
        .funds
        .iter()
        .map(|x| {
            let counted = x.counted.map(format_money).unwrap_or_default();
            vec![x.fund.name.clone(), format_money(x.balance), counted, difference_text(lang, x)]
        })
        .collect();
    let papers = match h.papers.is_empty() {
        true => vec![T::HoNoPapers.text(lang).to_string()],
        false => h.papers.iter().enumerate().map(|(i, p)| format!("{}. {p}", i + 1)).collect(),
    };
    let sign = |title: T, name: &str| Signature {
        title: vec![title.text(lang).to_string()],
        hint: T::FinSignHint.text(lang).to_string(),
        name: name.to_string(),
    };
    Minutes {
        header: AdminHeader::national(vec![union.superior.to_uppercase(), union.name.to_uppercase()], date_line),
        title: T::HoDocTitle.text(lang).to_string(),
        subtitle: T::HoDocSubtitle.text(lang).to_string(),
        opening: vec![
            fill(T::HoDocOpening.text(lang), &[&format_date(h.date), place]),
            party(lang, T::HoGiver, &h.giver.name, &h.giver.role),
            party(lang, T::HoReceiver, &h.receiver.name, &h.receiver.role),
            fill(T::HoDocAgree.text(lang), &[&union.name, &format_date(h.date)]),
        ],
        funds_header: [T::HoFund, T::HoBooks, T::HoCounted, T::HoDifference].map(|k| k.text(lang).to_string()).to_vec(),
        funds,
        counts_header: [T::HoItem, T::HoCount].map(|k| k.text(lang).to_string()).to_vec(),
        counts: count_rows(lang, &f).into_iter().map(|(a, b)| vec![a, b]).collect(),
        papers,
        closing: T::HoDocClosing.text(lang).to_string(),
        signatures: vec![sign(T::HoSignGiver, &h.giver.name), sign(T::HoSignReceiver, &h.receiver.name)],
    }
}

/// The biên bản as a Word document, for the office worker.
pub fn document(lang: Lang, m: Minutes) -> Document {
    let mut blocks: Vec<Block> = m.opening.into_iter().map(Block::Paragraph).collect();
    blocks.push(Block::Heading(T::HoDocFunds.text(lang).to_string()));
    blocks.push(Block::Table { caption: String::new(), header: m.funds_header, rows: m.funds });
    blocks.push(Block::Heading(T::HoDocCounts.text(lang).to_string()));
    blocks.push(Block::Table { caption: String::new(), header: m.counts_header, rows: m.counts });
    blocks.push(Block::Heading(T::HoDocPapers.text(lang).to_string()));
    blocks.extend(m.papers.into_iter().map(Block::Paragraph));
    blocks.push(Block::Paragraph(m.closing));
    blocks.push(Block::Signatures(m.signatures));
    Document { header: m.header, title: m.title, subtitle: m.subtitle, blocks }
}
