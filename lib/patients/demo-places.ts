/**
 * Belgian towns with their real postal codes, by region, for the demo population. Brussels
 * municipalities are bilingual: the name follows the person's language.
 */

import type { NameCommunity } from "./demo-names";

export type BelgianRegion = "flanders" | "brussels" | "wallonia" | "german-speaking";

export interface DemoPlace {
  postalCode: string;
  names: Partial<Record<NameCommunity, string>>;
  region: BelgianRegion;
}

const flanders = (postalCode: string, nl: string): DemoPlace => ({ postalCode, names: { nl }, region: "flanders" });
const wallonia = (postalCode: string, fr: string): DemoPlace => ({ postalCode, names: { fr }, region: "wallonia" });
const brussels = (postalCode: string, nl: string, fr: string): DemoPlace => ({ postalCode, names: { nl, fr }, region: "brussels" });
const eastBelgium = (postalCode: string, de: string): DemoPlace => ({ postalCode, names: { de }, region: "german-speaking" });

export const demoPlaces: readonly DemoPlace[] = [
  flanders("2000", "Antwerpen"), flanders("9000", "Gent"), flanders("8000", "Brugge"),
  flanders("3000", "Leuven"), flanders("2800", "Mechelen"), flanders("3500", "Hasselt"),
  flanders("8500", "Kortrijk"), flanders("9300", "Aalst"), flanders("2300", "Turnhout"),
  flanders("8400", "Oostende"), flanders("3600", "Genk"), flanders("9100", "Sint-Niklaas"),
  flanders("1800", "Vilvoorde"), flanders("2500", "Lier"), flanders("8800", "Roeselare"),
  flanders("3800", "Sint-Truiden"), flanders("9200", "Dendermonde"), flanders("2440", "Geel"),
  brussels("1000", "Brussel", "Bruxelles"), brussels("1030", "Schaarbeek", "Schaerbeek"),
  brussels("1050", "Elsene", "Ixelles"), brussels("1060", "Sint-Gillis", "Saint-Gilles"),
  brussels("1070", "Anderlecht", "Anderlecht"),
  brussels("1080", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
  brussels("1180", "Ukkel", "Uccle"), brussels("1200", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert"),
  wallonia("4000", "Liège"), wallonia("6000", "Charleroi"), wallonia("7000", "Mons"),
  wallonia("5000", "Namur"), wallonia("1300", "Wavre"), wallonia("1400", "Nivelles"),
  wallonia("7500", "Tournai"), wallonia("4800", "Verviers"), wallonia("6700", "Arlon"),
  wallonia("1348", "Louvain-la-Neuve"), wallonia("5500", "Dinant"),
  wallonia("6900", "Marche-en-Famenne"), wallonia("7100", "La Louvière"), wallonia("4500", "Huy"),
  eastBelgium("4700", "Eupen"), eastBelgium("4780", "Sankt Vith"),
];

/** Rough share of the population per region, so the demo looks like Belgium. */
export const regionWeights: Readonly<Record<BelgianRegion, number>> = {
  flanders: 0.57,
  wallonia: 0.31,
  brussels: 0.11,
  "german-speaking": 0.01,
};
