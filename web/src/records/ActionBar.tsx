// The actions the user may take now; a blocked action stays visible, disabled, with the reason.
import { Button, Tooltip } from "antd";
import type { ActionView } from "../api/types";

interface ActionBarProps {
  actions: readonly ActionView[];
  onTake: (action: ActionView) => void;
}

export function ActionBar({ actions, onTake }: ActionBarProps) {
  return (
    <>
      {actions.map((action) => {
        const button = (
          <Button
            key={action.id}
            type={action.tone === "primary" ? "primary" : "default"}
            danger={action.tone === "danger"}
            disabled={action.blockedReason !== null}
            onClick={() => {
              onTake(action);
            }}
            data-testid={`action-${action.id}`}
          >
            {action.label}
          </Button>
        );
        if (action.blockedReason === null) return button;
        return (
          <Tooltip key={action.id} title={action.blockedReason}>
            <span className="blocked-action">{button}</span>
          </Tooltip>
        );
      })}
    </>
  );
}
