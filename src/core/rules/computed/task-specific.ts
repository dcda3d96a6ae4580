/**
 * CHK.TASK_SPECIFIC (seed I.2: resolutions "chung chung, thiếu cụ thể"): each task of BB.NEXT_TASKS /
 * NQ.TASKS names who carries it out and by when. "Tiếp tục thực hiện tốt …" on its own is the
 * classic generic task and gets its own wording.
 */
import { fold } from "../../text/normalize";
import { defineRule } from "../types";
import { excerpt } from "./lib/display";
import { spanLocation } from "./lib/location";

const GENERIC = /^\W*(?:\d+\W+)?(?:tiep tuc|duy tri)\b/;

export default defineRule({
  meta: {
    id: "bienban/task-specific",
    elementId: "CHK.TASK_SPECIFIC",
    description: "Mỗi nhiệm vụ ghi rõ người (tổ, chi ủy) thực hiện và thời hạn hoàn thành.",
    guidance: ["G-SEED", "G-HD42"],
    fixable: false,
    messages: {
      generic: "Nhiệm vụ “{{task}}” chỉ nêu chung chung, chưa giao cho ai và chưa có thời hạn.",
      noOwnerNoDeadline: "Nhiệm vụ “{{task}}” chưa ghi người thực hiện và thời hạn hoàn thành.",
      noOwner: "Nhiệm vụ “{{task}}” chưa ghi người, tổ hoặc bộ phận thực hiện.",
      noDeadline: "Nhiệm vụ “{{task}}” chưa ghi thời hạn hoàn thành.",
    },
  },
  check(ctx) {
    return ctx.facts.tasks.flatMap((task) => {
      if (task.owner && task.deadline) return [];
      const messageId = task.owner ? "noDeadline" : task.deadline ? "noOwner" : GENERIC.test(fold(task.text)) ? "generic" : "noOwnerNoDeadline";
      return [{ messageId, data: { task: excerpt(task.text) }, location: spanLocation(ctx.doc, task) }];
    });
  },
});
