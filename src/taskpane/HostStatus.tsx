import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { WordPort } from "../word/word-port";

/** The Word API level every feature of the pane may rely on; the manifest asks for the same. */
export const REQUIRED_WORD_API = "1.3";

/** Tells the user where the pane is running and, when it is not in a usable Word, what to do. */
export function HostStatus({ port }: { port: WordPort }) {
  if (port.host === "none") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Không chạy trong Word</MessageBarTitle>
          Ngăn này đang được mở ngoài Word nên chưa thao tác được với văn bản. Hãy mở Word, chọn thẻ Trang
          đầu (Home) rồi bấm nút “Biên bản Chi bộ” trên dải băng để mở phần bổ trợ.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (port.host === "preview") {
    return (
      <div role="status" data-host="preview">
        Bản xem thử: văn bản bên cạnh đóng vai trò văn bản Word.
      </div>
    );
  }
  if (!port.isSupported("WordApi", REQUIRED_WORD_API)) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Phiên bản Word quá cũ</MessageBarTitle>
          Phần bổ trợ cần Word hỗ trợ WordApi {REQUIRED_WORD_API} trở lên (Word 2016 trở lên, Word cho Microsoft
          365 hoặc Word trên web). Hãy cập nhật Office rồi mở lại.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div role="status" data-host="word">
      Đang chạy trong Word.
    </div>
  );
}
