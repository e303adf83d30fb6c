// Chooses the applicant of the 出願人 page: a name mode (名寄せ後 / 原文 / グループ) and a name, typed with
// suggestions from the data. Its `value` is the current choice; it fires "input" when that changes (for
// Generators.input) and keeps the page URL (?name=…&mode=…) in step so the view can be bookmarked or shared.

import {text, textElement} from "../safe-text.js";
import {countPerKey} from "./applicant-counts.js";
import {convertKey, findApplicants} from "./applicant-profile.js";
import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, keyOfLabel, NAME_MODE_LABELS, NAME_MODES, type NameMode} from "./name-mode.js";

export interface ApplicantChoice {
  mode: NameMode;
  /** -1 when nothing matches. */
  key: number;
  label: string;
  /** Why this applicant is shown: asked for by name, or the largest one by default. */
  reason: "requested" | "default" | "not-found";
}

export interface ApplicantPicker extends HTMLFormElement {
  value: ApplicantChoice;
  /** Shows the applicant labelled `name` under `mode` (Back/Forward), without an input event. */
  show(name: string, mode: NameMode): void;
}

const DATALIST_SIZE = 3000;

export function applicantPicker(
  data: LandscapeData,
  {name, mode: initialMode}: {name: string | null; mode: NameMode},
  {updateUrl = true, scope}: {updateUrl?: boolean; scope?: Uint8Array} = {}
): ApplicantPicker {
  // The applications the suggestions and the default (the largest applicant) are counted in: the page's collections.
  const everything = scope ?? new Uint8Array(data.applications).fill(1);
  const countsByMode = new Map<NameMode, Int32Array>();
  const countsOf = (mode: NameMode) => {
    let counts = countsByMode.get(mode);
    if (!counts) countsByMode.set(mode, (counts = countPerKey(data, everything, mode)));
    return counts;
  };
  const largest = (mode: NameMode) => findApplicants(data, mode, "", countsOf(mode), 1)[0]?.key ?? -1;

  const form = document.createElement("form") as ApplicantPicker;
  form.className = "applicant-picker";
  const modes = document.createElement("fieldset");
  modes.append(textElement("legend", "出願人名"));
  const radios = new Map<NameMode, HTMLInputElement>();
  for (const mode of NAME_MODES) {
    const label = document.createElement("label");
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = "applicant-mode";
    radio.value = mode;
    radios.set(mode, radio);
    label.append(radio, text(NAME_MODE_LABELS[mode]));
    modes.append(label);
  }
  const input = document.createElement("input");
  input.type = "text";
  input.autocomplete = "off";
  input.placeholder = "出願人名を入力";
  input.setAttribute("aria-label", "出願人名");
  const datalist = document.createElement("datalist");
  datalist.id = `applicant-names-${Math.random().toString(36).slice(2)}`;
  input.setAttribute("list", datalist.id);
  const submit = textElement("button", "表示");
  submit.type = "submit";
  const row = document.createElement("div");
  row.className = "applicant-picker-row";
  row.append(input, submit, datalist);
  const status = document.createElement("div");
  status.className = "applicant-picker-status";
  status.setAttribute("role", "status");
  form.append(modes, row, status);

  function fillDatalist(mode: NameMode): void {
    const {labels} = applicantKeys(data, mode);
    const options = findApplicants(data, mode, "", countsOf(mode), DATALIST_SIZE).map((choice) => {
      const option = document.createElement("option");
      option.value = labels[choice.key]!;
      return option;
    });
    datalist.replaceChildren(...options);
  }

  function showSuggestions(mode: NameMode, query: string): void {
    const found = findApplicants(data, mode, query, countsOf(mode), 10);
    status.replaceChildren(
      text(found.length ? `「${query}」に一致する出願人はいません。候補：` : `「${query}」に一致する出願人はいません。`)
    );
    for (const choice of found) {
      const button = textElement("button", `${choice.label}（${choice.applications}件）`);
      button.type = "button";
      button.addEventListener("click", () => choose(mode, choice.key, "requested"));
      status.append(button);
    }
  }

  function choose(mode: NameMode, key: number, reason: ApplicantChoice["reason"], notify = true): void {
    const label = key >= 0 ? applicantKeys(data, mode).labels[key]! : "";
    form.value = {mode, key, label, reason};
    radios.get(mode)!.checked = true;
    input.value = label;
    if (reason !== "not-found") status.replaceChildren();
    if (updateUrl && key >= 0) {
      const url = new URL(location.href);
      url.searchParams.set("name", label);
      url.searchParams.set("mode", mode);
      history.replaceState(history.state, "", url);
    }
    if (notify) form.dispatchEvent(new Event("input", {bubbles: true}));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const mode = form.value.mode;
    const key = keyOfLabel(applicantKeys(data, mode), input.value.trim());
    if (key >= 0 && countsOf(mode)[key]! > 0) choose(mode, key, "requested");
    else showSuggestions(mode, input.value.trim());
  });
  // Radios and the text field are parts of this control: only the choice itself is announced to the page.
  form.addEventListener("input", (event) => {
    if (event.target !== form) event.stopPropagation();
  });
  for (const [mode, radio] of radios) {
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      const previous = form.value;
      fillDatalist(mode);
      const key = previous.key >= 0 ? convertKey(data, previous.mode, previous.key, mode) : largest(mode);
      choose(mode, key, previous.reason === "not-found" ? "default" : previous.reason);
    });
  }

  form.show = (name, mode) => {
    fillDatalist(mode);
    const requested = name ? keyOfLabel(applicantKeys(data, mode), name) : -1;
    if (requested >= 0) choose(mode, requested, "requested", false);
    else {
      choose(mode, largest(mode), name ? "not-found" : "default", false);
      if (name) showSuggestions(mode, name);
    }
  };
  form.show(name ?? "", initialMode);
  return form;
}
