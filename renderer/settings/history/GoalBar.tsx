/**
 * A bar against a goal, drawn for the eye only: the sentence beside it carries the same numbers for everyone.
 * `level` picks the colour; it never carries meaning alone, since the words say it too.
 */
export function GoalBar({ value, max, goal, level = 'good' }: { value: number; max: number; goal: number; level?: 'good' | 'long' | 'very-long' }) {
  const percent = (n: number) => `${Math.min(100, Math.max(0, (n / max) * 100))}%`;
  return (
    <div className="goal-bar" aria-hidden="true">
      <div className={`goal-fill ${level}`} style={{ width: percent(value) }} />
      <div className="goal-mark" style={{ insetInlineStart: percent(goal) }} />
    </div>
  );
}
