//! Vietnamese text: diacritic folding for search, the name sort key, dates and amounts as written in Vietnam.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// Vietnamese alphabet order of the base letters; vowel shapes (ă, â, ê, ô, ơ, ư) and đ are letters of their own.
const ALPHABET: &str = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

/// Each vowel with its tones in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
const VOWELS: [&str; 12] = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
];

/// Combining tone marks, in the same order, for text typed in decomposed form (Unicode tổ hợp).
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}'];

/// A letter split into its shaped base (lower case: "ấ" → 'â') and its tone (0 for none, 1 to 5).
fn split(c: char) -> (char, u8) {
    // Plain ASCII letters carry no tone: most of any name. The others come from a map made once from VOWELS.
    if c.is_ascii() {
        return (c, 0);
    }
    static TONED: std::sync::OnceLock<std::collections::HashMap<char, (char, u8)>> = std::sync::OnceLock::new();
    let toned = TONED.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        for tones in VOWELS {
            let base = tones.chars().next().unwrap_or_default();
            map.extend(tones.chars().enumerate().map(|(tone, t)| (t, (base, tone as u8))));
        }
        map
    });
    toned.get(&c).copied().unwrap_or((c, 0))
}

/// The letters of a text, whether typed precomposed or decomposed: a table of Vietnamese letters is much
/// smaller in the wasm than the Unicode normalization tables, and covers what the app compares.
fn letters(text: &str) -> Vec<(char, u8)> {
    let mut out: Vec<(char, u8)> = Vec::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if let Some(last) = out.last_mut().filter(|_| ('\u{300}'..='\u{36f}').contains(&c)) {
            if let Some(tone) = TONE_MARKS.iter().position(|m| *m == c) {
                last.1 = tone as u8 + 1;
            }
            last.0 = match (last.0, c) {
                ('a', '\u{306}') => 'ă',
                ('a', '\u{302}') => 'â',
                ('e', '\u{302}') => 'ê',
                ('o', '\u{302}') => 'ô',
                ('o', '\u{31b}') => 'ơ',
                ('u', '\u{31b}') => 'ư',
                (base, _) => base,
            };
        } else {
            out.push(split(c));
        }
    }
    out
}

/// The letter without its shape: ă, â → a; ê → e; ô, ơ → o; ư → u; đ → d.
fn plain(c: char) -> char {
    match c {
        'ă' | 'â' => 'a',
        'ê' => 'e',
        'ô' | 'ơ' => 'o',
        'ư' => 'u',
        'đ' => 'd',
        c => c,
    }
}

/// Lower case without any mark, đ as d: "Nguyễn Văn Đức" → "nguyen van duc". What search compares.
pub fn fold(text: &str) -> String {
    letters(text).into_iter().map(|(c, _)| plain(c)).collect()
}

/// A word as ranks in the alphabet (other characters after every letter) and its tones.
fn ranks(word: &str) -> (Vec<u32>, Vec<u8>) {
    letters(word).into_iter().map(|(c, tone)| (rank(c), tone)).unzip()
}

/// A letter's place in the alphabet; other characters after every letter, in code point order.
fn rank(c: char) -> u32 {
    fn position(c: char) -> u32 {
        ALPHABET.chars().position(|l| l == c).map_or(1000 + c as u32, |i| i as u32)
    }
    // Sorting 50,000 names asks this a million times: ASCII comes from a table made once.
    static ASCII: std::sync::OnceLock<[u32; 128]> = std::sync::OnceLock::new();
    match c.is_ascii() {
        true => ASCII.get_or_init(|| std::array::from_fn(|i| position(char::from(i as u8))))[c as usize],
        false => position(c),
    }
}

/// Sort key of a Vietnamese full name: the given name (last word) first, then the family and middle names;
/// letters before tones, so "An" < "Ân" < "Anh" and "Bình" follows "Binh".
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct NameKey {
    given: Vec<u32>,
    rest: Vec<u32>,
    given_tones: Vec<u8>,
    rest_tones: Vec<u8>,
}

pub fn name_key(full_name: &str) -> NameKey {
    let words: Vec<&str> = full_name.split_whitespace().collect();
    let (given, rest) = match words.split_last() {
        Some((last, rest)) => (*last, rest.join(" ")),
        None => ("", String::new()),
    };
    let (given, given_tones) = ranks(given);
    let (rest, rest_tones) = ranks(&rest);
    NameKey { given, rest, given_tones, rest_tones }
}

pub fn compare_names(a: &str, b: &str) -> Ordering {
    name_key(a).cmp(&name_key(b))
}

/// A date as written on screen: dd/mm/yyyy.
pub fn format_date(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

pub fn format_opt_date(date: Option<NaiveDate>) -> String {
    date.map(format_date).unwrap_or_default()
}

/// Reads a date typed by a person: dd/mm/yyyy, d/m/yyyy, d-m-yyyy, d.m.yyyy, d,m,yyyy (a phone's decimal
/// keyboard), d/m/yy, or ISO yyyy-mm-dd.
/// Two-digit years are read as the nearest past century year relative to `pivot_year` (the current year).
/// Only dates within `bounds::YEARS` are dates.
pub fn parse_date(text: &str, pivot_year: i32) -> Option<NaiveDate> {
    read_date(text, pivot_year).filter(|d| crate::domain::bounds::date_ok(*d))
}

fn read_date(text: &str, pivot_year: i32) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(date) = text.parse::<NaiveDate>() {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '-', '.', ',']).map(str::trim).collect();
    let [d, m, y] = parts.as_slice() else { return None };
    if d.is_empty() || m.is_empty() || d.len() > 2 || m.len() > 2 {
        return None;
    }
    let day: u32 = d.parse().ok()?;
    let month: u32 = m.parse().ok()?;
    let year: i32 = match y.len() {
        4 => y.parse().ok()?,
        2 => {
            let short: i32 = y.parse().ok()?;
            let century = pivot_year - pivot_year.rem_euclid(100);
            if century + short > pivot_year {
                century - 100 + short
            } else {
                century + short
            }
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Whole đồng with dots between thousands: 1919980000 → "1.919.980.000".
pub fn format_number(amount: Decimal) -> String {
    let rounded = amount.round();
    let digits = rounded.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.insert(0, '-');
    }
    out
}

/// A part's number in an administrative document: I, II, III, … (up to 39, more than a report has parts).
pub fn roman(n: usize) -> String {
    const TENS: [&str; 4] = ["", "X", "XX", "XXX"];
    const UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    format!("{}{}", TENS[(n / 10).min(3)], UNITS[n % 10])
}

/// An amount of money as shown: "1.919.980.000 đ".
pub fn format_money(amount: Decimal) -> String {
    format!("{} đ", format_number(amount))
}

/// Whole đồng, halves away from zero: the one rounding of money in the app, applied once to a computed
/// amount (a month's dues, a period's share due), never to each of the amounts summed.
pub fn round_dong(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// A percentage as it is shown: two decimals, halves away from zero. The one rounding rule of the app.
pub fn round_percent(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// A share as shown in Vietnamese, two decimals with a comma: 42.2222 → "42,22%".
pub fn format_percent(value: Decimal) -> String {
    format!("{:.2}%", round_percent(value)).replace('.', ",")
}

/// A rate or a share as typed back: no trailing zeros, a decimal comma: 0.50 → "0,5".
pub fn format_decimal(value: Decimal) -> String {
    value.normalize().to_string().replace('.', ",")
}

/// An allowance coefficient as written in the union's papers, with at least two decimals: 0.1 → "0,10".
pub fn format_coefficient(value: Decimal) -> String {
    let value = value.normalize();
    if value.scale() < 2 {
        format!("{value:.2}").replace('.', ",")
    } else {
        format_decimal(value)
    }
}

/// A size in bytes as shown, with one decimal in KB, MB or GB (1,000 bytes to the KB, as browsers count
/// their quota): 2_345_678 → "2,3 MB".
pub fn format_size(bytes: u64) -> String {
    let (value, unit) = match bytes {
        0..1_000_000 => (bytes as f64 / 1e3, "KB"),
        1_000_000..1_000_000_000 => (bytes as f64 / 1e6, "MB"),
        _ => (bytes as f64 / 1e9, "GB"),
    };
    format!("{value:.1} {unit}").replace('.', ",")
}

/// A name fit for a file name: "Công đoàn Văn phòng Tỉnh ủy" → "cong-doan-van-phong-tinh-uy".
pub fn slug(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Reads an amount of đồng as people type it: "1.919.980.000", "11 100 000 đ", "500000", "-250.000". Dots group
/// thousands; a comma, or a lone dot not followed by three digits, starts a fraction ("1.5" is one and a half,
/// never fifteen). The one reader of money in the app: each caller says which amounts it accepts.
pub fn parse_money(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .trim()
        .trim_end_matches("VND")
        .trim_end_matches(['đ', 'Đ'])
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}'))
        .collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, fraction) = match digits.split_once(',') {
        Some((w, f)) => (w.replace('.', ""), f.to_string()),
        None => {
            let groups: Vec<&str> = digits.split('.').collect();
            match groups.len() {
                1 => (groups.concat(), String::new()),
                _ if groups[1..].iter().all(|g| g.len() == 3) => (groups.concat(), String::new()),
                2 => (groups[0].to_string(), groups[1].to_string()),
                _ => return None,
            }
        }
    };
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !all_digits(&whole) || !all_digits(&fraction) {
        return None;
    }
    let value: Decimal = format!("{whole}.{}", if fraction.is_empty() { "0" } else { &fraction }).parse().ok()?;
    Some(if negative { -value } else { value }.normalize())
}
