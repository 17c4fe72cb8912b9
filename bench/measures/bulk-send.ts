/**
 * 5. Bulk send of 1,000 validated drafts through the real server action over HTTP, ten at a
 * time one chunk after the other, as the bulk-send page does.
 */
import { measure, type Measure } from "../report/results";
import { round } from "../report/stats";
import { actionHeaders, actionResult, serverActionId } from "../http/server-actions";

const chunk = 10; // the action's own limit (app/modules/[moduleId]/bulk-send/actions.ts)

export async function measureBulkSend(origin: string, cookie: string, ids: string[]): Promise<Measure[]> {
  const actionId = serverActionId("bulkSendChunkAction", "/modules/[moduleId]/bulk-send");
  const started = performance.now();
  let sent = 0;
  for (let i = 0; i < ids.length; i += chunk) {
    const response = await fetch(`${origin}/modules/srt/bulk-send`, {
      method: "POST",
      headers: actionHeaders(actionId, origin, cookie),
      // The page binds the module id as the first argument.
      body: JSON.stringify(["srt", ids.slice(i, i + chunk)]),
    });
    const result = actionResult(await response.text()) as { ok?: boolean; outcomes?: { sent: boolean }[] } | undefined;
    sent += result?.outcomes?.filter((o) => o.sent).length ?? 0;
  }
  const seconds = (performance.now() - started) / 1000;
  if (sent !== ids.length) throw new Error(`bulk send sent ${sent} of ${ids.length}`);
  return [measure("bulk.seconds", `Bulk send of ${ids.length.toLocaleString("en-GB")} drafts`, round(seconds, 2), "s", { comparison: "<=", value: 10 }, `${ids.length / chunk} server-action calls of ${chunk}`)];
}
