import type { TaskFact } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/task-specific";
import { facts, ids, run, task, type RunOptions } from "./helpers/context";

const cases: [string, TaskFact[], string[], RunOptions?][] = [
  ["owner and deadline", [task("Giao đồng chí Nguyễn Văn An chủ trì, hoàn thành trước ngày 20/12/2025.", { owner: "đồng chí Nguyễn Văn An", deadline: "trước ngày 20/12/2025" })], []],
  ["a tổ đảng and a month", [task("Tổ đảng số 2 thực hiện trong tháng 12.", { owner: "Tổ đảng số 2", deadline: "trong tháng 12" })], []],
  ["'tiếp tục thực hiện tốt …' alone", [task("Tiếp tục thực hiện tốt công tác vệ sinh môi trường.")], ["generic/warning"]],
  ["numbered, without tone marks", [task("2. Tiep tuc thuc hien tot cong tac dan van.")], ["generic/warning"]],
  ["'duy trì …' alone", [task("- Duy trì nền nếp sinh hoạt chi bộ.")], ["generic/warning"]],
  ["'tiếp tục …' with an owner and deadline is fine", [task("Tiếp tục rà soát hộ nghèo, giao đ/c Lê Thị Bình, xong trước 30/12.", { owner: "đ/c Lê Thị Bình", deadline: "trước 30/12" })], []],
  ["no owner, no deadline", [task("Đẩy mạnh chuyển đổi số trong thôn.")], ["noOwnerNoDeadline/warning"]],
  ["no owner", [task("Hoàn thành thu quỹ trước ngày 15/12.", { deadline: "trước ngày 15/12" })], ["noOwner/warning"]],
  ["no deadline", [task("Chi ủy chỉ đạo tổ chức Hội nghị dân vận.", { owner: "Chi ủy" })], ["noDeadline/warning"]],
  [
    "each task reported on its own",
    [task("Tiếp tục thực hiện tốt các nhiệm vụ.", { paragraph: 20 }), task("Đ/c An theo dõi.", { paragraph: 21, owner: "Đ/c An" }), task("OK", { paragraph: 22, owner: "Tổ 1", deadline: "quý IV" })],
    ["generic/warning", "noDeadline/warning"],
  ],
  ["a nghị quyết's tasks", [task("Tiếp tục thực hiện tốt …")], ["generic/warning"], { type: "nghi-quyet" }],
  ["no tasks", [], []],
];

describe("bienban/task-specific", () => {
  it.each(cases)("%s", (_name, tasks, expected, opts = {}) => {
    expect(ids(run(rule, facts({ tasks }), opts))).toEqual(expected);
  });

  it("quotes the task, shortened", () => {
    const long = "Tiếp tục thực hiện tốt các chủ trương, nghị quyết của Đảng, chính sách pháp luật của Nhà nước và các quy định của địa phương.";
    const [f] = run(rule, facts({ tasks: [task(long)] }));
    expect(f?.message).toBe("Nhiệm vụ “Tiếp tục thực hiện tốt các chủ trương, nghị quyết của Đảng, chính …” chỉ nêu chung chung, chưa giao cho ai và chưa có thời hạn.");
    expect(f?.location?.paragraph).toBe(20);
  });
});
