import { describe, expect, it } from "vitest";
import { decodeActionResult } from "@/perf/driver/flight";

describe("decodeActionResult", () => {
  it("reads the result row named by row 0, reviving undefined, dates and escaped dollars", () => {
    const body = '0:{"a":"$@1","q":"","i":false,"b":"build"}\n1:{"ok":true,"data":{"version":3,"savedAt":"$D2026-11-23T14:00:00.000Z","note":"$$5","gone":"$undefined"}}\n';
    expect(decodeActionResult(body)).toEqual({ ok: true, data: { version: 3, savedAt: "2026-11-23T14:00:00.000Z", note: "$5" } });
  });

  it("follows references to other rows and reads long text rows by byte length", () => {
    const text = "Één lange tekst";
    const bytes = new TextEncoder().encode(text).length.toString(16);
    const body = `0:{"a":"$@1"}\n2:T${bytes},${text}1:{"ok":false,"message":"$2"}\n`;
    expect(decodeActionResult(body)).toEqual({ ok: false, message: text });
  });

  it("refuses what is not an action answer", () => {
    expect(() => decodeActionResult("<!DOCTYPE html><html>")).toThrow(/not a server action response/);
  });
});
