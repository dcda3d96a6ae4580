import { AreaIntro } from "./AreaIntro";

/** "Tập huấn": short lessons for new secretaries. Loaded lazily. */
export default function TrainingArea() {
  return (
    <AreaIntro
      heading="Tập huấn ghi biên bản"
      purpose="Khu vực này sẽ có hướng dẫn và bài tập ngắn giúp bí thư, cấp ủy viên nắm cách ghi biên bản và nghị quyết chi bộ."
    />
  );
}
