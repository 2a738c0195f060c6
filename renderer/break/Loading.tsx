/** The dots break.html paints before the script runs, with their words for screen readers once the page has them. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <span className="loading-dot" aria-hidden="true" />
      <span className="loading-dot" aria-hidden="true" />
      <span className="loading-dot" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
