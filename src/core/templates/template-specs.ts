/** The template of each document type. */
import type { DocumentType } from "../catalog/document-types";
import { bienBanChiUy } from "./bien-ban-chi-uy";
import { bienBanChuyenDe } from "./bien-ban-chuyen-de";
import { bienBanThuongKy } from "./bien-ban-thuong-ky";
import { nghiQuyet } from "./nghi-quyet";
import type { TemplateSpec } from "./types";

export const templateSpecs: Readonly<Record<DocumentType, TemplateSpec>> = {
  "bien-ban-thuong-ky": bienBanThuongKy,
  "bien-ban-chuyen-de": bienBanChuyenDe,
  "nghi-quyet": nghiQuyet,
  "bien-ban-chi-uy": bienBanChiUy,
};
