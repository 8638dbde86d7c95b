//! A `Document` as a Word file, with docx-rs, in the administrative layout: A4 portrait, Times New Roman
//! 13 pt, margins of Nghị định 30/2020 (top and bottom 2 cm, left 3 cm, right 1.5 cm), the header as two
//! columns without borders, a centred bold title, justified paragraphs, bordered tables, and the page number
//! in the footer.

use super::{AdminHeader, Block, Document, Signature};
use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, LineSpacingType, PageMargin, PageNum, Paragraph, Run, RunFonts,
    SpecialIndentType, Table, TableCell, TableLayoutType, TableRow, WidthType,
};

const FONT: &str = "Times New Roman";
/// Sizes in half-points.
const BODY: usize = 26;
const TITLE: usize = 28;
/// The header's lines but the motto: 12 pt, so the national title holds on one line (a long union name wraps,
/// as it does on paper).
const HEADER: usize = 24;
/// A4 in twentieths of a point, and the width left for text between the margins.
const A4: (u32, u32) = (11_906, 16_838);
const LEFT: i32 = 1_701;
const RIGHT: i32 = 851;
const TEXT_WIDTH: usize = (A4.0 as i32 - LEFT - RIGHT) as usize;
/// The issuer's column of the header; the nation's takes the rest.
const ISSUER_WIDTH: usize = 3_800;

pub fn write(document: &Document) -> Result<Vec<u8>, String> {
    let fonts = RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(FONT).cs(FONT);
    let mut docx = Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(PageMargin {
            top: 1_134,
            left: LEFT,
            bottom: 1_134,
            right: RIGHT,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(fonts)
        .default_size(BODY)
        .default_line_spacing(body_spacing())
        .footer(Footer::new().add_paragraph(Paragraph::new().align(AlignmentType::Center).add_page_num(PageNum::new())))
        .add_table(header(&document.header))
        .add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(360).after(0))
                .add_run(Run::new().add_text(&document.title).bold().size(TITLE)),
        );
    if !document.subtitle.is_empty() {
        docx = docx.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(0).after(0))
                .add_run(Run::new().add_text(&document.subtitle).bold()),
        );
    }
    docx = docx.add_paragraph(Paragraph::new());
    for block in &document.blocks {
        docx = match block {
            Block::Heading(text) => docx.add_paragraph(
                Paragraph::new()
                    .keep_next(true)
                    .line_spacing(LineSpacing::new().before(120).after(120))
                    .add_run(Run::new().add_text(text).bold()),
            ),
            Block::Paragraph(text) => text.split('\n').fold(docx, |d, line| {
                d.add_paragraph(
                    Paragraph::new()
                        .align(AlignmentType::Both)
                        .line_spacing(body_spacing())
                        .indent(None, Some(SpecialIndentType::FirstLine(567)), None, None)
                        .add_run(Run::new().add_text(line.trim_end())),
                )
            }),
            Block::Table { caption, header, rows } => {
                let docx = if caption.is_empty() {
                    docx
                } else {
                    docx.add_paragraph(
                        Paragraph::new()
                            .align(AlignmentType::Center)
                            .keep_next(true)
                            .line_spacing(LineSpacing::new().before(120).after(60))
                            .add_run(Run::new().add_text(caption).bold()),
                    )
                };
                docx.add_table(table(header, rows)).add_paragraph(Paragraph::new())
            }
            Block::Signatures(blocks) => docx.add_table(signatures(blocks)),
            Block::Closing { recipients, signature } => docx.add_table(closing(recipients, signature)),
        };
    }
    let mut out = std::io::Cursor::new(Vec::new());
    docx.pack(&mut out).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// 6 pt after each paragraph, lines at 1.2: said on every paragraph too, as not every reader applies the
/// document's defaults.
fn body_spacing() -> LineSpacing {
    LineSpacing::new().before(0).after(120).line(288).line_rule(LineSpacingType::Auto)
}

/// A paragraph inside a table: no space around it beyond the cell's own.
fn in_cell(align: AlignmentType) -> Paragraph {
    Paragraph::new().align(align).line_spacing(LineSpacing::new().before(40).after(40).line(240))
}

/// The administrative header: one row of two borderless cells.
fn header(h: &AdminHeader) -> Table {
    let last = h.left.len().saturating_sub(1);
    let mut issuer =
        h.left.iter().enumerate().fold(TableCell::new().width(ISSUER_WIDTH, WidthType::Dxa), |cell, (i, line)| {
            let run = Run::new().add_text(line).size(HEADER);
            cell.add_paragraph(in_cell(AlignmentType::Center).add_run(if i == last { run.bold() } else { run }))
        });
    if !h.number.is_empty() {
        issuer = issuer.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(200).after(0).line(240))
                .add_run(Run::new().add_text(&h.number).size(HEADER)),
        );
    }
    let last = h.right.len().saturating_sub(1);
    let mut nation = h.right.iter().enumerate().fold(
        TableCell::new().width(TEXT_WIDTH - ISSUER_WIDTH, WidthType::Dxa),
        |cell, (i, line)| {
            let run = Run::new().add_text(line).bold();
            let run = if i == last { run.underline("single") } else { run.size(HEADER) };
            cell.add_paragraph(in_cell(AlignmentType::Center).add_run(run))
        },
    );
    if !h.date_line.is_empty() {
        nation = nation.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(200).after(0).line(240))
                .add_run(Run::new().add_text(&h.date_line).italic()),
        );
    }
    Table::without_borders(vec![TableRow::new(vec![issuer, nation])])
        .set_grid(vec![ISSUER_WIDTH, TEXT_WIDTH - ISSUER_WIDTH])
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// The signature blocks: one row of borderless cells of equal width, with five empty lines to sign on.
fn signatures(blocks: &[Signature]) -> Table {
    let width = TEXT_WIDTH / blocks.len().max(1);
    let cells = blocks.iter().map(|s| signature(s, width)).collect();
    Table::without_borders(vec![TableRow::new(cells).cant_split()])
        .set_grid(vec![width; blocks.len()])
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

fn signature(s: &Signature, width: usize) -> TableCell {
    let line = |run: Run| in_cell(AlignmentType::Center).add_run(run);
    let cell = s.title.iter().fold(TableCell::new().width(width, WidthType::Dxa), |c, t| {
        c.add_paragraph(line(Run::new().add_text(t).bold()))
    });
    let cell = (0..5).fold(cell.add_paragraph(line(Run::new().add_text(&s.hint).italic())), |c, _| {
        c.add_paragraph(Paragraph::new())
    });
    cell.add_paragraph(line(Run::new().add_text(&s.name).bold()))
}

/// "Nơi nhận:" (bold italic) and its lines in small type on the left, as the issuer's column is wide; the
/// signature on the right.
fn closing(recipients: &[String], sign: &Signature) -> Table {
    let left = recipients.iter().enumerate().fold(TableCell::new().width(ISSUER_WIDTH, WidthType::Dxa), |c, (i, r)| {
        let run = Run::new().add_text(r).size(HEADER - 2);
        c.add_paragraph(in_cell(AlignmentType::Left).add_run(if i == 0 { run.bold().italic() } else { run }))
    });
    Table::without_borders(vec![TableRow::new(vec![left, signature(sign, TEXT_WIDTH - ISSUER_WIDTH)]).cant_split()])
        .set_grid(vec![ISSUER_WIDTH, TEXT_WIDTH - ISSUER_WIDTH])
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// Text that reads as a number, a share or a count ("45", "31,11%", "1.250.000"): right-aligned.
fn numeric(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || ".,% ".contains(c))
}

/// Widths of the columns, shared out over the text width by the longest text in each (at least a little).
fn widths(header: &[String], rows: &[Vec<String>]) -> Vec<usize> {
    let count = header.len().max(rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
    let longest: Vec<usize> = (0..count)
        .map(|c| {
            std::iter::once(header.get(c))
                .chain(rows.iter().map(|r| r.get(c)))
                .flatten()
                .map(|t| t.chars().count())
                .max()
                .unwrap_or(0)
                .clamp(4, 60)
        })
        .collect();
    let sum: usize = longest.iter().sum();
    longest.iter().map(|l| TEXT_WIDTH * l / sum).collect()
}

fn table(header: &[String], rows: &[Vec<String>]) -> Table {
    let grid = widths(header, rows);
    let cell = |c: usize, text: &str, bold: bool| {
        let align = if bold {
            AlignmentType::Center
        } else if numeric(text) {
            AlignmentType::Right
        } else {
            AlignmentType::Left
        };
        let run = Run::new().add_text(text);
        TableCell::new().width(grid[c], WidthType::Dxa).add_paragraph(in_cell(align).add_run(if bold {
            run.bold()
        } else {
            run
        }))
    };
    let line = |texts: &[String], bold: bool| {
        TableRow::new((0..grid.len()).map(|c| cell(c, texts.get(c).map_or("", String::as_str), bold)).collect())
            .cant_split()
    };
    let mut all = Vec::with_capacity(rows.len() + 1);
    if !header.is_empty() {
        all.push(line(header, true));
    }
    all.extend(rows.iter().map(|r| line(r, false)));
    Table::new(all).set_grid(grid).width(TEXT_WIDTH, WidthType::Dxa).layout(TableLayoutType::Fixed)
}
