import { AreaIntro } from "./AreaIntro";

/** "Kiểm tra": checks of the open document. Loaded lazily. */
export default function CheckArea() {
  return (
    <AreaIntro
      heading="Kiểm tra văn bản"
      purpose="Khu vực này sẽ rà soát văn bản đang mở: đủ các phần bắt buộc, đúng thể thức trình bày và các số liệu khớp nhau."
    />
  );
}
