// Chooses the applicants of the 出願人比較: a list, the first being the client (自社) and the rest its competitors
// (競合), each removable, and a field to add one, typed with suggestions from the data. Its `value` is the list of
// labels; it fires "input" when the user changes it (for Generators.input), not when the page sets it.

import {text, textElement} from "../safe-text.js";
import {findApplicants} from "../landscape/applicant-profile.js";
import type {LandscapeData} from "../landscape/landscape-data.js";
import {applicantKeys, keyOfLabel, type NameMode} from "../landscape/name-mode.js";

export interface ApplicantList extends HTMLDivElement {
  value: string[];
  /** Suggestions and the check of a typed name follow the name mode and the applications in scope. */
  setScope(mode: NameMode, counts: Int32Array): void;
}

const DATALIST_SIZE = 3000;

export function applicantList(data: LandscapeData, initial: readonly string[], {max}: {max: number}): ApplicantList {
  let chosen = [...initial];
  let mode: NameMode = "entity";
  let counts: Int32Array = new Int32Array(0);

  const root = document.createElement("div") as ApplicantList;
  root.className = "compare-applicants";
  const list = document.createElement("ol");
  list.className = "compare-applicant-list";
  const input = document.createElement("input");
  input.type = "text";
  input.autocomplete = "off";
  input.placeholder = "出願人名を入力して追加";
  input.setAttribute("aria-label", "比較する出願人");
  const datalist = document.createElement("datalist");
  datalist.id = `compare-applicants-${Math.random().toString(36).slice(2)}`;
  input.setAttribute("list", datalist.id);
  const add = textElement("button", "追加");
  add.type = "button";
  const row = document.createElement("div");
  row.className = "applicant-picker-row";
  row.append(input, add, datalist);
  const status = document.createElement("div");
  status.className = "applicant-picker-status";
  status.setAttribute("role", "status");
  root.append(textElement("div", "出願人（1番目が自社、2番目以降が競合）", "compare-applicants-label"), list, row, status);

  function announce(): void {
    root.dispatchEvent(new Event("input", {bubbles: true}));
  }

  function render(): void {
    list.replaceChildren(
      ...chosen.map((label, i) => {
        const item = document.createElement("li");
        item.dataset.applicant = label;
        item.append(textElement("span", i === 0 ? "自社" : "競合", `compare-role compare-role-${i === 0 ? "client" : "rival"}`));
        item.append(textElement("span", label, "compare-applicant-name"));
        if (i > 0) {
          const first = textElement("button", "自社にする");
          first.type = "button";
          first.addEventListener("click", () => {
            chosen = [label, ...chosen.filter((l) => l !== label)];
            render();
            announce();
          });
          item.append(first);
        }
        const remove = textElement("button", "×");
        remove.type = "button";
        remove.title = `「${label}」を外す`;
        remove.setAttribute("aria-label", remove.title);
        remove.addEventListener("click", () => {
          chosen = chosen.filter((l) => l !== label);
          render();
          announce();
        });
        item.append(remove);
        return item;
      })
    );
    const full = chosen.length >= max;
    input.disabled = add.disabled = full;
    input.placeholder = full ? `比べられるのは${max}者までです` : "出願人名を入力して追加";
  }

  function addLabel(label: string): void {
    if (!chosen.includes(label)) chosen = [...chosen, label].slice(0, max);
    input.value = "";
    status.replaceChildren();
    render();
    announce();
  }

  function tryAdd(): void {
    const typed = input.value.trim();
    if (typed === "") return;
    const key = keyOfLabel(applicantKeys(data, mode), typed);
    if (key >= 0 && counts[key]! > 0) return addLabel(typed);
    // Not an exact name: offer the applicants whose name contains what was typed.
    const found = findApplicants(data, mode, typed, counts, 10);
    status.replaceChildren(
      text(found.length ? `「${typed}」に一致する出願人はいません。候補：` : `「${typed}」に一致する出願人はいません。`)
    );
    for (const choice of found) {
      const button = textElement("button", `${choice.label}（${choice.applications}件）`);
      button.type = "button";
      button.addEventListener("click", () => addLabel(choice.label));
      status.append(button);
    }
  }

  add.addEventListener("click", tryAdd);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      tryAdd();
    }
  });
  // Typing is not a choice: only the list itself is announced to the page.
  input.addEventListener("input", (event) => event.stopPropagation());

  Object.defineProperty(root, "value", {
    get: () => [...chosen],
    set: (labels: readonly string[]) => {
      chosen = [...labels].slice(0, max);
      render();
    }
  });
  root.setScope = (nextMode, nextCounts) => {
    mode = nextMode;
    counts = nextCounts;
    const {labels} = applicantKeys(data, mode);
    datalist.replaceChildren(
      ...findApplicants(data, mode, "", counts, DATALIST_SIZE).map((choice) => {
        const option = document.createElement("option");
        option.value = labels[choice.key]!;
        return option;
      })
    );
  };
  render();
  return root;
}
