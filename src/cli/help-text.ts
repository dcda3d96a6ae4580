/** The help pages (Vietnamese, with the English option names as typed). */
import { documentTypes } from "../core/catalog/document-types";
import { contentProfiles, formatProfiles } from "../core/profiles/builtin";

export const formats = ["text", "json", "html"] as const;
export type ReportFormat = (typeof formats)[number];

const ids = (list: readonly { id: string }[]) => list.map((p) => p.id).join("|");

export function generalHelp(version: string): string {
  return `bienban ${version} — soạn và kiểm tra biên bản, nghị quyết chi bộ (.docx)

Cách dùng:
  bienban check [tuỳ chọn] ĐƯỜNG_DẪN...   kiểm tra các tệp .docx hoặc cả thư mục
  bienban new LOẠI [tuỳ chọn] --out FILE   soạn văn bản từ mẫu (trống hoặc điền sẵn)
  bienban register [tuỳ chọn] ĐƯỜNG_DẪN... sổ theo dõi sinh hoạt của các chi bộ trong một kỳ
  bienban annotate FILE --out FILE         bản sao có nhận xét (comment Word) tại từng lỗi
  bienban score FILE [tuỳ chọn]            chấm điểm, xếp loại chất lượng buổi sinh hoạt
  bienban help [LỆNH]                      xem hướng dẫn của một lệnh
  bienban --version, -v                    xem phiên bản
  bienban --help, -h                       xem trang này

Lệnh:
  check   kiểm tra biên bản, nghị quyết theo hướng dẫn áp dụng cho ngày họp
  new     soạn biên bản, nghị quyết đúng thể thức từ mẫu
  register  Văn phòng: kiểm tra văn bản nhận được của cả kỳ, từng chi bộ theo tháng
  annotate  ghi nhận xét vào bản sao văn bản để gửi lại chi bộ
  score   chấm điểm buổi sinh hoạt theo bảng điểm của hồ sơ quy định
  help    hướng dẫn sử dụng

Ví dụ:
  bienban check "Bien ban thang 11.docx"
  bienban check --format html --out bao-cao.html HoSo/2025
  bienban check --profile ho-so-dang-uy-xa.json HoSo/
  bienban new thuong-ky --data tra-loi.json --out "Bien ban thang 11.docx"
  bienban register --from 2025-01 --to 2025-12 --out so-theo-doi.html --csv van-ban.csv HoSo/2025
  bienban annotate "Bien ban thang 11.docx" --out "Bien ban thang 11 - nhan xet.docx"
  bienban score "Bien ban thang 11.docx" --points hd42-chuan-bi=9
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

export function newHelp(): string {
  return `bienban new — soạn biên bản, nghị quyết chi bộ từ mẫu

Cách dùng:
  bienban new LOẠI [tuỳ chọn] --out FILE.docx

LOẠI (viết tắt hoặc đầy đủ):
  thuong-ky    biên bản sinh hoạt chi bộ thường kỳ (bien-ban-thuong-ky)
  chuyen-de    biên bản sinh hoạt chi bộ chuyên đề (bien-ban-chuyen-de)
  nghi-quyet   nghị quyết chi bộ
  chi-uy       biên bản họp chi ủy (bien-ban-chi-uy)

Không có --data: ghi mẫu trống, mỗi chỗ cần điền là dấu "…". Có --data: điền từ tệp câu trả lời
(JSON, xem docs/answers-example.json); câu trả lời sai (số có mặt nhiều hơn tổng số, ngày không có
trong lịch, giờ kết thúc trước giờ bắt đầu, số biểu quyết nhiều hơn số được biểu quyết…) được liệt kê
từng lỗi và không tệp nào được ghi. Thể thức theo ngày của văn bản (mặc định: ngày họp).

Tuỳ chọn:
  -o, --out FILE.docx          tệp sẽ ghi (bắt buộc); không ghi đè tệp đã có
  --data FILE.json             câu trả lời của văn bản cần soạn
  --from-minutes FILE.json     soạn nghị quyết từ câu trả lời của biên bản cùng cuộc họp
                               (cùng ngày, số dự họp, biểu quyết, nhiệm vụ); chỉ với LOẠI nghi-quyet
  --force                      cho phép ghi đè tệp --out đã có
  --profile FILE               tệp hồ sơ địa phương (JSON); dùng được nhiều lần
  --today YYYY-MM-DD           ngày "hôm nay" chọn thể thức cho mẫu trống (mặc định: ngày máy)
  -h, --help                   xem trang này

Ví dụ:
  bienban new thuong-ky --out mau-bien-ban.docx
  bienban new thuong-ky --data docs/answers-example.json --out "Bien ban thang 11.docx"
  bienban new nghi-quyet --from-minutes docs/answers-example.json --out "Nghi quyet thang 11.docx"

Mã thoát:
  0   đã ghi tệp
  2   dùng sai lệnh, tệp câu trả lời hỏng hoặc có lỗi, tệp --out đã có, hoặc không ghi được
`;
}

export function registerHelp(): string {
  return `bienban register — sổ theo dõi sinh hoạt chi bộ (Văn phòng cấp ủy)

Cách dùng:
  bienban register [tuỳ chọn] ĐƯỜNG_DẪN...

Đọc mọi tệp .docx trong ĐƯỜNG_DẪN (kể cả thư mục con), nhận ra chi bộ ban hành (dòng "CHI BỘ …",
không phân biệt chữ hoa, cách bỏ dấu), loại văn bản và tháng sinh hoạt; kiểm tra từng văn bản như
"bienban check", rồi xét theo sổ cho mỗi chi bộ trong kỳ:
  REG.MONTHLY     mỗi tháng có sinh hoạt thường kỳ (Điều lệ Đảng, Điều 24)
  REG.THEMATIC    mỗi quý có sinh hoạt chuyên đề, không thay sinh hoạt thường kỳ
  REG.RESOLUTION  mỗi kỳ sinh hoạt thường kỳ có nghị quyết hoặc kết luận
  REG.GRADE       mỗi tháng có xếp loại chất lượng; xu hướng xếp loại
  REG.ABSENCE_STREAK  đảng viên vắng nhiều kỳ liên tiếp (theo tên ghi trong biên bản)
Văn bản trùng, văn bản không xác định được chi bộ hay tháng, và tệp không đọc được đều được liệt kê,
không bỏ qua và không làm dừng việc kiểm tra.

Tuỳ chọn:
  --from YYYY-MM               tháng đầu kỳ (mặc định: tháng sớm nhất của các văn bản)
  --to YYYY-MM                 tháng cuối kỳ (mặc định: tháng muộn nhất)
  -o, --out FILE               ghi báo cáo vào tệp; mặc định là trang HTML (mở bằng trình duyệt,
                               in khổ A4 ngang)
  --format text|json|html      dạng báo cáo (mặc định: text ra màn hình, html khi có --out)
  --csv FILE                   ghi thêm bảng CSV, mỗi văn bản một dòng (mở bằng Excel)
  --profile FILE               tệp hồ sơ địa phương (JSON); dùng được nhiều lần
  --content-profile ${ids(contentProfiles).padEnd(11)} buộc dùng hồ sơ nội dung (mặc định: theo ngày họp)
  --format-profile ${ids(formatProfiles)}
                               buộc dùng hồ sơ thể thức (mặc định: theo ngày văn bản)
  --today YYYY-MM-DD           ngày "hôm nay" (mặc định: ngày máy)
  -h, --help                   xem trang này

Mã thoát:
  0   không có lỗi
  1   sổ theo dõi hoặc văn bản có lỗi (mức "lỗi")
  2   dùng sai lệnh, tệp hồ sơ hỏng, hoặc có tệp không đọc được
`;
}

export function annotateHelp(): string {
  return `bienban annotate — bản sao văn bản có nhận xét tại từng lỗi

Cách dùng:
  bienban annotate FILE.docx --out BAN-SAO.docx [tuỳ chọn]

Kiểm tra FILE.docx như "bienban check" rồi ghi bản sao có một nhận xét (comment của Word, tác giả
"bienban") tại mỗi chỗ cần sửa: mức độ, nội dung, mã yếu tố và văn bản hướng dẫn làm căn cứ. Văn
phòng gửi bản sao lại cho chi bộ. Tệp gốc không bao giờ bị sửa.

Tuỳ chọn:
  -o, --out FILE.docx          tệp bản sao (bắt buộc, khác tệp gốc)
  --force                      cho phép ghi đè tệp --out đã có
  --profile FILE               tệp hồ sơ địa phương (JSON); dùng được nhiều lần
  --content-profile ${ids(contentProfiles).padEnd(11)} buộc dùng hồ sơ nội dung
  --format-profile ${ids(formatProfiles)}
                               buộc dùng hồ sơ thể thức
  --type LOẠI                  buộc loại văn bản: ${documentTypes.join(", ")}
  --today YYYY-MM-DD           ngày "hôm nay" (mặc định: ngày máy)
  -h, --help                   xem trang này

Mã thoát:
  0   đã ghi bản sao, văn bản không có lỗi
  1   đã ghi bản sao, văn bản có lỗi (mức "lỗi")
  2   dùng sai lệnh, không đọc được tệp, tệp --out đã có (không có --force) hoặc không ghi được
`;
}

export function scoreHelp(): string {
  return `bienban score — chấm điểm, xếp loại chất lượng buổi sinh hoạt chi bộ

Cách dùng:
  bienban score FILE.docx [tuỳ chọn]

Chấm biên bản sinh hoạt chi bộ (thường kỳ, chuyên đề) theo bảng điểm của hồ sơ quy định: thời kỳ
Hướng dẫn 12 dùng năm nhóm tiêu chí với điểm theo sổ tay Bình Thuận [B], thời kỳ Hướng dẫn 42 dùng
khung 100 điểm [C, chưa kiểm chứng]; tệp hồ sơ địa phương có "scorecard" thì dùng bảng điểm đó.
Tiêu chí tính được từ biên bản (tỷ lệ tham dự, thời lượng, số đảng viên phát biểu, những nội dung
biên bản ghi) được chấm sẵn kèm số liệu; tiêu chí cần chi bộ đánh giá để trống (…) kèm cách chấm,
cho điểm bằng --points. Xếp loại: Tốt từ 90, Khá từ 70, Trung bình từ 50 điểm; chỉ xếp loại khi số
điểm còn trống không làm thay đổi kết quả.

Tuỳ chọn:
  --format text|json           dạng kết quả (mặc định: text)
  --points MÃ=ĐIỂM             điểm chi bộ chấm cho một tiêu chí; dùng được nhiều lần
  --profile FILE               tệp hồ sơ địa phương (JSON); dùng được nhiều lần
  --content-profile ${ids(contentProfiles).padEnd(11)} buộc dùng hồ sơ nội dung (mặc định: theo ngày họp)
  --type LOẠI                  buộc loại văn bản: bien-ban-thuong-ky, bien-ban-chuyen-de
  --today YYYY-MM-DD           ngày "hôm nay" khi biên bản không ghi ngày họp (mặc định: ngày máy)
  -h, --help                   xem trang này

Ví dụ:
  bienban score "Bien ban thang 11.docx"
  bienban score "Bien ban thang 11.docx" --format json
  bienban score "Bien ban thang 11.docx" --points hd42-chuan-bi=9 --points hd42-ket-qua=27

Mã thoát:
  0   đã chấm điểm
  2   dùng sai lệnh, điểm không hợp lệ, không đọc được tệp, hoặc văn bản không phải biên bản sinh hoạt chi bộ
`;
}
