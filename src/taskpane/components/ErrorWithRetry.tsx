import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";

export interface ErrorWithRetryProps {
  /** A short title ("Chưa kiểm tra được"); optional. */
  title?: string;
  /** The Vietnamese message (errorMessage(...)): what failed and whether the document changed. */
  message: string;
  /** Runs the failed action again; the caller clears the message when it succeeds. */
  onRetry: () => void | Promise<void>;
  /** The action is running (the button is disabled meanwhile). */
  busy?: boolean;
}

/**
 * A failed port action (reading, fixing, inserting, saving…): the message in Vietnamese, announced
 * at once (role alert), with a "Thử lại" button that runs the same action again.
 */
export function ErrorWithRetry({ title, message, onRetry, busy = false }: ErrorWithRetryProps) {
  const [running, setRunning] = useState(false);
  const retry = async () => {
    setRunning(true);
    try {
      await onRetry();
    } finally {
      setRunning(false);
    }
  };
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-error-retry="">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void retry()} disabled={busy || running}>
          Thử lại
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
