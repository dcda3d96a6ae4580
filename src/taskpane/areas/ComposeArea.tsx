import { AreaIntro } from "./AreaIntro";

/** "Soạn thảo": drafting a document from a template. Loaded lazily (React.lazy needs a default export). */
export default function ComposeArea() {
  return (
    <AreaIntro
      heading="Soạn thảo biên bản, nghị quyết"
      purpose="Khu vực này sẽ giúp tạo biên bản hoặc nghị quyết chi bộ mới theo mẫu đúng thể thức và đưa vào văn bản Word đang mở."
    />
  );
}
