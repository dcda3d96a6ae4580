/** A stored cell as the Soạn thảo form saves it (CellAnswers): 6 members, names invented. */
import type { CellAnswers } from "../../../src/core/templates/answers";

export const storedCell: CellAnswers = {
  upperCommittee: "Đảng bộ xã Tuy Lộc",
  cellName: "thôn Hòa Bình",
  placeName: "Tuy Lộc",
  numbers: { BB: 11, NQ: 5 },
  usualPlace: "Nhà văn hóa thôn Hòa Bình",
  members: [
    { name: "Nguyễn Văn An", status: "chinh-thuc" },
    { name: "Lê Thị Bình", status: "chinh-thuc" },
    { name: "Phạm Văn Dũng", status: "chinh-thuc" },
    { name: "Hoàng Thị Em", status: "chinh-thuc" },
    { name: "Trần Văn Hải", status: "chinh-thuc", committee: true },
    { name: "Vũ Thị Uyên", status: "du-bi" },
  ],
  biThu: "Nguyễn Văn An",
  phoBiThu: "Lê Thị Bình",
};
