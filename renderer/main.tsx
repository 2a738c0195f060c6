import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html lost its #root element');
}

createRoot(root).render(
  <StrictMode>
    <App bridge={window.limber} />
  </StrictMode>,
);
