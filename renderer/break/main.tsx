import './break.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('break.html lost its #root element');
}

// The window opens in the middle of someone's work, so break.html's own frame must reach the screen first.
// Only this stylesheet and a few lines of script stand before that paint; React and the window arrive as a
// separate chunk whose fetch and compile leave the browser free to paint the frame meanwhile. The page's words
// are asked for at the same moment, so neither waits for the other, and React renders once both are here.
const language = window.limber.invoke('i18n:get');
void Promise.all([import('./mount.js'), language]).then(([{ mountBreakWindow }, page]) => mountBreakWindow(root, page));
