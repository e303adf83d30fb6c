// Data text (applicant names, titles of inventions, file names, anything that came from a CSV) is always rendered as
// text, never parsed as HTML: an export can contain "<img src=x onerror=…>" and the site must show it literally.
//
// How each tool behaves (checked against the pinned versions):
// - DOM: set `textContent`, `title`, attributes, or append `text(value)`. Never `innerHTML`/`insertAdjacentHTML`
//   with data, never `html({raw: …})`.
// - htl: `html\`<td>${value}</td>\`` inserts a string as a text node, so interpolating data is safe; building a
//   string and passing it as the template is not.
// - Plot: text, tip and title channels set textContent. Safe.
// - Inputs.table (0.12.0, src/table.js): every cell goes through `format[column](value)`; a returned string is
//   wrapped in document.createTextNode, a returned Node is appended as is. Header labels go through htl. So the
//   defaults are safe; a custom `format` must return a string or a Node built with DOM calls or `text()`.
//   Pass `locale: "ja-JP"` so numbers get Japanese grouping.
// - Framework Markdown: `${value}` renders a string as text. Safe.

/** A Text node showing `value` literally; null and undefined become empty text. */
export function text(value: unknown): Text {
  return document.createTextNode(value == null ? "" : String(value));
}

/** Creates an element whose only content is `value` as text. */
export function textElement<K extends keyof HTMLElementTagNameMap>(
  tagName: K,
  value: unknown,
  className?: string
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tagName);
  if (className) element.className = className;
  element.append(text(value));
  return element;
}
