/** Progress of a long task: the step in words (announced politely) over a Fluent ProgressBar. */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { Catalogue } from "../../i18n/en/ui";
import { progressText } from "../progressText";
import type { Progress } from "../services";

/** The words for a step (with the time left, when estimated). */
export const stepText = progressText;

export interface TaskProgressProps {
  s: Catalogue;
  progress?: Progress;
  /** Text before the first progress report arrives. */
  initial: string;
  /** Cancels the task (a Cancel button under the bar); the workbook is left as it was. */
  onCancel?: () => void;
}

export function TaskProgress({ s, progress, initial, onCancel }: TaskProgressProps) {
  const text = progress ? stepText(s, progress) : initial;
  return (
    <div>
      <div role="status" aria-live="polite">
        <Field label={text} validationState="none">
          <ProgressBar aria-label={s.generate.progressLabel} thickness="large" value={progress ? Math.max(0, Math.min(1, progress.fraction)) : undefined} />
        </Field>
      </div>
      {onCancel && (
        <Button appearance="secondary" size="small" onClick={onCancel}>
          {s.errors.cancel}
        </Button>
      )}
    </div>
  );
}
