// @observablehq/inputs ships no types; this is the part TypeScript components use (pages use it untyped).
declare module "@observablehq/inputs" {
  export function table(data: unknown, options?: Record<string, unknown>): HTMLElement;
  export function checkbox<T>(data: readonly T[], options?: Record<string, unknown>): HTMLElement & {value: T[]};
}
