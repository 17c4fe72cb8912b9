/** What an operator command returns: its data, or why nothing was changed (operators read English). */
export type OperationResult<T> = { ok: true; data: T } | { ok: false; code: OperationFailure; problems: string[] };

export type OperationFailure = "invalidInput" | "notFound" | "conflict" | "inactive";

export function failed<T>(code: OperationFailure, ...problems: string[]): OperationResult<T> {
  return { ok: false, code, problems };
}
