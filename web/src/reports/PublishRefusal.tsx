// Why the server refused to publish: its message and each problem it names.
import { ApiError } from "../api/client";
import { errorText } from "../common/errors";

export function PublishRefusal({ error }: { error: unknown }) {
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <div data-testid="publish-refusal">
      <p>{errorText(error)}</p>
      {problems.length === 0 ? null : (
        <ul className="problem-list">
          {problems.map((problem, index) => (
            <li key={index}>{problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
