//! The income and expense lines (nội dung thu, chi) as data: the standard lines of DOMAIN.md with their
//! codes, and sub-lines a union adds under them. Each standard line says what the domain needs to know of
//! it: whether it is income or expense, whether it is charity kept apart, its share kept, and which of the
//! seed report's three expense groups it falls in.

use super::{Field, FinanceError, Problem, Problems};
use crate::domain::Id;
use serde::{Deserialize, Serialize};

/// The standard lines. Every category belongs to one, itself or through its parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    /// Thu đoàn phí công đoàn.
    Dues,
    /// Thu kinh phí công đoàn (2% of the employer's insured salary fund).
    UnionFee,
    /// Tài chính công đoàn cấp trên cấp, hỗ trợ.
    Superior,
    /// Thu khác: sponsorship, interest, the employer's contributions.
    OtherIncome,
    /// Chi trực tiếp chăm lo, bảo vệ, đào tạo đoàn viên và người lao động.
    Members,
    /// Chi tuyên truyền, phong trào.
    Movement,
    /// Chi quản lý hành chính.
    Admin,
    /// Chi lương, phụ cấp.
    Allowances,
    /// Chi khác.
    OtherExpense,
    /// Nộp tài chính công đoàn cấp trên: the share not kept.
    Remittance,
    /// Charity collected (quỹ xã hội, ủng hộ đồng bào…): not the union's income.
    CharityIn,
    /// Charity handed on: not the union's expense.
    CharityOut,
}

/// The seed report's three groups of expense, and the remittance beside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExpenseGroup {
    /// "Chi cho hoạt động phong trào".
    Movement,
    /// "Chi cho đoàn viên gồm: lễ tết, thăm hỏi, … và các khoản chi khác".
    Members,
    /// "Chi phụ cấp Ban Chấp hành".
    Allowances,
    /// Nộp cấp trên.
    Remittance,
}

impl Line {
    pub const ALL: [Line; 12] = [
        Line::Dues,
        Line::UnionFee,
        Line::Superior,
        Line::OtherIncome,
        Line::Members,
        Line::Movement,
        Line::Admin,
        Line::Allowances,
        Line::OtherExpense,
        Line::Remittance,
        Line::CharityIn,
        Line::CharityOut,
    ];

    pub fn is_income(self) -> bool {
        matches!(self, Line::Dues | Line::UnionFee | Line::Superior | Line::OtherIncome | Line::CharityIn)
    }

    pub fn is_charity(self) -> bool {
        matches!(self, Line::CharityIn | Line::CharityOut)
    }

    pub fn expense_group(self) -> Option<ExpenseGroup> {
        match self {
            Line::Movement => Some(ExpenseGroup::Movement),
            Line::Members | Line::Admin | Line::OtherExpense => Some(ExpenseGroup::Members),
            Line::Allowances => Some(ExpenseGroup::Allowances),
            Line::Remittance => Some(ExpenseGroup::Remittance),
            _ => None,
        }
    }
}

/// A line or sub-line of income or expense.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub id: Id,
    /// "1", "1.2", …; unique among the lines of the same side (income or expense).
    pub code: String,
    pub name: String,
    pub line: Line,
    /// The line a sub-line belongs to; none for a standard line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Id>,
}

impl Category {
    pub fn is_income(&self) -> bool {
        self.line.is_income()
    }
}

/// The standard lines and a few usual sub-lines, with the codes of the settlement form.
pub fn standard(id: &mut impl FnMut() -> Id) -> Vec<Category> {
    let lines: [(Line, &str, &str, &[&str]); 12] = [
        (Line::Dues, "1", "Thu đoàn phí công đoàn", &[]),
        (Line::UnionFee, "2", "Thu kinh phí công đoàn", &[]),
        (Line::Superior, "3", "Tài chính công đoàn cấp trên cấp, hỗ trợ", &[]),
        (Line::OtherIncome, "4", "Thu khác", &["Cơ quan, đơn vị hỗ trợ", "Tài trợ, ủng hộ", "Lãi tiền gửi"]),
        (
            Line::Members,
            "1",
            "Chi trực tiếp chăm lo, bảo vệ, đào tạo đoàn viên và người lao động",
            &["Thăm hỏi ốm đau, hiếu, hỷ, trợ cấp khó khăn", "Quà lễ, tết", "Tham quan, học tập kinh nghiệm"],
        ),
        (Line::Movement, "2", "Chi tuyên truyền, phong trào", &["Văn hóa, văn nghệ, thể thao", "Thi đua, khen thưởng"]),
        (Line::Admin, "3", "Chi quản lý hành chính", &[]),
        (Line::Allowances, "4", "Chi lương, phụ cấp", &["Phụ cấp Ban Chấp hành"]),
        (Line::OtherExpense, "5", "Chi khác", &[]),
        (Line::Remittance, "6", "Nộp tài chính công đoàn cấp trên", &[]),
        (Line::CharityIn, "Q1", "Thu quỹ xã hội, ủng hộ", &[]),
        (Line::CharityOut, "Q2", "Chi nộp quỹ, ủng hộ", &[]),
    ];
    let mut out = Vec::new();
    for (line, code, name, subs) in lines {
        let parent = id();
        out.push(Category { id: parent, code: code.into(), name: name.into(), line, parent: None });
        for (i, sub) in subs.iter().enumerate() {
            let code = format!("{code}.{}", i + 1);
            out.push(Category { id: id(), code, name: sub.to_string(), line, parent: Some(parent) });
        }
    }
    out
}

/// A line as typed in the categories form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CategoryDraft {
    pub code: String,
    pub name: String,
    /// The standard line a new sub-line goes under.
    pub parent: Option<Id>,
}

fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks a draft against the other lines; `id` is the line being edited, or the id of a new one.
pub fn validate(draft: &CategoryDraft, id: Id, all: &[Category]) -> Result<Category, FinanceError> {
    let mut problems = Problems::default();
    let code = clean(&draft.code);
    let name = clean(&draft.name);
    if name.is_empty() {
        problems.add(Field::Name, Problem::Required);
    }
    let existing = all.iter().find(|c| c.id == id);
    let parent_id = existing.map_or(draft.parent, |c| c.parent);
    let parent = parent_id.and_then(|p| all.iter().find(|c| c.id == p && c.parent.is_none()));
    let line = match (existing, parent) {
        (Some(c), _) => Some(c.line),
        (None, Some(p)) => Some(p.line),
        (None, None) => {
            problems.add(Field::Parent, if parent_id.is_some() { Problem::Unknown } else { Problem::Required });
            None
        }
    };
    if code.is_empty() {
        problems.add(Field::Code, Problem::Required);
    } else if let Some(line) = line {
        let side = |c: &Category| c.line.is_income() == line.is_income() && c.line.is_charity() == line.is_charity();
        if all.iter().any(|c| c.id != id && side(c) && c.code.eq_ignore_ascii_case(&code)) {
            problems.add(Field::Code, Problem::Duplicate);
        }
    }
    problems.check()?;
    let line = line.ok_or(FinanceError::field(Field::Parent, Problem::Required))?;
    Ok(Category { id, code, name, line, parent: parent_id })
}
