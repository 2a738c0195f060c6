const root = document.getElementById('root');
if (!root) {
  throw new Error('break.html lost its #root element');
}

// The window opens in the middle of someone's work, so break.html's own frame must reach the screen first. It is
// styled by the small inline first-frame style, so nothing but this page stands before that paint; React, the
// window and the rest of its styles arrive as a separate chunk whose fetch and compile leave the browser free to
// paint the frame meanwhile (the chunk resolves once its stylesheet has loaded, so React never draws unstyled).
// The page's words are asked for at the same moment, so neither waits for the other, and React renders once
// both are here.
const language = window.limber.invoke('i18n:get');
void Promise.all([import('./mount.js'), language]).then(([{ mountBreakWindow }, page]) => mountBreakWindow(root, page));
