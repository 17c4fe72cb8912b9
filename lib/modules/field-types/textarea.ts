import type { FieldTypeDefinition } from "./types";
import { textType } from "./text";

/** Free text over several lines: stored, checked and exported as a text. */
export const textareaType: FieldTypeDefinition = { ...textType };
