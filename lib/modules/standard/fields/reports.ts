import { input } from "@/lib/modules/declare";
import { t } from "@/lib/modules/translated";
import type { FormSection } from "@/lib/modules/types";
import { isBreast } from "./shared";

/**
 * Item 11: "VERSLAGEN: voeg verslag(en) toe — MOC-verslagen⁷", footnote 7 "enkel in geval van
 * borsttumoren": shown for C50 only. The platform's file field: PDF recognised by its content,
 * at most 5 files of 10 MB each, stored encrypted beside the registration; the form data keeps
 * their names and sizes, the registry export their names.
 */
export const reportsSection = {
  id: "11",
  title: t("Verslagen", "Rapports", "Reports", "Berichte"),
  visibleWhen: isBreast,
  fields: [
    input({
      id: "11A",
      key: "mocReports",
      type: "file",
      label: t("MOC-verslagen", "Rapports de COM", "MOC reports", "MOK-Berichte"),
      help: t(
        "Voeg het verslag of de verslagen van het MOC toe (enkel voor borsttumoren): pdf, ten hoogste 5 bestanden van elk 10 MB.",
        "Joignez le ou les rapports de la COM (tumeurs du sein uniquement) : PDF, au plus 5 fichiers de 10 Mo chacun.",
        "Attach the report(s) of the MOC (breast tumours only): PDF, at most 5 files of 10 MB each.",
        "Fügen Sie den oder die MOK-Berichte bei (nur bei Brusttumoren): PDF, höchstens 5 Dateien zu je 10 MB.",
      ),
      file: { accept: ["pdf"], maxBytes: 10 * 1024 * 1024, maxFiles: 5 },
    }),
  ],
} satisfies FormSection;
