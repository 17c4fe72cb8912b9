import type { ReactNode } from "react";

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoiceFormProps {
  action: (formData: FormData) => Promise<void>;
  name: string;
  legend: string;
  choices: Choice[];
  selected?: string;
  submitLabel: string;
  /** Extra values sent along, e.g. where to continue afterwards. */
  hidden?: Record<string, string>;
}

/** A radio list with one submit button: keyboard friendly and works without JavaScript. */
export function ChoiceForm({ action, name, legend, choices, selected, submitLabel, hidden = {} }: ChoiceFormProps) {
  return (
    <form action={action} className="space-y-4">
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold">{legend}</legend>
        {choices.map((choice, index) => (
          <label
            key={choice.value}
            className="flex cursor-pointer items-start gap-3 rounded border border-slate-200 bg-white p-3 hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              required
              defaultChecked={selected ? choice.value === selected : index === 0}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">{choice.label}</span>
              {choice.hint && <span className="block text-sm text-slate-600">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="rounded bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
        {submitLabel}
      </button>
    </form>
  );
}
