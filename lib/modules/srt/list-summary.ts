import { t } from "@/lib/modules/translated";
import type { ListSummaryItem } from "@/lib/modules/types";
import { indicationOptions } from "./fields/options";
import { srtDraftSchema } from "./schema";

/** What tells SRT rows apart in the lists: the indication and when the first plan started. */
export function srtListSummary(data: unknown): ListSummaryItem[] {
  const parsed = srtDraftSchema.safeParse(data);
  if (!parsed.success) return [];
  const items: ListSummaryItem[] = [];
  const indication = indicationOptions.find((option) => option.value === parsed.data.indication);
  if (indication) items.push({ label: t("Indicatie", "Indication", "Indication", "Indikation"), text: indication.label });
  const start = parsed.data.plans?.[0]?.startDate;
  if (start) items.push({ label: t("Start eerste plan", "Début du premier plan", "First plan start", "Beginn des ersten Plans"), date: start });
  return items;
}
