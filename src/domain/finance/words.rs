//! An amount of đồng in Vietnamese words, as written on a voucher: "Một tỷ chín trăm mười chín triệu chín
//! trăm tám mươi nghìn đồng". Groups of three digits read with "nghìn", "triệu", "tỷ", and a thousand tỷ
//! is "một nghìn tỷ"; inside a group: "mười" (10–19), "mươi" (20–90), "mốt" (21, 31…), "tư" (24, 34…),
//! "lăm" (15, 25…), "linh" for a zero ten after a hundred (105: "một trăm linh năm").

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const DIGITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/// Three digits; `inner` when a higher group was read before, so that its zeros are spoken.
fn group(n: u64, inner: bool, words: &mut Vec<&'static str>) {
    let (hundreds, tens, units) = ((n / 100) as usize, (n / 10 % 10) as usize, (n % 10) as usize);
    if hundreds > 0 || inner {
        words.extend([DIGITS[hundreds], "trăm"]);
    }
    match tens {
        0 if units > 0 && (hundreds > 0 || inner) => words.push("linh"),
        0 => {}
        1 => words.push("mười"),
        t => words.extend([DIGITS[t], "mươi"]),
    }
    match units {
        0 => {}
        1 if tens >= 2 => words.push("mốt"),
        4 if tens >= 2 => words.push("tư"),
        5 if tens >= 1 => words.push("lăm"),
        u => words.push(DIGITS[u]),
    }
}

/// A whole number in words, lower case: 1_000_000_000_000 → "một nghìn tỷ".
fn number(n: u128, inner: bool, words: &mut Vec<&'static str>) {
    const BILLION: u128 = 1_000_000_000;
    if n >= BILLION {
        number(n / BILLION, inner, words);
        words.push("tỷ");
        if !n.is_multiple_of(BILLION) {
            number(n % BILLION, true, words);
        }
        return;
    }
    let parts = [(n / 1_000_000, Some("triệu")), (n / 1000 % 1000, Some("nghìn")), (n % 1000, None)];
    let mut spoken = inner;
    for (value, name) in parts {
        if value == 0 {
            continue;
        }
        group(value as u64, spoken, words);
        words.extend(name);
        spoken = true;
    }
}

/// The amount in words with a capital first letter and "đồng": 0 → "Không đồng", 105 → "Một trăm linh năm
/// đồng". Whole đồng; a fraction is rounded.
pub fn amount_in_words(amount: Decimal) -> String {
    let rounded = crate::domain::text::round_dong(amount);
    let mut words: Vec<&'static str> = Vec::new();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        words.push("âm");
    }
    match rounded.abs().to_u128() {
        Some(0) | None => words.push("không"),
        Some(n) => number(n, false, &mut words),
    }
    words.push("đồng");
    let text = words.join(" ");
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
