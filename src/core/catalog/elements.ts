/**
 * The element catalog of shared/spec/elements.md: the contract every finding names. Ids never change.
 * Severities here are the spec's defaults; a profile or overlay may override them (see profiles/).
 */
import type { GuidanceId } from "../guidance/catalog";
import type { DocumentType } from "./document-types";

export type Severity = "error" | "warning" | "info";

export type ElementSection = "header" | "minutes" | "thematic" | "resolution" | "computed" | "encoding" | "format" | "register";

export interface ElementDef {
  id: string;
  label: string;
  section: ElementSection;
  /** Document types the element applies to (register elements apply to none). */
  types: readonly DocumentType[];
  /** Default severity, per document type where the spec distinguishes. */
  severity: Severity | Partial<Record<DocumentType, Severity>> & { default: Severity };
  guidance: readonly GuidanceId[];
}

const ALL: readonly DocumentType[] = ["bien-ban-thuong-ky", "bien-ban-chuyen-de", "nghi-quyet", "bien-ban-chi-uy"];
const MINUTES: readonly DocumentType[] = ["bien-ban-thuong-ky", "bien-ban-chuyen-de", "bien-ban-chi-uy"];
const MEETING: readonly DocumentType[] = ["bien-ban-thuong-ky", "bien-ban-chuyen-de"];
const REGULAR: readonly DocumentType[] = ["bien-ban-thuong-ky"];
const NQ: readonly DocumentType[] = ["nghi-quyet"];
const THEMATIC: readonly DocumentType[] = ["bien-ban-chuyen-de", "bien-ban-thuong-ky"];
const VOTING: readonly DocumentType[] = ["bien-ban-thuong-ky", "bien-ban-chuyen-de", "nghi-quyet"];

const def = (id: string, label: string, section: ElementSection, types: readonly DocumentType[], severity: ElementDef["severity"], guidance: readonly GuidanceId[]): ElementDef =>
  ({ id, label, section, types, severity, guidance });

export const elements: readonly ElementDef[] = [
  // 1. Header and format components
  def("HDR.PARTY_TITLE", "Tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\"", "header", ALL, "error", ["G-QD66", "G-QD399", "G-HD36"]),
  def("HDR.UPPER_ORG", "Tên cấp ủy cấp trên", "header", ALL, "warning", ["G-HD36"]),
  def("HDR.ISSUER", "Tên chi bộ ban hành", "header", ALL, "error", ["G-HD36"]),
  def("HDR.STAR", "Dấu \"*\" dưới tên chi bộ", "header", ALL, "info", ["G-HD36"]),
  def("HDR.NUMBER", "Số và ký hiệu", "header", ALL, { default: "warning", "nghi-quyet": "error" }, ["G-HD36", "G-HD16"]),
  def("HDR.PLACE_DATE", "Địa danh, ngày tháng năm", "header", ALL, { default: "warning", "nghi-quyet": "error" }, ["G-HD36", "G-HD16"]),
  def("HDR.TYPE_TITLE", "Tên loại văn bản", "header", ALL, "error", ["G-HD36"]),
  def("HDR.SUBJECT", "Trích yếu / kỳ họp", "header", ALL, "error", ["G-HD36"]),
  // 2. Biên bản
  def("BB.START_TIME", "Thời gian bắt đầu", "minutes", MINUTES, "error", ["G-HD16"]),
  def("BB.PLACE", "Địa điểm", "minutes", MINUTES, "error", ["G-HD16"]),
  def("BB.CHAIR", "Chủ trì", "minutes", MINUTES, "error", ["G-HD16", "G-HD12"]),
  def("BB.SECRETARY", "Thư ký", "minutes", MINUTES, "error", ["G-HD12", "G-HD16"]),
  def("BB.PURPOSE", "Tuyên bố lý do", "minutes", MEETING, "warning", ["G-HD12"]),
  def("BB.GUESTS", "Đại biểu dự", "minutes", MEETING, "error", ["G-HD12", "G-HD16", "G-SEED"]),
  def("BB.MEMBERSHIP", "Tổng số đảng viên", "minutes", MEETING, "error", ["G-HD09", "G-QD24"]),
  def("BB.PRESENT", "Số có mặt", "minutes", MINUTES, "error", ["G-HD12"]),
  def("BB.ABSENT_EXCUSED", "Vắng có lý do", "minutes", MEETING, "error", ["G-HD12", "G-HD16"]),
  def("BB.ABSENT_UNEXCUSED", "Vắng không lý do", "minutes", MEETING, "error", ["G-HD12"]),
  def("BB.AGENDA_ADOPTED", "Thông qua chương trình", "minutes", MEETING, "warning", ["G-HD12"]),
  def("BB.DUES", "Đảng phí", "minutes", MEETING, "info", ["G-HD09", "G-HD42"]),
  def("BB.NEWS", "Thông tin thời sự, văn bản cấp trên", "minutes", REGULAR, "error", ["G-HD12"]),
  def("BB.IDEOLOGY", "Tình hình tư tưởng", "minutes", REGULAR, "warning", ["G-HD12"]),
  def("BB.REVIEW", "Đánh giá kết quả tháng", "minutes", REGULAR, "error", ["G-HD12"]),
  def("BB.NEXT_TASKS", "Nhiệm vụ tháng tới", "minutes", REGULAR, "error", ["G-HD12"]),
  def("BB.COMMEND", "Biểu dương, nhắc nhở", "minutes", MEETING, "warning", ["G-HD12"]),
  def("BB.DISCUSSION", "Ý kiến thảo luận", "minutes", MEETING, "error", ["G-HD16", "G-HD12"]),
  def("BB.SELF_CRITICISM", "Tự phê bình và phê bình", "minutes", MEETING, "warning", ["G-HD12", "G-HD42"]),
  def("BB.CONCLUSION", "Kết luận của chủ trì", "minutes", MINUTES, "error", ["G-HD12", "G-HD16"]),
  def("BB.VOTE", "Biểu quyết", "minutes", MEETING, "error", ["G-HD16", "G-DL9"]),
  def("BB.RESERVED_OPINION", "Ý kiến bảo lưu", "minutes", MEETING, "warning", ["G-DL9"]),
  def("BB.QUALITY_GRADE", "Đánh giá chất lượng buổi sinh hoạt", "minutes", MEETING, "warning", ["G-HD42", "G-BT", "G-SEED"]),
  def("BB.MINUTES_ADOPTED", "Thông qua biên bản", "minutes", MEETING, "warning", ["G-HD12"]),
  def("BB.END_TIME", "Thời gian kết thúc", "minutes", MINUTES, "error", ["G-HD16"]),
  def("BB.SIGN_CHAIR", "Chữ ký chủ trì", "minutes", MINUTES, "error", ["G-HD16"]),
  def("BB.SIGN_SECRETARY", "Chữ ký thư ký", "minutes", MINUTES, "error", ["G-HD16"]),
  // Thematic part
  def("CD.TOPIC", "Tên chuyên đề", "thematic", THEMATIC, "error", ["G-HD12", "G-HD42"]),
  def("CD.PRESENTER", "Người trình bày chuyên đề", "thematic", THEMATIC, "error", ["G-HD12"]),
  def("CD.RELATION", "Liên hệ, thảo luận chuyên đề", "thematic", THEMATIC, "warning", ["G-HD12"]),
  def("CD.CONCLUSION", "Kết luận chuyên đề", "thematic", THEMATIC, "error", ["G-HD12"]),
  // 3. Nghị quyết
  def("NQ.PREAMBLE", "Đoạn mở đầu", "resolution", NQ, "warning", ["G-HD36"]),
  def("NQ.REVIEW", "Đánh giá kết quả", "resolution", NQ, "error", ["G-HD12"]),
  def("NQ.TASKS", "Nhiệm vụ, giải pháp", "resolution", NQ, "error", ["G-HD12", "G-HD42"]),
  def("NQ.ASSIGNMENT", "Phân công, tổ chức thực hiện", "resolution", NQ, "warning", ["G-HD42", "G-SEED"]),
  def("NQ.VOTE_RESULT", "Kết quả biểu quyết", "resolution", NQ, "error", ["G-DL9", "G-QD24"]),
  def("NQ.RECIPIENTS", "Nơi nhận", "resolution", NQ, "error", ["G-QD66", "G-QD399", "G-HD36"]),
  def("NQ.SIGNATURE", "Thể thức đề ký", "resolution", NQ, "error", ["G-HD36"]),
  // 4. Computed checks
  def("CHK.ATTENDANCE_SUM", "Cộng số có mặt, vắng", "computed", MEETING, "error", ["G-HD12", "G-QD24"]),
  def("CHK.ATTENDANCE_RATE", "Tỷ lệ đảng viên dự họp", "computed", MEETING, "warning", ["G-HD12", "G-HD42"]),
  def("CHK.VOTE_MAJORITY", "Quá nửa tán thành", "computed", VOTING, "error", ["G-DL9", "G-QD24"]),
  def("CHK.VOTE_PROBATIONARY", "Đảng viên dự bị không biểu quyết", "computed", VOTING, "error", ["G-DL3"]),
  def("CHK.VOTE_SUM", "Cộng kết quả biểu quyết", "computed", VOTING, "error", ["G-HD16", "G-DL9"]),
  def("CHK.SPECIAL_MAJORITY", "Hai phần ba tán thành (kết nạp, công nhận chính thức)", "computed", VOTING, "error", ["G-DL4", "G-QD24"]),
  def("CHK.DURATION", "Thời lượng sinh hoạt", "computed", MEETING, "warning", ["G-HD12", "G-HD42"]),
  def("CHK.TIME_ORDER", "Giờ kết thúc sau giờ bắt đầu", "computed", MINUTES, "error", ["G-HD16"]),
  def("CHK.DATE_VALID", "Ngày tháng hợp lệ", "computed", ALL, "error", ["G-HD36", "G-QD66", "G-QD399"]),
  def("CHK.DATE_FORMAT", "Cách ghi ngày tháng", "computed", ALL, "warning", ["G-HD36"]),
  def("CHK.NUMBER_FORMAT", "Cách ghi số và ký hiệu", "computed", ALL, "warning", ["G-HD36"]),
  def("CHK.SIGN_FORM", "Thể thức đề ký T/M", "computed", ALL, "error", ["G-HD36"]),
  def("CHK.STATE_STYLE", "Lẫn thể thức văn bản nhà nước", "computed", ALL, "error", ["G-HD36"]),
  def("CHK.TASK_SPECIFIC", "Nhiệm vụ có người thực hiện và thời hạn", "computed", VOTING, "warning", ["G-SEED", "G-HD42"]),
  def("CHK.SPEAKERS", "Số đảng viên phát biểu", "computed", MEETING, "warning", ["G-HD12", "G-SEED"]),
  def("CHK.PLACEHOLDERS", "Còn chỗ trống chưa điền", "computed", ALL, "error", ["G-HD36", "G-QD66", "G-QD399"]),
  def("CHK.CROSS_DOC", "Biên bản và nghị quyết khớp nhau", "computed", VOTING, "error", ["G-HD12", "G-DL9"]),
  // 5. Encoding and typography
  def("ENC.LEGACY_FONT", "Phông chữ TCVN3 / VNI", "encoding", ALL, "error", ["G-HD36"]),
  def("ENC.LEGACY_TEXT", "Chữ TCVN3 / VNI trong phông Unicode", "encoding", ALL, "error", ["G-HD36"]),
  def("ENC.MOJIBAKE", "Chữ lỗi mã (UTF-8 đọc sai)", "encoding", ALL, "error", ["G-HD36"]),
  def("ENC.NFD", "Chữ tổ hợp (chưa dựng sẵn)", "encoding", ALL, "warning", ["G-HD36"]),
  def("ENC.LOOKALIKE", "Chữ Ð/ð thay cho Đ/đ", "encoding", ALL, "error", ["G-HD36"]),
  def("ENC.INVISIBLE", "Ký tự ẩn", "encoding", ALL, "warning", ["G-HD36"]),
  def("FMT.PAGE", "Khổ giấy A4 đứng", "format", ALL, "warning", ["G-HD36"]),
  def("FMT.MARGINS", "Lề trang", "format", ALL, "warning", ["G-HD36"]),
  def("FMT.FONT", "Phông chữ Times New Roman", "format", ALL, "warning", ["G-HD36"]),
  def("FMT.SIZES", "Cỡ chữ", "format", ALL, "warning", ["G-HD36"]),
  def("FMT.PAGE_NUMBER", "Đánh số trang", "format", ALL, "info", ["G-HD36"]),
  def("FMT.SPACING", "Khoảng trắng, dấu câu", "format", ALL, "info", ["G-HD36"]),
  // 6. Register
  def("REG.MONTHLY", "Sinh hoạt thường kỳ hằng tháng", "register", [], "error", ["G-DL24"]),
  def("REG.THEMATIC", "Sinh hoạt chuyên đề mỗi quý", "register", [], "warning", ["G-HD12", "G-HD42"]),
  def("REG.RESOLUTION", "Nghị quyết hoặc kết luận cho mỗi kỳ họp", "register", [], "warning", ["G-HD12"]),
  def("REG.GRADE", "Xếp loại chất lượng hằng tháng", "register", [], "info", ["G-HD42", "G-SEED"]),
  def("REG.ABSENCE_STREAK", "Đảng viên vắng nhiều kỳ liên tiếp", "register", [], "warning", ["G-HD12", "G-DL24"]),
];

const byId = new Map(elements.map((e) => [e.id, e]));

export type ElementId = string;

export function elementById(id: string): ElementDef | undefined {
  return byId.get(id);
}

export function isElementId(id: string): boolean {
  return byId.has(id) || /^LOC\.[A-Z0-9_]+$/.test(id);
}

/** The spec's default severity of an element for a document type. */
export function defaultSeverity(el: ElementDef, type: DocumentType | null): Severity {
  if (typeof el.severity === "string") return el.severity;
  return (type && el.severity[type]) || el.severity.default;
}
