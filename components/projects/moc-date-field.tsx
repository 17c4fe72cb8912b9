"use client";

import { useState } from "react";
import { DateInput } from "@/components/ui/date-input";

/** The Projects tab's MOC date filter: the app's date control, submitting ISO under `name`. */
export function MocDateField({ id, name, label, value }: { id: string; name: string; label: string; value?: string }) {
  const [date, setDate] = useState(value ?? "");
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      <DateInput id={id} name={name} value={date} onValueChange={setDate} reportProblems inputClassName="mt-1 w-44" />
    </div>
  );
}
