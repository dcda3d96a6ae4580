/**
 * What the secretary reads beside each section of the step-by-step guide: what to record, why it is
 * required, and an example line (modelled on process.md §9; names are invented). One entry per
 * element of elements.md §1–3; the project's own wording, plain Vietnamese for a first-time secretary.
 */
export interface StepText {
  /** What to write, in one or two short sentences. */
  record: string;
  /** Why it is required (the guidance codes are shown beside it). */
  why: string;
  /** A line as it appears in a correct document. */
  example: string;
}

export const stepTexts: Readonly<Record<string, StepText>> = {
  "HDR.PARTY_TITLE": {
    record: "Dòng tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, chữ in hoa, đứng, đậm, ở góc phải trang đầu, có đường kẻ ngang bên dưới.",
    why: "Là thành phần bắt buộc của mọi văn bản của Đảng.",
    example: "ĐẢNG CỘNG SẢN VIỆT NAM",
  },
  "HDR.UPPER_ORG": {
    record: "Tên cấp ủy cấp trên trực tiếp, ở góc trái, phía trên tên chi bộ.",
    why: "Cho biết chi bộ thuộc đảng bộ nào, theo hướng dẫn về thể thức văn bản của Đảng.",
    example: "ĐẢNG BỘ XÃ TUY LỘC",
  },
  "HDR.ISSUER": {
    record: "Tên chi bộ ban hành văn bản, chữ in hoa, đậm, dưới tên cấp ủy cấp trên.",
    why: "Cho biết văn bản do chi bộ nào ban hành.",
    example: "CHI BỘ THÔN HÒA BÌNH",
  },
  "HDR.STAR": {
    record: "Một dấu sao (*) ở dòng riêng, dưới tên chi bộ.",
    why: "Văn bản của Đảng dùng dấu sao dưới tên cơ quan (văn bản nhà nước dùng đường kẻ).",
    example: "*",
  },
  "HDR.NUMBER": {
    record: "Số và ký hiệu: số thứ tự, gạch nối, mã loại văn bản, gạch chéo, mã chi bộ.",
    why: "Để vào sổ, tra cứu và trích dẫn văn bản; nghị quyết bắt buộc phải có số.",
    example: "Số 11-BB/CB",
  },
  "HDR.PLACE_DATE": {
    record: "Địa danh và ngày tháng năm ban hành; ngày dưới 10 và tháng 1, 2 viết thêm số 0 ở trước.",
    why: "Xác định thời điểm văn bản có hiệu lực và hồ sơ quy định áp dụng.",
    example: "Tuy Lộc, ngày 05 tháng 11 năm 2025",
  },
  "HDR.TYPE_TITLE": {
    record: "Tên loại văn bản ở giữa trang: BIÊN BẢN hoặc NGHỊ QUYẾT, chữ in hoa, đậm.",
    why: "Cho biết đây là loại văn bản gì.",
    example: "BIÊN BẢN",
  },
  "HDR.SUBJECT": {
    record: "Trích yếu: kỳ sinh hoạt nào, tháng nào (biên bản) hoặc nghị quyết về việc gì.",
    why: "Để phân biệt văn bản này với văn bản của các kỳ họp khác.",
    example: "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2025",
  },
  "BB.START_TIME": {
    record: "Giờ, phút và ngày tháng năm bắt đầu cuộc họp.",
    why: "Biên bản phải ghi thời gian họp; giờ bắt đầu cùng giờ kết thúc cho biết thời lượng sinh hoạt.",
    example: "Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025.",
  },
  "BB.PLACE": {
    record: "Nơi họp.",
    why: "Biên bản phải ghi địa điểm cuộc họp.",
    example: "Địa điểm: Nhà văn hóa thôn Hòa Bình.",
  },
  "BB.CHAIR": {
    record: "Họ tên và chức vụ người chủ trì (không chỉ ghi chức vụ).",
    why: "Người chủ trì chịu trách nhiệm điều hành và ký biên bản.",
    example: "Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ.",
  },
  "BB.SECRETARY": {
    record: "Họ tên người được cử làm thư ký, ghi biên bản.",
    why: "Hướng dẫn yêu cầu cử thư ký ngay khi khai mạc; thư ký ký biên bản.",
    example: "Thư ký: đồng chí Lê Thị Bình.",
  },
  "BB.PURPOSE": {
    record: "Việc người chủ trì tuyên bố lý do, giới thiệu đại biểu.",
    why: "Là bước đầu tiên của phần khai mạc buổi sinh hoạt.",
    example: "Đồng chí Nguyễn Văn An tuyên bố lý do, giới thiệu đại biểu.",
  },
  "BB.GUESTS": {
    record: "Nếu có đại biểu cấp trên dự: họ tên và chức vụ từng người.",
    why: "Cấp ủy viên cấp trên dự sinh hoạt chi bộ phải được ghi rõ trong biên bản.",
    example: "Đại biểu dự: đồng chí Trần Văn Cường, Đảng ủy viên phụ trách chi bộ.",
  },
  "BB.MEMBERSHIP": {
    record: "Tổng số đảng viên của chi bộ, chia chính thức và dự bị (và miễn sinh hoạt nếu có).",
    why: "Là căn cứ để tính tỷ lệ dự họp và tỷ lệ biểu quyết.",
    example: "Tổng số đảng viên: 18 đồng chí (chính thức 15, dự bị 03).",
  },
  "BB.PRESENT": {
    record: "Số đảng viên có mặt, chia chính thức và dự bị.",
    why: "Cho biết tỷ lệ dự họp và ai được biểu quyết (chỉ đảng viên chính thức).",
    example: "Có mặt: 17 đồng chí (chính thức 14, dự bị 03).",
  },
  "BB.ABSENT_EXCUSED": {
    record: "Số đảng viên vắng có lý do, họ tên và lý do từng người; nếu không có thì ghi “không”.",
    why: "Vắng có lý do được trừ khi tính tỷ lệ biểu quyết; phải ghi rõ người và lý do.",
    example: "Vắng có lý do: 01 đồng chí (Phạm Văn Dũng, đi công tác).",
  },
  "BB.ABSENT_UNEXCUSED": {
    record: "Số đảng viên vắng không lý do và họ tên; nếu không có thì ghi “không”.",
    why: "Vắng không lý do vẫn tính vào số đảng viên khi biểu quyết và ảnh hưởng đánh giá chất lượng.",
    example: "Vắng không lý do: không.",
  },
  "BB.AGENDA_ADOPTED": {
    record: "Việc chi bộ thông qua nội dung, chương trình sinh hoạt.",
    why: "Là một bước của phần khai mạc theo hướng dẫn sinh hoạt chi bộ.",
    example: "Chi bộ thống nhất thông qua nội dung, chương trình sinh hoạt.",
  },
  "BB.DUES": {
    record: "Tình hình thu nộp đảng phí trong tháng.",
    why: "Thông báo tình hình nộp đảng phí là việc thường xuyên của buổi sinh hoạt.",
    example: "Thu nộp đảng phí tháng 11 năm 2025: 17/17 đồng chí đã nộp.",
  },
  "BB.NEWS": {
    record: "Thông tin thời sự và các văn bản cấp trên được phổ biến, ghi rõ số, ngày của văn bản.",
    why: "Sinh hoạt thường kỳ phải thông tin thời sự và quán triệt văn bản cấp trên.",
    example: "Quán triệt Kế hoạch số 45-KH/ĐU ngày 20/10/2025 của Đảng ủy xã về chuyển đổi số.",
  },
  "BB.IDEOLOGY": {
    record: "Đánh giá tình hình tư tưởng của đảng viên và quần chúng.",
    why: "Là nội dung của sinh hoạt thường kỳ theo hướng dẫn.",
    example: "Tình hình tư tưởng đảng viên và quần chúng: ổn định, tin tưởng vào sự lãnh đạo của Đảng.",
  },
  "BB.REVIEW": {
    record: "Kết quả thực hiện nghị quyết tháng trước: việc làm được, hạn chế, nguyên nhân.",
    why: "Chi bộ phải kiểm điểm việc thực hiện nghị quyết kỳ trước trước khi đề ra nhiệm vụ mới.",
    example: "Kết quả đạt được: hoàn thành thu hoạch lúa mùa. Hạn chế: vệ sinh môi trường ở xóm 3 chưa tốt.",
  },
  "BB.NEXT_TASKS": {
    record: "Nhiệm vụ tháng tới, mỗi nhiệm vụ ghi người thực hiện và thời hạn.",
    why: "Nhiệm vụ chung chung, không người chịu trách nhiệm, không thời hạn là hạn chế đã được chỉ ra.",
    example: "Rà soát hộ nghèo: giao đồng chí Nguyễn Văn An chủ trì, hoàn thành trước ngày 20 tháng 11 năm 2025.",
  },
  "CD.TOPIC": {
    record: "Tên chuyên đề sinh hoạt.",
    why: "Sinh hoạt chuyên đề (ít nhất mỗi quý một lần) phải ghi rõ chuyên đề.",
    example: "Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm.",
  },
  "CD.PRESENTER": {
    record: "Đảng viên được phân công trình bày dự thảo chuyên đề.",
    why: "Hướng dẫn quy định có người chuẩn bị và trình bày chuyên đề.",
    example: "Đồng chí Trần Văn Hải trình bày dự thảo chuyên đề.",
  },
  "BB.COMMEND": {
    record: "Đảng viên được biểu dương, người bị nhắc nhở; nếu không có thì ghi “không có”.",
    why: "Biểu dương, nhắc nhở là một tiêu chí đánh giá chất lượng sinh hoạt.",
    example: "Biểu dương: đồng chí Lê Thị Bình hoàn thành xuất sắc nhiệm vụ; nhắc nhở: không có.",
  },
  "BB.DISCUSSION": {
    record: "Ý kiến thảo luận, ghi họ tên từng người phát biểu và nội dung chính.",
    why: "Biên bản phải ghi ai phát biểu, phát biểu gì; nhiều đảng viên phát biểu là tiêu chí chất lượng.",
    example: "Đồng chí Lê Thị Bình: đề nghị bổ sung chỉ tiêu thu gom rác thải.",
  },
  "CD.RELATION": {
    record: "Việc đảng viên liên hệ chuyên đề với bản thân và đơn vị.",
    why: "Sinh hoạt chuyên đề phải có phần liên hệ, thảo luận.",
    example: "Các đảng viên liên hệ bản thân về tác phong làm việc, đăng ký việc làm cụ thể.",
  },
  "BB.SELF_CRITICISM": {
    record: "Nội dung tự phê bình và phê bình trong buổi sinh hoạt.",
    why: "Tự phê bình và phê bình là nguyên tắc sinh hoạt Đảng.",
    example: "Tự phê bình và phê bình: đồng chí Trần Văn Hải tự nhận khuyết điểm chậm nộp báo cáo.",
  },
  "CD.CONCLUSION": {
    record: "Kết luận của chủ trì về chuyên đề và cách vận dụng.",
    why: "Chuyên đề phải được kết luận để đảng viên thực hiện.",
    example: "Kết luận chuyên đề: mỗi đảng viên đăng ký một việc làm cụ thể.",
  },
  "BB.CONCLUSION": {
    record: "Kết luận của người chủ trì về các nội dung đã thảo luận.",
    why: "Buổi sinh hoạt kết thúc bằng kết luận hoặc nghị quyết của chi bộ.",
    example: "Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ tháng 11 như trên.",
  },
  "BB.VOTE": {
    record: "Hình thức biểu quyết và số tán thành, không tán thành, ý kiến khác (chỉ đảng viên chính thức biểu quyết).",
    why: "Nghị quyết chỉ có giá trị khi quá nửa số đảng viên chính thức tán thành; đảng viên dự bị không biểu quyết.",
    example: "Biểu quyết bằng hình thức giơ tay: 14/14 đồng chí tán thành (100%); không tán thành: 0; ý kiến khác: 0.",
  },
  "BB.RESERVED_OPINION": {
    record: "Nếu có đảng viên bảo lưu ý kiến: ai, bảo lưu điều gì, và việc báo cáo cấp trên.",
    why: "Điều lệ cho phép bảo lưu ý kiến và báo cáo lên cấp trên, nhưng phải chấp hành nghị quyết.",
    example: "Đồng chí Võ Văn Khoa bảo lưu ý kiến về thời hạn; ý kiến được ghi vào biên bản và báo cáo cấp ủy cấp trên.",
  },
  "BB.QUALITY_GRADE": {
    record: "Chi bộ tự đánh giá chất lượng buổi sinh hoạt: điểm, xếp loại, hạn chế.",
    why: "Hướng dẫn yêu cầu đánh giá, xếp loại chất lượng sau mỗi buổi sinh hoạt.",
    example: "Chi bộ tự đánh giá chất lượng buổi sinh hoạt: 92 điểm, xếp loại Tốt.",
  },
  "BB.MINUTES_ADOPTED": {
    record: "Việc thư ký đọc lại biên bản và chi bộ thông qua trước khi bế mạc.",
    why: "Biên bản phải được thông qua tại cuộc họp để bảo đảm ghi đúng.",
    example: "Biên bản đã được đọc lại và thông qua trước chi bộ; các đồng chí dự họp nhất trí.",
  },
  "BB.END_TIME": {
    record: "Giờ, phút kết thúc cuộc họp.",
    why: "Cùng giờ bắt đầu, cho biết buổi sinh hoạt có đủ thời lượng (ít nhất 90 phút).",
    example: "Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày.",
  },
  "BB.SIGN_CHAIR": {
    record: "Khối chữ ký “CHỦ TRÌ” ở bên phải, có họ tên người chủ trì.",
    why: "Người chủ trì ký xác nhận biên bản.",
    example: "CHỦ TRÌ … Nguyễn Văn An",
  },
  "BB.SIGN_SECRETARY": {
    record: "Khối chữ ký “THƯ KÝ” ở bên trái, có họ tên thư ký.",
    why: "Thư ký ký xác nhận đã ghi biên bản.",
    example: "THƯ KÝ … Lê Thị Bình",
  },
  "NQ.PREAMBLE": {
    record: "Đoạn mở đầu: ngày họp, kỳ sinh hoạt, số đảng viên dự, người chủ trì.",
    why: "Cho biết nghị quyết được cuộc họp nào thông qua.",
    example: "Ngày 05/11/2025, Chi bộ thôn Hòa Bình sinh hoạt thường kỳ tháng 11; dự 17/18 đảng viên; đồng chí Nguyễn Văn An chủ trì.",
  },
  "NQ.REVIEW": {
    record: "Đánh giá kết quả tháng qua: việc làm được, chưa làm được, nguyên nhân.",
    why: "Nghị quyết bắt đầu từ kết quả thực hiện nghị quyết kỳ trước.",
    example: "Kết quả đạt được: hoàn thành thu hoạch lúa mùa; hạn chế: vệ sinh môi trường ở xóm 3 chưa tốt.",
  },
  "NQ.TASKS": {
    record: "Nhiệm vụ, giải pháp cho tháng tới.",
    why: "Là phần chính của nghị quyết: chi bộ lãnh đạo làm gì trong tháng tới.",
    example: "Rà soát hộ nghèo, hộ cận nghèo năm 2025.",
  },
  "NQ.ASSIGNMENT": {
    record: "Phân công ai làm, thời hạn, báo cáo kết quả khi nào.",
    why: "Nghị quyết chung chung, thiếu cụ thể là hạn chế đã được chỉ ra; phân công rõ giúp kiểm tra được.",
    example: "Giao đồng chí Nguyễn Văn An chủ trì, hoàn thành trước ngày 20/11/2025, báo cáo tại kỳ họp tháng 12.",
  },
  "NQ.VOTE_RESULT": {
    record: "Kết quả biểu quyết thông qua nghị quyết: số tán thành trên số đảng viên chính thức có mặt.",
    why: "Nghị quyết chỉ có giá trị khi quá nửa số đảng viên chính thức tán thành.",
    example: "Nghị quyết được 14/14 đồng chí tán thành (100%).",
  },
  "NQ.RECIPIENTS": {
    record: "“Nơi nhận:” ở góc trái dưới cùng, mỗi nơi một dòng bắt đầu bằng gạch ngang, dòng cuối “- Lưu …”.",
    why: "Là thành phần bắt buộc của văn bản của Đảng.",
    example: "Nơi nhận: - Đảng ủy xã Tuy Lộc (để báo cáo), - Lưu Chi bộ.",
  },
  "NQ.SIGNATURE": {
    record: "Thể thức đề ký: “T/M CHI BỘ”, dòng dưới “BÍ THƯ” (hoặc “PHÓ BÍ THƯ”), rồi họ tên.",
    why: "Nghị quyết là văn bản của tập thể chi bộ, người ký thay mặt chi bộ.",
    example: "T/M CHI BỘ / BÍ THƯ / Nguyễn Văn An",
  },
};
