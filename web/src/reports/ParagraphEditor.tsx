// Edits one paragraph in place: text with figure placeholders inserted at the cursor, a live
// rendering with chips, and save; a typed number equal to a figure is offered as that figure.
import { Alert, Button, Flex, Input } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { useRef, useState } from "react";
import { ApiError } from "../api/client";
import { bareNumberOffers, type BareNumberOffer as Offer } from "../api/reports";
import { errorText } from "../common/errors";
import { BareNumberOffer } from "./BareNumberOffer";
import type { FigureLookup } from "./figureLookup";
import { FigurePicker } from "./FigurePicker";
import { FigureText } from "./FigureText";
import { insertFigure, replaceBareNumber } from "./placeholders";
import type { FigureGroup } from "./useFigureGroups";

interface ParagraphEditorProps {
  initialText: string;
  lookup: FigureLookup;
  groups: readonly FigureGroup[];
  /** Saves the text; throws the API's refusal. */
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
  /** Reloads the report after another user's change (409). */
  onStale: () => void;
  /** Prefix of the test ids of the editor's controls. */
  testId: string;
}

export function ParagraphEditor(props: ParagraphEditorProps) {
  const { initialText, lookup, groups, onSave, onCancel, onStale, testId } = props;
  const [text, setText] = useState(initialText);
  const [saving, setSaving] = useState(false);
  const [offers, setOffers] = useState<Offer[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const area = useRef<TextAreaRef>(null);

  const save = async (next: string) => {
    setSaving(true);
    setFailure(null);
    setOffers([]);
    try {
      await onSave(next);
    } catch (error) {
      setSaving(false);
      const offered = bareNumberOffers(error);
      if (offered.length > 0) setOffers(offered);
      else if (error instanceof ApiError && error.status === 409) setStale(true);
      else setFailure(errorText(error));
    }
  };

  const insert = (token: string) => {
    const element = area.current?.resizableTextArea?.textArea;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    const inserted = insertFigure(text, token, start, end);
    setText(inserted.text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(inserted.cursor, inserted.cursor);
    });
  };

  const accept = (number: string, replacement: string) => {
    const next = replaceBareNumber(text, number, replacement);
    setText(next);
    void save(next);
  };

  return (
    <div className="paragraph-editor" data-testid={`${testId}-editor`}>
      <Input.TextArea
        ref={area}
        value={text}
        autoSize={{ minRows: 3, maxRows: 14 }}
        onChange={(event) => {
          setText(event.target.value);
        }}
        placeholder="输入段落内容；数字请通过“插入指标”引用，发布时自动填入统计值"
        data-testid={`${testId}-input`}
      />
      {text.includes("{{") ? (
        <div className="paragraph-live muted">
          <FigureText text={text} lookup={lookup} />
        </div>
      ) : null}
      {offers.length === 0 ? null : (
        <BareNumberOffer offers={offers} lookup={lookup} busy={saving} onAccept={accept} />
      )}
      {stale ? (
        <Alert
          type="error"
          showIcon
          className="paragraph-alert"
          data-testid={`${testId}-stale`}
          title="该段落已被他人修改，请刷新后重新编辑（您的修改未保存，可先复制）"
          action={
            <Button size="small" onClick={onStale}>
              刷新
            </Button>
          }
        />
      ) : null}
      {failure === null ? null : (
        <Alert type="error" showIcon className="paragraph-alert" title={failure} />
      )}
      <Flex justify="space-between" gap={8} wrap className="paragraph-editor-bar">
        <FigurePicker groups={groups} onPick={insert} testId={`${testId}-figure`} />
        <Flex gap={8}>
          <Button onClick={onCancel} disabled={saving} data-testid={`${testId}-cancel`}>
            取消
          </Button>
          <Button
            type="primary"
            loading={saving}
            disabled={text.trim() === "" || stale}
            onClick={() => void save(text)}
            data-testid={`${testId}-save`}
          >
            保存
          </Button>
        </Flex>
      </Flex>
    </div>
  );
}
