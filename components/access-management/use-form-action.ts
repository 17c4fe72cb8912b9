"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult, ActionState } from "@/lib/access-management/action-result";

export type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionResult>;

/**
 * useActionState for forms whose typed values must survive a refused submission: React resets a
 * form after its `action` runs, so with JavaScript the form is submitted from onSubmit instead
 * (without JavaScript, `action` still posts it). On success the form is cleared; on field errors
 * the focus moves to the first invalid field.
 */
export function useFormAction(action: FormAction, { resetOnSuccess = true } = {}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!form || !state) return;
    if (state.ok) {
      if (resetOnSuccess) form.reset();
      return;
    }
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, resetOnSuccess]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return { state, formAction, pending, formRef, onSubmit };
}
