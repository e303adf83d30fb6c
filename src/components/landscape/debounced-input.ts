// A text filter that does not redraw every chart on every keystroke: typing settles for `delay` ms first; a
// "change" event (Enter, leaving the field, or a drill-down setting the value) applies at once.
// Returns a subscribe function for Framework's Generators.observe.

export function debouncedValue<T>(
  input: EventTarget & {value: T},
  delay = 300
): (notify: (value: T) => void) => () => void {
  return (notify) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = input.value;
    const send = () => {
      clearTimeout(timer);
      if (input.value === last) return;
      last = input.value;
      notify(last);
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(send, delay);
    };
    notify(last);
    input.addEventListener("input", later);
    input.addEventListener("change", send);
    return () => {
      clearTimeout(timer);
      input.removeEventListener("input", later);
      input.removeEventListener("change", send);
    };
  };
}
