/** The help pages (Vietnamese, with the English option names as typed). */
import { documentTypes } from "../core/catalog/document-types";
import { contentProfiles, formatProfiles } from "../core/profiles/builtin";

export const formats = ["text", "json", "html"] as const;
export type ReportFormat = (typeof formats)[number];

const ids = (list: readonly { id: string }[]) => list.map((p) => p.id).join("|");

export function generalHelp(version: string): string {
  return `bienban ${version} — kiểm tra biên bản, nghị quyết chi bộ (.docx)

Cách dùng:
  bienban check [tuỳ chọn] ĐƯỜNG_DẪN...   kiểm tra các tệp .docx hoặc cả thư mục
  bienban help [LỆNH]                      xem hướng dẫn của một lệnh
  bienban --version, -v                    xem phiên bản
  bienban --help, -h                       xem trang này

Lệnh:
  check   kiểm tra biên bản, nghị quyết theo hướng dẫn áp dụng cho ngày họp
  help    hướng dẫn sử dụng

Ví dụ:
  bienban check "Bien ban thang 11.docx"
  bienban check --format html --out bao-cao.html HoSo/2025
  bienban check --profile ho-so-dang-uy-xa.json HoSo/
`;
}

export function checkHelp(): string {
  return `bienban check — kiểm tra biên bản, nghị quyết chi bộ

Cách dùng:
  bienban check [tuỳ chọn] ĐƯỜNG_DẪN...

ĐƯỜNG_DẪN là tệp .docx hoặc thư mục: trong thư mục, mọi tệp .docx (kể cả thư mục con) đều được
kiểm tra, trừ tệp khoá "~$…" của Word và thư mục ẩn. Biên bản và nghị quyết của cùng chi bộ, cùng
ngày họp trong một lần kiểm tra được đối chiếu với nhau (ngày, số dự họp, kết quả biểu quyết).

Tuỳ chọn:
  --format text|json|html      dạng báo cáo (mặc định: text)
  -o, --out FILE               ghi báo cáo vào tệp thay vì in ra màn hình
  --profile FILE               tệp hồ sơ địa phương (JSON); dùng được nhiều lần
  --content-profile ${ids(contentProfiles).padEnd(11)} buộc dùng hồ sơ nội dung (mặc định: theo ngày họp)
  --format-profile ${ids(formatProfiles)}
                               buộc dùng hồ sơ thể thức (mặc định: theo ngày văn bản)
  --type LOẠI                  buộc loại văn bản, một trong:
                               ${documentTypes.join(", ")}
  --today YYYY-MM-DD           ngày "hôm nay" dùng khi xét ngày tương lai (mặc định: ngày máy)
  -h, --help                   xem trang này

Mã thoát:
  0   không văn bản nào có lỗi
  1   có văn bản có lỗi (mức "lỗi")
  2   dùng sai lệnh, tệp hồ sơ hỏng, hoặc có tệp không đọc được
`;
}
