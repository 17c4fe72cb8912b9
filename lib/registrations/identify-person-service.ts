import type { IdentifyPerson } from "@/lib/patients/identify-person";
import { createIdentifyPerson } from "@/lib/patients/identify-person-factory";

let service: IdentifyPerson | undefined;

/** The process's IdentifyPerson client (the simulator unless configured otherwise). */
export function identifyPersonService(): IdentifyPerson {
  service ??= createIdentifyPerson();
  return service;
}
