/**
 * The PDF's record of the decisions on "may already be registered" hints (issue 15): which rule,
 * about which other registration, the choice, who decided when, and the comment.
 */
import type { RegistrationView } from "@/lib/registrations/registration-view";
import { formatMessage, type Locale } from "@/lib/validation/types";
import { formatTimestamp } from "./format-values";
import type { Block, ListItem } from "./print-document";

const texts: Record<Locale, { title: string; line: string; draft: string; choices: Record<string, string> }> = {
  nl: {
    title: "Beslissingen over mogelijk al geregistreerde tumoren",
    line: "{choice} — over {reference}; {name}, {date}",
    draft: "opgeslagen ontwerp",
    choices: { new_primary: "Nieuwe primaire tumor", same_tumour: "Dezelfde tumor, toch geregistreerd", checked: "Gecontroleerd" },
  },
  fr: {
    title: "Décisions sur des tumeurs peut-être déjà enregistrées",
    line: "{choice} — concernant {reference} ; {name}, {date}",
    draft: "brouillon enregistré",
    choices: { new_primary: "Nouvelle tumeur primitive", same_tumour: "Même tumeur, enregistrée quand même", checked: "Vérifié" },
  },
  en: {
    title: "Decisions on tumours that may already be registered",
    line: "{choice} — on {reference}; {name}, {date}",
    draft: "saved draft",
    choices: { new_primary: "New primary", same_tumour: "Same tumour, registered anyway", checked: "Checked" },
  },
  de: {
    title: "Entscheidungen zu möglicherweise bereits registrierten Tumoren",
    line: "{choice} — zu {reference}; {name}, {date}",
    draft: "gespeicherter Entwurf",
    choices: { new_primary: "Neuer Primärtumor", same_tumour: "Derselbe Tumor, trotzdem registriert", checked: "Geprüft" },
  },
};

/** The section, or nothing when no decision was taken. */
export function tumourDecisionSection(view: RegistrationView, locale: Locale): Block[] {
  const decisions = view.tumourDecisions ?? [];
  if (decisions.length === 0) return [];
  const words = texts[locale];
  const items = decisions.map((decision, index): ListItem => {
    const line = formatMessage(words.line, {
      choice: words.choices[decision.choice] ?? decision.choice,
      reference: decision.otherReference ?? words.draft,
      name: decision.decidedByName,
      date: formatTimestamp(decision.decidedAt),
    });
    return {
      marker: `${index + 1}.`,
      paragraphs: [
        { text: line, style: "confirmation" },
        { text: decision.ruleId, style: "ruleId" },
        ...(decision.comment.trim() !== "" ? [{ text: decision.comment, style: "comment" as const }] : []),
      ],
    };
  });
  return [{ kind: "section", blocks: [{ kind: "heading", level: 2, text: words.title }, { kind: "list", tone: "muted", items }] }];
}
