/**
 * Whatever registers a listener, a channel or a timer hands back one of these, so that whoever set it up can
 * undo it without knowing how it was done.
 */
export interface Disposable {
  dispose(): void;
}

export function toDisposable(undo: () => void): Disposable {
  let done = false;
  return {
    dispose() {
      if (done) return;
      done = true;
      undo();
    },
  };
}

/**
 * Collects disposables and undoes them in the reverse order of registration (what came later may depend on
 * what came before). One that throws does not stop the others; the first error is rethrown at the end.
 */
export class DisposableStore implements Disposable {
  private readonly items: Disposable[] = [];
  private disposed = false;

  add<T extends Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    let failure: { error: unknown } | null = null;
    for (const item of this.items.splice(0).reverse()) {
      try {
        item.dispose();
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}
