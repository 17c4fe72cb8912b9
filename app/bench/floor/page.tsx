import { notFound } from "next/navigation";
import { benchRoutesEnabled } from "@/lib/bench/floor";
import { benchFloorAction } from "./actions";

export const dynamic = "force-dynamic";

/** Only there so the benchmark can post its floor action to a page; absent unless WBCR_BENCH_ROUTES=1. */
export default function BenchFloorPage() {
  if (!benchRoutesEnabled()) notFound();
  return (
    <form action={async () => void (await benchFloorAction(null))}>
      <button type="submit">floor</button>
    </form>
  );
}
