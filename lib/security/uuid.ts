const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a uuid, the form of every id in this database: checked before a query uses it. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
