/**
 * The preview's toolbar: open a .docx (read in the browser: nothing is uploaded), start from a blank
 * page or a sample, download the document as .docx. Replacing a document that has unsaved changes
 * asks first, with "download it first" as the default, so nothing is lost. Documents the pane opened
 * "as a new document" are listed to switch to or download, as Word would have opened a new window.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useReducer, useRef, useState } from "react";
import type { DocModel } from "../core/model/types";
import { isDocxError } from "../docx/errors";
import { modelToDocxSpec } from "../docx/model-to-docx";
import { readDocx } from "../docx/read-docx";
import { writeDocx } from "../docx/write-docx";
import { downloadFile } from "../taskpane/download";
import type { MemoryWordPort } from "../word/memory-word-port";
import { sampleDocument, sampleLabels, type SampleId } from "./samples";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  hidden: { display: "none" },
  notes: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "8px" },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, minHeight: "1.2em" },
});

/** What to open instead of the current document, waiting for the user's answer when it has changes. */
type Pending = { label: string; open: () => void };

export function Toolbar({ port, readFile = (f) => f.arrayBuffer() }: { port: MemoryWordPort; readFile?: (file: File) => Promise<ArrayBuffer> }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [name, setName] = useState("van-ban.docx");
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(() => port.onDocumentChanged(() => setDirty(true)), [port]);
  useEffect(() => port.onStateChanged(redraw), [port]);

  const replaceWith = (label: string, open: () => void) => {
    const run = () => {
      setPending(null);
      open();
      setDirty(false);
      setError(null);
      setStatus(`Đã mở: ${label}.`);
    };
    if (dirty) setPending({ label, open: run });
    else run();
  };

  const download = (doc: DocModel | null, file: string) => {
    const bytes = doc ? writeDocx(modelToDocxSpec(doc, { modified: new Date() })) : port.exportDocx();
    // writeDocx builds on a plain ArrayBuffer (never a shared one), which is what a Blob takes.
    downloadFile(file, bytes as Uint8Array<ArrayBuffer>, DOCX_TYPE);
    if (!doc) setDirty(false);
    setStatus(`Đã tải về ${file}.`);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch {
      setError(`Không đọc được tệp “${file.name}” trên máy này.`);
      return;
    }
    // Read before asking anything: a bad file is reported at once and the open document stays.
    let model: DocModel;
    try {
      model = readDocx(bytes);
    } catch (e) {
      const reason = isDocxError(e) ? e.message : "Tệp bị hỏng hoặc không phải văn bản Word.";
      setError(`Không mở được “${file.name}”: ${reason}`);
      return;
    }
    replaceWith(file.name, () => {
      port.load(model);
      setName(file.name.replace(/\.[^.]*$/, "") + ".docx");
    });
  };

  const safely = (action: () => void) => {
    try {
      action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus("");
    }
  };

  const opened = port.openedDocuments();
  return (
    <div>
      <div className={styles.bar} role="toolbar" aria-label="Văn bản xem trước">
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label="Chọn tệp .docx"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            void onFile(file).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
          }}
        />
        <Button onClick={() => input.current?.click()}>
          Mở tệp .docx…
        </Button>
        {(Object.keys(sampleLabels) as SampleId[]).map((id) => (
          <Button key={id} onClick={() => safely(() => replaceWith(sampleLabels[id], () => port.load(sampleDocument(id))))}>
            {sampleLabels[id]}
          </Button>
        ))}
        <Button appearance="primary" onClick={() => download(null, name)}>
          Tải về .docx
        </Button>
      </div>
      <div className={styles.notes}>
        <div role="status" className={styles.status}>
          {status}
        </div>
        {error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {pending && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>Văn bản đang xem có thay đổi chưa tải về. Mở “{pending.label}” sẽ thay văn bản này.</MessageBarBody>
            <MessageBarActions>
              <Button
                appearance="primary"
                onClick={() => {
                  download(null, name);
                  safely(pending.open);
                }}
              >
                Tải về rồi mở
              </Button>
              <Button onClick={() => safely(pending.open)}>Bỏ thay đổi và mở</Button>
              <Button onClick={() => setPending(null)}>Thôi</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {opened.map((doc, i) => (
          <MessageBar key={i} intent="info" layout="multiline">
            <MessageBarBody>
              Ngăn tác vụ đã mở văn bản mới số {i + 1} ({doc.paragraphs.length} đoạn) — trong Word, văn bản này mở ở cửa sổ khác.
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => safely(() => replaceWith(`văn bản mới số ${i + 1}`, () => port.load(doc)))}>Chuyển sang văn bản này</Button>
              <Button onClick={() => download(doc, `van-ban-moi-${i + 1}.docx`)}>Tải về</Button>
            </MessageBarActions>
          </MessageBar>
        ))}
      </div>
    </div>
  );
}

