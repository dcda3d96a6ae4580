/**
 * A long document (about 100 A4 pages) marked up the way Word writes it — rsid attributes, direct
 * formatting on every run, proofing marks, bookmarks, a header block table — for timing the reader.
 */

import { rawDocx, themeXml } from "./raw-docx";

const WORDS = (
  "Chi bộ thôn Hòa Bình họp thường kỳ tháng mười một năm hai nghìn không trăm hai mươi lăm dự họp đảng viên " +
  "đồng chí Nguyễn Văn A Bí thư chủ trì lãnh đạo thực hiện nhiệm vụ kinh tế xã hội quốc phòng an ninh"
).split(" ");

const RPR =
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>%B<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>';

export function wordLikeDocx(paragraphs = 2600): Uint8Array {
  let seed = 1;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const sentence = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(" ");
  const parts: string[] = [];
  parts.push(
    '<w:tbl><w:tblPr><w:tblW w:w="9356" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>' +
      '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4253"/>' +
      '<w:gridCol w:w="5103"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4253" w:type="dxa"/></w:tcPr>' +
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${RPR.replace("%B", "")}<w:t>ĐẢNG BỘ XÃ TUY LỘC</w:t></w:r></w:p></w:tc>` +
      '<w:tc><w:tcPr><w:tcW w:w="5103" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>' +
      `<w:jc w:val="center"/></w:pPr><w:r>${RPR.replace("%B", "<w:b/><w:bCs/>")}<w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
  );
  for (let i = 0; i < paragraphs; i++) {
    const runs: string[] = [];
    const n = 2 + Math.floor(rnd() * 4);
    for (let r = 0; r < n; r++) {
      const rpr = RPR.replace("%B", r === 0 && i % 7 === 0 ? "<w:b/><w:bCs/>" : "");
      runs.push(`<w:r w:rsidRPr="00A1B2C3">${rpr}<w:t xml:space="preserve">${sentence(3 + Math.floor(rnd() * 10))} </w:t></w:r>`);
    }
    parts.push(
      `<w:p w14:paraId="1A2B${(i % 10000).toString(16).padStart(4, "0")}" w14:textId="77777777" w:rsidR="00D12345" w:rsidRDefault="00D12345" w:rsidP="00E54321">` +
        '<w:pPr><w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/>' +
        `${RPR.replace("%B", "")}</w:pPr><w:proofErr w:type="spellStart"/>${runs.join("")}<w:proofErr w:type="spellEnd"/>` +
        `<w:bookmarkStart w:id="${i}" w:name="_Toc${i}"/><w:bookmarkEnd w:id="${i}"/></w:p>`,
    );
  }
  parts.push(
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:pgSz w:w="11906" w:h="16838"/>' +
      '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>',
  );
  const latent = Array.from({ length: 370 }, (_, i) => `<w:lsdException w:name="style ${i}" w:uiPriority="${i}" w:qFormat="1"/>`).join("");
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    `<w:latentStyles w:defLockedState="0" w:count="376">${latent}</w:latentStyles>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>';
  const header = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>';
  return rawDocx({
    body: parts.join(""),
    styles,
    theme: themeXml("Calibri Light", "Calibri"),
    settings: '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>',
    headers: [header],
  });
}
