// How a due date was reached, step by step, as the calendar module explains it.
import type { ClockView } from "../api/types";

export function ClockSteps({ clock }: { clock: ClockView }) {
  if (clock.steps.length === 0) {
    return <div className="clock-steps muted">暂无计算过程</div>;
  }
  return (
    <ol className="clock-steps" data-testid={`clock-steps-${clock.clockId}`}>
      {clock.steps.map((step, index) => (
        <li key={`${index}:${step.kind}`} className={`clock-step clock-step-${step.kind}`}>
          <span className="clock-step-date">{step.date}</span>
          <span className="clock-step-text">{step.text}</span>
        </li>
      ))}
    </ol>
  );
}
