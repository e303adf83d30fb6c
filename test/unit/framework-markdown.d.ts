// Types for the two functions of Framework's (untyped) Markdown parser that the offline guard uses to see a page
// exactly as `observable build` does. Framework is pinned at 1.13.4 and frozen upstream.
declare module "@observablehq/framework/dist/markdown.js" {
  export interface ParsedCell {
    mode: "block" | "inline" | "jsx";
    node: {
      references: Array<{name: string}>;
      declarations: Array<{name: string}> | null;
      files: Array<{name: string; method?: string}>;
      imports: Array<{name: string; type: string; method: string}>;
    };
  }
  export interface ParsedPage {
    data: Record<string, unknown> & {sql?: Record<string, string>};
    code: ParsedCell[];
  }
  export function createMarkdownIt(options?: Record<string, unknown>): unknown;
  export function parseMarkdown(input: string, options: {md: unknown; path: string}): ParsedPage;
}
