// 「印刷用に表示」: the page as it prints (A4 landscape, one chart per page with its title, reading and conditions; no
// filter form, sidebar, buttons or document list), shown on screen so the user can check it, then print or go back.
// The layout itself is the print stylesheet (src/styles/print.css): browser print applies it through @media print
// even without this button; the button applies the same rules on screen through the body's class.

import {textElement} from "./safe-text.js";

export const PRINT_LAYOUT_CLASS = "print-layout";
/** On the body: the document list is printed too (the 「文献一覧も印刷」 box). */
export const PRINT_DOCUMENTS_CLASS = "print-documents";

function button(label: string, description: string, onClick: () => void): HTMLButtonElement {
  const element = textElement("button", label);
  element.type = "button";
  element.title = description;
  element.addEventListener("click", onClick);
  return element;
}

function exitPrintLayout(): void {
  document.body.classList.remove(PRINT_LAYOUT_CLASS);
  document.querySelector(".print-preview-bar")?.remove();
  removeEventListener("keydown", onEscape);
}

function onEscape(event: KeyboardEvent): void {
  if (event.key === "Escape") exitPrintLayout();
}

/** The bar above the print view: print, print the document list too, back. Not printed itself. */
function previewBar(documents: boolean): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "print-preview-bar";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "印刷用の表示");
  bar.append(textElement("span", "印刷用の表示（A4横・1ページに1図）"));
  if (documents) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = document.body.classList.contains(PRINT_DOCUMENTS_CLASS);
    box.addEventListener("change", () => document.body.classList.toggle(PRINT_DOCUMENTS_CLASS, box.checked));
    label.append(box, "文献一覧も印刷");
    bar.append(label);
  }
  bar.append(
    button("印刷", "この表示を印刷します（PDF に保存もできます）", () => print()),
    button("戻る", "通常の表示に戻ります（Esc）", exitPrintLayout)
  );
  return bar;
}

export function enterPrintLayout({documents = false}: {documents?: boolean} = {}): void {
  document.querySelector(".print-preview-bar")?.remove();
  document.body.classList.add(PRINT_LAYOUT_CLASS);
  document.body.prepend(previewBar(documents));
  addEventListener("keydown", onEscape);
  scrollTo(0, 0);
}

/** The 「印刷用に表示」 button for the page's header. `documents`: the page has a document list one may print. */
export function printBar({documents = false}: {documents?: boolean} = {}): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "print-bar";
  bar.append(
    button("印刷用に表示", "A4横・1ページに1図の印刷用の表示にします（条件・読み方つき）", () => enterPrintLayout({documents}))
  );
  return bar;
}
