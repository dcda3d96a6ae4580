/**
 * CHK.CROSS_DOC: the biên bản and the nghị quyết of one meeting (ctx.related) agree on the meeting
 * date, the attendance and the vote counts. Each disagreement is reported with both values and the
 * other document's name, at the place in this document where the value is written.
 */
import { presentCount } from "../../arithmetic/member-counts";
import type { DocumentType } from "../../catalog/document-types";
import { isoDate } from "../../facts/iso-date";
import type { Facts, Span, VoteFact } from "../../facts/types";
import { defineRule, type RelatedDocument, type Report, type RuleContext } from "../types";
import { formatDate } from "./lib/display";
import { spanLocation } from "./lib/location";

const isMinutes = (t: DocumentType) => t === "bien-ban-thuong-ky" || t === "bien-ban-chuyen-de";

/** A biên bản pairs with a nghị quyết and the other way round. */
function pairs(a: DocumentType, b: DocumentType): boolean {
  return (isMinutes(a) && b === "nghi-quyet") || (a === "nghi-quyet" && isMinutes(b));
}

/** The vote adopting the resolution (else the conclusion): the one both documents report. */
function mainVote(facts: Facts): VoteFact | undefined {
  return facts.votes.find((v) => v.subject === "resolution") ?? facts.votes.find((v) => v.subject === "conclusion");
}

/** The y of "dự họp x/y" is the register in most minutes; either figure stands for it. */
function registerFigure(facts: Facts): number | undefined {
  return facts.attendance.total ?? facts.attendance.presentOutOf;
}

interface Comparison {
  messageId: string;
  field?: string;
  mine: string | number | undefined;
  theirs: string | number | undefined;
  at: Span | undefined;
}

function comparisons(own: Facts, other: Facts): Comparison[] {
  const ownVote = mainVote(own);
  const otherVote = mainVote(other);
  const list: Comparison[] = [
    {
      messageId: "date",
      mine: isoDate(own.meetingDate) && own.meetingDate ? formatDate(own.meetingDate) : undefined,
      theirs: isoDate(other.meetingDate) && other.meetingDate ? formatDate(other.meetingDate) : undefined,
      at: own.meetingDate,
    },
    { messageId: "present", mine: presentCount(own.attendance), theirs: presentCount(other.attendance), at: own.attendance.spans.present },
    {
      messageId: "total",
      mine: registerFigure(own),
      theirs: registerFigure(other),
      at: own.attendance.total !== undefined ? own.attendance.spans.membership ?? own.attendance.spans.present : own.attendance.spans.present,
    },
  ];
  if (ownVote && otherVote) {
    const fields: [keyof Pick<VoteFact, "yes" | "no" | "other">, string][] = [
      ["yes", "tán thành"],
      ["no", "không tán thành"],
      ["other", "ý kiến khác"],
    ];
    for (const [k, field] of fields) list.push({ messageId: "vote", field, mine: ownVote[k], theirs: otherVote[k], at: ownVote });
  }
  return list;
}

function compare(ctx: RuleContext, other: RelatedDocument): Report[] {
  return comparisons(ctx.facts, other.facts).flatMap((c) => {
    if (c.mine === undefined || c.theirs === undefined || c.mine === c.theirs) return [];
    const data: Record<string, string | number> = { value: c.mine, otherValue: c.theirs, other: other.name };
    if (c.field) data.field = c.field;
    return [{ messageId: c.messageId, data, location: spanLocation(ctx.doc, c.at) }];
  });
}

export default defineRule({
  meta: {
    id: "bienban/cross-document",
    elementId: "CHK.CROSS_DOC",
    description: "Biên bản và nghị quyết của cùng cuộc họp khớp nhau về ngày họp, số dự họp và kết quả biểu quyết.",
    guidance: ["G-HD12", "G-DL9"],
    fixable: false,
    messages: {
      date: "Ngày họp ghi {{value}}, nhưng “{{other}}” ghi {{otherValue}}.",
      present: "Số đảng viên dự họp ghi {{value}}, nhưng “{{other}}” ghi {{otherValue}}.",
      total: "Tổng số đảng viên ghi {{value}}, nhưng “{{other}}” ghi {{otherValue}}.",
      vote: "Số {{field}} khi biểu quyết ghi {{value}}, nhưng “{{other}}” ghi {{otherValue}}.",
    },
  },
  check(ctx) {
    return ctx.related.filter((r) => pairs(ctx.type, r.type)).flatMap((r) => compare(ctx, r));
  },
});
