/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3) as the ".Vn…" fonts use it: each byte 0xA1–0xFE, stored in a .docx
 * as the Latin-1 code point of the same value, is one Vietnamese letter. Our own table, written out
 * letter by letter and cross-checked against koron/libiconv lib/tcvn.h (VN1). VN1 also fills the gaps
 * (0xAF, 0xB0–0xB4, 0xBA, 0xBF–0xC5, …) with capitals and combining marks; ABC fonts do not draw those,
 * so they are left out: a "°" or "À" in a .Vn run stays what it is.
 *
 * ABC fonts have no toned capitals: ".VnTimeH"-style fonts draw these same codes as capitals.
 */

/** [Latin-1 code point, Unicode letter]: the seven base capitals, then the lower-case letters. */
export const tcvn3Pairs: readonly (readonly [number, string])[] = [
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
  // a: huyền, hỏi, ngã, sắc, nặng
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
  // ă
  [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
  // â
  [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
  // e
  [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
  // ê
  [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
  // i
  [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
  // o
  [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
  // ô
  [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
  // ơ
  [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
  // u
  [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
  // ư
  [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
  // y
  [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
];

export const tcvn3ToUnicode: ReadonlyMap<string, string> = new Map(tcvn3Pairs.map(([code, letter]) => [String.fromCharCode(code), letter]));

export const unicodeToTcvn3: ReadonlyMap<string, string> = new Map(tcvn3Pairs.map(([code, letter]) => [letter, String.fromCharCode(code)]));
