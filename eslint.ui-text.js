/**
 * `limber/no-literal-ui-text`: words a user reads must come from the message catalogue (resources/locales), or a
 * translator never sees them. Flagged: letters in JSX text; string literals in attributes a user reads or hears
 * (aria-label, title, alt, placeholder, label …); in main's tray and notification code, string literals given as
 * a label, title, body, tooltip or message, or to setToolTip/setTitle. Strings without letters ("·", "–", "12")
 * and the product name pass.
 */

const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);
const READ_PROPERTIES = new Set(['label', 'sublabel', 'title', 'subtitle', 'body', 'toolTip', 'tooltip', 'message', 'detail', 'buttonLabel', 'text']);
const READ_CALLS = new Set(['setToolTip', 'setTitle', 'displayBalloon']);
const ALLOWED = /\bLimber\b/g;

const hasWords = (text) => /\p{L}/u.test(text.replace(ALLOWED, ''));

function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join(' ');
  if (node.type === 'JSXExpressionContainer') return literalText(node.expression);
  // `cond ? 'Yes' : 'No'` and `a || 'Default'` hide literals as well as a bare one does.
  if (node.type === 'ConditionalExpression') return literalText(node.consequent) ?? literalText(node.alternate);
  if (node.type === 'LogicalExpression') return literalText(node.right) ?? literalText(node.left);
  return null;
}

const MESSAGE = 'User-visible text must come from the catalogue: add it to resources/locales/en.json and use t(…).';

export const noLiteralUiText = {
  meta: { type: 'problem', docs: { description: 'User-visible text comes from the message catalogue' }, schema: [] },
  create(context) {
    const report = (node, text) => {
      if (text !== null && hasWords(text)) context.report({ node, message: `${MESSAGE} Found: "${text.trim().slice(0, 40)}"` });
    };
    return {
      JSXText(node) {
        report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type === 'JSXElement' || node.parent?.type === 'JSXFragment') report(node, literalText(node.expression));
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (READ_ATTRIBUTES.has(name)) report(node, literalText(node.value));
      },
      Property(node) {
        const key = node.key?.type === 'Identifier' ? node.key.name : node.key?.type === 'Literal' ? String(node.key.value) : '';
        if (READ_PROPERTIES.has(key) && !context.filename.endsWith('.tsx')) report(node.value, literalText(node.value));
      },
      CallExpression(node) {
        const callee = node.callee.type === 'MemberExpression' ? node.callee.property : node.callee;
        if (callee?.type === 'Identifier' && READ_CALLS.has(callee.name)) report(node, literalText(node.arguments[0]));
      },
    };
  },
};

export const limberPlugin = { rules: { 'no-literal-ui-text': noLiteralUiText } };
