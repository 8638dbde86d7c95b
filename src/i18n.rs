//! Every string the user sees, in Vietnamese and English: one table, checked by the compiler (a missing
//! translation is a missing macro argument), and the words for the domain's values and errors.

use crate::domain::book::{BookError, UnionProblem};
use crate::domain::file::{FileError, LinkProblem, ValueProblem};
use crate::domain::finance::exemptions::ExemptionKind;
use crate::domain::finance::units::{DuesBase, UnitKind};
use crate::domain::history::Change;
use crate::domain::members::committee::{AppointmentProblem, Body, Role};
use crate::domain::members::member::{Education, Gender, MemberField, PoliticalTheory, Problem};
use crate::domain::members::movement::{MovementKind, MovementProblem};
use crate::domain::members::sheet::{Column, RowProblem, SheetError};
use crate::domain::report::Section;

mod activities;
pub mod consolidation;
mod ending;
pub mod finance;
pub mod forms;
mod handover;
mod links;
mod merge;
pub use activities::*;
pub use ending::*;
pub use handover::*;
pub use links::*;
pub use merge::*;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Vi
        }
    }
}

macro_rules! table {
    ($($key:ident => $vi:literal, $en:literal;)*) => {
        /// A text of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T { $($key),* }

        /// The texts in the order of `T`, each in the order of `Lang`: a table in the wasm's data, where a
        /// `match` over a thousand keys and two languages was 30 KB of code.
        const TEXTS: &[[&str; 2]] = &[$([$vi, $en]),*];

        impl T {
            pub fn text(self, lang: Lang) -> &'static str {
                TEXTS[self as usize][lang as usize]
            }
        }
    };
}

table! {
    AppName => "Sổ Công đoàn", "Union Book";
    Language => "Ngôn ngữ", "Language";
    MainMenu => "Danh mục chính", "Main menu";
    NavOverview => "Tổng quan", "Overview";
    NavMembers => "Đoàn viên", "Members";
    NavGroups => "Tổ công đoàn", "Union groups";
    NavTrash => "Thùng rác", "Trash";
    NavData => "Dữ liệu", "Data";
    Undo => "Hoàn tác", "Undo";
    Redo => "Làm lại", "Redo";
    NotSavedTitle => "Chưa lưu được sổ vào trình duyệt.", "The book could not be saved in the browser.";
    NotSavedBody => "Bộ nhớ của trình duyệt đã đầy. Những gì bạn vừa nhập vẫn còn trên màn hình; hãy xuất tệp ngay để giữ an toàn, rồi giải phóng bộ nhớ và thử lưu lại.",
        "The browser's storage is full. What you just entered is still on screen; export the file now to keep it safe, then free some space and try again.";
    ExportNow => "Xuất tệp ngay", "Export now";
    SavedState => "Đã lưu", "Saved";
    SavingState => "Đang lưu…", "Saving…";
    NotSavedState => "Chưa lưu", "Not saved";
    RetrySave => "Thử lưu lại", "Try saving again";
    NoStorage => "Trình duyệt này không cho lưu sổ vào bộ nhớ của trình duyệt trên máy này: sổ chỉ được giữ cho đến khi đóng thẻ. Hãy xuất tệp ngay và trước khi đóng.",
        "This browser does not allow saving the book in its storage on this computer: the book is kept only until the tab closes. Export the file now, and before closing.";
    ReloadedFromOtherTab => "Sổ vừa được thay đổi ở một thẻ khác; trang này đã cập nhật theo.", "The book was changed in another tab; this page has been updated.";
    ReloadedDropped => "Sổ vừa được thay đổi ở một thẻ khác. Không áp dụng lại được: {0}.", "The book was changed in another tab. Could not re-apply: {0}.";
    StaleUpdated => "Sổ vừa thay đổi mục này; các ô bạn chưa sửa đã lấy giá trị mới.", "This changed in the book; fields you had not edited show the new values.";
    StaleClashed => "Sổ vừa thay đổi cả ô bạn đã sửa: {0}. Giá trị bạn nhập vẫn giữ; hãy xem lại trước khi lưu.", "The book changed fields you edited too: {0}. Your values are kept; check them before saving.";
    StaleGone => "Hồ sơ này không còn trong sổ.", "This record is no longer in the book.";
    DraftRestored => "Đã mở lại bản nháp chưa lưu.", "Unsaved draft reopened.";
    DiscardDraft => "Bỏ bản nháp", "Discard the draft";
    RestoredNotice => "Đã khôi phục bản sao lưu. Có thể hoàn tác nếu cần.", "The backup has been restored. You can undo this.";
    Dismiss => "Đóng", "Dismiss";
    UpdateReady => "Có phiên bản mới — tải lại để dùng.", "A new version is available — reload to use it.";
    Reload => "Tải lại", "Reload";
    UnionName => "Tên công đoàn cơ sở", "Name of the union";
    SuperiorUnion => "Công đoàn cấp trên", "Superior union";
    TermStart => "Nhiệm kỳ từ ngày", "Term from";
    TermEnd => "Đến ngày", "Term until";
    Term => "Nhiệm kỳ", "Term";
    WelcomeLead => "Sổ ghi chép của Ban Chấp hành công đoàn cơ sở: đoàn viên, tổ công đoàn và mọi số liệu báo cáo. Dữ liệu nằm ngay trong trình duyệt này, không cần mạng.",
        "The record book of a grassroots union's executive committee: members, union groups and every figure of its reports. The data stays in this browser; no network needed.";
    CreateBook => "Tạo sổ mới", "Create a new book";
    CreateBookHelp => "Nhập tên công đoàn và nhiệm kỳ hiện tại.", "Enter the union's name and current term.";
    UseDemo => "Dùng dữ liệu mẫu", "Use the demo data";
    UseDemoHelp => "Một công đoàn mẫu 45 đoàn viên, 4 tổ, để làm quen với ứng dụng.", "A demo union of 45 members in 4 groups, to explore the app.";
    OpenFile => "Mở sổ từ tệp", "Open a book from a file";
    OpenFileHelp => "Tệp .json do Sổ Công đoàn xuất ra, ví dụ do Ban Chấp hành khóa trước bàn giao.", "A .json file exported by Sổ Công đoàn, e.g. handed over by the previous committee.";
    StatMembers => "Đoàn viên", "Members";
    StatWomen => "Đoàn viên nữ", "Women members";
    StatGroups => "Tổ công đoàn", "Union groups";
    StatTrash => "Trong thùng rác", "In the trash";
    YearSoFar => "Năm {0} đến hôm nay", "{0} so far";
    StatBalance => "Tồn quỹ công đoàn", "Union funds on hand";
    StatIncome => "Thu năm {0}", "Income {0}";
    StatExpense => "Chi năm {0}", "Expense {0}";
    CharityApart => "Tồn quỹ và thu chi ở đây không gồm quỹ xã hội, từ thiện (thu {0}, chi {1}, còn {2}): tiền giữ hộ, không phải tài chính công đoàn; sổ quỹ có cả quỹ này.", "Funds and income here leave out the charity fund (collected {0}, handed on {1}, held {2}): money kept for others, not the union's; the books include it.";
    StatWelfare => "Thăm hỏi năm {0}", "Welfare visits {0}";
    StatVisits => "{0} lượt · {1}", "{0} · {1}";
    AddMember => "Thêm đoàn viên", "Add a member";
    EditMember => "Sửa thông tin đoàn viên", "Edit member";
    ExportTitle => "Xuất tệp", "Export";
    UnionInfo => "Thông tin công đoàn", "Union details";
    EditUnion => "Sửa thông tin công đoàn", "Edit union details";
    UnionEditKind => "Thay đổi này là", "This edit is";
    UnionEditCorrect => "Sửa sai sót của thông tin hiện tại", "A correction of the current details";
    UnionEditChanged => "Thông tin đã thay đổi từ một ngày (giữ thông tin cũ cho các báo cáo trước ngày đó)", "A change from a date (earlier reports keep the former details)";
    UnionSince => "Áp dụng từ ngày", "In force from";
    UnionHistory => "Lịch sử tên, công đoàn cấp trên và nhiệm kỳ", "History of the name, superior union and term";
    Save => "Lưu", "Save";
    Cancel => "Hủy", "Cancel";
    Search => "Tìm kiếm", "Search";
    SearchHint => "Tên, số thẻ, điện thoại… (gõ không dấu cũng được)", "Name, card number, phone… (diacritics optional)";
    Group => "Tổ công đoàn", "Union group";
    AllGroups => "Tất cả các tổ", "All groups";
    NoGroup => "Chưa xếp tổ", "No group";
    Gender => "Giới tính", "Gender";
    AllGenders => "Tất cả", "All";
    Male => "Nam", "Male";
    Female => "Nữ", "Female";
    ShowingOf => "Hiển thị {0} / {1} đoàn viên", "Showing {0} of {1} members";
    No => "STT", "No.";
    FullName => "Họ và tên", "Full name";
    BirthDate => "Ngày sinh", "Date of birth";
    JobTitle => "Chức vụ, phòng ban", "Job title, department";
    UnionRole => "Chức vụ công đoàn", "Union role";
    PartyMember => "Đảng viên", "Party member";
    PartySince => "Ngày vào Đảng", "Party member since";
    JoinedUnion => "Ngày vào công đoàn", "Joined the union";
    CardNumber => "Số thẻ đoàn viên", "Union card number";
    Phone => "Điện thoại", "Phone";
    Notes => "Ghi chú", "Notes";
    Education => "Trình độ chuyên môn", "Education";
    PoliticalTheory => "Lý luận chính trị", "Political theory";
    Actions => "Thao tác", "Actions";
    Yes => "Có", "Yes";
    Edit => "Sửa", "Edit";
    Delete => "Xóa", "Delete";
    EditNamed => "Sửa {0}", "Edit {0}";
    DeleteNamed => "Xóa {0}", "Delete {0}";
    ShowMore => "Xem thêm", "Show more";
    NoMembersYet => "Chưa có đoàn viên nào. Bấm \"Thêm đoàn viên\" để bắt đầu.", "No members yet. Click \"Add a member\" to start.";
    Choose => "— Chọn —", "— Choose —";
    FormHasErrors => "Có {0} chỗ cần sửa, xem ở dưới từng ô.", "{0} field(s) need attention, see below each field.";
    BackToList => "Về danh sách", "Back to the list";
    MemberNotFound => "Không tìm thấy đoàn viên này.", "This member was not found.";
    Identity => "Thông tin cá nhân", "Personal details";
    UnionAndWork => "Công tác và công đoàn", "Work and union";
    Qualifications => "Trình độ", "Qualifications";
    Ethnicity => "Dân tộc", "Ethnicity";
    Religion => "Tôn giáo", "Religion";
    CitizenId => "Số CCCD", "Citizen ID";
    Hometown => "Quê quán", "Home town";
    Email => "Thư điện tử", "E-mail";
    InsuredSalary => "Lương đóng bảo hiểm (đồng/tháng)", "Insured salary (đồng a month)";
    SalaryFrom => "Mức lương áp dụng từ", "Salary applies from";
    SalaryHistory => "Các mức lương đã ghi", "Salary history";
    EntryTitle => "Vào công đoàn cơ sở", "Coming into this union";
    EntryKind => "Hình thức", "How";
    EntryBefore => "Đã sinh hoạt từ trước (không ghi)", "Already a member (not recorded)";
    EntryDate => "Ngày vào công đoàn cơ sở", "Date joined this union";
    DecisionNumber => "Số quyết định", "Decision number";
    FromWhere => "Nơi chuyển đến (nếu tiếp nhận)", "Transferred from (if received)";
    RolesHeld => "Chức vụ công đoàn hiện giữ", "Union roles held today";
    NoRoles => "Không giữ chức vụ nào.", "No role held.";
    ManageCommittees => "Quản lý Ban Chấp hành, Ủy ban Kiểm tra, Ban Nữ công, tổ trưởng", "Manage committees and group leaders";
    Since => "từ", "since";
    Movements => "Biến động", "Movements";
    StatusToday => "Hôm nay", "Today";
    StatusFilter => "Trạng thái", "Status";
    StatusCurrent => "Đang sinh hoạt", "On the roster";
    StatusFormer => "Đã ra khỏi công đoàn cơ sở", "No longer on the roster";
    StatusAll => "Tất cả", "Everyone";
    NoMovements => "Chưa ghi biến động nào: đoàn viên từ trước.", "No movement recorded: a member from before.";
    Date => "Ngày", "Date";
    MovementKind => "Loại biến động", "Kind of movement";
    MovementDate => "Ngày biến động", "Date of the movement";
    MovementNote => "Ghi chú biến động", "Note on the movement";
    Place => "Nơi đến / nơi đi", "From or to";
    RecordMovement => "Ghi biến động", "Record a movement";
    RemoveMovementOn => "Xóa biến động {0} ngày {1}", "Remove {0} of {1}";
    NavCommittees => "Ban Chấp hành, các ban", "Committees";
    NavComposition => "Cơ cấu đoàn viên", "Composition";
    CommitteesHelp => "Ai giữ chức vụ nào, từ ngày nào đến ngày nào: Ban Chấp hành, Ủy ban Kiểm tra, Ban Nữ công và tổ trưởng, tổ phó các tổ.", "Who holds which role, from when to when: the executive, inspection and women's committees and each group's leaders.";
    ShowPastRoles => "Hiện cả các chức vụ đã kết thúc", "Show past roles too";
    Body => "Ban", "Body";
    RoleTitle => "Chức vụ", "Role";
    RoleFrom => "Từ ngày", "From";
    RoleTo => "Đến ngày", "Until";
    EndRole => "Kết thúc", "End";
    EndRoleOf => "Ngày kết thúc chức vụ của {0}", "End date of the role of {0}";
    RemoveRoleOf => "Xóa chức vụ của {0}", "Remove the role of {0}";
    Appoint => "Phân công chức vụ", "Appoint";
    Member => "Đoàn viên", "Member";
    CompositionDate => "Tính đến ngày", "On the date";
    CompositionLead => "Ngày {0}, công đoàn cơ sở có {1} đoàn viên. Mọi tỷ lệ dưới đây đều tính trên {1} đoàn viên này.", "On {0} the union has {1} members. Every share below is of these {1} members.";
    Criterion => "Tiêu chí", "Criterion";
    Count => "Số lượng", "Count";
    Share => "Tỷ lệ", "Share";
    AgeBands => "Độ tuổi", "Age";
    AgeUnder => "Dưới {0} tuổi", "Under {0}";
    AgeFrom => "Từ {0} tuổi trở lên", "{0} and over";
    AgeUnknown => "Chưa ghi ngày sinh", "No date of birth";
    NotPartyMember => "Chưa là đảng viên", "Not a Party member";
    NotRecorded => "Chưa ghi", "Not recorded";
    TitlesWillGo => "Lưu danh sách này sẽ bỏ danh hiệu của {0} người đang có tên (các ô đã bỏ chọn). Kiểm tra lại trước khi lưu.", "Saving this list takes the title from {0} people who hold it (the boxes unticked). Check before saving.";
    SaveRemoving => "Vẫn lưu, bỏ danh hiệu của {0} người", "Save anyway, removing {0}";
    LeavingHoldsRoles => "{0} đang giữ chức vụ: {1}. Kết thúc các chức vụ này ngày {2}?", "{0} holds these roles: {1}. End them on {2}?";
    RecordAndEndRoles => "Ghi biến động và kết thúc chức vụ", "Record and end the roles";
    RecordKeepRoles => "Chỉ ghi biến động", "Record only the movement";
    QuickPeriods => "Chọn nhanh kỳ", "Quick periods";
    ThisYear => "Năm nay", "This year";
    LastYear => "Năm trước", "Last year";
    WholeTerm => "Nhiệm kỳ", "The term";
    RemovedNotice => "Đã thực hiện: {0}.", "Done: {0}.";
    UndoRemoval => "Hoàn tác việc xóa", "Undo the deletion";
    RoundingGap => "Các tỷ lệ đã làm tròn cộng lại là {0}, lệch 100% chỉ vì làm tròn; số liệu không bị sửa.", "The rounded shares add up to {0}, off 100% only by rounding; no figure was adjusted.";
    MovementsInPeriod => "Biến động trong kỳ", "Movements in a period";
    PeriodFrom => "Từ ngày", "From";
    PeriodTo => "Đến ngày", "To";
    NoMovementsInPeriod => "Không có biến động nào trong kỳ.", "No movement in this period.";
    ShowWho => "{0}: {1} — xem danh sách", "{0}: {1} — show who";
    ChangeImportRoster => "Nhập danh sách đoàn viên từ {0}", "Imported the roster {0}";
    ImportRoster => "Nhập danh sách đoàn viên", "Import a roster";
    ImportRosterHelp => "Chọn tệp Excel (.xlsx) hoặc CSV mà Ban Chấp hành đang dùng. Ứng dụng tự tìm dòng tiêu đề và nhận ra các cột quen thuộc (Họ và tên, Ngày sinh, Nam/Nữ, Tổ, Trình độ…); bạn có thể sửa lại trước khi nhập.", "Choose the Excel (.xlsx) or CSV roster the committee keeps. The app finds the header row and recognises the usual columns (Họ và tên, Ngày sinh, Nam/Nữ, Tổ, Trình độ…); you can correct them before importing.";
    ChooseRosterFile => "Chọn tệp danh sách (.xlsx, .csv)", "Choose a roster file (.xlsx, .csv)";
    SheetWrongKind => "Chỉ nhận tệp .xlsx hoặc .csv.", "Only .xlsx and .csv files are accepted.";
    SheetNotUtf8 => "Tệp CSV không ở dạng UTF-8. Trong Excel, hãy lưu lại bằng \"CSV UTF-8 (Comma delimited)\" rồi chọn lại.", "The CSV file is not UTF-8. In Excel, save it again as \"CSV UTF-8 (Comma delimited)\" and choose it again.";
    SheetEmpty => "Tệp không có dữ liệu.", "The file holds no data.";
    SheetUnreadable => "Không đọc được tệp ở dòng {0}: kiểm tra dấu ngoặc kép và dấu phân cách của dòng này.", "The file cannot be read at line {0}: check the quotes and separators of that line.";
    SheetNotAWorkbook => "Không đọc được tệp: tệp bị hỏng hoặc không phải bảng tính Excel (.xlsx).", "The file cannot be read: it is damaged or not an Excel workbook (.xlsx).";
    Progress => "Tiến độ", "Progress";
    CheckingRows => "Đang kiểm tra dòng {0} / {1}…", "Checking row {0} of {1}…";
    ColumnMapping => "Các cột của tệp", "The file's columns";
    DownloadRosterTemplate => "Tải tệp mẫu danh sách (.xlsx)", "Download the roster template (.xlsx)";
    HeaderRowFound => "Dòng tiêu đề: dòng {0}. Dữ liệu bắt đầu từ dòng sau.", "Header row: row {0}. Data starts on the next row.";
    SheetColumn => "Cột trong tệp", "Column in the file";
    ColumnHolds => "Nội dung", "Holds";
    ColumnHoldsOf => "Nội dung cột {0}", "What column {0} holds";
    ColumnIgnore => "(bỏ qua)", "(ignore)";
    ColumnNote => "Ghi vào ghi chú, kèm tên cột", "Into the notes, with its header";
    BirthMale => "Ngày sinh, cột Nam", "Date of birth, men's column";
    BirthFemale => "Ngày sinh, cột Nữ", "Date of birth, women's column";
    ImportPreview => "Xem trước", "Preview";
    ImportSummary => "Sẽ nhập {0} đoàn viên; {1} dòng bị từ chối; tổ mới: {2}.", "{0} members to import; {1} rows refused; new groups: {2}.";
    ImportResult => "Kết quả nhập", "Import result";
    SheetLine => "Dòng", "Row";
    AndMore => "… và {0} đoàn viên nữa.", "… and {0} more members.";
    ImportWarnings => "Lưu ý", "Warnings";
    LineSays => "Dòng {0}: {1}", "Row {0}: {1}";
    ImportCount => "Nhập {0} đoàn viên", "Import {0} members";
    RejectedRows => "Các dòng bị từ chối", "Rows refused";
    Reason => "Lý do", "Reason";
    DownloadRejected => "Tải danh sách dòng bị từ chối (.csv)", "Download the refused rows (.csv)";
    RowBothGenders => "có ngày sinh ở cả cột Nam và cột Nữ", "a date of birth in both the men's and the women's column";
    RowUnknownGender => "không hiểu giới tính \"{0}\"", "gender \"{0}\" not understood";
    RowYearOnly => "chỉ có năm sinh {0}: để trống ngày sinh, ghi năm vào ghi chú", "only the year of birth {0}: date left empty, year kept in the notes";
    RowUnknownEducation => "không nhận ra trình độ \"{0}\": ghi vào ghi chú", "education \"{0}\" not recognised: kept in the notes";
    RowUnknownTheory => "không nhận ra trình độ lý luận \"{0}\": ghi vào ghi chú", "political theory \"{0}\" not recognised: kept in the notes";
    RowCitizenIdZero => "số CCCD {0} chỉ có 11 chữ số (Excel bỏ mất số 0 đầu): đã thêm lại số 0", "citizen ID {0} has only 11 digits (Excel dropped the leading zero): the zero is put back";
    FieldLeftEmpty => "{0}: {1} Nhập với ô này để trống.", "{0}: {1} Imported with this field empty.";
    ExportCsv => "Xuất CSV", "Export CSV";
    PrintRoster => "In danh sách", "Print the roster";
    RosterTitle => "DANH SÁCH ĐOÀN VIÊN", "ROSTER OF MEMBERS";
    AsOf => "Tính đến ngày {0}", "As of {0}";
    ChangeReport => "Sửa báo cáo: {0}", "Edited the report: {0}";
    NavReports => "Báo cáo", "Reports";
    PrintReport => "In báo cáo", "Print the report";
    ReportPeriod => "Kỳ báo cáo", "Report period";
    CurrentTerm => "Nhiệm kỳ hiện tại", "Current term";
    YearN => "Năm {0}", "Year {0}";
    CustomPeriod => "Tùy chọn ngày", "Choose dates";
    ReportPeriodInvalid => "Kỳ báo cáo chưa hợp lệ: hãy nhập ngày bắt đầu và ngày kết thúc dạng ngày/tháng/năm.", "The period is not valid: enter a start and an end as day/month/year.";
    ReportPlace => "Địa danh (ghi ở dòng ngày tháng)", "Place (for the date line)";
    ReportDocument => "Báo cáo", "Report";
    DateLine => "{0}, ngày {1} tháng {2} năm {3}", "{0}, {1}/{2}/{3}";
    ReportTitle => "BÁO CÁO", "REPORT";
    ReportSubtitle => "Kết quả hoạt động công đoàn từ ngày {0} đến ngày {1}", "The union's work from {0} to {1}";
    PartMembers => "TÌNH HÌNH ĐOÀN VIÊN", "MEMBERS";
    PartAssessment => "ĐÁNH GIÁ CHUNG", "ASSESSMENT";
    PartLessons => "BÀI HỌC KINH NGHIỆM", "LESSONS";
    PartDirection => "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "DIRECTION FOR THE NEXT PERIOD";
    SectionMembers => "Tình hình đoàn viên", "Members";
    SectionAssessment => "Đánh giá chung", "Assessment";
    SectionWelfare => "Chăm lo, thăm hỏi đoàn viên", "Care for members";
    SectionEmulation => "Thi đua, khen thưởng, sáng kiến", "Emulation, awards, initiatives";
    SectionWomen => "Công tác nữ công", "Women's work";
    SectionFinance => "Tài chính công đoàn", "Union finance";
    PartResults => "KẾT QUẢ HOẠT ĐỘNG", "RESULTS";
    ReportNumber => "Số: {0}/BC-CĐCS", "No. {0}/BC-CĐCS";
    ReportNumberField => "Số báo cáo (để trống để điền tay)", "Report number (leave empty to write by hand)";
    Recipients => "Nơi nhận:", "To:";
    RecipientSuperior => "- {0} (để báo cáo);", "- {0} (for report);";
    RecipientFile => "- Lưu: VT, BCH.", "- File: office, committee.";
    ReportWelfareText => "Trong kỳ, Công đoàn đã tổ chức thăm hỏi, hiếu, hỷ, trợ cấp cho cán bộ, đoàn viên và thân nhân {0} lượt, với kinh phí {1}; trong đó: {2}.", "During the period the union made {0} welfare visits to members and their families, for {1}: {2}.";
    ReportWelfareItem => "{0} {1} lượt ({2})", "{0}: {1} ({2})";
    ReportNoWelfare => "Trong kỳ chưa ghi lượt thăm hỏi nào.", "No welfare visit is recorded in the period.";
    ReportTitlesText => "Về danh hiệu thi đua: {0}.", "Titles: {0}.";
    ReportTitlesYear => "năm {0}: {1}", "{0}: {1}";
    ReportTitleItem => "{0} {1}", "{0} {1}";
    ReportInitiativesText => "Cán bộ, đoàn viên có {0} sáng kiến được công nhận, trong đó {1} sáng kiến được cấp trên công nhận.", "Members had {0} initiatives recognised, {1} of them at a higher level.";
    ReportPrizesText => "Các giải thưởng đạt được: {0}.", "Prizes won: {0}.";
    ReportPrizeItem => "{0} ({1}, năm {2})", "{0} ({1}, {2})";
    ReportWomenText => "Ban Nữ công tổ chức {0} hoạt động trong kỳ; {1} lượt nữ đoàn viên đạt danh hiệu \"Giỏi việc nước, đảm việc nhà\".", "The women's committee held {0} activities; {1} titles \"Good at work, good at home\" went to women members.";
    ReportFinanceText => "Số dư đầu kỳ: {0}. Tổng thu trong kỳ: {1}; trong đó: {2}. Tổng chi trong kỳ: {3}; trong đó: {4}. Số dư cuối kỳ: {5} (bằng số dư đầu kỳ cộng thu trừ chi). Phần phải nộp công đoàn cấp trên: {6}, đã nộp {7}.", "Opening balance: {0}. Income in the period: {1}: {2}. Expense in the period: {3}: {4}. Closing balance: {5} (opening plus income less expense). Due to the superior union: {6}; remitted: {7}.";
    ReportLineItem => "{0} {1}", "{0} {1}";
    IncomeExpenseByYear => "Thu, chi theo năm", "Income and expense by year";
    WelfareKindHeader => "Hình thức", "Kind";
    OpeningBalance => "Số dư đầu kỳ", "Opening balance";
    ClosingBalance => "Số dư cuối kỳ", "Closing balance";
    TargetsAgainstResults => "Chỉ tiêu và kết quả thực hiện", "Targets against results";
    WelfareByKindTable => "Thăm hỏi theo hình thức", "Visits by kind";
    MoneyTable => "Thu, chi và số dư trong kỳ", "Income, expense and balances of the period";
    TargetsByYearTable => "Kết quả từng chỉ tiêu theo năm", "Each target, year by year";
    Income => "Thu", "Income";
    Expense => "Chi", "Expense";
    TitlesByYear => "Danh hiệu theo năm", "Titles by year";
    BooksDoNotBalance => "Sổ sách không cân: số dư cuối kỳ {0} khác số dư đầu kỳ {1} cộng thu {2} trừ chi {3}.", "The books do not balance: the closing balance {0} is not the opening {1} plus income {2} less expense {3}.";
    ClosedYearDrift => "Số dư đã chốt của năm {0} không còn khớp với các phiếu thu, chi: hãy mở lại năm đó ở trang Tài chính để xem.", "The closed balances of {0} no longer match its vouchers: reopen the year on the Finance page to see why.";
    SectionLessons => "Bài học kinh nghiệm", "Lessons";
    SectionDirection => "Phương hướng, nhiệm vụ", "Direction";
    ProsePlaceholder => "Ban Chấp hành viết phần này; văn bản được lưu cùng báo cáo.", "The committee writes this part; the text is kept with the report.";
    SaveSection => "Lưu đoạn này", "Save this part";
    SaveSectionNamed => "Lưu phần {0}", "Save the part {0}";
    Regenerate => "Viết lại từ số liệu", "Rewrite from the records";
    RegenerateNamed => "Viết lại phần {0} từ số liệu", "Rewrite the part {0} from the records";
    SectionSaved => "Đã lưu cùng báo cáo.", "Kept with the report.";
    SectionNotSaved => "Chưa lưu.", "Not saved yet.";
    ConsistencyTitle => "Đối chiếu với sổ", "Checked against the book";
    ConsistencyOk => "Mọi số liệu trong văn bản khớp với sổ.", "Every figure in the text agrees with the book.";
    StaleFigure => "Phần \"{0}\" ghi {1}, nhưng sổ hiện cho {2} ({3}). Bấm \"Viết lại từ số liệu\" ở phần đó, hoặc sửa lại văn bản.", "The part \"{0}\" says {1}, but the book now gives {2} ({3}). Click \"Rewrite from the records\" in that part, or edit the text.";
    RoundingNote => "Các tỷ lệ theo {0} làm tròn cộng lại là {1}: lệch 100% chỉ do làm tròn, không số nào bị sửa.", "The rounded shares by {0} add up to {1}: off 100% only by rounding; no figure was adjusted.";
    ReportShareItem => "{0}: {1} đồng chí (chiếm tỷ lệ {2})", "{0}: {1} (that is {2})";
    ReportMovementItem => "{0} {1} đoàn viên", "{0}: {1}";
    ReportMembersText => "{0} hiện có {1} đoàn viên (trong đó có {2} đoàn viên nữ), sinh hoạt ở {3} Tổ công đoàn, gồm: {4}; về trình độ chuyên môn: {5}; về trình độ chính trị: {6}. Cán bộ, đoàn viên là đảng viên {7} đồng chí (chiếm tỷ lệ {8}). Các tỷ lệ đều tính trên {1} đoàn viên.", "{0} has {1} members ({2} of them women) in {3} union groups: {4}; by education: {5}; by political theory: {6}. Party members: {7} (that is {8}). Every share is of the {1} members.";
    TableCsv => "Tải bảng (CSV)", "Download the table (CSV)";
    TableCsvNamed => "Tải bảng {0} (CSV)", "Download the table {0} (CSV)";
    ReportMovementsText => "Trong kỳ: {0}.", "During the period: {0}.";
    DateHint => "Dạng ngày/tháng/năm, ví dụ 15/03/1985", "As day/month/year, e.g. 15/03/1985";
    GroupName => "Tên tổ", "Group name";
    NewGroupName => "Tên tổ mới", "New group name";
    AddGroup => "Thêm tổ", "Add group";
    Rename => "Đổi tên", "Rename";
    RenameNamed => "Đổi tên tổ {0}", "Rename group {0}";
    Remove => "Xóa tổ", "Remove";
    RemoveNamed => "Xóa tổ {0}", "Remove group {0}";
    TrashHelp => "Đoàn viên bị xóa nằm ở đây cho đến khi được khôi phục hoặc xóa hẳn.", "Deleted members stay here until restored or removed for good.";
    TrashEmpty => "Thùng rác trống.", "The trash is empty.";
    DeletedOn => "Ngày xóa", "Deleted on";
    Restore => "Khôi phục", "Restore";
    RestoreNamed => "Khôi phục {0}", "Restore {0}";
    Purge => "Xóa hẳn", "Remove for good";
    PurgeNamed => "Xóa hẳn {0}", "Remove {0} for good";
    ChooseFile => "Chọn tệp sổ (.json)", "Choose a book file (.json)";
    FileRefused => "Không nhập được tệp \"{0}\".", "The file \"{0}\" was not imported.";
    BookUnchanged => "Sổ hiện tại vẫn giữ nguyên.", "The current book is unchanged.";
    ImportDone => "Đã nhập tệp \"{0}\". Sổ cũ được giữ làm bản sao lưu ở trang Dữ liệu.", "Imported \"{0}\". The previous book is kept as a backup on the Data page.";
    PreviewOf => "Nội dung tệp \"{0}\"", "Contents of \"{0}\"";
    ExportedAt => "Thời điểm xuất", "Exported at";
    AppVersion => "Phiên bản ứng dụng", "App version";
    ImportReplaces => "Nhập tệp này sẽ thay thế toàn bộ sổ hiện tại (sổ hiện tại được giữ làm bản sao lưu).", "Importing replaces the whole current book (the current book is kept as a backup).";
    ConfirmImport => "Xác nhận nhập tệp", "Confirm import";
    Never => "chưa lần nào", "never";
    ExportHelp => "Tải toàn bộ sổ về một tệp .json: để cất giữ, gửi cho người khác hoặc bàn giao cho Ban Chấp hành khóa sau.", "Download the whole book as one .json file: to keep, to send, or to hand over to the next committee.";
    LastExport => "Lần xuất gần nhất", "Last export";
    ExportButton => "Xuất tệp JSON", "Export JSON file";
    ImportTitle => "Thay toàn bộ sổ bằng tệp", "Replace the book with a file";
    ImportHelp => "Thay sổ hiện tại bằng một tệp đã xuất, ví dụ khi nhận sổ của khóa trước. Bạn sẽ xem trước nội dung trước khi xác nhận.", "Replace the current book with an exported file, for instance when receiving the previous committee's book. You will see a preview before confirming.";
    MergeTitle => "Gộp sổ từ tệp", "Merge a file into the book";
    MergeHelp => "Khi hai người cùng giữ sổ (chủ tịch giữ đoàn viên, kế toán giữ phiếu thu chi) và gửi tệp cho nhau: những gì chỉ một bên thay đổi được lấy vào; bản ghi cả hai bên cùng sửa được hỏi lại từng trường. Xem trước trước khi gộp; gộp xong vẫn hoàn tác được.", "When two officers keep the book (the chair the members, the treasurer the vouchers) and send each other the file: what only one side changed is taken; a record both changed is asked field by field. A preview comes first; a merge can be undone.";
    MergeChoose => "Chọn tệp sổ để gộp (.json)", "Choose a book file to merge (.json)";
    MergePreviewOf => "Gộp tệp \"{0}\" vào sổ đang mở", "Merging \"{0}\" into the open book";
    MergeNothing => "Tệp không có gì mới so với sổ đang mở.", "The file has nothing the open book lacks.";
    MergeOtherUnion => "Tệp là sổ của \"{0}\", khác tên công đoàn của sổ đang mở. Chỉ gộp khi chắc đó là cùng một công đoàn.", "The file is the book of \"{0}\", not the union of the open book. Merge only if it is the same union.";
    MergeArea => "Phần sổ", "Part of the book";
    MergeAdded => "Thêm", "Added";
    MergeChanged => "Sửa", "Changed";
    MergeDeleted => "Xóa", "Deleted";
    MergeConflicts => "Cần chọn", "To decide";
    MergeConflictsTitle => "Bản ghi cả hai bên cùng sửa ({0})", "Records changed on both sides ({0})";
    MergeConflictsHelp => "Với mỗi trường, chọn giá trị giữ lại.", "For each field, choose the value to keep.";
    MergeAllOurs => "Giữ tất cả theo sổ này", "Keep this book's for all";
    MergeAllTheirs => "Lấy tất cả theo tệp", "Take the file's for all";
    MergeField => "Trường", "Field";
    MergeOurs => "Sổ này", "This book";
    MergeTheirs => "Tệp", "The file";
    MergeDeletedValue => "(đã xóa)", "(deleted)";
    MergeClosedYear => "thuộc năm {0} đã khóa sổ", "in {0}, a closed year";
    MergeRenumberTitle => "Phiếu trùng số", "Vouchers with one number";
    MergeRenumberHelp => "Hai bên cùng dùng một số phiếu. Phiếu ghi sau sẽ được đánh số mới, và ghi chú số cũ trên phiếu:", "Both sides used one number. The voucher recorded later gets a new number, with the old one noted on it:";
    MergeRenumberItem => "{0} → {1}", "{0} → {1}";
    MergeRenumberConsent => "Đồng ý đánh số lại các phiếu trên", "I agree to renumber these vouchers";
    MergeItems => "{0} mục", "{0} items";
    MergeDecideAll => "Hãy chọn giá trị cho mọi bản ghi cả hai bên cùng sửa, và đồng ý đánh số lại phiếu nếu có.", "Choose a value for every record changed on both sides, and agree to renumber vouchers if asked.";
    MergeConfirm => "Gộp vào sổ", "Merge into the book";
    MergeUndecided => "Còn {0} bản ghi chưa chọn giá trị.", "{0} records still to decide.";
    MergeDone => "Đã gộp tệp \"{0}\" vào sổ. Bấm Hoàn tác để bỏ lần gộp này.", "\"{0}\" was merged into the book. Undo takes the merge back.";
    MergeBroken => "Không tạo được bản ghi từ các trường đã chọn ({0}). Hãy chọn lại.", "The fields chosen do not make a record ({0}). Choose again.";
    MergeFailedCheck => "Sổ sau khi gộp không hợp lệ: {0}. Hãy chọn lại các giá trị.", "The merged book is not valid: {0}. Choose the values again.";
    PartUnion => "Thông tin công đoàn", "The union";
    PartSettings => "Cài đặt", "Settings";
    PartTrash => "Đoàn viên đã xóa", "Deleted members";
    PartAppointments => "Chức vụ", "Roles";
    PartReports => "Báo cáo", "Reports";
    PartWelfare => "Thăm hỏi", "Welfare visits";
    PartEvents => "Sự kiện", "Events";
    PartTitles => "Danh hiệu", "Titles";
    PartInitiatives => "Sáng kiến", "Initiatives";
    PartTargets => "Chỉ tiêu", "Targets";
    PartFinanceSettings => "Cài đặt tài chính", "Finance settings";
    PartFunds => "Quỹ, tài khoản", "Funds";
    PartCategories => "Mục thu, chi", "Lines";
    PartRules => "Định mức", "Rules";
    PartVouchers => "Phiếu thu, chi", "Vouchers";
    PartBudgets => "Dự toán", "Budgets";
    PartClosings => "Khóa sổ năm", "Closed years";
    VoucherRenumbered => "Số cũ {0}, đánh số lại khi gộp sổ ngày {1}", "Formerly {0}, renumbered when merging books on {1}";
    ExportHoldsPersonal => "Tệp chứa thông tin cá nhân của đoàn viên (số CCCD, ngày sinh, điện thoại…): hãy cất giữ và gửi đi cẩn thận.", "The file holds the members' personal data (citizen ID, date of birth, phone…): keep and send it with care.";
    SealedTitle => "Xuất tệp có mật khẩu", "Export with a passphrase";
    SealedHelp => "Tệp được mã hóa: không có mật khẩu thì không ai đọc được. Hãy báo mật khẩu cho người nhận qua một đường khác, không gửi kèm tệp. Quên mật khẩu thì không mở lại được tệp.", "The file is encrypted: no one can read it without the passphrase. Tell the receiver the passphrase another way, not with the file. A forgotten passphrase cannot be recovered.";
    Passphrase => "Mật khẩu", "Passphrase";
    PassphraseAgain => "Nhập lại mật khẩu", "Passphrase again";
    PassphraseTooShort => "Mật khẩu cần ít nhất {0} ký tự.", "The passphrase needs at least {0} characters.";
    PassphraseMismatch => "Hai lần nhập mật khẩu không khớp.", "The two passphrases differ.";
    Sealing => "Đang mã hóa…", "Encrypting…";
    SealedDone => "Đã xuất tệp có mật khẩu \"{0}\".", "Exported \"{0}\" with a passphrase.";
    CryptoUnavailable => "Trình duyệt không cho mã hóa ở địa chỉ này: hãy mở ứng dụng từ tệp so-cong-doan.html hoặc từ một địa chỉ https.", "The browser does not allow encryption at this address: open the app from the so-cong-doan.html file or from an https address.";
    StripTitle => "Xuất tệp không có thông tin cá nhân", "Export without personal data";
    StripHelp => "Cùng sổ nhưng bỏ số CCCD, ngày và tháng sinh (giữ năm sinh để tính độ tuổi), điện thoại, email, quê quán, tôn giáo và ghi chú của đoàn viên: để gửi công đoàn cấp trên.", "The same book without the members' citizen IDs, days and months of birth (the year stays, for the age bands), phones, emails, hometowns, religions and notes: for the superior union.";
    FileLocked => "Tệp \"{0}\" được bảo vệ bằng mật khẩu.", "The file \"{0}\" is protected by a passphrase.";
    FilePassphrase => "Mật khẩu của tệp", "The file's passphrase";
    OpenSealed => "Mở tệp", "Open the file";
    Unsealing => "Đang giải mã…", "Decrypting…";
    PreviewNoPersonal => "Tệp này không có thông tin cá nhân của đoàn viên: không có số CCCD, ngày sinh (chỉ có năm sinh), điện thoại, email, quê quán, tôn giáo, ghi chú.", "This file has no personal data of the members: no citizen IDs, dates of birth (only the years), phones, emails, hometowns, religions or notes.";
    PreviewKeepsPersonal => "{0} hồ sơ đoàn viên có cả trong sổ hiện tại được giữ thông tin cá nhân của sổ này; {1} hồ sơ chỉ có trong tệp sẽ không có thông tin cá nhân.", "{0} member records also in the current book keep the personal data this book has; {1} records only in the file will have none.";
    ConfirmNoPersonal => "Tôi hiểu sổ sau khi nhập thiếu thông tin cá nhân như trên, và vẫn muốn nhập.", "I understand the book will lack personal data as said above, and want to import it.";
    BackupsTitle => "Bản sao lưu tự động", "Automatic backups";
    BackupsHelp => "Mỗi thay đổi được lưu ngay vào bộ nhớ của trình duyệt trên máy này, kèm thời điểm và nội dung thay đổi; có thể khôi phục sổ về lúc sau một thay đổi bất kỳ trong danh sách.", "Every change is saved at once in this browser's storage on this computer, with when and what changed; the book can be restored to how it was after any change listed.";
    BackupsKept => "Số bản sao lưu giữ lại", "Backups kept";
    StorageUsed => "Trình duyệt đang giữ {0} cho trang này, trên {1} được phép ({2}).", "The browser holds {0} for this page, of {1} it allows ({2}).";
    SavedAt => "Thời điểm lưu", "Saved at";
    WhatChanged => "Thay đổi", "Change";
    Preview => "Xem trước", "Preview";
    PreviewBackupAt => "Xem trước bản lưu lúc {0}", "Preview the version saved at {0}";
    RestoreBackupAt => "Khôi phục bản lưu lúc {0}", "Restore the version saved at {0}";
    Current => "hiện tại", "current";
    BeforeImport => "trước khi nhập tệp", "before import";
    BackupUnreadable => "Không đọc được bản sao lưu này.", "This backup cannot be read.";
    RecoveryTitle => "Không đọc được sổ đã lưu", "The stored book cannot be read";
    RecoveryNothingWritten => "Ứng dụng chưa ghi đè lên dữ liệu này. Hãy tải dữ liệu gốc về, rồi chọn cách khôi phục.", "Nothing has been written over this data. Download the raw data, then choose how to recover.";
    DownloadRaw => "Tải xuống dữ liệu gốc", "Download the raw data";
    StoppedTitle => "Ứng dụng gặp lỗi và đã dừng", "The app met an error and stopped";
    StoppedKept => "Sổ đã lưu trong trình duyệt không bị lỗi này thay đổi. Hãy tải dữ liệu gốc về để giữ an toàn, rồi mở lại trang; nếu lỗi lặp lại, vào trang Dữ liệu để khôi phục một bản lưu trước đó.", "The book stored in this browser is untouched by this error. Download the raw data to keep it safe, then reopen the page; if the error comes again, go to the data page and restore an earlier restore point.";
    StoppedWhat => "Lỗi:", "Error:";
    StoppedReload => "Mở lại trang", "Reopen the page";
    StoppedToData => "Đến trang Dữ liệu", "Go to the data page";
    GoodBackups => "Bản sao lưu còn đọc được", "Backups that can still be read";
    NoGoodBackups => "Không còn bản sao lưu nào đọc được.", "No readable backup is left.";
    StartOver => "Bắt đầu sổ mới", "Start a new book";
    StartOverHelp => "Bỏ qua dữ liệu hỏng và tạo sổ mới hoặc dùng dữ liệu mẫu. Dữ liệu hỏng sẽ bị thay thế khi sổ mới được lưu.", "Leave the damaged data and create a new book or use the demo. The damaged data is replaced once the new book is saved.";
    EduDoctorate => "Tiến sĩ", "Doctorate";
    EduMaster => "Thạc sĩ", "Master's";
    EduBachelor => "Đại học", "Bachelor's";
    EduCollege => "Cao đẳng", "College";
    EduVocational => "Trung cấp", "Vocational";
    EduNone => "Sơ cấp / chưa qua đào tạo", "Elementary / none";
    TheoryAdvanced => "Cao cấp, cử nhân", "Advanced";
    TheoryIntermediate => "Trung cấp", "Intermediate";
    TheoryElementary => "Sơ cấp", "Elementary";
    TheoryNone => "Chưa học", "None";
    RoleChair => "Chủ tịch", "Chair";
    RoleViceChair => "Phó Chủ tịch", "Vice-chair";
    RoleExecutive => "Ủy viên BCH", "Executive committee member";
    RoleInspectionHead => "Chủ nhiệm UBKT", "Head of the inspection committee";
    RoleInspectionDeputy => "Phó Chủ nhiệm UBKT", "Deputy head of the inspection committee";
    RoleInspection => "Ủy viên UBKT", "Inspection committee member";
    RoleWomenHead => "Trưởng ban Nữ công", "Head of the women's committee";
    RoleWomenDeputy => "Phó ban Nữ công", "Deputy head of the women's committee";
    RoleWomenMember => "Ủy viên Ban Nữ công", "Women's committee member";
    RoleGroupLeader => "Tổ trưởng", "Group leader";
    RoleGroupDeputy => "Tổ phó", "Deputy group leader";
    BodyExecutive => "Ban Chấp hành", "Executive committee";
    BodyInspection => "Ủy ban Kiểm tra", "Inspection committee";
    BodyWomen => "Ban Nữ công", "Women's committee";
    BodyGroup => "Tổ công đoàn", "Union group";
    MoveAdmitted => "Kết nạp", "Admitted";
    MoveTransferredIn => "Tiếp nhận", "Received by transfer";
    MoveTransferredOut => "Chuyển đi", "Transferred out";
    MoveRetired => "Nghỉ chế độ, nghỉ hưu", "Retired";
    MoveDeceased => "Từ trần", "Deceased";
    MoveLeft => "Ra khỏi tổ chức", "Left the union";
    MoveHonorary => "Trở thành đoàn viên danh dự", "Became an honorary member";
    MoveExpelled => "Khai trừ", "Expelled";
    MoveUnionEnded => "Chấm dứt do công đoàn kết thúc hoạt động", "Ceased when the union ended";
    MoveWithGroup => "Chuyển cả tổ sang công đoàn khác", "Moved with the whole group to another union";
    Nationality => "Quốc tịch (người nước ngoài)", "Nationality (foreign members)";
    Passport => "Số hộ chiếu", "Passport number";
    ProblemNotForNationality => "không dùng cho quốc tịch này: đoàn viên người Việt Nam có số CCCD, người nước ngoài có số hộ chiếu.", "does not go with this nationality: a Vietnamese member has a CCCD, a foreign member a passport.";
    ProblemNotAPassport => "số hộ chiếu gồm 6 đến 20 chữ cái và chữ số.", "a passport number has 6 to 20 letters and digits.";
    ProblemForeignOfficer => "Đoàn viên là người nước ngoài không được giữ chức danh trong công đoàn (Luật Công đoàn 2024).", "A foreign member may not hold a union office (Trade Union Law 2024).";
    ProblemRequired => "Không được để trống.", "Required.";
    ProblemNotADate => "Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 15/03/1985.", "Not a valid date; use day/month/year, e.g. 15/03/1985.";
    ProblemInFuture => "Ngày này chưa tới.", "This date is in the future.";
    ProblemBeforeBirth => "Phải sau ngày sinh.", "Must be after the date of birth.";
    ProblemDuplicateCard => "Số thẻ này đã có người dùng.", "This card number is already used.";
    ProblemTooLong => "Quá dài.", "Too long.";
    ProblemNotAPhone => "Số điện thoại không hợp lệ (8 đến 15 chữ số).", "Not a phone number (8 to 15 digits).";
    ProblemUnknownGroup => "Tổ này không còn.", "This group no longer exists.";
    ProblemNotAnEmail => "Thư điện tử không hợp lệ.", "Not an e-mail address.";
    ProblemNotACitizenId => "Số CCCD phải gồm đúng 12 chữ số.", "A citizen ID has exactly 12 digits.";
    ProblemNotAnAmount => "Số tiền không hợp lệ: nhập số đồng, ví dụ 11.100.000.", "Not an amount: enter whole đồng, e.g. 11.100.000.";
    ProblemNotInList => "Hãy chọn trong danh sách.", "Choose from the list.";
    ProblemAlreadyOnRoster => "Người này đã là đoàn viên vào ngày đó; hãy ghi việc ra khỏi trước.", "This person is already a member on that date; record the leaving first.";
    ProblemNotOnRoster => "Người này không còn là đoàn viên vào ngày đó.", "This person is not a member on that date.";
    ProblemMemberRequired => "Hãy chọn đoàn viên.", "Choose a member.";
    ProblemGroupRequired => "Hãy chọn tổ công đoàn.", "Choose a union group.";
    ProblemNotARoleOfTheBody => "Chức danh này không có trong nơi đã chọn: tổ công đoàn chỉ có tổ trưởng và tổ phó; kế toán, thủ quỹ chỉ có kế toán và thủ quỹ.", "This role is not one of the body chosen: a group has only a leader and a deputy; finance only an accountant and a treasurer.";
    ProblemSeatTaken => "Chức vụ này đã có người giữ trong thời gian đó.", "Someone holds this role during that time.";
    ProblemAlreadyHeld => "Người này đã giữ một chức vụ ở đây trong thời gian đó.", "This person already holds a role here during that time.";
    ProblemEndBeforeStart => "Ngày kết thúc phải sau ngày bắt đầu.", "The end must be after the start.";
    ErrGroupNameRequired => "Tên tổ không được để trống.", "The group name is required.";
    ErrGroupNameTaken => "Đã có tổ mang tên này.", "A group with this name exists.";
    ErrGroupNotEmpty => "Tổ còn {0} đoàn viên; hãy chuyển họ sang tổ khác trước khi xóa tổ.", "The group still has {0} members; move them to another group first.";
    ErrNotFound => "Không tìm thấy bản ghi.", "The record was not found.";
    ErrInvalid => "Thông tin chưa hợp lệ.", "The details are not valid.";
    FileEmpty => "Tệp trống.", "The file is empty.";
    FileNotJson => "Tệp không phải JSON (lỗi ở dòng {0}, cột {1}).", "The file is not JSON (error at line {0}, column {1}).";
    FileNotOurs => "Đây không phải tệp của Sổ Công đoàn (thiếu \"format\": \"so-cong-doan\").", "This is not a Sổ Công đoàn file (no \"format\": \"so-cong-doan\").";
    FileNewer => "Tệp được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ {0}, ứng dụng này đọc đến lược đồ {1}). Hãy cập nhật ứng dụng.", "The file was written by a newer version of the app (schema {0}; this app reads up to {1}). Update the app.";
    FileBadSchema => "Trường schema_version phải là số nguyên từ 1 trở lên.", "schema_version must be a whole number from 1.";
    FileChecksum => "Mã kiểm tra không khớp: tệp đã bị sửa hoặc hỏng sau khi xuất.", "The checksum does not match: the file was changed or damaged after export.";
    FileMissing => "Thiếu trường bắt buộc: {0}.", "A required field is missing: {0}.";
    FileWrongType => "Sai kiểu dữ liệu ở {0}.", "Wrong type of value at {0}.";
    FileBadDate => "Ngày không hợp lệ ở {0}: phải có dạng YYYY-MM-DD và là một ngày có thật.", "Invalid date at {0}: it must be YYYY-MM-DD and a real day.";
    FileBadValue => "Giá trị không hợp lệ ở {0}: {1}", "Invalid value at {0}: {1}";
    ValueUnreadable => "không đọc được giá trị {0}.", "the value {0} cannot be read.";
    ValueUnreadableBare => "không đọc được giá trị này.", "this value cannot be read.";
    ValueNotAnAmount => "số tiền phải là số đồng nguyên lớn hơn 0 và không quá 1.000.000.000.000.000 đồng.", "an amount must be a whole number of đồng above zero and at most 1,000,000,000,000,000.";
    ValueOutOfBounds => "ngoài giới hạn (năm và ngày từ 1900 đến 2200, số lượng đến 1.000.000).", "out of bounds (years and dates from 1900 to 2200, counts up to 1,000,000).";
    LinkValueNotAPayment => "chứng từ được liên kết không phải phiếu chi.", "the linked voucher is not a payment.";
    LinkValuePaysTwo => "một phiếu chi không thể chi cho hai khoản.", "one payment voucher cannot pay two records.";
    LinkValueVisitDiffers => "số tiền hoặc ngày của phiếu chi khác với lượt thăm hỏi.", "the voucher's amount or date differs from the visit's.";
    LinkValueCostDiffers => "số tiền của phiếu chi khác với khoản chi của hoạt động.", "the voucher's amount differs from the cost's.";
    LinkValueNamesAnother => "phiếu chi ghi một khoản khác với khoản nó chi.", "the voucher names another record than the one it pays.";
    LinkValueNotNamedBack => "khoản được ghi không nhắc lại phiếu chi này.", "the record does not name this voucher back.";
    LinkValueMustName => "phiếu chi chi cho một khoản nên phải ghi khoản đó.", "the voucher pays a record and must name it.";
    ProblemNotAName => "Phải có chữ cái hoặc chữ số.", "Must contain a letter or a digit.";
    ActDoesNotFit => "Cách so sánh không hợp với nội dung chỉ tiêu.", "The comparison does not fit what the target measures.";
    FileDuplicateId => "Mã định danh bị trùng ở {0}.", "Duplicate id at {0}.";
    FileDanglingGroup => "{0} trỏ tới một tổ công đoàn không có trong tệp.", "{0} refers to a union group that is not in the file.";
    FileEmptyName => "Tên để trống ở {0}.", "Empty name at {0}.";
    FileDanglingMember => "{0} trỏ tới một đoàn viên không có trong tệp.", "{0} refers to a member who is not in the file.";
    FileMovementsOutOfOrder => "Biến động ở {0} không hợp lệ: phải theo thứ tự ngày, vào và ra xen kẽ nhau.", "The movements at {0} are not valid: they must be in date order, joining and leaving in turn.";
    DamageIndex => "Mục lục của sổ trong trình duyệt bị hỏng hoặc bị xóa.", "The book's index in the browser is damaged or missing.";
    DamageMissing => "Không tìm thấy bản lưu số {0} của sổ.", "Version {0} of the book is missing.";
    DamageBook => "Bản lưu hiện tại của sổ không đọc được: {0}", "The current version of the book cannot be read: {0}";
    DamageChange => "Thay đổi số {0} của sổ trong trình duyệt không đọc được.", "Change {0} of the book in the browser cannot be read.";
    DamageMoved => "Không chuyển được sổ sang nơi lưu mới của trình duyệt: bản chép đọc lại không khớp với sổ cũ. Sổ cũ vẫn được giữ nguyên; hãy khôi phục một bản dưới đây hoặc mở tệp sổ đã xuất.", "The book could not be moved to the browser's new storage: the copy did not read back the same. The old book is kept as it was; restore a version below or open an exported book file.";
    ChangeCreate => "Tạo sổ {0}", "Created book {0}";
    ChangeDemo => "Nạp dữ liệu mẫu", "Loaded the demo";
    ChangeUnion => "Sửa thông tin công đoàn", "Edited union details";
    ChangeAddGroup => "Thêm tổ {0}", "Added group {0}";
    ChangeRenameGroup => "Đổi tên tổ thành {0}", "Renamed group to {0}";
    ChangeRemoveGroup => "Xóa tổ {0}", "Removed group {0}";
    ChangeAddMember => "Thêm đoàn viên {0}", "Added member {0}";
    ChangeEditMember => "Sửa đoàn viên {0}", "Edited member {0}";
    ChangeDeleteMember => "Xóa đoàn viên {0}", "Deleted member {0}";
    ChangeRestoreMember => "Khôi phục đoàn viên {0}", "Restored member {0}";
    ChangePurgeMember => "Xóa hẳn đoàn viên {0}", "Removed member {0} for good";
    ChangeImport => "Nhập tệp {0}", "Imported {0}";
    ChangeMerge => "Gộp tệp {0} vào sổ", "Merged {0} into the book";
    ChangeEndUnion => "Kết thúc hoạt động công đoàn", "Ended the union";
    ChangeReopenUnion => "Mở lại sổ của công đoàn đã kết thúc", "Reopened the ended union's book";
    EndTitle => "Kết thúc hoạt động", "End of the union";
    EndHelp => "Khi công đoàn kết thúc hoạt động (ví dụ công đoàn cơ quan hưởng lương ngân sách, Công văn 4181/TLĐ-TC): ghi ngày kết thúc; ứng dụng lập phiếu chi hoàn trả đoàn phí đã thu từ ngày thôi thu, phiếu chi chuyển số dư về công đoàn cấp trên, ghi mọi đoàn viên thôi sinh hoạt và kết thúc các chức vụ vào ngày đó; sau đó sổ chỉ để xem.", "When the union ends (e.g. the union of a budget-funded agency, Công văn 4181/TLĐ-TC): set the last day; the app writes payment vouchers refunding the dues collected from the stop, a payment of the remaining balance to the superior union, ends every membership and role on that day; the book is then read-only.";
    EndOn => "Ngày kết thúc hoạt động", "Last day of the union";
    EndDuesStop => "Thôi thu đoàn phí từ ngày", "Dues stopped from";
    EndDuesStopHint => "Đoàn phí đã thu cho các tháng từ ngày này được hoàn trả. Để trống: ngày kết thúc.", "Dues collected for the months from this day are refunded. Empty: the last day.";
    EndSuperior => "Chuyển số dư về công đoàn cấp trên", "Balance paid to the superior union";
    EndPreview => "Việc sẽ làm khi kết thúc", "What ending will do";
    EndShowPreview => "Xem trước việc sẽ làm", "Show what ending will do";
    EndPreviewRefunds => "Hoàn trả đoàn phí: {0} phiếu chi, tổng {1}.", "Dues refunded: {0} payments, {1} in all.";
    EndPreviewTransfer => "Chuyển số dư {0} về {1}.", "Balance of {0} paid to {1}.";
    EndPreviewMembers => "{0} đoàn viên thôi sinh hoạt do công đoàn kết thúc; các chức vụ kết thúc cùng ngày.", "{0} members cease as the union ends; every role ends the same day.";
    EndPreviewReadOnly => "Sau đó sổ chỉ để xem; mở lại được ở trang này.", "The book is then read-only; it can be reopened on this page.";
    EndUnderstood => "Tôi hiểu: sau khi kết thúc, sổ chỉ để xem", "I understand the book becomes read-only";
    EndConfirm => "Kết thúc hoạt động", "End the union";
    EndedOn => "Công đoàn đã kết thúc hoạt động ngày {0}; số dư đã chuyển về {1}. Sổ chỉ để xem.", "The union ended on {0}; its balance was paid to {1}. The book is read-only.";
    EndedBanner => "Công đoàn đã kết thúc hoạt động ngày {0}: sổ chỉ để xem.", "The union ended on {0}: the book is read-only.";
    EndPackage => "Hồ sơ gửi công đoàn cấp trên", "For the superior union";
    EndPackageFile => "Tệp sổ:", "The book's file:";
    EndPackageSettlement => "Quyết toán năm {0} (in)", "Settlement of {0} (print)";
    EndReopenTitle => "Mở lại sổ", "Reopen the book";
    EndReopenUnderstood => "Tôi cần sửa lại sổ của công đoàn đã kết thúc", "I need to correct the ended union's book";
    EndReopen => "Mở lại sổ", "Reopen the book";
    EndRefundReason => "Hoàn trả đoàn phí đã thu từ tháng {0} do công đoàn kết thúc hoạt động", "Refund of dues collected from {0} as the union ends";
    EndTransferReason => "Chuyển số dư tài chính về {0} khi công đoàn kết thúc hoạt động", "Remaining balance paid to {0} as the union ends";
    EndErrRequired => "Cần nhập {0}.", "{0} is required.";
    EndErrNotADate => "{0}: không phải ngày (dd/mm/yyyy).", "{0}: not a date (dd/mm/yyyy).";
    EndErrStopAfterEnd => "Ngày thôi thu đoàn phí phải trước hoặc bằng ngày kết thúc.", "The dues must stop on or before the last day.";
    EndErrVouchersAfter => "Có {0} phiếu thu chi sau ngày kết thúc: sổ phải dừng ở ngày kết thúc.", "{0} vouchers are dated after the last day: the books must end on it.";
    EndErrAlready => "Công đoàn đã kết thúc hoạt động.", "The union has already ended.";
    EndErrEnded => "Công đoàn đã kết thúc hoạt động ngày {0}: sổ chỉ để xem. Muốn sửa, mở lại sổ ở trang Dữ liệu.", "The union ended on {0}: the book is read-only. To change it, reopen it on the Data page.";
    ChangeRecordMovement => "Ghi biến động của {0}", "Recorded a movement of {0}";
    ChangeRemoveMovement => "Xóa biến động của {0}", "Removed a movement of {0}";
    ChangeAppoint => "Phân công chức vụ cho {0}", "Appointed {0}";
    ChangeRemoveAppointment => "Xóa chức vụ của {0}", "Removed a role of {0}";
    ChangeSettings => "Sửa cài đặt", "Edited settings";
    ChangeRestoreBackup => "Khôi phục bản lưu số {0}", "Restored version {0}";
    ChangeUndo => "Hoàn tác: {0}", "Undo: {0}";
    ChangeRedo => "Làm lại: {0}", "Redo: {0}";
    NavAbout => "Giới thiệu", "About";
    NavHandover => "Bàn giao sổ", "Handover";
    HoTitle => "Bàn giao sổ cho Ban Chấp hành khóa mới", "Handing the book over to the next committee";
    HoLead => "Lập biên bản bàn giao tại một ngày: số dư từng quỹ theo sổ và số tiền kiểm đếm thực tế, số đoàn viên, chứng từ và hồ sơ, giấy tờ bàn giao, người giao và người nhận. Biên bản được ghi vào sổ; Ban Chấp hành khóa mới mở tệp sổ bàn giao và bắt đầu nhiệm kỳ mới từ đó.", "Draw up the handover record at a date: each fund's balance in the books and the money counted, the members, vouchers and papers handed over, who hands over and who receives. The record is kept in the book; the next committee opens the handover file and starts its term from it.";
    HoRecorded => "Các lần bàn giao đã ghi", "Handovers recorded";
    HoNone => "Chưa có lần bàn giao nào.", "No handover recorded yet.";
    HoNew => "Lập biên bản bàn giao", "Draw up a handover record";
    HoDate => "Ngày bàn giao", "Handover date";
    HoPlace => "Địa điểm", "Place";
    HoFunds => "Số dư các quỹ đến hết ngày bàn giao", "Fund balances at the end of the handover date";
    HoFund => "Quỹ", "Fund";
    HoBooks => "Theo sổ", "In the books";
    HoCounted => "Thực tế kiểm đếm", "Counted";
    HoCountedOf => "Thực tế kiểm đếm: {0}", "Counted: {0}";
    HoDifference => "Chênh lệch", "Difference";
    HoNoDifference => "Khớp", "Matches";
    HoCounts => "Số liệu sổ sách đến ngày bàn giao", "The records at the handover date";
    HoItem => "Nội dung", "Item";
    HoCount => "Số lượng", "Count";
    HoMembers => "Đoàn viên trong danh sách", "Members on the roster";
    HoGroups => "Tổ công đoàn", "Union groups";
    HoVouchers => "Phiếu thu, phiếu chi, phiếu chuyển", "Receipts, payments and transfers";
    HoWelfare => "Lượt thăm hỏi", "Welfare visits";
    HoEvents => "Hoạt động, phong trào", "Events and movements";
    HoTitles => "Danh hiệu, khen thưởng", "Titles and awards";
    HoInitiatives => "Sáng kiến", "Initiatives";
    HoReports => "Báo cáo đã lập", "Reports written";
    HoPapers => "Hồ sơ, giấy tờ bàn giao", "Papers handed over";
    HoPapersHint => "Mỗi dòng một mục, ví dụ: Sổ quỹ tiền mặt năm 2025 (01 quyển).", "One item a line, e.g. Cash book 2025 (1 volume).";
    HoNoPapers => "Không có hồ sơ, giấy tờ kèm theo.", "No papers listed.";
    HoGiver => "Bên giao", "Handing over";
    HoReceiver => "Bên nhận", "Receiving";
    HoGiverName => "Họ và tên người giao", "Name of the person handing over";
    HoGiverRole => "Chức vụ người giao", "Role of the person handing over";
    HoReceiverName => "Họ và tên người nhận", "Name of the person receiving";
    HoReceiverRole => "Chức vụ người nhận", "Role of the person receiving";
    HoSave => "Lưu biên bản bàn giao", "Save the handover record";
    HoView => "Xem biên bản", "View the record";
    HoRemove => "Xóa biên bản", "Remove the record";
    HoStartTerm => "Bắt đầu nhiệm kỳ mới", "Start the new term";
    HoDocTitle => "BIÊN BẢN BÀN GIAO", "HANDOVER RECORD";
    HoDocSubtitle => "Sổ sách, tài chính và hồ sơ công đoàn", "The union's books, money and papers";
    HoDocOpening => "Hôm nay, ngày {0}, tại {1}, chúng tôi gồm:", "Today, {0}, at {1}, we the undersigned:";
    HoDocParty => "{0}: {1}", "{0}: {1}";
    HoDocAgree => "Cùng thống nhất bàn giao sổ sách, tài chính và hồ sơ của {0} tính đến hết ngày {1} như sau:", "agree that the books, money and papers of {0} up to the end of {1} are handed over as follows:";
    HoDocFunds => "1. Số dư các quỹ", "1. Fund balances";
    HoDocCounts => "2. Số liệu sổ sách", "2. The records";
    HoDocPapers => "3. Hồ sơ, giấy tờ bàn giao", "3. Papers handed over";
    HoDocClosing => "Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản.", "This record is made in two copies of equal value, one for each side.";
    HoSignGiver => "BÊN GIAO", "HANDING OVER";
    HoSignReceiver => "BÊN NHẬN", "RECEIVING";
    HoDocx => "Tải biên bản (.docx)", "Download the record (.docx)";
    HoExportFile => "Xuất tệp sổ bàn giao (.json)", "Export the handover file (.json)";
    HoBack => "Về trang bàn giao", "Back to the handover page";
    HoNotFound => "Không tìm thấy biên bản bàn giao này.", "This handover record is not in the book.";
    HoTermTitle => "Bắt đầu nhiệm kỳ mới sau bàn giao ngày {0}", "Start the new term after the handover of {0}";
    HoTermLead => "Ban Chấp hành khóa cũ thôi giữ chức vụ từ hết ngày bàn giao. Chọn Ban Chấp hành mới và ghi công đoàn cấp trên hiện nay; thông tin cũ vẫn được giữ cho các báo cáo trước đó.", "The outgoing committee's appointments end on the handover date. Choose the new committee and record the superior union as it is now; the former details stay for earlier reports.";
    HoCommittee => "Ban Chấp hành khóa mới", "The new executive committee";
    HoSeatOf => "Chức vụ trong BCH: {0}", "Seat on the committee: {0}";
    HoNoSeat => "Không tham gia", "Not on the committee";
    HoDecision => "Quyết định, nghị quyết bầu", "Decision or resolution electing them";
    HoTermSave => "Bắt đầu nhiệm kỳ", "Start the term";
    HoEndsBeforeHandover => "Nhiệm kỳ mới phải kết thúc sau ngày bàn giao.", "The new term must end after the handover.";
    ReportCommittee => "Ban Chấp hành: {0}", "Executive committee: {0}";
    ChangeHandover => "Ghi biên bản bàn giao ngày {0}", "Record the handover of {0}";
    ChangeRemoveHandover => "Xóa biên bản bàn giao ngày {0}", "Remove the handover of {0}";
    ChangeStartTerm => "Bắt đầu nhiệm kỳ {0}", "Start the term {0}";
    AboutLead => "Sổ ghi chép của công đoàn cơ sở, chạy ngay trong trình duyệt, không cần máy chủ hay mạng.", "The record book of a grassroots union, running in the browser with no server or network.";
    SchemaVersion => "Phiên bản lược đồ tệp", "File schema version";
    BuildDate => "Ngày dựng", "Build date";
    Unknown => "không rõ", "unknown";
    DataLocation => "Nơi lưu dữ liệu", "Where the data lives";
    PlaceMemory => "Chỉ trong bộ nhớ tạm của trang này: trình duyệt không cho lưu, sổ sẽ mất khi đóng trang.", "Only in this page's memory: the browser refuses storage, and the book is lost when the page closes.";
    PlaceSite => "Bộ nhớ của trình duyệt trên máy này, riêng cho địa chỉ {0}. Trình duyệt khác, máy khác hay địa chỉ khác không thấy sổ này.", "This browser's storage on this computer, for the address {0}. Another browser, computer or address does not see this book.";
    PlaceFilesShared => "Bộ nhớ của trình duyệt trên máy này dành cho các tệp mở từ ổ đĩa: mọi bản sao của tệp ứng dụng mở bằng trình duyệt này dùng chung một sổ.", "This browser's storage on this computer for files opened from disk: every copy of the app file opened in this browser shares one book.";
    PlaceThisFile => "Bộ nhớ của trình duyệt trên máy này, gắn với đúng tệp {0}. Chép tệp sang chỗ khác hay đổi tên thì trình duyệt mở một sổ trống; khi đó hãy nhập tệp sổ đã xuất.", "This browser's storage on this computer, for exactly the file {0}. A copy moved or renamed opens on an empty book; import the exported book file there.";
    Persistence => "Lưu trữ lâu dài", "Persistent storage";
    PersistChecking => "Đang hỏi trình duyệt…", "Asking the browser…";
    PersistGranted => "Có: trình duyệt cam kết giữ dữ liệu cho đến khi người dùng tự xóa.", "Yes: the browser keeps the data until the user clears it.";
    PersistBestEffort => "Chưa: trình duyệt có thể tự xóa dữ liệu, ví dụ khi ổ đĩa đầy.", "Not granted: the browser may clear the data, e.g. when the disk is full.";
    PersistUnsupported => "Trình duyệt này không hỗ trợ, nên không có cam kết giữ dữ liệu.", "Not supported by this browser: nothing is promised.";
    PersistMemory => "Không: sổ chỉ nằm trong bộ nhớ tạm.", "No: the book is in memory only.";
    AskPersist => "Xin trình duyệt giữ dữ liệu lâu dài", "Ask the browser to keep the data";
    MayNotLastTitle => "Sổ lưu trong trình duyệt này có thể không còn lâu dài.", "The book kept in this browser may not last.";
    MayNotLastBody => "Trình duyệt chưa cam kết giữ dữ liệu: nó có thể tự xóa khi ổ đĩa đầy, khi đóng cửa sổ ẩn danh (riêng tư), hoặc (Safari) sau 7 ngày không mở ứng dụng. Hãy xuất tệp sổ thường xuyên và cất ở nơi an toàn.", "The browser has not promised to keep the data: it may clear it when the disk is full, when a private window closes, or (Safari) after 7 days without a visit. Export the book file often and keep it somewhere safe.";
    MayNotLastThisFile => "Sổ gắn với đúng tệp đang mở: hãy luôn mở tệp từ cùng một chỗ, đừng đổi tên hay chuyển tệp.", "The book belongs to exactly this file: always open it from the same place, and do not rename or move it.";
    ExportOverdue => "Sổ có thay đổi đã hơn 7 ngày mà chưa được xuất ra tệp. Hãy xuất tệp để có bản dự phòng.", "The book has had changes for more than 7 days without an export. Export the file to keep a copy.";
    // Activities (issue 5): welfare, events, titles, initiatives, targets, women's work.
    NavActivities => "Hoạt động", "Activities";
    ActivitiesMenu => "Các mục hoạt động", "Activities menu";
    NavWelfare => "Chăm lo, thăm hỏi", "Welfare visits";
    NavEvents => "Hoạt động, phong trào", "Events and movements";
    NavTitles => "Danh hiệu, khen thưởng", "Titles and awards";
    NavInitiatives => "Sáng kiến", "Initiatives";
    NavTargets => "Chỉ tiêu nhiệm kỳ", "Targets of the term";
    NavWomen => "Công tác nữ công", "Women's work";
    FormerMember => "không còn sinh hoạt", "no longer a member";
    NoRecords => "Chưa có bản ghi nào.", "No records yet.";
    TickedCount => "Đã chọn {0} / {1}", "{0} of {1} ticked";
    TickAll => "Chọn tất cả", "Tick all";
    TickNone => "Bỏ chọn tất cả", "Untick all";
    SaveChanges => "Lưu thay đổi", "Save changes";
    Year => "Năm", "Year";
    AllYears => "Tất cả các năm", "All years";
    AllKinds => "Tất cả các loại", "All kinds";
    Total => "Cộng", "Total";
    FieldKind => "Loại", "Kind";
    FieldName => "Tên", "Name";
    NoWord => "Không", "No";
    WelfareHelp => "Các lượt thăm hỏi, hỗ trợ đoàn viên và thân nhân: ốm đau, hiếu, hỷ, sinh con, khó khăn, thiên tai… Chọn khoảng thời gian để xem số lượt và kinh phí theo từng loại.", "Visits and support to members and their families: illness, funerals, weddings, births, hardship, disasters… Choose a period to see the visits and money by kind.";
    WelfareSentence => "Từ {0} đến {1}: {2} lượt thăm hỏi, hỗ trợ, kinh phí {3}.", "From {0} to {1}: {2} visits, {3} given.";
    WelfareByKind => "Theo loại", "By kind";
    WelfareChart => "Kinh phí theo loại", "Money by kind";
    WelfareList => "Các lượt thăm hỏi trong kỳ", "Visits in the period";
    WelfareKind => "Loại thăm hỏi", "Kind of visit";
    Visits => "Số lượt", "Visits";
    Amount => "Số tiền", "Amount";
    AmountDong => "Số tiền (đồng)", "Amount (đồng)";
    Relative => "Người được thăm", "Person visited";
    RelativeHint => "Để trống nếu thăm chính đoàn viên; nếu là thân nhân, ghi quan hệ, ví dụ: Mẹ đẻ.", "Leave empty for the member; for a relative, say who, e.g. Mẹ đẻ (mother).";
    Gift => "Quà tặng (hiện vật)", "Gift in kind";
    AddWelfare => "Ghi lượt thăm hỏi", "Record a visit";
    EditWelfare => "Sửa lượt thăm hỏi", "Edit a visit";
    EventsHelp => "Hội nghị, phong trào thi đua, thể thao, văn nghệ, tham quan, từ thiện… với người tổ chức, người tham gia, kết quả, giải thưởng và kinh phí.", "Meetings, emulation movements, sports, culture, study trips, charity… with organiser, participants, results, prizes and costs.";
    EventsSentence => "{0} hoạt động, {1} giải thưởng, kinh phí {2}.", "{0} events, {1} prizes, {2} spent.";
    EventKind => "Loại hoạt động", "Kind of event";
    EventTitle => "Tên hoạt động", "Event";
    Organiser => "Đơn vị tổ chức", "Organiser";
    Turnout => "Số người", "People";
    PrizesResults => "Giải thưởng, kết quả", "Prizes, results";
    Cost => "Kinh phí", "Cost";
    CostDong => "Kinh phí (đồng)", "Cost (đồng)";
    CostPurpose => "Nội dung chi", "Spent on";
    AddEvent => "Ghi hoạt động", "Record an event";
    EditEvent => "Sửa hoạt động", "Edit an event";
    StartDate => "Ngày bắt đầu", "Start date";
    EndDate => "Ngày kết thúc", "End date";
    Headcount => "Số người tham gia", "Number of participants";
    HeadcountHint => "Để trống nếu chọn tên đoàn viên tham gia ở dưới.", "Leave empty when ticking the members below.";
    ByWomenCommittee => "Do Ban Nữ công tổ chức", "Run by the women's committee";
    Results => "Kết quả", "Results";
    Prizes => "Giải thưởng", "Prizes";
    PrizesHint => "Mỗi giải một dòng, ví dụ: Giải nhất bóng chuyền hơi nam nữ kết hợp.", "One prize a line.";
    ListParticipants => "Ghi tên đoàn viên tham gia", "List the members who took part";
    Participants => "Đoàn viên tham gia", "Members who took part";
    TitlesHelp => "Danh hiệu thi đua và khen thưởng theo năm: của đoàn viên, của các tổ và của công đoàn cơ sở, với cấp khen và số quyết định.", "Titles and awards by year, for members, groups and the union, with the granting body and decision.";
    TitlesOfYear => "Danh hiệu, khen thưởng năm {0}", "Titles and awards of {0}";
    NoTitlesYet => "Chưa ghi danh hiệu nào cho năm này.", "No title recorded for this year yet.";
    TitlesList => "Danh sách danh hiệu, khen thưởng của năm", "Titles and awards of the year";
    TitleKind => "Danh hiệu, hình thức khen thưởng", "Title or award";
    Holder => "Đối tượng", "Holder";
    TheUnion => "Công đoàn cơ sở", "The union";
    GroupNamed => "Tổ {0}", "Group {0}";
    GrantedBy => "Cấp khen", "Granted by";
    DecisionDate => "Ngày quyết định", "Decision date";
    BulkTitlesOf => "Nhập danh hiệu năm {0} theo danh sách", "Titles of {0} by list";
    BulkTitlesHelp => "Đánh dấu những đoàn viên đạt danh hiệu rồi bấm \"Lưu danh sách\". Danh sách là đoàn viên có tên ngày 31/12 của năm, cũng là số dùng để tính tỷ lệ ở trang Chỉ tiêu.", "Tick the members who hold the title, then \"Save the list\". The list is the roster on 31 December of the year, the whole the targets' shares are of.";
    MembersAtYearEnd => "Đoàn viên có tên ngày 31/12", "Members on the roster on 31 December";
    SaveList => "Lưu danh sách", "Save the list";
    BulkDone => "Đã lưu: thêm {0}, bỏ {1}.", "Saved: {0} added, {1} removed.";
    GrantTitleOf => "Ghi một danh hiệu, khen thưởng năm {0}", "Record one title or award of {0}";
    CorrectGrantOf => "Sửa quyết định khen thưởng: {0}", "Correct the decision: {0}";
    CorrectGrantHint => "Sửa cho cả {0} người, tập thể cùng quyết định này. Muốn đổi người nhận, dùng danh sách đánh dấu ở trên.", "Corrects it for all {0} holders of this decision. To change who holds it, use the ticked list above.";
    GrantTitle => "Ghi danh hiệu", "Record the title";
    InitiativesHelp => "Sáng kiến kinh nghiệm, đề tài của đoàn viên: tác giả, năm và cấp công nhận.", "Initiatives of members: authors, year and the level that recognised them.";
    InitiativesPerYear => "Số sáng kiến theo năm", "Initiatives by year";
    InitiativesBar => "{0} (cấp trên: {1})", "{0} (higher level: {1})";
    InitiativeTitle => "Tên sáng kiến, đề tài", "Initiative";
    Authors => "Tác giả", "Authors";
    Level => "Cấp công nhận", "Recognised at";
    AddInitiative => "Ghi sáng kiến", "Record an initiative";
    EditInitiative => "Sửa sáng kiến", "Edit an initiative";
    TargetsHelp => "Mỗi chỉ tiêu được đối chiếu từng năm với số liệu trong sổ. Tỷ lệ đoàn viên tính trên số đoàn viên có tên ngày 31/12 của năm; người đã chuyển đi trong năm không tính.", "Each target is checked year by year against the records. Shares of members are of the members on the roster on 31 December; those who left during the year are not counted.";
    NoTargets => "Chưa có chỉ tiêu nào.", "No targets yet.";
    TargetTally => "Đạt {0} / {1} năm đã đánh giá; {2} năm đang hoặc chưa thực hiện; {3} năm chưa có số liệu.", "Met in {0} of {1} years assessed; {2} years under way or to come; {3} without data.";
    ValueFromRecords => "Số liệu từ sổ", "Value from the records";
    Assessment => "Đánh giá", "Assessment";
    RecordsBehind => "Căn cứ", "Records behind it";
    NoRecordsBehind => "Không có bản ghi", "No records";
    ShowRecords => "Xem {0} bản ghi", "Show {0} records";
    MissingCount => ", {0} người chưa đạt", ", {0} lacking";
    LackingIt => "Chưa đạt", "Lacking it";
    HoldingIt => "Đã đạt", "Holding it";
    EventsOfYear => "Danh sách hoạt động", "The events";
    InitiativesList => "Danh sách sáng kiến", "The initiatives";
    ManualResultOf => "Đánh giá năm {0}", "Assessment of {0}";
    NotAssessed => "Chưa đánh giá", "Not assessed";
    MarkMet => "Đạt", "Met";
    MarkNotMet => "Không đạt", "Not met";
    AddTarget => "Thêm chỉ tiêu", "Add a target";
    EditTarget => "Sửa chỉ tiêu", "Edit a target";
    TargetFormHelp => "Chọn thước đo lấy từ sổ, cách so sánh và các năm áp dụng. Điều không đo được từ sổ thì chọn \"Đánh giá của Ban Chấp hành\" và đánh giá từng năm.", "Choose a measure of the records, a comparison and the years. For what the records cannot show, choose the committee's assessment and mark each year.";
    TargetName => "Tên chỉ tiêu", "Target";
    Measure => "Thước đo", "Measure";
    WomenOnly => "Chỉ tính nữ đoàn viên", "Women members only";
    YesNoTarget => "Chỉ tiêu đạt khi năm đó có kết quả \"có\".", "The target is met in a year whose answer is yes.";
    Comparison => "So sánh", "Comparison";
    Threshold => "Mức chỉ tiêu", "Threshold";
    ThresholdHint => "Tỷ lệ ghi theo %, ví dụ 15; số tiền ghi theo đồng.", "Shares in percent, e.g. 15; money in đồng.";
    Minimum => "Từ", "From";
    Maximum => "Đến", "To";
    FromYear => "Từ năm", "From year";
    ToYear => "Đến năm", "To year";
    WomenHelp => "Hoạt động của Ban Nữ công và danh hiệu của nữ đoàn viên theo từng năm.", "The women's committee's activities and the titles of women members, year by year.";
    WomenByYear => "Nữ đoàn viên theo năm", "Women members by year";
    WomenAtYearEnd => "Nữ đoàn viên (31/12)", "Women (31 Dec)";
    GoodAtWorkAndHome => "Giỏi việc nước, đảm việc nhà", "Good at work, good at home";
    WomenWithTitle => "Có danh hiệu", "With a title";
    WomenEvents => "Hoạt động Ban Nữ công", "Women's committee events";
    WomenActivities => "Hoạt động của Ban Nữ công", "Activities of the women's committee";
    WomenTitles => "Danh hiệu của nữ đoàn viên", "Titles of women members";
    WkIllness => "Ốm đau", "Illness";
    WkBereavement => "Hiếu (tang)", "Bereavement";
    WkWedding => "Hỷ (cưới)", "Wedding";
    WkChildbirth => "Sinh con", "Childbirth";
    WkHardship => "Khó khăn", "Hardship";
    WkDisaster => "Thiên tai, dịch bệnh", "Disaster, epidemic";
    WkLongevity => "Mừng thọ", "Longevity";
    WkOther => "Khác", "Other";
    EkStaffConference => "Hội nghị cán bộ, công chức", "Staff conference";
    EkMeeting => "Hội nghị, sinh hoạt chuyên đề", "Meeting, study session";
    EkEmulation => "Phong trào thi đua", "Emulation movement";
    EkSports => "Thể dục, thể thao", "Sports";
    EkCulture => "Văn hóa, văn nghệ", "Culture";
    EkStudyTrip => "Tham quan, học tập", "Study trip";
    EkCharity => "Nhân đạo, từ thiện", "Charity";
    EkGathering => "Gặp mặt, kỷ niệm, tặng quà", "Gathering, gifts";
    TkAdvancedWorker => "Lao động tiên tiến", "Advanced worker";
    TkEmulationFighter => "Chiến sỹ thi đua cơ sở", "Emulation fighter (grassroots)";
    TkOutstandingMember => "Đoàn viên công đoàn xuất sắc", "Outstanding union member";
    TkCertificate => "Giấy khen", "Certificate of merit";
    TkMeritCertificate => "Bằng khen", "Diploma of merit";
    TkMedal => "Huân chương", "Order (medal)";
    TkEmulationFlag => "Cờ thi đua", "Emulation flag";
    TkStrongUnion => "CĐCS vững mạnh", "Strong union";
    TkExcellentUnion => "CĐCS vững mạnh xuất sắc", "Excellent strong union";
    TkStrongGroup => "Tổ công đoàn vững mạnh", "Strong union group";
    LevelBase => "Cấp cơ sở", "Grassroots";
    LevelHigher => "Cấp trên", "Higher level";
    StMet => "Đạt", "Met";
    StNotMet => "Không đạt", "Not met";
    StPending => "Đang thực hiện", "Under way";
    StUpcoming => "Chưa đến", "To come";
    StNoData => "Chưa có số liệu", "No data";
    MkMemberTitleShare => "Tỷ lệ đoàn viên đạt một danh hiệu", "Share of members with a title";
    MkMemberTitleCount => "Số đoàn viên đạt một danh hiệu", "Number of members with a title";
    MkUnionTitle => "Xếp loại, danh hiệu của công đoàn cơ sở", "Rating or title of the union";
    MkInitiatives => "Số sáng kiến", "Number of initiatives";
    MkWelfareVisits => "Số lượt thăm hỏi", "Number of welfare visits";
    MkWelfareSpending => "Kinh phí thăm hỏi", "Money given in visits";
    MkEvents => "Số lần tổ chức một loại hoạt động", "Events of a kind held";
    MkManual => "Đánh giá của Ban Chấp hành (không đo từ sổ)", "The committee's assessment (not from the records)";
    MsMemberTitleShare => "Tỷ lệ đoàn viên đạt {0}", "Share of members with {0}";
    MsWomenTitleShare => "Tỷ lệ nữ đoàn viên đạt {0}", "Share of women members with {0}";
    MsMemberTitleCount => "Số đoàn viên đạt {0}", "Members with {0}";
    MsWomenTitleCount => "Số nữ đoàn viên đạt {0}", "Women members with {0}";
    MsUnionTitle => "Công đoàn cơ sở đạt {0}", "The union rated {0}";
    MsInitiatives => "Số sáng kiến được công nhận", "Initiatives recognised";
    MsInitiativesHigher => "Số sáng kiến được cấp trên công nhận", "Initiatives recognised at a higher level";
    MsWelfareVisits => "Số lượt thăm hỏi, hỗ trợ", "Welfare visits";
    MsWelfareVisitsOf => "Số lượt thăm hỏi: {0}", "Welfare visits: {0}";
    MsWelfareSpending => "Kinh phí thăm hỏi, hỗ trợ", "Money given in visits";
    MsWelfareSpendingOf => "Kinh phí thăm hỏi: {0}", "Money given: {0}";
    MsEvents => "Số lần tổ chức: {0}", "Held: {0}";
    MsManual => "Ban Chấp hành đánh giá: đạt", "The committee's assessment: met";
    CmpBetween => "từ {0} đến {1}", "from {0} to {1}";
    CmpAchieved => "mỗi năm", "every year";
    CkAtLeast => "Ít nhất (≥)", "At least (≥)";
    CkAtMost => "Nhiều nhất (≤)", "At most (≤)";
    CkBetween => "Trong khoảng (từ… đến…)", "Between";
    ProblemAmountOrGift => "Ghi số tiền, quà tặng hoặc cả hai.", "Enter an amount, a gift, or both.";
    ProblemUnknownMember => "Đoàn viên này không có trong sổ.", "This member is not in the book.";
    ProblemNotAYear => "Năm không hợp lệ: nhập 4 chữ số, ví dụ 2024.", "Not a year: enter 4 digits, e.g. 2024.";
    ProblemNotANumber => "Không phải số: nhập một số, ví dụ 15.", "Not a number: enter a number, e.g. 15.";
    ProblemDuplicateTitle => "Danh hiệu này đã được ghi cho đối tượng này trong năm đó.", "This title is already recorded for this holder and year.";
    ProblemNotForHolder => "Danh hiệu này không dành cho đối tượng đã chọn.", "This title is not for the chosen holder.";
    ProblemMinAboveMax => "Mức trên phải lớn hơn hoặc bằng mức dưới.", "The upper bound must not be below the lower one.";
    ProblemFewerThanListed => "Số người ít hơn số đoàn viên đã chọn tên.", "Fewer people than the members ticked.";
    ChangeSaveWelfare => "Ghi thăm hỏi {0}", "Recorded a visit to {0}";
    ChangeRemoveWelfare => "Xóa lượt thăm hỏi {0}", "Removed the visit {0}";
    ChangeSaveEvent => "Ghi hoạt động {0}", "Recorded the event {0}";
    ChangeRemoveEvent => "Xóa hoạt động {0}", "Removed the event {0}";
    ChangeSaveTitle => "Ghi danh hiệu cho {0}", "Recorded a title of {0}";
    ChangeRemoveTitle => "Xóa danh hiệu {0}", "Removed the title {0}";
    ChangeSaveInitiative => "Ghi sáng kiến {0}", "Recorded the initiative {0}";
    ChangeRemoveInitiative => "Xóa sáng kiến {0}", "Removed the initiative {0}";
    ChangeSaveTarget => "Ghi chỉ tiêu {0}", "Recorded the target {0}";
    ChangeRemoveTarget => "Xóa chỉ tiêu {0}", "Removed the target {0}";
    ChangeSetTitles => "Nhập danh sách {0}", "Set the list of {0}";
    // Finance (issue 4).
    NavFinance => "Tài chính", "Finance";
    FinMenu => "Mục tài chính", "Finance sections";
    FinVouchers => "Phiếu thu, chi", "Vouchers";
    FinBooks => "Sổ quỹ", "Cash and bank books";
    FinDues => "Đoàn phí", "Dues";
    FinReports => "Thu chi theo nội dung", "Income and expense";
    FinSettlement => "Dự toán, quyết toán", "Budget and settlement";
    FinFunds => "Quỹ và tài khoản", "Funds and accounts";
    FinCategories => "Nội dung thu chi", "Income and expense lines";
    FinRules => "Định mức", "Rules";
    FinYears => "Khóa sổ", "Year closing";
    FinYear => "Năm tài chính", "Fiscal year";
    FinReceipt => "Phiếu thu", "Receipt";
    FinPayment => "Phiếu chi", "Payment";
    FinTransfer => "Chuyển quỹ", "Transfer";
    FinNewReceipt => "Lập phiếu thu", "New receipt";
    FinNewPayment => "Lập phiếu chi", "New payment";
    FinNewTransfer => "Chuyển tiền giữa các quỹ", "Transfer between funds";
    FinKind => "Loại phiếu", "Kind";
    FinAllKinds => "Tất cả các loại", "All kinds";
    FinFund => "Quỹ, tài khoản", "Fund or account";
    FinAllFunds => "Tất cả các quỹ", "All funds";
    FinToFund => "Chuyển đến quỹ", "To fund";
    FinNumber => "Số phiếu", "Number";
    FinVoucherDate => "Ngày chứng từ", "Date";
    FinPayer => "Người nộp tiền", "Paid by";
    FinPayee => "Người nhận tiền", "Paid to";
    FinParty => "Người nộp, nhận", "Paid by or to";
    FinMember => "Đoàn viên (nếu người nộp, nhận là đoàn viên)", "Member (if the payer or payee is one)";
    FinNoMember => "— Không phải đoàn viên —", "— Not a member —";
    FinReason => "Lý do", "Reason";
    FinCategory => "Nội dung thu chi", "Line";
    FinAmount => "Số tiền (đồng)", "Amount (đồng)";
    FinAmountHint => "Số đồng nguyên, ví dụ 1.500.000", "Whole đồng, e.g. 1.500.000";
    FinInWords => "Bằng chữ", "In words";
    FinRecord => "Ghi phiếu", "Record";
    FinStatus => "Tình trạng", "Status";
    FinVoid => "Đã hủy", "Void";
    FinValid => "Hiệu lực", "Valid";
    FinVoidReason => "Lý do hủy phiếu", "Why the voucher is voided";
    FinVoidButton => "Hủy phiếu", "Void the voucher";
    FinVoidedOn => "Phiếu đã hủy ngày {0}: {1}", "Voided on {0}: {1}";
    FinViewNamed => "Xem phiếu {0}", "View {0}";
    FinNoVouchers => "Không có phiếu nào.", "No vouchers.";
    FinShowing => "{0} phiếu; tổng thu {1}, tổng chi {2}", "{0} vouchers; receipts {1}, payments {2}";
    FinPrint => "In", "Print";
    FinBackToVouchers => "Về danh sách phiếu", "Back to the vouchers";
    FinVoucherNotFound => "Không tìm thấy phiếu này.", "This voucher was not found.";
    FinTitleReceipt => "PHIẾU THU", "RECEIPT";
    FinTitlePayment => "PHIẾU CHI", "PAYMENT VOUCHER";
    FinTitleTransfer => "PHIẾU CHUYỂN QUỸ", "TRANSFER VOUCHER";
    FinPrintNo => "Số", "No.";
    FinPrintDate => "Ngày {0} tháng {1} năm {2}", "Date: {0}/{1}/{2}";
    FinPrintPayer => "Họ và tên người nộp tiền", "Paid by";
    FinPrintPayee => "Họ và tên người nhận tiền", "Paid to";
    FinPrintFromTo => "Từ quỹ {0} sang quỹ {1}", "From {0} to {1}";
    FinPrintAmount => "Số tiền", "Amount";
    FinPrintWords => "Viết bằng chữ", "In words";
    FinSignChair => "Chủ tịch", "Chair";
    FinSignAccountant => "Kế toán", "Accountant";
    FinSignCashier => "Thủ quỹ", "Cashier";
    FinSignHint => "(Ký, họ tên)", "(Signature, name)";
    FinVoidStamp => "ĐÃ HỦY", "VOID";
    FinFromDate => "Từ ngày", "From";
    FinToDate => "Đến ngày", "To";
    FinPeriodBad => "Khoảng thời gian không hợp lệ: nhập hai ngày dạng ngày/tháng/năm, ngày đầu không sau ngày cuối.", "Not a valid period: enter two dates as day/month/year, the first not after the last.";
    FinCashBook => "Sổ quỹ tiền mặt", "Cash book";
    FinBankBook => "Sổ tiền gửi ngân hàng", "Bank book";
    FinCharityBook => "Sổ quỹ xã hội, từ thiện", "Charity fund book";
    FinDescription => "Diễn giải", "Description";
    FinIn => "Thu", "In";
    FinOut => "Chi", "Out";
    FinBalance => "Tồn", "Balance";
    FinOpening => "Số dư đầu kỳ", "Opening balance";
    FinTotals => "Cộng phát sinh", "Totals";
    FinClosing => "Số dư cuối kỳ", "Closing balance";
    FinStatements => "Đối chiếu số dư các quỹ", "Balances of every fund";
    FinIncome => "Thu", "Income";
    FinExpense => "Chi", "Expense";
    FinTransfersIn => "Chuyển đến", "Transfers in";
    FinTransfersOut => "Chuyển đi", "Transfers out";
    FinCheck => "Kiểm tra", "Check";
    FinBalanced => "Khớp", "Balances";
    FinOffBy => "Lệch {0}", "Off by {0}";
    FinStatementsHelp => "Số dư cuối kỳ = số dư đầu kỳ + thu − chi + chuyển đến − chuyển đi, đến từng đồng.", "Closing = opening + income − expense + transfers in − transfers out, to the đồng.";
    FinExportXlsx => "Xuất Excel (.xlsx)", "Export to Excel (.xlsx)";
    FinDrift => "Năm {0} đã khóa sổ với số dư quỹ {1} là {2}, nay tính lại được {3}.", "Year {0} was closed with {1} at {2}; the books now give {3}.";
    FinDuesRule => "Tháng {0} ({1}): đóng {2}% {3}; {4}", "{0} ({1}): {2}% of {3}; {4}";
    FinCapOn => "tối đa {0} (trần {1}% lương cơ sở)", "at most {0} (cap {1}% of the base salary)";
    FinCapOff => "không áp dụng mức trần", "no cap";
    FinCollectTitle => "Thu đoàn phí cả tổ", "Collect a group's dues";
    FinMonth => "Tháng (tháng/năm)", "Month (month/year)";
    FinReceipts => "Lập phiếu thu", "Receipts";
    FinOnePerGroup => "Một phiếu cho cả tổ", "One receipt for the group";
    FinOnePerMember => "Mỗi đoàn viên một phiếu", "One receipt per member";
    FinGroupPayer => "Người nộp cho cả tổ", "Paid by, for the group";
    FinCollect => "Thu đoàn phí", "Collect the dues";
    FinCollectPreview => "Còn {0} đoàn viên chưa đóng, tổng {1}.", "{0} members still owe, {1} in all.";
    FinCollectNone => "Cả tổ đã đóng đủ tháng này.", "The whole group has paid for this month.";
    FinCollected => "Đã lập {0} phiếu thu, tổng {1}.", "Made {0} receipts, {1} in all.";
    FinDuesReason => "Thu đoàn phí tháng {0} tổ {1}", "Dues for {0}, group {1}";
    FinSheetTitle => "Tình hình đóng đoàn phí năm {0}", "Dues paid in {0}";
    FinOnlyOwing => "Chỉ hiện người còn nợ", "Only those who owe";
    FinMonthShort => "T{0}", "M{0}";
    FinOwed => "Còn nợ", "Owed";
    FinDue => "Phải đóng", "Due";
    FinPaid => "Đã đóng", "Paid";
    FinPaidMark => "đủ", "paid";
    FinNotDue => "—", "—";
    FinSheetHelp => "Mỗi ô là số còn nợ của tháng; \"đủ\" là đã đóng đủ; \"dư\" là đã đóng thừa (ghi có); \"dừng\" là tháng đơn vị không thu đoàn phí; tên một lý do là tháng được miễn; \"—\" là tháng không phải đóng.", "Each cell is what is still owed for the month; \"paid\" is paid in full; \"+\" is paid beyond what was due (a credit); \"stopped\" is a month the unit collects no dues; a reason is a month exempt; \"—\" is a month with nothing due.";
    FinByLine => "Thu, chi theo nội dung", "Income and expense by line";
    FinCode => "Mã", "Code";
    FinLine => "Nội dung", "Line";
    FinTotalIncome => "Tổng thu", "Total income";
    FinTotalExpense => "Tổng chi", "Total expense";
    FinGroups => "Chi theo nhóm của báo cáo tổng kết", "Expense in the groups of the term report";
    FinGroupMovement => "Chi cho hoạt động phong trào", "Movements and campaigns";
    FinGroupMembers => "Chi cho đoàn viên (lễ tết, thăm hỏi, tham quan và các khoản chi khác)", "For members (holidays, visits, trips and other)";
    FinGroupAllowances => "Chi phụ cấp Ban Chấp hành", "Committee allowances";
    FinGroupRemittance => "Nộp công đoàn cấp trên", "Remitted to the superior union";
    FinCharityApart => "Quỹ xã hội, từ thiện (không tính vào thu, chi của công đoàn): thu {0}, chi {1}.", "Charity funds (not the union's income or expense): collected {0}, handed on {1}.";
    FinRemitTitle => "Phải nộp công đoàn cấp trên", "Share due to the superior union";
    FinRuleFrom => "Áp dụng từ", "Rule from";
    FinKept => "Để lại (%)", "Kept (%)";
    FinRemitDue => "Phải nộp", "Due";
    FinRemitted => "Đã nộp trong kỳ", "Remitted in the period";
    FinOutstanding => "Còn phải nộp", "Still to remit";
    FinSettlementTitle => "Quyết toán thu, chi tài chính công đoàn năm {0}", "Settlement of the union's finances, {0}";
    FinFormB07 => "Mẫu B07-TLĐ", "Form B07-TLĐ";
    FinBudget => "Dự toán", "Budget";
    FinActual => "Thực hiện", "Actual";
    FinPercent => "So với dự toán (%)", "% of budget";
    FinSecOpening => "I. Số dư đầu năm", "I. Opening balance";
    FinSecIncome => "II. Thu", "II. Income";
    FinSecExpense => "III. Chi", "III. Expense";
    FinSecClosing => "IV. Số dư cuối năm", "IV. Closing balance";
    FinSettlementOk => "Số dư cuối năm = số dư đầu năm + tổng thu − tổng chi: khớp đến từng đồng.", "Closing = opening + income − expense: balances to the đồng.";
    FinSettlementOff => "Số dư cuối năm theo sổ là {0}, theo công thức là {1}: lệch {2}.", "The books close at {0}, the formula gives {1}: off by {2}.";
    FinCharityLine => "Quỹ xã hội, từ thiện (theo dõi riêng): đầu năm {0}, thu {1}, chi {2}, cuối năm {3}.", "Charity funds (kept apart): opening {0}, collected {1}, handed on {2}, closing {3}.";
    FinBudgetTitle => "Dự toán năm {0}", "Budget for {0}";
    FinBudgetOf => "Dự toán: {0}", "Budget: {0}";
    FinSaveBudget => "Lưu dự toán", "Save the budget";
    FinSaved => "Đã lưu.", "Saved.";
    FinFundName => "Tên quỹ, tài khoản", "Name of the fund or account";
    FinFundKind => "Loại quỹ", "Kind of fund";
    FinFundCash => "Tiền mặt", "Cash";
    FinFundBank => "Tiền gửi ngân hàng", "Bank account";
    FinFundCharity => "Quỹ xã hội, từ thiện (theo dõi riêng)", "Charity fund (kept apart)";
    FinAccount => "Ngân hàng, số tài khoản", "Bank and account number";
    FinOpeningBalance => "Số dư đầu (đồng)", "Opening balance (đồng)";
    FinOpenedOn => "Ngày bắt đầu ghi sổ", "Books start on";
    FinAddFund => "Thêm quỹ, tài khoản", "Add a fund or account";
    FinEditFund => "Sửa quỹ {0}", "Edit {0}";
    FinRemoveFund => "Xóa quỹ {0}", "Remove {0}";
    FinBalanceToday => "Số dư hôm nay", "Balance today";
    FinSettingsTitle => "Cài đặt", "Settings";
    FinAccountant => "Kế toán (tên in trên phiếu)", "Accountant (name printed on vouchers)";
    FinCashier => "Thủ quỹ (tên in trên phiếu)", "Cashier (name printed on vouchers)";
    FinIncomeLines => "Nội dung thu", "Income lines";
    FinExpenseLines => "Nội dung chi", "Expense lines";
    FinCharityLines => "Quỹ xã hội, từ thiện (ngoài thu, chi của công đoàn)", "Charity (outside the union's income and expense)";
    FinReportGroup => "Nhóm trong báo cáo tổng kết", "Group in the term report";
    FinAddSubLine => "Thêm nội dung con", "Add a sub-line";
    FinParentLine => "Thuộc nội dung", "Under the line";
    FinSubCode => "Mã nội dung con", "Code of the sub-line";
    FinSubName => "Tên nội dung con", "Name of the sub-line";
    FinCodeOf => "Mã của {0}", "Code of {0}";
    FinNameOf => "Tên của {0}", "Name of {0}";
    FinSaveNamed => "Lưu {0}", "Save {0}";
    FinRemoveNamed => "Xóa {0}", "Remove {0}";
    FinRulesHelp => "Mỗi mức có ngày bắt đầu áp dụng; mức cũ vẫn dùng cho những tháng trước đó.", "Each value has the day it takes effect; an older value still holds for the months before.";
    FinDuesRate => "Mức đóng đoàn phí (% lương đóng bảo hiểm)", "Dues rate (% of the insured salary)";
    FinDuesCap => "Mức trần đoàn phí (% lương cơ sở)", "Dues cap (% of the base salary)";
    FinBaseSalary => "Lương cơ sở (đồng/tháng)", "Base salary (đồng a month)";
    FinKeptTitle => "Tỷ lệ công đoàn cơ sở được để lại (%): {0}", "Share kept by the union (%): {0}";
    FinAllowanceTitle => "Hệ số phụ cấp (× lương cơ sở): {0}", "Allowance coefficient (× base salary): {0}";
    FinLineDues => "Đoàn phí công đoàn", "Member dues";
    FinLineUnionFee => "Kinh phí công đoàn", "Union fee (2%)";
    FinLineSuperior => "Cấp trên cấp, hỗ trợ", "Grants from the superior union";
    FinLineOther => "Thu khác", "Other income";
    FinValue => "Giá trị", "Value";
    FinAddValue => "Thêm mức", "Add";
    FinRemoveValue => "Xóa mức áp dụng từ {0}", "Remove the value from {0}";
    FinLookup => "Tra cứu các mức áp dụng vào ngày", "Values in force on a day";
    FinLookupDate => "Ngày tra cứu", "Day";
    FinYearsHelp => "Khóa sổ ghi lại số dư các quỹ ngày 31/12, chuyển sang làm số dư đầu năm sau; năm đã khóa không sửa được cho đến khi mở lại.", "Closing writes down every fund's balance at 31/12 as the next year's opening; a closed year cannot change until it is reopened.";
    FinYearStatus => "Tình trạng", "Status";
    FinOpenYear => "Đang mở", "Open";
    FinClosedOn => "Đã khóa ngày {0}", "Closed on {0}";
    FinCloseYear => "Khóa sổ năm {0}", "Close {0}";
    FinReopenYear => "Mở lại năm {0}", "Reopen {0}";
    FinConfirmReopen => "Mở lại năm {0}? Các phiếu của năm này sẽ sửa được, và số dư đã khóa có thể thay đổi.", "Reopen {0}? Its vouchers can then change, and so can the balances written down.";
    FinConfirm => "Xác nhận mở lại", "Confirm reopening";
    FinBalancesAt => "Số dư ngày 31/12", "Balances at 31/12";
    FinFieldDate => "Ngày", "Date";
    FinFieldFund => "Quỹ", "Fund";
    FinFieldToFund => "Quỹ chuyển đến", "Fund transferred to";
    FinFieldCategory => "Nội dung thu chi", "Line";
    FinFieldParty => "Người nộp, nhận tiền", "Payer or payee";
    FinFieldReason => "Lý do", "Reason";
    FinFieldAmount => "Số tiền", "Amount";
    FinFieldName => "Tên", "Name";
    FinFieldCode => "Mã", "Code";
    FinFieldParent => "Thuộc nội dung", "Parent line";
    FinFieldOpening => "Số dư đầu", "Opening balance";
    FinFieldOpenedOn => "Ngày bắt đầu ghi sổ", "Books start on";
    FinFieldValue => "Giá trị", "Value";
    FinFieldMonth => "Tháng", "Month";
    FinFieldGroup => "Tổ công đoàn", "Union group";
    FinRequired => "không được để trống.", "required.";
    FinNotADate => "ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.", "not a valid date; use day/month/year, e.g. 15/03/2026.";
    FinNotAnAmount => "không phải số tiền; nhập số đồng, ví dụ 1.500.000.", "not an amount; enter whole đồng, e.g. 1.500.000.";
    FinZero => "phải lớn hơn 0 đồng.", "must be more than 0 đồng.";
    FinNegative => "không được là số âm.", "cannot be negative.";
    FinNotWhole => "phải là số đồng nguyên, không có phần lẻ.", "must be whole đồng, without a fraction.";
    FinAboveMax => "vượt mức tối đa 1.000.000.000.000.000 đồng.", "above the most the book takes, 1.000.000.000.000.000 đồng.";
    FinTooLarge => "quá lớn.", "too large.";
    FinNotANumber => "không phải là số; ví dụ 0,5 hoặc 70.", "not a number; e.g. 0.5 or 70.";
    FinBeforeOpening => "trước ngày bắt đầu ghi sổ của quỹ.", "before the fund's books start.";
    FinUnknown => "không có trong sổ.", "not in the book.";
    FinWrongKind => "không hợp với loại phiếu: phiếu thu ghi vào nội dung thu, phiếu chi vào nội dung chi.", "does not fit the kind: receipts go on income lines, payments on expense lines.";
    FinCharityMismatch => "quỹ xã hội, từ thiện chỉ đi với nội dung xã hội, từ thiện, và ngược lại.", "charity funds go only with charity lines, and the other way round.";
    FinSameFund => "phải khác quỹ chuyển đi.", "must differ from the fund it comes from.";
    FinDuplicate => "đã có trong sổ.", "already in the book.";
    FinNotAMonth => "tháng không hợp lệ; nhập dạng tháng/năm, ví dụ 07/2025.", "not a valid month; use month/year, e.g. 07/2025.";
    FinErrYearClosed => "Năm {0} đã khóa sổ: không sửa được. Nếu thật cần, hãy mở lại năm ở trang Khóa sổ.", "{0} is closed and cannot change. If you must, reopen it on the Year closing page.";
    FinErrEarlierOpen => "Hãy khóa sổ năm {0} trước.", "Close {0} first.";
    FinErrLaterClosed => "Hãy mở lại năm {0} trước.", "Reopen {0} first.";
    FinErrNotClosed => "Năm {0} chưa khóa sổ.", "{0} is not closed.";
    FinErrAlreadyClosed => "Năm {0} đã khóa sổ.", "{0} is already closed.";
    FinErrYearNotOver => "Năm {0} chưa kết thúc.", "{0} is not over yet.";
    FinErrAlreadyVoid => "Phiếu này đã bị hủy.", "This voucher is already void.";
    FinErrNothingOwed => "Không còn đoàn viên nào của tổ nợ đoàn phí tháng này.", "Nobody in the group owes dues for this month.";
    FinErrInUse => "Đang được dùng trong sổ: không xóa hoặc đổi loại được.", "In use in the book: it cannot be removed or change kind.";
    FinFileUnknownFund => "{0} trỏ tới một quỹ không có trong tệp.", "{0} refers to a fund that is not in the file.";
    FinFileUnknownCategory => "{0} trỏ tới một nội dung thu chi không có trong tệp.", "{0} refers to a line that is not in the file.";
    FinFileBadParent => "{0}: nội dung con phải thuộc một nội dung chính cùng loại.", "{0}: a sub-line must be under a main line of the same kind.";
    FinFileWrongLine => "{0}: phiếu thu phải ghi vào nội dung thu, phiếu chi vào nội dung chi; quỹ từ thiện đi riêng.", "{0}: receipts go on income lines, payments on expense lines; charity stays apart.";
    FinErrOverdrawn => "Quỹ “{0}” không đủ tiền: ngày {1} quỹ chỉ còn {2}.", "The fund “{0}” does not hold enough: on {1} it has only {2}.";
    FinOverdrawnOn => "Quỹ “{0}” bị âm từ ngày {1}: số dư cuối ngày {2}.", "The fund “{0}” went below zero on {1}: {2} at the end of the day.";
    FinNoNumberLeft => "năm này đã dùng hết số phiếu loại này (đến 999.999).", "this year has used every number of this kind of voucher (up to 999,999).";
    FinFileBadNumber => "{0}: số phiếu phải từ 1 đến 999.999.", "{0}: the number must be from 1 to 999,999.";
    FinFileDuplicateNumber => "{0}: số phiếu bị trùng trong cùng năm và loại phiếu.", "{0}: the number is used twice in the same year and kind.";
    FinFileBadAmount => "{0}: số tiền phải là số đồng nguyên lớn hơn 0, tối đa 1.000.000.000.000.000.", "{0}: the amount must be whole đồng above 0, at most 1.000.000.000.000.000.";
    FinFileBadDues => "{0}: các dòng đoàn phí phải thuộc phiếu thu và cộng lại bằng số tiền của phiếu.", "{0}: dues lines belong to a receipt and add up to its amount.";
    FinChangeRecord => "Ghi {0}: {1}", "Recorded a {0}: {1}";
    FinChangeVoid => "Hủy phiếu {0}", "Voided {0}";
    FinChangeDues => "Thu đoàn phí tổ {0} tháng {1}", "Collected dues of {0} for {1}";
    FinChangeSaveFund => "Lưu quỹ {0}", "Saved fund {0}";
    FinChangeRemoveFund => "Xóa quỹ {0}", "Removed fund {0}";
    FinChangeSaveCategory => "Lưu nội dung thu chi {0}", "Saved line {0}";
    FinChangeRemoveCategory => "Xóa nội dung thu chi {0}", "Removed line {0}";
    FinChangeRules => "Sửa định mức", "Edited the rules";
    FinChangeSettings => "Sửa cài đặt tài chính", "Edited the finance settings";
    FinChangeBudget => "Lập dự toán năm {0}", "Set the budget for {0}";
    FinChangeClose => "Khóa sổ năm {0}", "Closed {0}";
    FinChangeReopen => "Mở lại sổ năm {0}", "Reopened {0}";
    BodyFinance => "Kế toán, thủ quỹ", "Accountant and treasurer";
    RoleAccountant => "Kế toán", "Accountant";
    RoleTreasurer => "Thủ quỹ", "Treasurer";
    FinAllowancesTab => "Phụ cấp", "Allowances";
    AllowPage => "Phụ cấp cán bộ công đoàn", "Officers' allowances";
    AllowHelp => "Theo Quyết định 3226/QĐ-TLĐ: hệ số × lương cơ sở mỗi tháng, theo số đoàn viên đóng đoàn phí năm trước và nhóm chức danh; người giữ nhiều chức danh hưởng mức cao nhất.", "Under QĐ 3226/QĐ-TLĐ: a coefficient × lương cơ sở a month, by the members who paid dues the year before and the group of roles; someone with several roles is paid the highest.";
    AllowTitle => "DANH SÁCH CHI PHỤ CẤP CÁN BỘ CÔNG ĐOÀN THÁNG {0}", "OFFICERS' ALLOWANCES FOR {0}";
    AllowHeadcountPaid => "Số đoàn viên tính phụ cấp: {0} (đã đóng đoàn phí năm {1})", "Members counted: {0} (paid dues in {1})";
    AllowHeadcountRoster => "Số đoàn viên tính phụ cấp: {0} (danh sách ngày 31/12/{1}; sổ chưa ghi đoàn phí năm đó)", "Members counted: {0} (the roster of 31/12/{1}; no dues of that year in the book)";
    AllowBase => "lương cơ sở {0}", "base salary {0}";
    AllowRoles => "Chức danh", "Roles";
    AllowCoefficient => "Hệ số", "Coefficient";
    AllowAmount => "Số tiền (đồng)", "Amount (đồng)";
    // The printed forms of the money (issue 20 §2): vouchers C40-BB / C41-BB, books S11-H / S12-H, the cash
    // count, the gift list, a group's dues sheet of a month.
    FormDateLine => "ngày {0} tháng {1} năm {2}", "{0}/{1}/{2}";
    FormIssued107 => "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)", "(Issued with Circular 107/2017/TT-BTC of 10/10/2017 of the Ministry of Finance)";
    FormC40 => "Mẫu số C40-BB", "Form C40-BB";
    FormC41 => "Mẫu số C41-BB", "Form C41-BB";
    FormS11 => "Mẫu số S11-H", "Form S11-H";
    FormS12 => "Mẫu số S12-H", "Form S12-H";
    FormCopies => "Cách in", "How to print";
    FormOneA5 => "Một liên, khổ A5", "One copy, A5";
    FormTwoA4 => "Hai liên trên một tờ A4", "Two copies on one A4 sheet";
    FormCopy => "Liên {0}", "Copy {0}";
    FormCopyOf => "{0} — liên {1}", "{0} — copy {1}";
    FormBookNo => "Quyển số", "Book no.";
    FormDebit => "Nợ", "Debit";
    FormCredit => "Có", "Credit";
    FormAddress => "Địa chỉ", "Address";
    FormContent => "Nội dung", "Purpose";
    FormAttached => "Kèm theo", "Attached";
    FormAttachedDocs => "………… chứng từ kế toán.", "………… accounting documents.";
    FormReceived => "Đã nhận đủ số tiền: - Bằng số: …………………………… - Bằng chữ: …………………………………………………………", "Received in full: - in figures: …………………………… - in words: …………………………………………………………";
    FormFundOf => "Quỹ: {0}", "Fund: {0}";
    FormSignChair => "CHỦ TỊCH", "CHAIR";
    FormSignMaker => "NGƯỜI LẬP", "PREPARED BY";
    FormSignCashier => "THỦ QUỸ", "CASHIER";
    FormSignPayer => "NGƯỜI NỘP TIỀN", "PAID BY";
    FormSignPayee => "NGƯỜI NHẬN TIỀN", "RECEIVED BY";
    FormSignKeeper => "NGƯỜI GHI SỔ", "BOOKKEEPER";
    FormDeposited => "Gửi vào", "Deposited";
    FormWithdrawn => "Rút ra", "Withdrawn";
    FormRemaining => "Còn lại", "Balance";
    FormMonthTotal => "Cộng tháng {0}", "Total of {0}";
    FormYearToDate => "Lũy kế từ đầu năm", "Year to date";
    CountTab => "Kiểm kê quỹ", "Cash count";
    CountTitle => "Biên bản kiểm kê quỹ tiền mặt", "Cash count record";
    CountHelp => "Nhập số tờ tiền đếm được theo từng mệnh giá; số dư theo sổ quỹ đến hết ngày kiểm kê và chênh lệch được tính sẵn. Biên bản in ra để ký, không lưu vào sổ.", "Enter the notes counted by denomination; the cash book's balance at the end of the day and the difference are computed. The record is printed to sign, not stored in the book.";
    CountDate => "Ngày kiểm kê", "Date of the count";
    CountDateBad => "Ngày kiểm kê: không phải ngày hợp lệ (dd/mm/yyyy).", "Date of the count: not a valid date (dd/mm/yyyy).";
    CountNotesLegend => "Số tờ theo mệnh giá", "Notes by denomination";
    CountNotes => "Số tờ loại {0} đ", "Notes of {0} đ";
    CountBad => "phải là số tờ, một số nguyên từ 0 đến 1.000.000, ví dụ 12.", "must be a number of notes, a whole number from 0 to 1,000,000, e.g. 12.";
    CountHead => "Trưởng ban kiểm kê", "Head of the count";
    CountMember1 => "Ủy viên kiểm kê thứ nhất", "First member of the count";
    CountMember2 => "Ủy viên kiểm kê thứ hai", "Second member of the count";
    CountRoleHead => "Trưởng ban", "Head";
    CountRoleMember => "Ủy viên", "Member";
    CountSignHead => "TRƯỞNG BAN KIỂM KÊ", "HEAD OF THE COUNT";
    CountSignMember => "ỦY VIÊN", "MEMBER";
    CountReason => "Nguyên nhân chênh lệch, kiến nghị", "Cause of the difference, proposals";
    CountDocTitle => "BIÊN BẢN KIỂM KÊ QUỸ TIỀN MẶT", "CASH COUNT RECORD";
    CountAt => "Hôm nay, {0}, tại {1}, Ban kiểm kê quỹ tiền mặt gồm:", "Today, {0}, at {1}, the cash count committee:";
    CountResult => "Đã kiểm kê quỹ tiền mặt, kết quả như sau:", "counted the cash, with this result:";
    CountDenomination => "Mệnh giá (đồng)", "Denomination (đ)";
    CountCount => "Số tờ", "Notes";
    CountTotal => "Cộng", "Total";
    CountBook => "Số dư theo sổ quỹ:", "Balance in the cash book:";
    CountCounted => "Số kiểm kê thực tế:", "Counted:";
    CountInWords => "Bằng chữ:", "In words:";
    CountDifference => "Chênh lệch:", "Difference:";
    CountOver => "thừa so với sổ", "more than the book";
    CountShort => "thiếu so với sổ", "less than the book";
    CountEven => "khớp với sổ", "as the book";
    GiftTab => "Danh sách nhận quà", "Gift list";
    GiftTitle => "Danh sách nhận quà", "Gift list";
    GiftChildrenNote => "Danh sách lập từ đoàn viên có tên trong danh sách vào ngày đã chọn. Sổ không ghi con của đoàn viên: quà 1/6, Trung thu ghi theo đoàn viên nhận thay cho con.", "The list is made from the members on the roster on the day chosen. The book records no member's children: gifts for 1/6 and Mid-Autumn are listed by the member who receives them for their children.";
    GiftOccasion => "Dịp tặng quà", "Occasion";
    GiftDate => "Ngày lập danh sách", "Date of the list";
    GiftWomenOnly => "Chỉ đoàn viên nữ", "Women members only";
    GiftEach => "Số tiền mỗi người (đồng)", "Amount each (đ)";
    GiftEvent => "Thuộc hoạt động", "Belongs to the event";
    GiftNoEvent => "— Không thuộc hoạt động nào —", "— No event —";
    GiftCount => "Danh sách có {0} người.", "{0} people on the list.";
    GiftPreview => "Danh sách có {0} người, tổng cộng {1} đồng.", "{0} people on the list, {1} đ in all.";
    GiftPay => "Lập phiếu chi cho tổng số tiền", "Record the payment for the total";
    GiftPaid => "Đã lập phiếu chi {0}.", "Payment {0} recorded.";
    GiftReason => "Chi quà {0} cho {1} đoàn viên (danh sách kèm theo)", "Gifts for {0} to {1} members (list attached)";
    GiftAmount => "Số tiền (đồng)", "Amount (đ)";
    GiftTotalPeople => "Cộng: {0} người", "Total: {0} people";
    GiftDocTitle => "DANH SÁCH ĐOÀN VIÊN NHẬN QUÀ", "MEMBERS RECEIVING A GIFT";
    GiftDocOccasion => "Nhân dịp {0}", "On the occasion of {0}";
    GiftDocRoster => "(Theo danh sách đoàn viên ngày {0})", "(From the roster of {0})";
    GiftErrNobody => "Danh sách nhận quà không có ai: hãy xem lại ngày lập danh sách, tổ và ô “Chỉ đoàn viên nữ”.", "Nobody is on the gift list: check the date of the list, the group and “Women members only”.";
    GiftWomensDay => "8/3 — Ngày Quốc tế Phụ nữ", "8 March — International Women's Day";
    GiftVnWomensDay => "20/10 — Ngày Phụ nữ Việt Nam", "20 October — Vietnamese Women's Day";
    GiftTet => "Tết Nguyên đán", "Lunar New Year";
    GiftMidAutumn => "Tết Trung thu", "Mid-Autumn Festival";
    GiftChildrensDay => "1/6 — Ngày Quốc tế Thiếu nhi", "1 June — Children's Day";
    GiftOther => "Dịp khác", "Another occasion";
    DuesMonthLink => "In bảng kê đoàn phí tháng của tổ", "Print a group's dues sheet of a month";
    DuesMonthTitle => "Bảng kê đoàn phí tháng của tổ", "A group's dues sheet of a month";
    DuesMonthChoose => "Chọn tổ công đoàn và tháng để lập bảng kê.", "Choose a union group and a month.";
    DuesBack => "Về trang Đoàn phí", "Back to Dues";
    DuesMonthDoc => "BẢNG KÊ THU ĐOÀN PHÍ THÁNG {0}", "DUES SHEET OF {0}";
    DuesMonthOf => "Tổ công đoàn: {0}", "Union group: {0}";
    DuesNote => "Ghi chú", "Note";
    DuesTotal => "Cộng", "Total";
    DuesSignGroupHead => "TỔ TRƯỞNG", "GROUP LEADER";
    DuesExemptWhy => "Miễn đóng: {0}, từ {1} đến {2}{3}", "Exempt: {0}, from {1} to {2}{3}";
    DuesExemptOpen => "Miễn đóng: {0}, từ {1}{2}", "Exempt: {0}, from {1}{2}";
    DuesStoppedWhy => "Không thu đoàn phí tháng này theo quy định", "No dues this month under the rules";
    DuesNoBaseWhy => "Chưa có tiền lương làm căn cứ đóng", "No salary recorded to compute the dues";
    DuesLaterWhy => "Chưa đến tháng", "Not due yet";
    DuesNotMemberWhy => "Không có tên trong danh sách tháng này", "Not on the roster this month";
    DuesCreditWhy => "nộp thừa {0}", "paid {0} beyond what was due";
    AllowSign => "Ký nhận", "Signature";
    AllowTotal => "Cộng", "Total";
    AllowSignMaker => "NGƯỜI LẬP BIỂU", "PREPARED BY";
    AllowSignAccountant => "KẾ TOÁN", "ACCOUNTANT";
    AllowSignChair => "TM. BAN CHẤP HÀNH\nCHỦ TỊCH", "FOR THE EXECUTIVE COMMITTEE\nCHAIR";
    AllowPayTitle => "Lập phiếu chi phụ cấp tháng này", "Record this month's payment";
    AllowPay => "Lập phiếu chi phụ cấp", "Record the payment";
    AllowPaid => "Đã lập phiếu chi {0}.", "Recorded {0}.";
    AllowOpenVoucher => "Xem phiếu", "Open the voucher";
    AllowReason => "Chi phụ cấp cán bộ công đoàn tháng {0}", "Officers' allowances for {0}";
    AllowParty => "Ban Chấp hành công đoàn cơ sở", "The executive committee";
    AllowTableTitle => "Hệ số phụ cấp theo Quyết định 3226/QĐ-TLĐ", "Allowance coefficients by QĐ 3226/QĐ-TLĐ";
    AllowTableHelp => "Nhóm 1: chủ tịch; nhóm 2: phó chủ tịch, kế toán; nhóm 3: ủy viên BCH, chủ nhiệm UBKT, trưởng ban nữ công, thủ quỹ; nhóm 4: tổ trưởng, phó chủ nhiệm và ủy viên UBKT; nhóm 5: tổ phó, phó trưởng ban và ủy viên ban nữ công.", "Group 1: chair; 2: vice chair, accountant; 3: executive member, inspection head, women's head, treasurer; 4: group leader, inspection deputy and member; 5: group deputy, women's deputy and member.";
    AllowBand => "Số đoàn viên", "Members";
    FinRuleSince => "Bảng đang dùng, áp dụng từ {0}:", "The table in force, from {0}:";
    AllowBandFrom => "từ {0}", "from {0}";
    AllowGroup => "Nhóm {0}", "Group {0}";
    AllowUseStandard => "Dùng bảng hệ số theo Quyết định 3226/QĐ-TLĐ", "Use the table of QĐ 3226/QĐ-TLĐ";
    AllowOwnValues => "Sổ này đang dùng hệ số riêng cho từng chức danh (bên dưới). Có thể chuyển sang bảng của Quyết định 3226/QĐ-TLĐ (áp dụng từ 01/01/2022) bằng một lần bấm; các hệ số riêng vẫn được giữ cho những ngày trước đó.", "This book uses its own coefficient per role (below). One click takes up the table of QĐ 3226/QĐ-TLĐ (from 01/01/2022); the own coefficients stay for the days before it.";
    AllowSaveTable => "Lưu bảng hệ số từ ngày này", "Save the table from this date";
    AllowCellLabel => "Hệ số nhóm {0}, {1}", "Coefficient of group {0}, {1}";
    FinSource => "Nguồn kinh phí", "Funding source";
    SourceDues => "Đoàn phí công đoàn", "Union dues";
    SourceUnionFee => "Kinh phí công đoàn", "Union fee (kinh phí)";
    SourceOther => "Nguồn khác", "Other";
    DuesUseAllowances => "Phụ cấp cán bộ công đoàn (tối đa 45%)", "Officers' allowances (at most 45%)";
    DuesUseCare => "Thăm hỏi, chăm lo đoàn viên (tối thiểu 40%)", "Visits and care of members (at least 40%)";
    DuesUseOther => "Chi khác (tối đa 15%)", "Other spending (at most 15%)";
    DuesUseTitle => "Sử dụng đoàn phí được giữ lại năm {0}", "Use of the dues kept in {0}";
    DuesUseHelp => "Theo Quyết định 4290/QĐ-TLĐ, điều 5, tính trên đoàn phí thu trong năm sau khi trừ phần nộp cấp trên ({0}); chỉ tính các phiếu chi có nguồn là đoàn phí.", "Under QĐ 4290/QĐ-TLĐ art. 5, of the year's dues less the superior's share ({0}); only payments whose source is the dues count.";
    DuesUsePart => "Khoản chi", "Spending";
    DuesUseSpent => "Đã chi từ đoàn phí", "Spent from dues";
    DuesUsePercent => "Tỷ lệ", "Share";
    DuesUseWarn => "Cần xem lại: {0}: đã chi {1}, bằng {2} đoàn phí được giữ lại ({3}).", "Check: {0}: {1} spent, {2} of the dues kept ({3}).";
    DuesUseOk => "Trong giới hạn", "Within the limit";
    DuesUseCheck => "Cần xem lại", "To check";
    FinChangeSaveExemption => "Ghi miễn đóng đoàn phí: {0}", "Recorded a dues exemption: {0}";
    FinChangeRemoveExemption => "Xóa miễn đóng đoàn phí: {0}", "Removed a dues exemption: {0}";
    FinFieldUntil => "Đến ngày", "Until";
    FinFieldHeadcount => "Số lao động thuộc đối tượng đóng kinh phí công đoàn", "Workers on whom the union fee is paid";
    FinFieldFeeSalaryFund => "Quỹ tiền lương làm căn cứ đóng kinh phí công đoàn", "Salary fund on which the union fee is paid";
    FinFieldDuesSalaryFund => "Quỹ tiền lương làm căn cứ đóng đoàn phí", "Salary fund on which dues are paid";
    FinFieldApproved => "Số cấp trên duyệt", "Approved by the superior";
    FinMembersYearEnd => "Số đoàn viên đến 31/12", "Members at 31/12";
    FinIndicatorsTitle => "Chỉ tiêu cơ bản", "Basic indicators";
    FinIndicatorsHelp => "Số đoàn viên và quỹ lương đóng đoàn phí lấy từ sổ (khi hồ sơ đoàn viên có lương); các số còn lại nhập theo số liệu của đơn vị.", "The members and the dues' salary fund come from the book (where members' salaries are recorded); type the others from the unit's figures.";
    FinFromRecords => "(từ sổ)", "(from the book)";
    FinSaveIndicators => "Lưu chỉ tiêu", "Save indicators";
    FinApprovedTitle => "Số cấp trên duyệt quyết toán năm {0}", "Amounts approved by the superior for {0}";
    FinSaveApproved => "Lưu số cấp trên duyệt", "Save approved amounts";
    FinApprovedOf => "Số cấp trên duyệt: {0}", "Approved: {0}";
    FinApprovedColumn => "Cấp trên duyệt", "Approved";
    FinChangeFiling => "Chỉ tiêu, số duyệt quyết toán năm {0}", "Indicators and approval of {0}";
    FinBeforeStart => "phải từ ngày bắt đầu trở đi.", "must not be before the start.";
    FinOverlaps => "trùng với một khoảng miễn đóng đã ghi của đoàn viên này.", "overlaps another exemption of this member.";
    FinPauseTooLong => "tạm dừng sinh hoạt công đoàn tối đa 12 tháng.", "a pause of membership lasts at most 12 months.";
    MemberExemptionsField => "Các khoảng miễn đóng đoàn phí", "Dues exemptions";
    UnitBudgetAgency => "Cơ quan, đơn vị hưởng 100% ngân sách nhà nước", "Agency or unit wholly funded by the state budget";
    UnitPublicUnit => "Đơn vị sự nghiệp công lập không hưởng 100% ngân sách", "Public service unit not wholly budget-funded";
    UnitStateEnterprise => "Doanh nghiệp nhà nước", "State-owned enterprise";
    UnitOtherEnterprise => "Doanh nghiệp khác, hợp tác xã, tổ chức nước ngoài", "Other enterprise, cooperative or foreign organisation";
    BaseInsured => "lương đóng bảo hiểm xã hội", "the insured salary";
    BaseTakeHome => "tiền lương thực lĩnh (sau bảo hiểm và thuế thu nhập cá nhân)", "take-home pay (after insurance and income tax)";
    ExemptMaternity => "Thai sản", "Maternity";
    ExemptSickness => "Ốm đau dài ngày", "Long sickness";
    ExemptUnpaidLeave => "Nghỉ không lương", "Unpaid leave";
    ExemptNoIncome => "Không việc làm, không thu nhập", "No work or income";
    ExemptPause => "Tạm dừng sinh hoạt", "Membership paused";
    FinBudgetDuesRate => "Mức đóng đoàn phí ở cơ quan hưởng 100% ngân sách (% lương đóng bảo hiểm)", "Dues rate in a wholly budget-funded agency (% of the insured salary)";
    FinUnitTitle => "Loại hình đơn vị và cách tính đoàn phí", "Kind of unit and how dues are computed";
    FinUnitHelp => "Theo Quyết định 61/QĐ-TLĐ (từ 01/07/2025): loại hình đơn vị quyết định đoàn phí tính trên khoản lương nào, có mức trần hay không, và cơ quan hưởng 100% ngân sách thôi thu đoàn phí từ 01/06/2025.", "Under QĐ 61/QĐ-TLĐ (from 01/07/2025) the kind of unit decides what dues are computed on, whether they are capped, and that wholly budget-funded agencies stop collecting dues from 01/06/2025.";
    FinUnitKind => "Loại hình đơn vị", "Kind of unit";
    FinUnitFrom => "Áp dụng từ ngày", "From";
    FinDuesBase => "Tính đoàn phí trên", "Dues computed on";
    FinVotedRate => "Tỷ lệ cao hơn do BCH mở rộng quyết định (%, để trống nếu không có)", "Higher rate voted by the committee (%, empty if none)";
    FinResolution => "Số nghị quyết", "Resolution number";
    FinFixedDues => "Mức đóng cố định cho người chưa có lương (đồng/tháng)", "Fixed dues for members without a salary (đồng a month)";
    FinSaveScheme => "Lưu cách tính từ ngày này", "Save from this date";
    FinSchemes => "Cách tính đã ghi", "Recorded";
    FinRemoveScheme => "Xóa cách tính từ {0}", "Remove the rules from {0}";
    FinSchemeVoted => "{0}% theo nghị quyết {1}", "{0}% by resolution {1}";
    FinSchemeFixed => "người chưa có lương đóng {0}/tháng", "members without a salary pay {0} a month";
    FinUnitConfirmTitle => "Xin xác nhận loại hình đơn vị", "Please confirm the kind of unit";
    FinUnitConfirmText => "Sổ này được lập khi ứng dụng chưa phân biệt loại hình đơn vị. Đoàn phí đang được tính như của: {0}. Xin chọn đúng loại hình rồi bấm Xác nhận; nếu là cơ quan hưởng 100% ngân sách, đoàn phí thôi tính từ 01/06/2025.", "This book was made before the app knew kinds of unit. Dues are computed as for: {0}. Choose the right kind and confirm; for a wholly budget-funded agency, dues stop from 01/06/2025.";
    FinUnitConfirm => "Xác nhận", "Confirm";
    FinUnitConfirmed => "Đã xác nhận loại hình đơn vị.", "The kind of unit is confirmed.";
    FinSchemeSaved => "Đã lưu cách tính đoàn phí.", "Saved how dues are computed.";
    FinDuesStopped => "Tháng {0}: {1} không thu đoàn phí.", "{0}: no dues are collected in a {1}.";
    FinStoppedMark => "dừng", "stopped";
    FinCreditMark => "dư {0}", "+{0}";
    FinCredit => "Thu thừa (ghi có cho đoàn viên)", "Paid beyond what was due (a credit)";
    ExemptionsTitle => "Miễn đóng đoàn phí", "Dues exemptions";
    ExemptionsHelp => "Tháng có ít nhất nửa số ngày trong khoảng miễn đóng thì không phải đóng đoàn phí (Quyết định 61/QĐ-TLĐ).", "A month with at least half its days in an exemption owes no dues (QĐ 61/QĐ-TLĐ).";
    ExemptionKind => "Lý do", "Reason";
    ExemptionFrom => "Từ ngày", "From";
    ExemptionTo => "Đến ngày", "Until";
    ExemptionNote => "Giấy tờ, căn cứ", "Supporting paper";
    ExemptionOngoing => "chưa kết thúc", "ongoing";
    AddExemption => "Ghi miễn đóng", "Record the exemption";
    NoExemptions => "Chưa ghi khoảng miễn đóng nào.", "No exemption recorded.";
    RemoveExemptionOn => "Xóa miễn đóng {0} từ {1}", "Remove {0} from {1}";
    // Links between activities and finance (issues 4 and 5): vouchers of welfare visits and event costs.
    PayHow => "Chi tiền", "Payment";
    PayNew => "Lập phiếu chi mới", "Make a new payment voucher";
    PayLink => "Gắn phiếu chi đã có", "Link a payment already recorded";
    PayOutside => "Không lập phiếu (đã chi ngoài sổ quỹ)", "No voucher (paid outside these books)";
    PayVoucher => "Phiếu chi", "Payment voucher";
    PayNoFree => "— Không có phiếu chi nào phù hợp —", "— No payment fits —";
    PayCurrent => "{0} (phiếu hiện tại)", "{0} (the current one)";
    PayVoidMark => "{0} (đã hủy)", "{0} (void)";
    PayOutsideMark => "ngoài sổ", "outside the books";
    PayWelfareHint => "Phiếu chi ghi đúng ngày và số tiền của lượt thăm hỏi, người nhận là đoàn viên. Sửa ngày, số tiền, đoàn viên, loại hay người được thăm thì phiếu cũ bị hủy và lập phiếu mới; xóa lượt thăm hỏi thì phiếu bị hủy.", "The voucher is dated and of the amount of the visit, paid to the member. Changing the date, amount, member, kind or relative voids it and makes a new one; removing the visit voids it.";
    WelfareMoneyNote => "Kinh phí tính theo phiếu chi: lượt thăm hỏi có phiếu chi đã hủy không tính tiền; lượt chi ngoài sổ quỹ tính theo số tiền đã ghi.", "Money counts what the vouchers paid: a visit whose voucher was voided counts no money; one paid outside the books counts the amount written.";
    CostsOfEvent => "Các khoản chi", "Costs";
    CostRemove => "Bỏ khoản chi", "Drop the cost";
    CostRemoveNamed => "Bỏ khoản chi {0}", "Drop the cost {0}";
    CostNew => "Thêm khoản chi", "Add a cost";
    CostDate => "Ngày chi", "Paid on";
    CostHint => "Khoản chi bỏ đi thì phiếu chi của nó bị hủy khi lưu. Ngày chi để trống là ngày bắt đầu; người nhận để trống là đơn vị tổ chức.", "A cost dropped has its voucher voided on saving. An empty date is the first day; an empty payee is the organiser.";
    CostNoneYet => "Chưa có khoản chi nào.", "No cost yet.";
    VoucherFor => "Chi cho hoạt động (không bắt buộc)", "For an activity (optional)";
    VoucherForNone => "— Không gắn với hoạt động —", "— Not for an activity —";
    VoucherForVisit => "Thăm hỏi: {0} — {1}, {2}, {3}", "Visit: {0} — {1}, {2}, {3}";
    VoucherForEvent => "Hoạt động: {0} ({1})", "Event: {0} ({1})";
    VoucherForHint => "Lượt thăm hỏi chưa có phiếu chi trong năm của ngày chứng từ, và các hoạt động của năm đó. Chọn lượt thăm hỏi sẽ điền sẵn ngày, người nhận, lý do và số tiền.", "Visits of the voucher's year without a payment, and the events of that year. Choosing a visit fills in the date, payee, reason and amount.";
    PaysVisit => "Chi cho lượt thăm hỏi: {0} — {1}, ngày {2}.", "Pays the visit: {0} — {1}, on {2}.";
    PaysEvent => "Chi cho hoạt động: {0} (bắt đầu {1}).", "Pays for the event: {0} (from {1}).";
    SeeWelfare => "Xem ở trang Chăm lo, thăm hỏi", "See it on the Welfare visits page";
    SeeEvents => "Xem ở trang Hoạt động, phong trào", "See it on the Events page";
    LinkErrClosed => "Năm {0} đã khóa sổ tài chính: phiếu {1} không thay đổi được, nên không sửa được ngày, số tiền, người nhận của khoản gắn với phiếu này, cũng không xóa được khoản đó. Nếu thật cần, hãy mở lại năm {0} ở trang Khóa sổ.", "{0} is closed in finance: voucher {1} cannot change, so the date, amount and payee of what it pays cannot change, nor can that be removed. If you must, reopen {0} on the Year closing page.";
    LinkErrClosedNew => "Năm {0} đã khóa sổ tài chính: không lập hay gắn phiếu chi trong năm này. Nếu khoản này đã chi ngoài sổ quỹ, chọn \"Không lập phiếu\"; nếu thật cần, hãy mở lại năm {0} ở trang Khóa sổ.", "{0} is closed in finance: no payment can be made or linked in it. If this was paid outside the books, choose \"No voucher\"; if you must, reopen {0} on the Year closing page.";
    LinkErrNotAPayment => "Chỉ phiếu chi mới gắn được với lượt thăm hỏi hay hoạt động.", "Only a payment voucher can pay a visit or an event.";
    LinkErrVoid => "Phiếu {0} đã bị hủy: hãy chọn phiếu khác.", "{0} is void: choose another voucher.";
    LinkErrTaken => "Phiếu {0} đã gắn với một khoản khác.", "{0} already pays something else.";
    LinkErrAlreadyPaid => "Lượt thăm hỏi này đã có phiếu chi {0}.", "This visit already has the voucher {0}.";
    LinkErrDiffers => "Phiếu chi phải đúng ngày và số tiền của lượt thăm hỏi; khoản chi của hoạt động lấy đúng số tiền của phiếu.", "A visit's voucher has its date and amount; an event's cost has its voucher's amount.";
    LinkErrNoMoney => "Lượt thăm hỏi không ghi số tiền: không có gì để chi.", "The visit has no amount: there is nothing to pay.";
    LinkErrUnknown => "Không tìm thấy lượt thăm hỏi hay hoạt động đã chọn.", "The visit or event chosen was not found.";
    FileDanglingVoucher => "{0} trỏ tới một phiếu chi không có trong tệp.", "{0} refers to a voucher that is not in the file.";
    FileDanglingActivity => "{0} trỏ tới một lượt thăm hỏi hay hoạt động không có trong tệp.", "{0} refers to a visit or event that is not in the file.";
    FileSealedDamaged => "Tệp có mật khẩu này đã bị hỏng: không đọc được phần đầu hoặc phần đã mã hóa.", "This file with a passphrase is damaged: its header or its encrypted part cannot be read.";
    FileWrongPassphrase => "Mật khẩu không đúng hoặc tệp đã bị hỏng.", "Wrong passphrase, or the file is damaged.";
    // Office files: the roster to and from Excel, the report as Word.
    ExportXlsx => "Xuất Excel", "Export to Excel";
    RosterSheetName => "Danh sách đoàn viên", "Members";
    OfficeMaking => "Đang tạo tệp…", "Making the file…";
    OfficeFailed => "Không tạo được tệp. Hãy thử lại; nếu vẫn không được, hãy tải lại trang.", "The file could not be made. Try again; if it still fails, reload the page.";
    OfficeNoWorker => "Không khởi động được phần xử lý tệp Excel và Word của ứng dụng. Hãy tải lại trang.", "The app's Excel and Word file worker did not start. Reload the page.";
    ReadingFile => "Đang đọc tệp…", "Reading the file…";
    LoadingPage => "Đang mở trang…", "Opening the page…";
    PageNotLoaded => "Không tải được trang này: có thể mạng đang mất. Sổ của bạn không bị ảnh hưởng. Khi có mạng, bấm Thử lại.",
        "This page could not be loaded: the network may be down. Your book is not affected. Once online, press Try again.";
    TryAgain => "Thử lại", "Try again";
    WritersNotLoadedTitle => "Chưa lưu được vào trình duyệt.", "Not saved in the browser yet.";
    WritersNotLoadedBody => "Chưa tải được phần lưu sổ, có thể do mất mạng. Những gì bạn nhập vẫn còn trên màn hình và sẽ được lưu khi tải được. Khi có mạng, bấm Thử lại.",
        "The part of the app that saves could not be loaded, perhaps for lack of network. What you entered is still on screen and is saved once it loads. Once online, press Try again.";
    OpeningBook => "Đang mở sổ…", "Opening the book…";
    ReaderNotLoaded => "Chưa mở được sổ: chưa tải được phần đọc sổ, có thể do mất mạng. Sổ vẫn còn nguyên trong trình duyệt. Khi có mạng, bấm Thử lại.",
        "The book could not be opened yet: the part of the app that reads it could not be loaded, perhaps for lack of network. The book is still intact in the browser. Once online, press Try again.";
    ReadingRows => "Đang đọc dòng {0} / {1}…", "Reading row {0} of {1}…";
    ChooseSheet => "Trang tính cần nhập", "Sheet to import";
    DownloadReportDocx => "Tải báo cáo (.docx)", "Download the report (.docx)";
    NavConsolidation => "Tổng hợp nhiều công đoàn", "Many unions added up";
    ConsWelcome => "cho công đoàn cấp trên: mở cùng lúc các tệp sổ của nhiều công đoàn cơ sở để có số liệu tổng hợp, không cần tạo sổ.", "for a superior union: open many unions' book files at once for their figures added up, without a book of its own.";
    ConsHelp => "Dành cho công đoàn cấp trên (công đoàn xã, phường, đặc khu): mở cùng lúc các tệp sổ do các công đoàn cơ sở gửi, kể cả tệp có mật khẩu và tệp không có thông tin cá nhân, để có số liệu tổng hợp. Các tệp được đọc và giữ riêng trong trình duyệt này; không gì trong đó được ghi vào sổ của công đoàn bạn.", "For a superior union (of a commune, ward or special zone): open the book files its unions sent, at once, with a passphrase or without personal data too, and get the figures added up. The files are read and kept apart in this browser; nothing in them is written into your union's book.";
    ConsChooseFiles => "Chọn các tệp sổ (.json)", "Choose book files (.json)";
    ConsChooseFolder => "Hoặc chọn cả một thư mục", "Or choose a whole folder";
    ConsReading => "Đang đọc tệp {0} / {1}…", "Reading file {0} of {1}…";
    ConsWorking => "Đang tổng hợp…", "Adding up…";
    ConsStop => "Dừng", "Stop";
    ConsStopped => "Đã dừng. Các tệp đã chọn vẫn được giữ; bấm Tổng hợp để đọc lại.", "Stopped. The files chosen are kept; press Add up to read them again.";
    ConsNoFiles => "Chưa có tệp nào. Hãy chọn các tệp sổ do các công đoàn cơ sở gửi.", "No files yet. Choose the book files the unions sent.";
    ConsFiles => "Các tệp đã chọn ({0})", "Files chosen ({0})";
    ConsColFile => "Tệp", "File";
    ConsColUnion => "Công đoàn", "Union";
    ConsColExported => "Ngày xuất", "Exported on";
    ConsColCovers => "Sổ ghi từ – đến", "Books from – to";
    ConsColBalances => "Sổ khớp", "Books balance";
    ConsColStatus => "Tình trạng", "Status";
    ConsUsed => "Được dùng", "Used";
    ConsSuperseded => "Không dùng: đã có tệp xuất sau của công đoàn này ({0})", "Not used: a file of this union exported later is used ({0})";
    ConsLocked => "Cần mật khẩu", "Needs its passphrase";
    ConsRefused => "Không đọc được: {0}", "Not read: {0}";
    ConsNoPersonal => "Tệp không có thông tin cá nhân", "File without personal data";
    ConsStale => "Xuất ngày {0}, trước cuối kỳ tổng hợp hơn {1} ngày: thiếu số liệu những ngày sau đó", "Exported on {0}, more than {1} days before the end of the period: the days after are missing";
    ConsBalanceYes => "Khớp", "Yes";
    ConsBalanceNo => "Không khớp", "No";
    ConsBalanceYears => "Không khớp (năm {0})", "No (year {0})";
    ConsRemove => "Bỏ tệp", "Remove";
    ConsRemoveNamed => "Bỏ tệp {0}", "Remove {0}";
    ConsRemoveAll => "Bỏ tất cả các tệp", "Remove every file";
    ConsLockedHelp => "{0} tệp có mật khẩu: {1}. Nhập mật khẩu một lần cho mọi tệp dùng chung mật khẩu ấy.", "{0} files have a passphrase: {1}. Type a passphrase once for every file that shares it.";
    ConsPassphrase => "Mật khẩu của các tệp", "Passphrase of the files";
    ConsUnlock => "Mở các tệp có mật khẩu", "Open the files with a passphrase";
    ConsWrongPassphrase => "Mật khẩu này không mở được: {0}. Nếu các tệp này dùng mật khẩu khác, hãy nhập mật khẩu đó.", "This passphrase did not open: {0}. If these files use another passphrase, type that one.";
    ConsPeriod => "Kỳ tổng hợp", "Period";
    ConsCompute => "Tổng hợp", "Add up";
    ConsPeriodInvalid => "Hãy nhập kỳ tổng hợp: từ ngày và đến ngày (dd/mm/yyyy), từ ngày không sau đến ngày.", "Type the period: from and to (dd/mm/yyyy), from not after to.";
    ConsFigures => "Số liệu tổng hợp của {0} công đoàn, từ {1} đến {2}", "Figures of {0} unions, {1} to {2}";
    ConsColFigure => "Chỉ tiêu", "Figure";
    ConsColTotal => "Tổng số", "Total";
    ConsColShare => "Tỷ lệ", "Share";
    ConsColUnions => "Các công đoàn", "Unions";
    ConsShareOf => "{0} trên {1} đoàn viên", "{0} of {1} members";
    ConsUnionsButton => "{0} công đoàn", "{0} unions";
    ConsUnionsOfNamed => "Xem các công đoàn của chỉ tiêu: {0}", "See the unions behind: {0}";
    ConsUnionsOf => "Các công đoàn của chỉ tiêu: {0}", "The unions behind: {0}";
    ConsValue => "Số liệu", "Figure";
    ConsPerUnion => "Số liệu từng công đoàn", "Each union's figures";
    ConsOwing => "Công đoàn còn phải nộp kinh phí cho cấp trên", "Unions that still owe the superior union";
    ConsNoneOwing => "Không công đoàn nào còn phải nộp.", "No union owes anything.";
    ConsExportXlsx => "Xuất bảng tổng hợp (.xlsx)", "Export the tables (.xlsx)";
    ConsExportDocx => "Tải báo cáo tổng hợp (.docx)", "Download the report (.docx)";
    ConsNoWorker => "Không khởi động được phần tổng hợp của ứng dụng. Hãy tải lại trang.", "The app's consolidation worker did not start. Reload the page.";
    ConsFailed => "Không tổng hợp được. Hãy tải lại trang và thử lại.", "The files could not be added up. Reload the page and try again.";
    ConsStoreFailed => "Không lưu được các tệp vào trình duyệt: lần sau mở trang sẽ phải chọn lại.", "The files could not be kept in the browser: choose them again next time.";
    ConsTitle => "BÁO CÁO TỔNG HỢP SỐ LIỆU CÁC CÔNG ĐOÀN CƠ SỞ", "CONSOLIDATED REPORT OF THE GRASSROOTS UNIONS";
    ConsSubtitle => "Từ ngày {0} đến ngày {1}; {2} công đoàn cơ sở", "From {0} to {1}; {2} unions";
    ConsSheetTotals => "Tổng hợp", "Totals";
    ConsSheetUnions => "Từng công đoàn", "Each union";
    ConsSheetFiles => "Các tệp", "Files";
    ConsPartMembers => "I. Đoàn viên", "I. Members";
    ConsPartMovements => "II. Biến động đoàn viên trong kỳ", "II. Movements in the period";
    ConsPartFinance => "III. Thu, chi tài chính", "III. Income and expense";
    ConsPartRemittance => "IV. Kinh phí nộp cấp trên", "IV. Due to the superior union";
    ConsPartWelfare => "V. Thăm hỏi, chăm lo đoàn viên", "V. Welfare visits";
    ConsPartTitles => "VI. Danh hiệu thi đua", "VI. Titles";
    ConsMembers => "Tổng số đoàn viên", "Members";
    ConsEducation => "Trình độ: {0}", "Education: {0}";
    ConsTheory => "Lý luận chính trị: {0}", "Political theory: {0}";
    ConsAgeBand => "Từ {0} đến {1} tuổi", "{0} to {1}";
    ConsDue => "Phải nộp cấp trên", "Due to the superior union";
    ConsRemitted => "Đã nộp cấp trên", "Remitted";
    ConsOwed => "Còn phải nộp", "Still owed";
    ConsVisits => "Lượt thăm hỏi", "Visits";
    ConsVisitsOf => "Thăm hỏi: {0}", "Visits: {0}";
    ConsWelfareAmount => "Tiền thăm hỏi", "Money given";
}

/// Puts values into a text's `{0}`, `{1}`, … places.
pub fn fill(text: &str, values: &[&str]) -> String {
    values.iter().enumerate().fold(text.to_string(), |out, (i, v)| out.replace(&format!("{{{i}}}"), v))
}

pub use crate::domain::{code, from_code};

pub fn gender(lang: Lang, g: Gender) -> &'static str {
    match g {
        Gender::Male => T::Male,
        Gender::Female => T::Female,
    }
    .text(lang)
}

pub fn education(lang: Lang, e: Education) -> &'static str {
    match e {
        Education::Doctorate => T::EduDoctorate,
        Education::Master => T::EduMaster,
        Education::Bachelor => T::EduBachelor,
        Education::College => T::EduCollege,
        Education::Vocational => T::EduVocational,
        Education::None => T::EduNone,
        Education::Unrecorded => T::NotRecorded,
    }
    .text(lang)
}

pub fn political_theory(lang: Lang, p: PoliticalTheory) -> &'static str {
    match p {
        PoliticalTheory::Advanced => T::TheoryAdvanced,
        PoliticalTheory::Intermediate => T::TheoryIntermediate,
        PoliticalTheory::Elementary => T::TheoryElementary,
        PoliticalTheory::None => T::TheoryNone,
        PoliticalTheory::Unrecorded => T::NotRecorded,
    }
    .text(lang)
}

pub fn movement_kind(lang: Lang, k: MovementKind) -> &'static str {
    match k {
        MovementKind::Admitted => T::MoveAdmitted,
        MovementKind::TransferredIn => T::MoveTransferredIn,
        MovementKind::TransferredOut => T::MoveTransferredOut,
        MovementKind::Retired => T::MoveRetired,
        MovementKind::Deceased => T::MoveDeceased,
        MovementKind::Left => T::MoveLeft,
        MovementKind::Honorary => T::MoveHonorary,
        MovementKind::Expelled => T::MoveExpelled,
        MovementKind::UnionEnded => T::MoveUnionEnded,
        MovementKind::MovedWithGroup => T::MoveWithGroup,
    }
    .text(lang)
}

pub fn unit_kind(lang: Lang, k: UnitKind) -> &'static str {
    match k {
        UnitKind::BudgetAgency => T::UnitBudgetAgency,
        UnitKind::PublicUnit => T::UnitPublicUnit,
        UnitKind::StateEnterprise => T::UnitStateEnterprise,
        UnitKind::OtherEnterprise => T::UnitOtherEnterprise,
    }
    .text(lang)
}

pub fn dues_base(lang: Lang, b: DuesBase) -> &'static str {
    match b {
        DuesBase::Insured => T::BaseInsured,
        DuesBase::TakeHome => T::BaseTakeHome,
    }
    .text(lang)
}

pub fn exemption_kind(lang: Lang, k: ExemptionKind) -> &'static str {
    match k {
        ExemptionKind::Maternity => T::ExemptMaternity,
        ExemptionKind::Sickness => T::ExemptSickness,
        ExemptionKind::UnpaidLeave => T::ExemptUnpaidLeave,
        ExemptionKind::NoIncome => T::ExemptNoIncome,
        ExemptionKind::Pause => T::ExemptPause,
    }
    .text(lang)
}

pub fn movement_problem(lang: Lang, p: MovementProblem) -> &'static str {
    match p {
        MovementProblem::DateRequired => T::ProblemRequired,
        MovementProblem::NotADate => T::ProblemNotADate,
        MovementProblem::AlreadyOnRoster => T::ProblemAlreadyOnRoster,
        MovementProblem::NotOnRoster => T::ProblemNotOnRoster,
    }
    .text(lang)
}

pub fn body(lang: Lang, b: Body) -> &'static str {
    match b {
        Body::Executive => T::BodyExecutive,
        Body::Inspection => T::BodyInspection,
        Body::Women => T::BodyWomen,
        Body::Group => T::BodyGroup,
        Body::Finance => T::BodyFinance,
    }
    .text(lang)
}

/// The title of a role in a body: "Chủ tịch", "Ủy viên UBKT", "Tổ trưởng", …
pub fn role(lang: Lang, b: Body, r: Role) -> &'static str {
    match (b, r) {
        (Body::Executive, Role::Head) => T::RoleChair,
        (Body::Executive, Role::Deputy) => T::RoleViceChair,
        (Body::Executive, Role::Member) => T::RoleExecutive,
        (Body::Inspection, Role::Head) => T::RoleInspectionHead,
        (Body::Inspection, Role::Deputy) => T::RoleInspectionDeputy,
        (Body::Inspection, Role::Member) => T::RoleInspection,
        (Body::Women, Role::Head) => T::RoleWomenHead,
        (Body::Women, Role::Deputy) => T::RoleWomenDeputy,
        (Body::Women, Role::Member) => T::RoleWomenMember,
        (Body::Group, Role::Head) => T::RoleGroupLeader,
        (Body::Group, Role::Deputy | Role::Member) => T::RoleGroupDeputy,
        (_, Role::Accountant) => T::RoleAccountant,
        (_, Role::Treasurer) => T::RoleTreasurer,
        (Body::Finance, _) => T::BodyFinance,
    }
    .text(lang)
}

pub fn appointment_problem(lang: Lang, p: AppointmentProblem) -> &'static str {
    match p {
        AppointmentProblem::MemberRequired => T::ProblemMemberRequired,
        AppointmentProblem::GroupRequired => T::ProblemGroupRequired,
        AppointmentProblem::NotARoleOfTheBody => T::ProblemNotARoleOfTheBody,
        AppointmentProblem::ForeignOfficer => T::ProblemForeignOfficer,
        AppointmentProblem::FromRequired => T::ProblemRequired,
        AppointmentProblem::NotADate => T::ProblemNotADate,
        AppointmentProblem::EndBeforeStart => T::ProblemEndBeforeStart,
        AppointmentProblem::SeatTaken => T::ProblemSeatTaken,
        AppointmentProblem::AlreadyHeld => T::ProblemAlreadyHeld,
    }
    .text(lang)
}

pub fn member_problem(lang: Lang, p: Problem) -> &'static str {
    match p {
        Problem::Required => T::ProblemRequired,
        Problem::NotADate => T::ProblemNotADate,
        Problem::InFuture => T::ProblemInFuture,
        Problem::BeforeBirth => T::ProblemBeforeBirth,
        Problem::Duplicate => T::ProblemDuplicateCard,
        Problem::TooLong => T::ProblemTooLong,
        Problem::NotAName => T::ProblemNotAName,
        Problem::NotAPhone => T::ProblemNotAPhone,
        Problem::NotAnEmail => T::ProblemNotAnEmail,
        Problem::NotACitizenId => T::ProblemNotACitizenId,
        Problem::NotForNationality => T::ProblemNotForNationality,
        Problem::NotAPassport => T::ProblemNotAPassport,
        Problem::NotAnAmount => T::ProblemNotAnAmount,
        Problem::NotInList => T::ProblemNotInList,
        Problem::UnknownGroup => T::ProblemUnknownGroup,
    }
    .text(lang)
}

pub fn section(lang: Lang, s: Section) -> &'static str {
    section_key(s).text(lang)
}

pub fn section_key(s: Section) -> T {
    match s {
        Section::Members => T::SectionMembers,
        Section::Welfare => T::SectionWelfare,
        Section::Emulation => T::SectionEmulation,
        Section::Women => T::SectionWomen,
        Section::Finance => T::SectionFinance,
        Section::Assessment => T::SectionAssessment,
        Section::Lessons => T::SectionLessons,
        Section::Direction => T::SectionDirection,
    }
}

pub fn member_field(lang: Lang, f: MemberField) -> &'static str {
    match f {
        MemberField::FullName => T::FullName,
        MemberField::BirthDate => T::BirthDate,
        MemberField::Gender => T::Gender,
        MemberField::Ethnicity => T::Ethnicity,
        MemberField::Religion => T::Religion,
        MemberField::CitizenId => T::CitizenId,
        MemberField::Nationality => T::Nationality,
        MemberField::Passport => T::Passport,
        MemberField::Group => T::Group,
        MemberField::PartySince => T::PartySince,
        MemberField::JoinedUnion => T::JoinedUnion,
        MemberField::CardNumber => T::CardNumber,
        MemberField::Phone => T::Phone,
        MemberField::Email => T::Email,
        MemberField::Salary => T::InsuredSalary,
        MemberField::SalaryFrom => T::SalaryFrom,
        MemberField::Exemptions => T::MemberExemptionsField,
    }
    .text(lang)
}

pub fn sheet_column(lang: Lang, c: Column) -> &'static str {
    match c {
        Column::Ignore => T::ColumnIgnore,
        Column::FullName => T::FullName,
        Column::BirthDate => T::BirthDate,
        Column::BirthMale => T::BirthMale,
        Column::BirthFemale => T::BirthFemale,
        Column::Gender => T::Gender,
        Column::Ethnicity => T::Ethnicity,
        Column::Religion => T::Religion,
        Column::Hometown => T::Hometown,
        Column::CitizenId => T::CitizenId,
        Column::Group => T::Group,
        Column::JobTitle => T::JobTitle,
        Column::Education => T::Education,
        Column::PoliticalTheory => T::PoliticalTheory,
        Column::PartyMember => T::PartyMember,
        Column::PartySince => T::PartySince,
        Column::JoinedUnion => T::JoinedUnion,
        Column::CardNumber => T::CardNumber,
        Column::Phone => T::Phone,
        Column::Email => T::Email,
        Column::Salary => T::InsuredSalary,
        Column::Notes => T::Notes,
        Column::Note => T::ColumnNote,
    }
    .text(lang)
}

pub fn sheet_error(lang: Lang, e: &SheetError) -> String {
    match e {
        SheetError::NotUtf8 => T::SheetNotUtf8.text(lang).into(),
        SheetError::Empty => T::SheetEmpty.text(lang).into(),
        SheetError::Unreadable { line } => fill(T::SheetUnreadable.text(lang), &[&line.to_string()]),
    }
}

pub fn row_problem(lang: Lang, p: &RowProblem) -> String {
    match p {
        RowProblem::BothGenders => T::RowBothGenders.text(lang).into(),
        RowProblem::UnknownGender(v) => fill(T::RowUnknownGender.text(lang), &[v]),
        RowProblem::YearOnly(v) => fill(T::RowYearOnly.text(lang), &[v]),
        RowProblem::UnknownEducation(v) => fill(T::RowUnknownEducation.text(lang), &[v]),
        RowProblem::UnknownTheory(v) => fill(T::RowUnknownTheory.text(lang), &[v]),
        RowProblem::CitizenIdZero(v) => fill(T::RowCitizenIdZero.text(lang), &[v]),
    }
}

pub fn union_problem(lang: Lang, p: UnionProblem) -> &'static str {
    match p {
        UnionProblem::Required => T::ProblemRequired,
        UnionProblem::NotADate => T::ProblemNotADate,
        UnionProblem::EndBeforeStart => T::ProblemEndBeforeStart,
    }
    .text(lang)
}

pub fn book_error(lang: Lang, e: &BookError) -> String {
    match e {
        BookError::GroupNameRequired => T::ErrGroupNameRequired.text(lang).into(),
        BookError::GroupNameTaken => T::ErrGroupNameTaken.text(lang).into(),
        BookError::GroupNotEmpty(n) => fill(T::ErrGroupNotEmpty.text(lang), &[&n.to_string()]),
        BookError::NotFound => T::ErrNotFound.text(lang).into(),
        BookError::Movement(p) => movement_problem(lang, *p).into(),
        BookError::Appointment(p) => appointment_problem(lang, *p).into(),
        BookError::Activity(errors) => activity_errors(lang, errors),
        BookError::Union(_) | BookError::Member(_) => T::ErrInvalid.text(lang).into(),
        BookError::Finance(e) => finance::error(lang, e),
        BookError::Link(e) => link_error(lang, e),
        BookError::Ending(p) => ending_problem(lang, *p),
        BookError::Handover(_) => T::ErrInvalid.text(lang).into(),
    }
}

pub fn file_error(lang: Lang, e: &FileError) -> String {
    let text = |key: T, values: &[&str]| fill(key.text(lang), values);
    match e {
        FileError::Empty => text(T::FileEmpty, &[]),
        FileError::NotJson { line, column } => text(T::FileNotJson, &[&line.to_string(), &column.to_string()]),
        FileError::NotOurs => text(T::FileNotOurs, &[]),
        FileError::NewerSchema { found } => {
            text(T::FileNewer, &[&found.to_string(), &crate::domain::file::SCHEMA_VERSION.to_string()])
        }
        FileError::BadSchemaVersion => text(T::FileBadSchema, &[]),
        FileError::ChecksumMismatch => text(T::FileChecksum, &[]),
        FileError::Missing { path } => text(T::FileMissing, &[path]),
        FileError::WrongType { path } => text(T::FileWrongType, &[path]),
        FileError::BadDate { path } => text(T::FileBadDate, &[path]),
        FileError::BadValue { path, problem } => text(T::FileBadValue, &[path, &value_problem(lang, problem)]),
        FileError::DuplicateId { path } => text(T::FileDuplicateId, &[path]),
        FileError::DanglingGroup { path } => text(T::FileDanglingGroup, &[path]),
        FileError::DanglingMember { path } => text(T::FileDanglingMember, &[path]),
        FileError::MovementsOutOfOrder { path } => text(T::FileMovementsOutOfOrder, &[path]),
        FileError::EmptyName { path } => text(T::FileEmptyName, &[path]),
        FileError::Finance { path, problem } => finance::file_problem(lang, path, *problem),
        FileError::DanglingVoucher { path } => text(T::FileDanglingVoucher, &[path]),
        FileError::DanglingActivity { path } => text(T::FileDanglingActivity, &[path]),
        FileError::SealedDamaged => text(T::FileSealedDamaged, &[]),
        FileError::WrongPassphrase => text(T::FileWrongPassphrase, &[]),
    }
}

/// Why a value of a file was refused, as the end of a sentence.
fn value_problem(lang: Lang, p: &ValueProblem) -> String {
    let lower = |s: &str| {
        let mut chars = s.chars();
        chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
    };
    match p {
        ValueProblem::Unreadable(Some(value)) => fill(T::ValueUnreadable.text(lang), &[&format!("“{value}”")]),
        ValueProblem::Unreadable(None) => T::ValueUnreadableBare.text(lang).into(),
        ValueProblem::NotAnAmount => T::ValueNotAnAmount.text(lang).into(),
        ValueProblem::OutOfBounds => T::ValueOutOfBounds.text(lang).into(),
        ValueProblem::TooLong => lower(T::ProblemTooLong.text(lang)),
        ValueProblem::Member(p) => lower(member_problem(lang, *p)),
        ValueProblem::Activity(p) => lower(activity_problem(lang, *p)),
        ValueProblem::Link(l) => match l {
            LinkProblem::NotAPayment => T::LinkValueNotAPayment,
            LinkProblem::PaysTwoRecords => T::LinkValuePaysTwo,
            LinkProblem::VisitDiffers => T::LinkValueVisitDiffers,
            LinkProblem::CostDiffers => T::LinkValueCostDiffers,
            LinkProblem::NamesAnotherRecord => T::LinkValueNamesAnother,
            LinkProblem::NotNamedBack => T::LinkValueNotNamedBack,
            LinkProblem::MustNameTheRecord => T::LinkValueMustName,
        }
        .text(lang)
        .into(),
    }
}

/// One line saying what a change did, for backups and the undo button.
pub fn change(lang: Lang, c: &Change) -> String {
    let text = |key: T, subject: &str| fill(key.text(lang), &[subject]);
    match c {
        Change::CreateBook(name) => text(T::ChangeCreate, name),
        Change::LoadDemo => text(T::ChangeDemo, ""),
        Change::EditUnion => text(T::ChangeUnion, ""),
        Change::AddGroup(name) => text(T::ChangeAddGroup, name),
        Change::RenameGroup(name) => text(T::ChangeRenameGroup, name),
        Change::RemoveGroup(name) => text(T::ChangeRemoveGroup, name),
        Change::AddMember(name) => text(T::ChangeAddMember, name),
        Change::EditMember(name) => text(T::ChangeEditMember, name),
        Change::DeleteMember(name) => text(T::ChangeDeleteMember, name),
        Change::RestoreMember(name) => text(T::ChangeRestoreMember, name),
        Change::PurgeMember(name) => text(T::ChangePurgeMember, name),
        Change::RecordMovement(name) => text(T::ChangeRecordMovement, name),
        Change::RemoveMovement(name) => text(T::ChangeRemoveMovement, name),
        Change::Appoint(name) => text(T::ChangeAppoint, name),
        Change::RemoveAppointment(name) => text(T::ChangeRemoveAppointment, name),
        Change::EditSettings => text(T::ChangeSettings, ""),
        Change::EditReport(what) => text(T::ChangeReport, what),
        Change::Finance(c) => finance::change(lang, c),
        Change::Import(name) => text(T::ChangeImport, name),
        Change::Merge(name) => text(T::ChangeMerge, name),
        Change::EndUnion => text(T::ChangeEndUnion, ""),
        Change::ReopenUnion => text(T::ChangeReopenUnion, ""),
        Change::ImportRoster(name) => text(T::ChangeImportRoster, name),
        Change::RestoreBackup(seq) => text(T::ChangeRestoreBackup, &seq.to_string()),
        Change::SaveRecord(record, name) => fill(record_change(lang, *record, false), &[name]),
        Change::RemoveRecord(record, name) => fill(record_change(lang, *record, true), &[name]),
        Change::SetTitles(what) => text(T::ChangeSetTitles, what),
        Change::Handover(date) => text(T::ChangeHandover, date),
        Change::RemoveHandover(date) => text(T::ChangeRemoveHandover, date),
        Change::StartTerm(term) => text(T::ChangeStartTerm, term),
        Change::Undo(inner) => text(T::ChangeUndo, &change(lang, inner)),
        Change::Redo(inner) => text(T::ChangeRedo, &change(lang, inner)),
    }
}
