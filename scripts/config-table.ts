/** `npm run config:table`: the README's configuration table, from lib/config/settings.ts. */
import { configurationTable } from "@/lib/config/settings";

console.log(configurationTable());
