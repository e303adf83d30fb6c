// Makes the marks of a Plot chart lead somewhere: each element of one mark becomes a button (click, or Enter/Space
// when focused with Tab) that reports the datum it draws. Plot joins every element of a mark to the index of its
// datum (d3's data join, the element's __data__), so the datum is found without hit-testing the pointer.

/** Said in every selectable mark's tooltip, after what it counts. */
export const SELECT_HINT = "クリックで絞り込み";

/**
 * Wires the elements of the mark whose `ariaDescription` (a constant Plot mark option, written on the mark's <g>) is
 * `markId`. `data` is the array the mark was given; `describe` names the datum for screen readers.
 */
export function selectableMarks<T>(
  chart: Element,
  markId: string,
  data: readonly T[],
  onSelect: (d: T) => void,
  describe: (d: T) => string
): void {
  for (const group of chart.querySelectorAll(`g[aria-description="${markId}"]`)) {
    for (const element of group.children) {
      const index = (element as Element & {__data__?: unknown}).__data__;
      if (typeof index !== "number" || !(index in data)) continue;
      const datum = data[index]!;
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", `${describe(datum)}（${SELECT_HINT}）`);
      element.classList.add("selectable-mark");
      element.addEventListener("click", (event) => {
        event.stopPropagation();
        onSelect(datum);
      });
      element.addEventListener("keydown", (event) => {
        const key = (event as KeyboardEvent).key;
        if (key === "Enter" || key === " ") {
          event.preventDefault();
          onSelect(datum);
        }
      });
    }
  }
}
