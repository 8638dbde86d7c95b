//! The demo union's money for the current term, from 1 January 2023: its books open with the seed report's
//! balance at 31/12/2022 (193.440.000 đ) and run to November 2026 at the seed's order of magnitude — dues
//! every month, grants from the superior union, the agency's support, gifts, visits, trips, movements,
//! the committee's allowances, quarterly remittances, charity kept apart, a budget each year, and the
//! years before 2026 closed. Seeded, so every run gives the same book.
//!
//! The activities come first: their welfare visits with money are paid here, each by its voucher, and
//! their events' costs become payments — the holiday gifts, the trip and the year's rewards are the costs
//! of the events they were for. Where the activities stop (2026), the visits drawn here are recorded as
//! activities with their vouchers.

use crate::domain::activity::links::Payment;
use crate::domain::activity::{CostDraft, Event, EventDraft, EventKind, WelfareDraft, WelfareKind};
use crate::domain::book::Book;
use crate::domain::finance::allowances;
use crate::domain::finance::dues::{DuesCollection, Receipts};
use crate::domain::finance::funds::FundDraft;
use crate::domain::finance::reports::{by_line, remittance};
use crate::domain::finance::rules::Dated;
use crate::domain::finance::units::{DuesScheme, UnitKind, Units};
use crate::domain::finance::vouchers::VoucherDraft;
use crate::domain::finance::{Finance, FundKind, Line, Month, Period, VoucherKind};
use crate::domain::members::committee::{holders_on, Body, Role};
use crate::domain::members::member::Gender;
use crate::domain::text::{format_date, format_number};
use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::Arc;

/// The demo's books stop here: the last dues collected are those of November 2026, for half the groups.
pub const UNTIL: (i32, u32, u32) = (2026, 11, 20);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn thousands(n: i64) -> Decimal {
    Decimal::from(n * 1000)
}

struct Demo<'a> {
    book: &'a mut Book,
    rng: fastrand::Rng,
    cash: Id,
    bank: Id,
    charity: Id,
    today: NaiveDate,
    /// Visits recorded here (after the activities' years), whose ids are seeded at the end.
    visits: Vec<Id>,
    /// The last year of the activities' visits.
    last_visits: i32,
}

const SHOPS: [&str; 4] =
    ["Công ty TNHH Thương mại Hòa An", "Siêu thị Co.op Hòa An", "Cửa hàng Văn phòng phẩm Minh Anh", "Nhà sách Hòa An"];

impl Demo<'_> {
    /// The id of a line (or sub-line) by its code on one side.
    fn line(&self, line: Line, code: &str) -> Option<Id> {
        self.book.finance.categories.iter().find(|c| c.line == line && c.code == code).map(|c| c.id)
    }

    fn pay(
        &mut self,
        kind: VoucherKind,
        date: NaiveDate,
        fund: Id,
        on: Option<Id>,
        (party, reason): (&str, &str),
        amount: Decimal,
    ) -> Option<Id> {
        if kind == VoucherKind::Payment && fund == self.cash {
            self.keep_cash_for(date, amount);
        }
        let draft = VoucherDraft {
            date: format_date(date),
            fund_id: Some(fund),
            category_id: on,
            party: party.to_string(),
            reason: reason.to_string(),
            amount: amount.to_string(),
            ..VoucherDraft::new(kind)
        };
        self.book.record_voucher(&draft, self.today).ok()
    }

    /// A cash box never runs low: before a payment, withdraw from the bank in round millions so that the
    /// cash left on its day and every later day already written (`Finance::available`) stays at ten million
    /// or more, what a treasurer keeps for the month's visits.
    fn keep_cash_for(&mut self, date: NaiveDate, amount: Decimal) {
        let finance = &self.book.finance;
        let Some(cash) = finance.fund(self.cash) else { return };
        let (_, lowest) = finance.available(cash, date);
        let short = amount + thousands(10_000) - lowest;
        if short > Decimal::ZERO {
            let millions = (short / thousands(1000)).ceil();
            self.transfer(date, self.bank, self.cash, "Rút tiền gửi về quỹ tiền mặt", millions * thousands(1000));
        }
    }

    fn transfer(&mut self, date: NaiveDate, from: Id, to: Id, reason: &str, amount: Decimal) {
        let draft = VoucherDraft {
            date: format_date(date),
            fund_id: Some(from),
            to_fund_id: Some(to),
            reason: reason.to_string(),
            amount: amount.to_string(),
            ..VoucherDraft::new(VoucherKind::Transfer)
        };
        let _ = self.book.record_voucher(&draft, self.today);
    }

    fn receipt(
        &mut self,
        date: NaiveDate,
        fund: Id,
        (line, code): (Line, &str),
        party: &str,
        reason: &str,
        amount: Decimal,
    ) {
        let on = self.line(line, code);
        self.pay(VoucherKind::Receipt, date, fund, on, (party, reason), amount);
    }

    fn payment(
        &mut self,
        date: NaiveDate,
        fund: Id,
        (line, code): (Line, &str),
        party: &str,
        reason: &str,
        amount: Decimal,
    ) -> Option<Id> {
        let on = self.line(line, code);
        self.pay(VoucherKind::Payment, date, fund, on, (party, reason), amount)
    }

    /// The activities' event of a year that `is` picks.
    fn event(&self, year: i32, is: impl Fn(&Event) -> bool) -> Option<Id> {
        self.book.activities.events.iter().find(|e| e.in_year(year) && is(e)).map(|e| e.id)
    }

    /// Puts an event's cost into the books: its cost recorded outside them (the demo's plan) is paid by
    /// `payment` — a voucher recorded for it, or a new one from cash on `line`.
    fn settle(&mut self, event: Option<Id>, payment: Payment) {
        let Some(event) = event.and_then(|id| self.book.activities.events.iter().find(|e| e.id == id)) else { return };
        let (id, start, mut draft) = (event.id, event.start, EventDraft::from_record(event));
        let outside = draft.costs.iter().position(|c| c.payment == Payment::Outside);
        let cost = match (outside, &payment) {
            (Some(i), Payment::Link(_)) => {
                draft.costs.remove(i);
                CostDraft { payment, ..CostDraft::default() }
            }
            (Some(i), _) => CostDraft { payment, ..draft.costs.remove(i) },
            (None, Payment::Link(_)) => CostDraft { payment, ..CostDraft::default() },
            (None, _) => return,
        };
        if let (Payment::New { .. }, Some(amount)) = (&cost.payment, crate::domain::text::parse_money(&cost.amount)) {
            self.keep_cash_for(start, amount);
        }
        draft.costs.push(cost);
        let _ = self.book.save_event(Some(id), &draft, self.today);
    }

    /// The costs of the month's events that no payment above is for: paid from cash on the movement line.
    fn settle_events(&mut self, month: Month) {
        let unpaid: Vec<(Id, EventKind)> = self
            .book
            .activities
            .events
            .iter()
            .filter(|e| Month::of(e.start) == month && e.costs.iter().any(|c| c.voucher_id.is_none()))
            .filter(|e| !matches!(e.kind, EventKind::Gathering | EventKind::StudyTrip))
            .map(|e| (e.id, e.kind))
            .collect();
        for (id, kind) in unpaid {
            let code = if matches!(kind, EventKind::Sports | EventKind::Culture) { "2.1" } else { "2" };
            let payment = Payment::New { fund_id: Some(self.cash), category_id: self.line(Line::Movement, code) };
            self.settle(Some(id), payment);
        }
    }

    /// The activities' visits of a month with money, each paid from cash by its voucher.
    fn pay_visits(&mut self, month: Month) {
        let until = day(UNTIL.0, UNTIL.1, UNTIL.2);
        let due: Vec<(Id, NaiveDate, Decimal)> = self
            .book
            .activities
            .welfare
            .iter()
            .filter(|w| Month::of(w.date) == month && w.date <= until && w.voucher_id.is_none())
            .filter_map(|w| Some((w.id, w.date, w.amount?)))
            .collect();
        let payment = Payment::New { fund_id: Some(self.cash), category_id: self.line(Line::Members, "1.1") };
        for (id, date, amount) in due {
            self.keep_cash_for(date, amount);
            let _ = self.book.pay_welfare(id, &payment, self.today);
        }
    }

    fn roster(&self, date: NaiveDate) -> Vec<(Id, String, Gender)> {
        let members = self.book.members.iter().filter(|m| m.on_roster(date));
        members.map(|m| (m.id, m.full_name.clone(), m.gender)).collect()
    }

    fn chair(&self, date: NaiveDate) -> String {
        let chair = holders_on(&self.book.appointments, date).into_iter().find(|a| {
            a.body == crate::domain::members::committee::Body::Executive
                && a.role == crate::domain::members::committee::Role::Head
        });
        chair.and_then(|a| self.book.member(a.member_id)).map_or("Ban Chấp hành".into(), |m| m.full_name.clone())
    }

    /// Each group's dues of a month, one receipt per group, collected by its leader on the 10th.
    fn dues(&mut self, month: Month, groups: &[(Id, String)]) {
        for (gid, name) in groups {
            let leader = self.leader(*gid, month.first_day());
            let draft = DuesCollection {
                group_id: Some(*gid),
                month: month.to_string(),
                date: format_date(day(month.year, month.month, 10)),
                fund_id: Some(self.cash),
                receipts: Receipts::OnePerGroup,
                payer: leader.unwrap_or_else(|| name.clone()),
                reason: format!("Thu đoàn phí tháng {month} tổ {name}"),
            };
            let _ = self.book.collect_dues(&draft, self.today);
        }
    }

    fn leader(&self, group: Id, date: NaiveDate) -> Option<String> {
        let leads = holders_on(&self.book.appointments, date).into_iter().find(|a| a.group_id == Some(group));
        leads.and_then(|a| self.book.member(a.member_id)).map(|m| m.full_name.clone())
    }

    /// The officers' allowances of a quarter, month by month as the allowance sheet computes them.
    fn allowances(&mut self, year: i32, quarter: u32) {
        let period = Period::quarter(year, quarter);
        let mut total = Decimal::ZERO;
        let mut month = Month::of(period.from);
        while month.first_day() <= period.to {
            total += allowances::sheet(self.book, month).total;
            month = month.next();
        }
        if total > Decimal::ZERO {
            let chair = self.chair(period.to);
            let reason = format!("Chi phụ cấp cán bộ công đoàn quý {quarter}/{year}");
            self.payment(period.to, self.cash, (Line::Allowances, "4.1"), &chair, &reason, total);
        }
    }

    /// The share of the quarter's income not kept, paid from the bank on its last day: what the year so far
    /// owes less what was remitted, since the share is rounded once on the year's total.
    fn remit(&mut self, year: i32, quarter: u32) {
        let period = Period::quarter(year, quarter);
        let so_far = Period { from: Period::year(year).from, to: period.to };
        let due = remittance(&self.book.finance, so_far).outstanding();
        if due > Decimal::ZERO {
            let superior = self.book.union.on(period.to).superior.clone();
            let reason = format!("Nộp đoàn phí công đoàn về cấp trên quý {quarter}/{year}");
            self.payment(period.to, self.bank, (Line::Remittance, "6"), &superior, &reason, due);
        }
    }

    fn year(&mut self, year: i32, groups: &[(Id, String)]) {
        let until = day(UNTIL.0, UNTIL.1, UNTIL.2);
        let grow = Decimal::from(100 + (year - 2023) * 6) / Decimal::ONE_HUNDRED;
        let scaled = |k: i64| (thousands(k) * grow / thousands(1)).round() * thousands(1);
        let agency = "Văn phòng Sở Nội vụ tỉnh Hòa An";
        let superior = self.book.union.on(Period::year(year).to).superior.clone();
        for m in 1..=12u32 {
            let month = Month { year, month: m };
            if month.first_day() > until {
                break;
            }
            let headcount = self.roster(month.first_day());
            let n = headcount.len() as i64;
            let chair = self.chair(month.first_day());
            match m {
                1 => {
                    self.receipt(
                        day(year, 1, 8),
                        self.bank,
                        (Line::OtherIncome, "4.1"),
                        agency,
                        "Cơ quan hỗ trợ quà Tết Nguyên đán cho đoàn viên",
                        scaled(n * 1500),
                    );
                    // The visits and events paid through the books: the agency shares their cost.
                    self.receipt(
                        day(year, 1, 9),
                        self.bank,
                        (Line::OtherIncome, "4.1"),
                        agency,
                        "Cơ quan hỗ trợ kinh phí thăm hỏi, chăm lo đoàn viên",
                        scaled(30_000),
                    );
                    self.transfer(
                        day(year, 1, 12),
                        self.bank,
                        self.cash,
                        "Rút tiền gửi về quỹ tiền mặt chi quà Tết",
                        scaled(n * 2000),
                    );
                    self.payment(
                        day(year, 1, 20),
                        self.cash,
                        (Line::Members, "1.2"),
                        &chair,
                        "Chi quà Tết Nguyên đán cho đoàn viên",
                        scaled(n * 2000),
                    );
                }
                3 => {
                    let women = headcount.iter().filter(|(_, _, g)| *g == Gender::Female).count() as i64;
                    let gifts = self.payment(
                        day(year, 3, 7),
                        self.cash,
                        (Line::Members, "1.2"),
                        &chair,
                        "Chi quà nhân ngày Quốc tế Phụ nữ 8/3",
                        scaled(women * 300),
                    );
                    self.settle(
                        self.event(year, |e| e.title.contains("8/3") && e.kind == EventKind::Gathering),
                        gifts.map_or(Payment::Outside, Payment::Link),
                    );
                    self.payment(
                        day(year, 3, 25),
                        self.cash,
                        (Line::Movement, "2.1"),
                        SHOPS[0],
                        "Chi tổ chức giải bóng chuyền hơi chào mừng 26/3",
                        scaled(4_500),
                    );
                }
                4 => {
                    self.receipt(
                        day(year, 4, 15),
                        self.bank,
                        (Line::OtherIncome, "4.1"),
                        agency,
                        "Cơ quan hỗ trợ quà nhân dịp 30/4 và 1/5",
                        scaled(n * 500),
                    );
                    self.transfer(
                        day(year, 4, 18),
                        self.bank,
                        self.cash,
                        "Rút tiền gửi về quỹ tiền mặt",
                        scaled(n * 500),
                    );
                    self.payment(
                        day(year, 4, 25),
                        self.cash,
                        (Line::Members, "1.2"),
                        &chair,
                        "Chi quà nhân dịp 30/4 và 1/5",
                        scaled(n * 500),
                    );
                }
                5 => {
                    let gifts = self.payment(
                        day(year, 5, 30),
                        self.cash,
                        (Line::Members, "1.2"),
                        &chair,
                        "Chi quà Quốc tế Thiếu nhi 1/6 cho con đoàn viên",
                        scaled(n * 150),
                    );
                    self.settle(
                        self.event(year, |e| e.title.contains("1/6")),
                        gifts.map_or(Payment::Outside, Payment::Link),
                    );
                }
                6 => self.receipt(
                    day(year, 6, 20),
                    self.bank,
                    (Line::Superior, "3"),
                    &superior,
                    "Công đoàn cấp trên hỗ trợ hoạt động 6 tháng đầu năm",
                    scaled(17_000),
                ),
                7 => {
                    self.receipt(
                        day(year, 7, 5),
                        self.bank,
                        (Line::OtherIncome, "4.1"),
                        agency,
                        "Cơ quan hỗ trợ tham quan, học tập kinh nghiệm",
                        scaled(n * 2500),
                    );
                    self.transfer(
                        day(year, 7, 8),
                        self.bank,
                        self.cash,
                        "Rút tiền gửi về quỹ tiền mặt chi tham quan",
                        scaled(n * 3000),
                    );
                    let trip = self.payment(
                        day(year, 7, 15),
                        self.cash,
                        (Line::Members, "1.3"),
                        "Công ty Du lịch Hòa An Xanh",
                        "Chi tham quan, học tập kinh nghiệm",
                        scaled(n * 3000),
                    );
                    self.settle(
                        self.event(year, |e| e.kind == EventKind::StudyTrip),
                        trip.map_or(Payment::Outside, Payment::Link),
                    );
                }
                8 => {
                    self.receipt(
                        day(year, 8, 25),
                        self.bank,
                        (Line::OtherIncome, "4.1"),
                        agency,
                        "Cơ quan hỗ trợ quà Quốc khánh 2/9",
                        scaled(n * 500),
                    );
                    self.transfer(
                        day(year, 8, 27),
                        self.bank,
                        self.cash,
                        "Rút tiền gửi về quỹ tiền mặt",
                        scaled(n * 500),
                    );
                    self.payment(
                        day(year, 8, 30),
                        self.cash,
                        (Line::Members, "1.2"),
                        &chair,
                        "Chi quà Quốc khánh 2/9",
                        scaled(n * 500),
                    );
                }
                9 => {
                    let gifts = self.payment(
                        day(year, 9, 18),
                        self.cash,
                        (Line::Members, "1.2"),
                        &chair,
                        "Chi quà Tết Trung thu cho con đoàn viên",
                        scaled(n * 100),
                    );
                    self.settle(
                        self.event(year, |e| e.title.contains("Trung thu")),
                        gifts.map_or(Payment::Outside, Payment::Link),
                    );
                }
                10 => {
                    let women = headcount.iter().filter(|(_, _, g)| *g == Gender::Female).count() as i64;
                    let gifts = self.payment(
                        day(year, 10, 19),
                        self.cash,
                        (Line::Members, "1.2"),
                        &chair,
                        "Chi quà ngày Phụ nữ Việt Nam 20/10",
                        scaled(women * 300),
                    );
                    self.settle(
                        self.event(year, |e| e.title.contains("20/10")),
                        gifts.map_or(Payment::Outside, Payment::Link),
                    );
                    self.receipt(
                        day(year, 10, 17),
                        self.charity,
                        (Line::CharityIn, "Q1"),
                        &chair,
                        "Đoàn viên ủng hộ Quỹ Vì người nghèo",
                        thousands(n * 200),
                    );
                }
                11 => {
                    self.payment(
                        day(year, 11, 5),
                        self.charity,
                        (Line::CharityOut, "Q2"),
                        "Ủy ban MTTQ tỉnh Hòa An",
                        "Nộp Quỹ Vì người nghèo",
                        thousands(n * 200),
                    );
                }
                12 => {
                    self.receipt(
                        day(year, 12, 10),
                        self.bank,
                        (Line::Superior, "3"),
                        &superior,
                        "Công đoàn cấp trên hỗ trợ hoạt động 6 tháng cuối năm",
                        scaled(18_000),
                    );
                    let rewards = self.payment(
                        day(year, 12, 22),
                        self.cash,
                        (Line::Movement, "2.2"),
                        &chair,
                        "Chi khen thưởng phong trào thi đua năm",
                        scaled(5_000),
                    );
                    let movement =
                        self.event(year, |e| e.kind == EventKind::Emulation && e.title.contains("Lao động giỏi"));
                    if let Some(rewards) = rewards {
                        self.settle(movement, Payment::Link(rewards));
                    }
                    self.payment(
                        day(year, 12, 26),
                        self.cash,
                        (Line::Admin, "3"),
                        SHOPS[2],
                        "Chi văn phòng phẩm, sổ sách",
                        scaled(1_200),
                    );
                }
                _ => {}
            }
            // Visits to members: the activities' visits of the month are paid; after the activities' years,
            // illness, funerals, weddings and births drawn here are recorded with their vouchers.
            let recorded = year <= self.last_visits;
            if recorded {
                self.pay_visits(month);
            }
            // One month in three; two in three where the demo draws the visits itself.
            let draw = self.rng.u32(0..3);
            if (draw == 0 || (!recorded && draw == 1)) && !headcount.is_empty() {
                let (id, _, _) = headcount[self.rng.usize(..headcount.len())].clone();
                let (kind, amount) = [
                    (WelfareKind::Illness, 1000),
                    (WelfareKind::Bereavement, 2000),
                    (WelfareKind::Wedding, 1000),
                    (WelfareKind::Childbirth, 500),
                ][self.rng.usize(..4)];
                let date = 3 + self.rng.u32(0..24);
                let on = day(year, m, date);
                let draft = WelfareDraft {
                    date: format_date(on),
                    kind: Some(kind),
                    member_id: Some(id),
                    relative: if kind == WelfareKind::Bereavement {
                        ["Bố đẻ", "Mẹ đẻ"][date as usize % 2].into()
                    } else {
                        String::new()
                    },
                    amount: format_number(thousands(amount)),
                    payment: Payment::New { fund_id: Some(self.cash), category_id: self.line(Line::Members, "1.1") },
                    ..WelfareDraft::default()
                };
                if on <= until && !recorded {
                    self.keep_cash_for(on, thousands(amount));
                    if let Ok(visit) = self.book.save_welfare(None, &draft, self.today) {
                        self.visits.push(visit);
                    }
                }
            }
            self.settle_events(month);
            if m % 3 == 0 {
                let interest = Decimal::from(self.rng.i64(40_000..160_000));
                let bank_name = "Ngân hàng TMCP Công Thương - CN Hòa An";
                self.receipt(
                    day(year, m, 28),
                    self.bank,
                    (Line::OtherIncome, "4.3"),
                    bank_name,
                    "Lãi tiền gửi quý",
                    interest,
                );
            }
            // Dues: every group each month; in the last month only half the groups have paid so far.
            let paying = if month == Month::of(until) { &groups[..groups.len() / 2] } else { groups };
            self.dues(month, paying);
            if m % 3 == 0 {
                self.payment(
                    day(year, m, 26),
                    self.cash,
                    (Line::Admin, "3"),
                    SHOPS[3],
                    "Chi mua báo, tài liệu công đoàn",
                    scaled(300),
                );
                self.allowances(year, m / 3);
                self.remit(year, m / 3);
            }
        }
    }

    /// A budget of each line near what the year turned out to be, as a union plans from the year before.
    fn budget(&mut self, year: i32) {
        let lines = by_line(&self.book.finance, Period::year(year));
        let typed: Vec<(Id, String)> = lines
            .income
            .iter()
            .chain(lines.expense.iter())
            .filter(|l| !l.total.is_zero())
            .map(|l| {
                let factor = Decimal::from(self.rng.i64(90..112)) / Decimal::ONE_HUNDRED;
                let millions = (l.total * factor / thousands(1000)).round().max(Decimal::ONE);
                (l.category.id, (millions * thousands(1000)).to_string())
            })
            .collect();
        let _ = self.book.set_budget(year, &typed);
    }
}

fn seeded_id(rng: &mut fastrand::Rng) -> Id {
    let mut bytes = [0u8; 16];
    rng.fill(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// Gives the demo book its money. Ids come from the seed, so the same book comes out on every run.
pub fn fill(book: &mut Book, seed: u64) {
    let mut rng = fastrand::Rng::with_seed(seed);
    let start = day(2023, 1, 1);
    let mut finance = Finance::standard(start, &mut || seeded_id(&mut rng));
    // A public unit not wholly paid by the budget: its dues go on after 2025, uncapped.
    let public_unit = DuesScheme { kind: UnitKind::PublicUnit, ..DuesScheme::default() };
    finance.settings.units = Units { schemes: vec![Dated { from: start, value: public_unit }], confirmed: true };
    finance.funds[0].opening_balance = thousands(23_440);
    book.finance = finance;
    let today = day(UNTIL.0, UNTIL.1, UNTIL.2);
    let fund = |name: &str, kind, account: &str, opening: &str| FundDraft {
        name: name.into(),
        kind,
        account: account.into(),
        opening_balance: opening.into(),
        opened_on: format_date(start),
    };
    let bank_draft =
        fund("Tiền gửi VietinBank", FundKind::Bank, "VietinBank CN Hòa An, số TK 1020 3040 5060", "170.000.000");
    let charity_draft = fund("Quỹ Xã hội Công đoàn", FundKind::Charity, "", "0");
    let (Ok(bank), Ok(charity)) =
        (book.save_fund(None, &bank_draft, today), book.save_fund(None, &charity_draft, today))
    else {
        return;
    };
    let cash = book.finance.funds[0].id;
    let holder = |role| {
        let held =
            holders_on(&book.appointments, today).into_iter().find(|a| a.body == Body::Finance && a.role == role);
        held.map(|a| book.name_of(a.member_id)).unwrap_or_default()
    };
    let (accountant, cashier) = (holder(Role::Accountant), holder(Role::Treasurer));
    let _ = book.set_signatories(&accountant, &cashier);
    let groups: Vec<(Id, String)> = book.groups.iter().map(|g| (g.id, g.name.clone())).collect();
    let last_visits = book.activities.welfare.iter().map(|w| w.date.year()).max().unwrap_or(0);
    let mut demo = Demo { book, rng, cash, bank, charity, today, visits: Vec::new(), last_visits };
    for year in 2023..=UNTIL.0 {
        demo.year(year, &groups);
        demo.budget(year);
    }
    let book = demo.book;
    let mut rng = demo.rng;
    // Vouchers, visits and funds made through the commands got random ids: give them seeded ones, and the
    // links between visits, costs and vouchers follow.
    let mut vouchers = HashMap::new();
    for v in book.finance.vouchers.iter_mut() {
        let new = seeded_id(&mut rng);
        vouchers.insert(v.id, new);
        Arc::make_mut(v).id = new;
    }
    let visits: HashMap<Id, Id> = demo.visits.iter().map(|old| (*old, seeded_id(&mut rng))).collect();
    relink(book, &vouchers, &visits);
    for old in [bank, charity] {
        let new = seeded_id(&mut rng);
        rename_fund(&mut book.finance, old, new);
    }
    for year in 2023..UNTIL.0 {
        let _ = book.close_year(year, day(year + 1, 2, 15));
    }
}

/// Renames vouchers and visits in the links between them.
fn relink(book: &mut Book, vouchers: &HashMap<Id, Id>, visits: &HashMap<Id, Id>) {
    let renamed = |id: &mut Option<Id>, names: &HashMap<Id, Id>| {
        if let Some(new) = id.and_then(|old| names.get(&old)) {
            *id = Some(*new);
        }
    };
    let a = book.activities_mut();
    for w in a.welfare.iter_mut() {
        renamed(&mut w.voucher_id, vouchers);
        if let Some(new) = visits.get(&w.id) {
            w.id = *new;
        }
    }
    for c in a.events.iter_mut().flat_map(|e| e.costs.iter_mut()) {
        renamed(&mut c.voucher_id, vouchers);
    }
    for v in book.finance.vouchers.iter_mut().filter(|v| v.activity_id.is_some_and(|a| visits.contains_key(&a))) {
        renamed(&mut Arc::make_mut(v).activity_id, visits);
    }
}

fn rename_fund(finance: &mut Finance, old: Id, new: Id) {
    for f in finance.funds.iter_mut().filter(|f| f.id == old) {
        f.id = new;
    }
    for v in finance.vouchers.iter_mut().filter(|v| v.fund_id == old || v.to_fund_id == Some(old)) {
        let v = Arc::make_mut(v);
        if v.fund_id == old {
            v.fund_id = new;
        }
        if v.to_fund_id == Some(old) {
            v.to_fund_id = Some(new);
        }
    }
}
