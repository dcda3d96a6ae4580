/**
 * Valid documents the mutators start from: the tests' sample minutes and resolution written by
 * writeDocx, a hand-marked document exercising every construct the story reader knows (content
 * controls, tables with merges, fields, text boxes, tracked changes, headers, comments…) and
 * the LibreOffice-saved fixtures. Mutating real documents reaches far deeper than random bytes.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { modelToDocxSpec } from "../../src/docx/model-to-docx";
import { writeDocx } from "../../src/docx/write-docx";
import { p, rawDocx, themeXml } from "../helpers/raw-docx";
import { sampleMinutesSpec } from "../helpers/sample-minutes-spec";
import { sampleMinutes, sampleResolution } from "../helpers/samples";

export interface SeedDoc {
  label: string;
  bytes: Uint8Array;
  /** The seed's parts by name (unzipped once). */
  parts: Record<string, Uint8Array>;
}

/** Body markup touching every element the story reader handles. */
export const RICH_BODY =
  p("ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH") +
  '<w:sdt><w:sdtPr><w:alias w:val="Ngày họp"/><w:tag w:val="date"/><w:showingPlcHdr/></w:sdtPr><w:sdtEndPr/><w:sdtContent>' +
  p("ngày 05 tháng 11 năm 2025") +
  "</w:sdtContent></w:sdt>" +
  '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblBorders><w:top w:val="nil"/></w:tblBorders></w:tblPr>' +
  '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5000"/></w:tblGrid>' +
  '<w:tr><w:trPr/><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/><w:tcBorders/></w:tcPr>' +
  p("THƯ KÝ") +
  "</w:tc></w:tr><w:tr><w:tblPrEx/><w:tc><w:tcPr><w:vMerge/></w:tcPr>" +
  p("") +
  "</w:tc><w:tc>" +
  p("Lê Thị Bình") +
  "</w:tc></w:tr></w:tbl>" +
  '<w:p><w:pPr><w:pStyle w:val="Title"/><w:jc w:val="center"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' +
  '<w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr></w:pPr>' +
  '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:i/><w:u w:val="single"/><w:caps/><w:sz w:val="28"/></w:rPr>' +
  "<w:t>BIÊN BẢN</w:t><w:tab/><w:br/><w:cr/><w:noBreakHyphen/><w:softHyphen/><w:ptab/>" +
  '<w:sym w:font="Symbol" w:char="F0B7"/></w:r>' +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>05/11/2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
  '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' +
  '<w:del w:id="1" w:author="A"><w:r><w:delText>cũ</w:delText><w:delInstrText>X</w:delInstrText></w:r></w:del>' +
  '<w:moveFrom w:id="2" w:author="A"><w:r><w:t>dời</w:t></w:r></w:moveFrom>' +
  '<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> Chi bộ họp </w:t></w:r><w:r><w:commentReference w:id="0"/></w:r>' +
  '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing><wps:txbx><w:txbxContent>' +
  p("Hộp chữ") +
  "</w:txbxContent></wps:txbx></w:drawing></w:r></mc:Choice><mc:Fallback><w:r><w:pict><v:textbox><w:txbxContent>" +
  p("Hộp chữ") +
  "</w:txbxContent></v:textbox></w:pict></w:r></mc:Fallback></mc:AlternateContent>" +
  "</w:p>" +
  p("Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025.") +
  p("Biểu quyết: 14/14 đồng chí tán thành (100%).") +
  '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>' +
  '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/><w:titlePg/></w:sectPr>';

export const RICH_STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:latentStyles/><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>' +
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>';

let cached: SeedDoc[] | undefined;

function seed(label: string, bytes: Uint8Array): SeedDoc {
  return { label, bytes, parts: unzipSync(bytes) };
}

/** The seeds, built once per process. */
export function seedDocs(): SeedDoc[] {
  if (cached !== undefined) return cached;
  const out = [
    seed("sample-minutes-spec", writeDocx(sampleMinutesSpec())),
    seed("sample-minutes", writeDocx(modelToDocxSpec(sampleMinutes()))),
    seed("sample-resolution", writeDocx(modelToDocxSpec(sampleResolution()))),
    seed(
      "rich-markup",
      rawDocx({
        body: RICH_BODY,
        styles: RICH_STYLES,
        theme: themeXml("Times New Roman", "Times New Roman"),
        settings: "<w:mirrorMargins/><w:evenAndOddHeaders/>",
        headers: [p("ĐẢNG CỘNG SẢN VIỆT NAM")],
        footers: [p("Trang 1")],
        comments: '<w:comment w:id="0" w:author="Thư ký"><w:p><w:r><w:t>Xem lại</w:t></w:r></w:p></w:comment>',
      }),
    ),
  ];
  const fixtures = path.join(__dirname, "..", "fixtures");
  for (const rel of ["docx/libreoffice-resaved.docx", "corpus/bb-thon-loi.lo.docx"]) {
    const file = path.join(fixtures, rel);
    if (fs.existsSync(file)) out.push(seed(rel, new Uint8Array(fs.readFileSync(file))));
  }
  cached = out;
  return out;
}
