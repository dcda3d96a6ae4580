import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { useAreaStyles } from "../area-styles";
import { ModelView } from "../training/ModelView";
import { PracticeView } from "../training/PracticeView";
import { AreaIntro } from "./AreaIntro";

type Part = "mau" | "luyen-tap";

/** "Tập huấn": annotated model documents, and practice on documents with planted faults. */
export default function TrainingArea() {
  const styles = useAreaStyles();
  const [part, setPart] = useState<Part>("mau");
  return (
    <div className={styles.area}>
      <AreaIntro
        heading="Tập huấn ghi biên bản"
        purpose="Xem văn bản mẫu có giải thích từng phần, rồi luyện tìm lỗi trên văn bản có lỗi cài sẵn."
      />
      <TabList selectedValue={part} onTabSelect={(_e, d) => setPart(d.value === "luyen-tap" ? "luyen-tap" : "mau")} aria-label="Phần tập huấn">
        <Tab value="mau" id="tap-huan-mau" aria-controls="tap-huan-noi-dung">
          Văn bản mẫu
        </Tab>
        <Tab value="luyen-tap" id="tap-huan-luyen-tap" aria-controls="tap-huan-noi-dung">
          Luyện tập
        </Tab>
      </TabList>
      <div role="tabpanel" id="tap-huan-noi-dung" aria-labelledby={part === "mau" ? "tap-huan-mau" : "tap-huan-luyen-tap"}>
        {part === "mau" ? <ModelView /> : <PracticeView />}
      </div>
    </div>
  );
}
