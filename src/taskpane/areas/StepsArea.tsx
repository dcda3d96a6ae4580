import { AreaIntro } from "./AreaIntro";

/** "Từng bước": prompts that follow the meeting from opening to close. Loaded lazily. */
export default function StepsArea() {
  return (
    <AreaIntro
      heading="Ghi biên bản từng bước"
      purpose="Khu vực này sẽ nhắc lần lượt từng phần của buổi sinh hoạt chi bộ, từ khai mạc đến bế mạc, để biên bản ghi đủ nội dung."
    />
  );
}
