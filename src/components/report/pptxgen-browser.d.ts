// The browser bundle of pptxgenjs that loaders/cli/prebuild.ts writes beside this file (pptxgen-browser.js).
import PptxGenJS from "pptxgenjs";
export default PptxGenJS;
