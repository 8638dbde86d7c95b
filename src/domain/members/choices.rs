//! Choice lists that are data, not free text: the 54 ethnic groups of Việt Nam and the usual religions.

/// The 54 officially recognised ethnic groups, the majority first, then in the order of the official list.
pub const ETHNICITIES: [&str; 54] = [
    "Kinh",
    "Tày",
    "Thái",
    "Mường",
    "Khmer",
    "Hoa",
    "Nùng",
    "H'Mông",
    "Dao",
    "Gia Rai",
    "Ê Đê",
    "Ba Na",
    "Sán Chay",
    "Chăm",
    "Cơ Ho",
    "Xơ Đăng",
    "Sán Dìu",
    "Hrê",
    "Ra Glai",
    "Mnông",
    "Thổ",
    "Stiêng",
    "Khơ mú",
    "Bru - Vân Kiều",
    "Cơ Tu",
    "Giáy",
    "Tà Ôi",
    "Mạ",
    "Giẻ Triêng",
    "Co",
    "Chơ Ro",
    "Xinh Mun",
    "Hà Nhì",
    "Chu Ru",
    "Lào",
    "Kháng",
    "La Chí",
    "Phù Lá",
    "La Hủ",
    "La Ha",
    "Pà Thẻn",
    "Chứt",
    "Lự",
    "Lô Lô",
    "Mảng",
    "Cơ Lao",
    "Bố Y",
    "Cống",
    "Ngái",
    "Si La",
    "Pu Péo",
    "Rơ Măm",
    "Brâu",
    "Ơ Đu",
];

/// Religions as recorded in personnel files; "Khác" covers the rest.
pub const RELIGIONS: [&str; 8] =
    ["Không", "Phật giáo", "Công giáo", "Tin lành", "Cao Đài", "Phật giáo Hòa Hảo", "Hồi giáo", "Khác"];

/// The choice for anyone not in the list (a foreign member, say).
pub const OTHER: &str = "Khác";

pub fn is_ethnicity(name: &str) -> bool {
    name == OTHER || ETHNICITIES.contains(&name)
}

pub fn is_religion(name: &str) -> bool {
    RELIGIONS.contains(&name)
}
