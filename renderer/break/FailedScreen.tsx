export function FailedScreen({ onClose }: { onClose: () => void }) {
  return (
    <section className="screen failed" aria-labelledby="failed-title">
      <h1 id="failed-title">This break did not load</h1>
      <p>Sorry about that. You can close this window and take a short walk instead.</p>
      <button type="button" className="primary" onClick={onClose} autoFocus>
        Close
      </button>
    </section>
  );
}
