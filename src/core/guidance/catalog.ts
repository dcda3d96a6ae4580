/**
 * The guidance findings cite (shared/spec/guidance.md). Codes are stable: add, never rename.
 * `confidence` keeps the spec's mark so the UI can say when a rule rests on weak sources.
 */
export type Confidence = "A" | "O" | "B" | "C" | "U";

export interface Guidance {
  code: string;
  /** Short Vietnamese title shown beside a finding. */
  title: string;
  issuer: string;
  /** ISO date of issue, when known. */
  date?: string;
  status: string;
  confidence: Confidence;
}

export const guidanceCatalog = {
  "G-DL3": { code: "G-DL3", title: "Điều lệ Đảng, Điều 3 (quyền của đảng viên dự bị)", issuer: "Đại hội Đảng XI", date: "2011-01-19", status: "Có hiệu lực", confidence: "A" },
  "G-DL4": { code: "G-DL4", title: "Điều lệ Đảng, Điều 4 khoản 3 (kết nạp: ≥ 2/3 đảng viên chính thức)", issuer: "Đại hội Đảng XI", date: "2011-01-19", status: "Có hiệu lực", confidence: "A" },
  "G-DL9": { code: "G-DL9", title: "Điều lệ Đảng, Điều 9 khoản 5 (nghị quyết có giá trị khi quá nửa tán thành)", issuer: "Đại hội Đảng XI", date: "2011-01-19", status: "Có hiệu lực", confidence: "A" },
  "G-DL24": { code: "G-DL24", title: "Điều lệ Đảng, Điều 24 (chi bộ họp thường lệ mỗi tháng một lần)", issuer: "Đại hội Đảng XI", date: "2011-01-19", status: "Có hiệu lực", confidence: "A" },
  "G-QD24": { code: "G-QD24", title: "Quy định thi hành Điều lệ Đảng (24-QĐ/TW, điểm 9.3.2; nay 294-QĐ/TW)", issuer: "Ban Chấp hành Trung ương", date: "2021-07-30", status: "24 thay bằng 294-QĐ/TW (26/5/2025); số điểm của 294 chưa đối chiếu", confidence: "A" },
  "G-HD09": { code: "G-HD09", title: "Hướng dẫn 09-HD/BTCTW về nội dung sinh hoạt chi bộ", issuer: "Ban Tổ chức Trung ương", date: "2012-03-02", status: "Đã thay bằng HD 12", confidence: "B" },
  "G-HD12": { code: "G-HD12", title: "Hướng dẫn 12-HD/BTCTW về nâng cao chất lượng sinh hoạt chi bộ", issuer: "Ban Tổ chức Trung ương", date: "2018-07-06", status: "Áp dụng cho cuộc họp trước 28/10/2025", confidence: "A" },
  "G-HD42": { code: "G-HD42", title: "Hướng dẫn 42-HD/BTCTW về sinh hoạt chi bộ", issuer: "Ban Tổ chức Trung ương", date: "2025-10-28", status: "Hiện hành (chưa xem toàn văn)", confidence: "B" },
  "G-CT50": { code: "G-CT50", title: "Chỉ thị 50-CT/TW về đổi mới, nâng cao chất lượng sinh hoạt chi bộ", issuer: "Ban Bí thư", date: "2025-07-23", status: "Hiện hành", confidence: "B" },
  "G-HD16": { code: "G-HD16", title: "Hướng dẫn 16-HD/VPTW về ghi biên bản hội nghị cấp ủy", issuer: "Văn phòng Trung ương", date: "2023-02-23", status: "Có hiệu lực (mẫu tham khảo cho chi bộ)", confidence: "A" },
  "G-QD66": { code: "G-QD66", title: "Quy định 66-QĐ/TW về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng", issuer: "Ban Bí thư", date: "2017-02-06", status: "Áp dụng cho văn bản trước 09/01/2026", confidence: "A" },
  "G-QD399": { code: "G-QD399", title: "Quy định 399-QĐ/TW về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng", issuer: "Ban Bí thư", date: "2026-01-09", status: "Có hiệu lực từ 09/01/2026", confidence: "A" },
  "G-HD36": { code: "G-HD36", title: "Hướng dẫn 36-HD/VPTW về thể thức và kỹ thuật trình bày văn bản của Đảng", issuer: "Văn phòng Trung ương", date: "2018-04-03", status: "Đang áp dụng", confidence: "A" },
  "G-HD05": { code: "G-HD05", title: "Hướng dẫn 05-HD/VPTW (chưa kiểm chứng)", issuer: "Văn phòng Trung ương", status: "Chưa kiểm chứng; không áp dụng", confidence: "C" },
  "G-BT": { code: "G-BT", title: "Sổ tay điện tử Đảng ủy Khối tỉnh Bình Thuận (đánh giá chất lượng sinh hoạt)", issuer: "Đảng ủy Khối tỉnh Bình Thuận", status: "Hướng dẫn địa phương", confidence: "B" },
  "G-DKN": { code: "G-DKN", title: "01-HD/ĐUK (2019) và 04-HD/ĐUK (2021) của Đảng ủy Khối tỉnh Đắk Nông", issuer: "Ban Thường vụ Đảng ủy Khối tỉnh Đắk Nông", status: "Chưa tìm thấy văn bản", confidence: "U" },
  "G-SEED": { code: "G-SEED", title: "Kết luận của Ban Chấp hành Đảng bộ Khối CCQ&DN tỉnh Đắk Nông về nâng cao chất lượng sinh hoạt chi bộ (11/2021)", issuer: "Đảng bộ Khối CCQ&DN tỉnh Đắk Nông", date: "2021-11-01", status: "Tài liệu lịch sử", confidence: "A" },
} as const satisfies Record<string, Guidance>;

export type GuidanceId = keyof typeof guidanceCatalog;

export const guidanceIds = Object.keys(guidanceCatalog) as GuidanceId[];

export function isGuidanceId(code: string): code is GuidanceId {
  return Object.prototype.hasOwnProperty.call(guidanceCatalog, code);
}

export function guidanceOf(code: GuidanceId): Guidance {
  return guidanceCatalog[code];
}
