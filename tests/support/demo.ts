/** Names for the demo people and hospitals used across tests (see lib/demo/people.ts). */
export const hospitals = { gent: "71000101", liege: "71000202", brussel: "71000303", registry: "00000000" } as const;

export const people = {
  gentCoordinator: "70031366746", // Pieter De Smet, also specialist in Gent
  gentClaes: "63061906056", // specialist Gent + Brussel
  gentPeeters: "61022754933",
  gentMaes: "62071407283",
  gentAdminForClaesAndPeeters: "90011960048",
  gentAdminForMaes: "72010804867",
  gentAccessManager: "89090703934",
  liegeAccessManager: "67112159763", // Luc Simon
  liegeCoordinator: "77031043035",
  liegeLambert: "67021843558",
  liegeAdminForLambertAndDupont: "77120357863",
  registryStaff: "74061025571",
} as const;
