/**
 * 8. The ICD-O-3 picker's search, in process, as the browser runs it on every keystroke: the
 * French morphology list (the largest: labels, synonyms and the English reference), words typed
 * letter by letter. The first search of a fresh list also splits every entry into words once.
 */
import { getPickerList, searchEntries } from "@/lib/icdo3";
import { measure, type Measure } from "../report/results";
import { percentile, round } from "../report/stats";

const WORDS = ["adénocarcinome", "plaveiselcel", "epidermoide sai", "carcinome canalaire infiltrant", "lymphome", "8140/3", "glioblastome"];
/** Options the picker asks for (it shows 20 and needs to know whether there are more). */
const LIMIT = 21;

export function measurePickerSearch(rounds = 20): Measure[] {
  const firstSearchMs: number[] = [];
  const keystrokeMs: number[] = [];
  for (let round_ = 0; round_ < rounds; round_ += 1) {
    // A fresh copy each round, as a page load gets: its first search prepares the words.
    const list = getPickerList("morphology", "fr").map((entry) => ({ ...entry }));
    let first = true;
    for (const word of WORDS) {
      for (let length = 1; length <= word.length; length += 1) {
        const started = performance.now();
        searchEntries(list, word.slice(0, length), LIMIT);
        const elapsed = performance.now() - started;
        if (first) firstSearchMs.push(elapsed);
        else keystrokeMs.push(elapsed);
        first = false;
      }
    }
  }
  return [
    measure("picker.keystroke", "ICD-O-3 picker search per keystroke (p95)", round(percentile(keystrokeMs, 95), 2), "ms", { comparison: "<=", value: 5 }, `${keystrokeMs.length} searches over ${getPickerList("morphology", "fr").length} morphology codes; max ${round(Math.max(...keystrokeMs), 2)} ms`),
    measure("picker.firstSearch", "ICD-O-3 picker first search of a page (p95)", round(percentile(firstSearchMs, 95), 1), "ms", { comparison: "<=", value: 50 }, "includes splitting every entry into words once"),
  ];
}
