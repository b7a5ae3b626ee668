// A calm "loading…" line that screen readers hear once, for the moments a page waits on the server.
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
