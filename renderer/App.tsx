import type { LimberBridge } from './bridge.js';

export interface AppProps {
  bridge: LimberBridge;
}

export function App({ bridge }: AppProps) {
  return (
    <main className="app">
      <h1>Limber</h1>
      <p>Time to stand up now and then.</p>
      <p className="version">Version {bridge.version}</p>
    </main>
  );
}
