"use client";

/**
 * The IdentifyPerson side of the patient page: the live check of the typed INSZ, the lookup of a
 * valid number through the `identify` server action, and what its answer does to the form — the
 * register's data (and insurer, when the service knows it) fill the fields, an unknown number or
 * an outage prefills what the number itself tells. Only the answer for the latest number counts.
 */

import { useEffect, useEffectEvent, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { IdentifiedPerson } from "@/lib/patients/identify-person";
import { formatInsz } from "@/lib/patients/insz";
import {
  applyInszPrefill,
  applyRegisterData,
  clearPersonValues,
  inszPrefill,
  inszStatus,
  matchesPerson,
  serviceFields,
  type InszPrefill,
  type InszStatus,
  type PatientFormValues,
} from "./patient-form-helpers";
import type { ExistingRegistrations, IdentifyResponse } from "./types";

/** Where the IdentifyPerson lookup of the current number stands. */
export type LookupState =
  | { kind: "idle" }
  | { kind: "checking"; insz: string }
  | { kind: "found"; insz: string; person: IdentifiedPerson }
  /** `prefill`: what the number itself told, filled in instead of the register's data. */
  | { kind: "unknown" | "unavailable" | "not_configured"; insz: string; prefill: InszPrefill }
  | { kind: "rate_limited"; insz: string; prefill: InszPrefill; retryAfterSeconds: number }
  | { kind: "invalid"; insz: string; reason: string };

export type ValidInsz = Extract<InszStatus, { state: "valid" }>;

/** "typed": the user entered the number now; "initial": a saved draft is reopened. */
type LookupMode = "typed" | "initial";

interface InszLookupOptions {
  identify(insz: string): Promise<IdentifyResponse>;
  initialValues: PatientFormValues;
  values: PatientFormValues;
  setValues: Dispatch<SetStateAction<PatientFormValues>>;
  readOnly: boolean;
  currentYear: number;
}

export function useInszLookup({ identify, initialValues, values, setValues, readOnly, currentYear }: InszLookupOptions) {
  // A reopened draft (or a copied patient) with a valid INSZ is looked up again on arrival.
  const [initialLookup] = useState<ValidInsz | null>(() => {
    if (readOnly || initialValues.identificationPath !== "INSZ") return null;
    const status = inszStatus(initialValues.insz, { blurred: true, currentYear });
    return status.state === "valid" ? status : null;
  });
  const [lookup, setLookup] = useState<LookupState>(() =>
    initialLookup ? { kind: "checking", insz: initialLookup.digits } : { kind: "idle" },
  );
  const [existing, setExisting] = useState<ExistingRegistrations>(null);
  const [editingManually, setEditingManually] = useState(false);
  const [inszBlurred, setInszBlurred] = useState(false);
  const lookupSeq = useRef(0);
  const lastPrefill = useRef<InszPrefill | null>(null);

  function applyLookup(result: IdentifyResponse, digits: string, prefill: InszPrefill, mode: LookupMode) {
    if (result.status === "invalid") {
      setLookup({ kind: "invalid", insz: digits, reason: result.reason });
      setExisting(null);
      return;
    }
    setExisting(result.existing);
    if (result.status === "found") {
      const person = result.person;
      setLookup({ kind: "found", insz: digits, person });
      const draftIsBlank = serviceFields.every((field) => field === "country" || initialValues[field].trim() === "");
      if (mode === "initial" && !draftIsBlank && !matchesPerson(initialValues, person)) {
        // The saved draft was changed by hand earlier: keep the user's values.
        setEditingManually(true);
        return;
      }
      setEditingManually(false);
      setValues((current) => applyRegisterData(current, person));
      return;
    }
    setLookup(
      result.status === "rate_limited"
        ? { kind: "rate_limited", insz: digits, prefill, retryAfterSeconds: result.retryAfterSeconds }
        : { kind: result.status, insz: digits, prefill },
    );
    setEditingManually(false);
    const previous = lastPrefill.current;
    lastPrefill.current = prefill;
    setValues((current) => applyInszPrefill(current, prefill, previous));
  }

  function runLookup(valid: ValidInsz, mode: LookupMode) {
    const seq = ++lookupSeq.current;
    const prefill = inszPrefill(valid.parse);
    identify(valid.digits).then(
      (result) => {
        if (seq === lookupSeq.current) applyLookup(result, valid.digits, prefill, mode);
      },
      () => {
        // The action itself failed (network, server error): same as the service being down.
        if (seq === lookupSeq.current) applyLookup({ status: "unavailable", existing: null }, valid.digits, prefill, mode);
      },
    );
  }

  function beginLookup(valid: ValidInsz) {
    setLookup({ kind: "checking", insz: valid.digits });
    setExisting(null);
    runLookup(valid, "typed");
  }

  const lookUpInitialNumber = useEffectEvent(() => {
    if (initialLookup) runLookup(initialLookup, "initial");
  });
  useEffect(() => {
    lookUpInitialNumber();
    // Ignore a late answer once the form is gone (and in React's development double mount).
    const sequence = lookupSeq;
    return () => {
      sequence.current++;
    };
  }, []);

  function onInszChange(raw: string) {
    setInszBlurred(false);
    const status = inszStatus(raw, { blurred: false, currentYear });
    const digits = status.state === "valid" ? status.digits : null;
    let next: PatientFormValues = { ...values, insz: status.state === "valid" ? formatInsz(status.digits) : raw };
    if (lookup.kind !== "idle" && digits !== lookup.insz) {
      // Another number: the previous answer (and the person it named) no longer applies.
      lookupSeq.current++;
      if (lookup.kind === "found") next = clearPersonValues(next, lookup.person);
      setLookup({ kind: "idle" });
      setExisting(null);
      setEditingManually(false);
    }
    setValues(next);
    if (status.state === "valid" && (lookup.kind === "idle" || lookup.insz !== status.digits)) beginLookup(status);
  }

  function onInszBlur() {
    setInszBlurred(true);
    const status = inszStatus(values.insz, { blurred: true, currentYear });
    if (status.state !== "valid") return;
    setValues((current) => ({ ...current, insz: formatInsz(status.digits) }));
    if (lookup.kind === "idle" || lookup.insz !== status.digits) beginLookup(status);
  }

  function restoreRegisterData(person: IdentifiedPerson) {
    setValues((current) => applyRegisterData(current, person));
    setEditingManually(false);
  }

  // The answer that belongs to the number now in the field (none once it changed).
  const insz = inszStatus(values.insz, { blurred: inszBlurred, currentYear });
  const validInsz = values.identificationPath === "INSZ" && insz.state === "valid" ? insz : null;
  const currentLookup: LookupState = validInsz && lookup.kind !== "idle" && lookup.insz === validInsz.digits ? lookup : { kind: "idle" };
  const foundPerson = currentLookup.kind === "found" ? currentLookup.person : null;

  return {
    insz,
    validInsz,
    currentLookup,
    foundPerson,
    /** The register's data fill the fields and are not being edited by hand. */
    registerLocked: foundPerson !== null && !editingManually,
    existing,
    onInszChange,
    onInszBlur,
    editManually: () => setEditingManually(true),
    restoreRegisterData,
  };
}
