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
