// Workbooks made for the specs (Playwright and Firefox) with exceljs: no binary fixture is kept.
import ExcelJS from 'exceljs';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dung', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Ngọc'];

/**
 * A roster as officers keep it in Excel: a title row, a two-row header ("Ngày sinh" merged over "Nam" | "Nữ"),
 * births as Excel dates in some rows and typed as dd/mm/yyyy text in others, and one row to refuse (no gender).
 */
export async function rosterWorkbook(size, women, { before = [] } = {}) {
  const book = new ExcelJS.Workbook();
  for (const name of before) book.addWorksheet(name).addRow(['Hướng dẫn: danh sách ở trang sau.']);
  const ws = book.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ']);
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', null, 'Tổ công đoàn', 'Trình độ chuyên môn', 'Đảng viên']);
  ws.addRow([null, null, 'Nam', 'Nữ']);
  ws.mergeCells('C2:D2');
  for (let i = 0; i < size; i++) {
    const woman = i < women;
    const name = `${FAMILY[i % FAMILY.length]} ${woman ? 'Thị' : 'Văn'} ${GIVEN[i % GIVEN.length]} ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`;
    const [d, m, y] = [(i % 27) + 1, (i % 12) + 1, 1970 + (i % 30)];
    // Every other birth is a real Excel date shown as dd/mm/yyyy; the others are text typed that way.
    const birth = i % 2 ? new Date(Date.UTC(y, m - 1, d)) : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    const row = ws.addRow([i + 1, name, woman ? null : birth, woman ? birth : null, i % 3 ? 'Tổ Văn phòng' : 'Tổ Kế toán', i < 10 ? 'Thạc sĩ' : 'Đại học', i % 5 ? 'x' : null]);
    for (const c of [3, 4]) if (row.getCell(c).value instanceof Date) row.getCell(c).numFmt = 'dd/mm/yyyy';
  }
  // Refused: without a birth date under "Nam" or "Nữ" the row says no gender.
  ws.addRow([size + 1, 'Mai Văn Chưa Rõ', null, null, 'Tổ Văn phòng', 'Đại học', null]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const EDUCATION = ['ThS', 'Thạc sỹ', 'ĐH', 'CĐ', 'TC', 'Đại học'];
const THEORY = ['Cử nhân', 'Trung cấp', 'Sơ cấp', null, 'TC'];

/**
 * A roster laid out as officers' own workbooks are (issue 20): the superior and the union with the national
 * motto, "DANH SÁCH TRÍCH NGANG ĐOÀN VIÊN" and "(Tính đến ngày …)" above a two-row header of merged cells
 * ("Ngày sinh" over "Nam" | "Nữ", "Trình độ" over "Chuyên môn" | "Lý luận chính trị"), a row of column
 * numbers, headers the app does not name its own way, values as people type them, then a total and a
 * signature block. `size` members, the first `women` of them women.
 */
export async function officersWorkbook(size, women) {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('DS trích ngang');
  const headers = ['STT', 'Họ và tên', 'Ngày sinh', null, 'Mã đoàn viên', 'Nơi sinh', 'Số CCCD', 'Bộ phận', 'Chức vụ',
    'Chức vụ công đoàn', 'Hệ số lương', 'Phụ cấp chức vụ', 'Trình độ văn hóa', 'Trình độ', null, 'Đảng viên',
    'Ngày gia nhập công đoàn', 'Ghi chú'];
  ws.addRow(['LĐLĐ PHƯỜNG HOÀN KIẾM', null, null, null, null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  ws.addRow(['CĐCS TRƯỜNG THCS NGÔ SĨ LIÊN', null, null, null, null, null, null, null, null, 'Độc lập - Tự do - Hạnh phúc']);
  ws.addRow([]);
  ws.addRow(['DANH SÁCH TRÍCH NGANG ĐOÀN VIÊN']);
  ws.addRow(['(Tính đến ngày 30/09/2026)']);
  ws.mergeCells('A4:R4');
  ws.mergeCells('A5:R5');
  ws.addRow(headers);
  const sub = headers.map(() => null);
  sub[2] = 'Nam';
  sub[3] = 'Nữ';
  sub[13] = 'Chuyên môn';
  sub[14] = 'Lý luận chính trị';
  ws.addRow(sub);
  // Merged as officers merge them: across for the two split headers, down for every other one.
  ws.mergeCells('C6:D6');
  ws.mergeCells('N6:O6');
  for (const col of 'ABEFGHIJKLMPQR') ws.mergeCells(`${col}6:${col}7`);
  ws.addRow(headers.map((_, i) => `(${i + 1})`));
  for (let i = 0; i < size; i++) {
    const woman = i < women;
    const name = `${FAMILY[i % FAMILY.length]} ${woman ? 'Thị' : 'Văn'} ${GIVEN[i % GIVEN.length]} ${String.fromCharCode(65 + (i % 26))}`;
    // A real date for most, a year alone for the third member.
    const birth = i === 2 ? '1990' : new Date(Date.UTC(1970 + (i % 30), i % 12, (i % 27) + 1));
    const row = ws.addRow([
      i + 1, name, woman ? null : birth, woman ? birth : null, `ĐV-${String(i + 1).padStart(3, '0')}`, 'Nam Định',
      // Typed as a number, the CCCD lost its leading zero: 11 digits.
      i === 0 ? 79085012345 : `0010850${String(10000 + i)}`,
      i % 3 ? 'Tổ Toán - Tin' : 'Văn phòng', 'Giáo viên', i === 1 ? 'Tổ trưởng' : null, 4.98, i === 1 ? 0.2 : null,
      '12/12', EDUCATION[i % EDUCATION.length], THEORY[i % THEORY.length], i % 4 ? 'x' : (i % 8 ? 'Đảng viên' : null),
      // One date that does not exist: the member comes in without it, said.
      i === 4 ? '31/02/2015' : `15/09/${2000 + (i % 20)}`, null,
    ]);
    for (const c of [3, 4]) if (row.getCell(c).value instanceof Date) row.getCell(c).numFmt = 'dd/mm/yyyy';
  }
  const total = ws.addRow([`Tổng cộng: ${size} đoàn viên (nữ: ${women})`]);
  ws.mergeCells(`A${total.number}:D${total.number}`);
  ws.addRow([]);
  const place = headers.map(() => null);
  place[13] = 'Hà Nội, ngày 30 tháng 9 năm 2026';
  ws.addRow(place);
  const heads = headers.map(() => null);
  heads[1] = 'NGƯỜI LẬP BIỂU';
  heads[13] = 'TM. BAN CHẤP HÀNH';
  ws.addRow(heads);
  const chair = headers.map(() => null);
  chair[13] = 'CHỦ TỊCH';
  ws.addRow(chair);
  ws.addRow([]);
  const names = headers.map(() => null);
  names[1] = 'Phạm Thị Lập';
  names[13] = 'Hoàng Văn Chủ';
  ws.addRow(names);
  return Buffer.from(await book.xlsx.writeBuffer());
}
