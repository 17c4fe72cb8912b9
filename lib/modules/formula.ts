import { readRef, type Scope } from "./conditions";
import type { Formula } from "./types";

/** Computes a "computed" field, e.g. dose per fraction; null when it cannot be computed. */
export function evaluateFormula(formula: Formula, scope: Scope): number | null {
  if (typeof formula === "number") return formula;
  if ("field" in formula) {
    const value = readRef(formula.field, scope);
    return typeof value === "number" && Number.isFinite(value) ? value : null;
  }
  const left = evaluateFormula(formula.args[0], scope);
  const right = evaluateFormula(formula.args[1], scope);
  if (left === null || right === null) return null;
  const result = apply(formula.op, left, right);
  return Number.isFinite(result) ? result : null;
}

function apply(op: "+" | "-" | "*" | "/", left: number, right: number): number {
  switch (op) {
    case "+":
      return left + right;
    case "-":
      return left - right;
    case "*":
      return left * right;
    case "/":
      return right === 0 ? Number.NaN : left / right;
  }
}

/** Half away from zero at `decimals` places, robust to binary fractions (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
}
