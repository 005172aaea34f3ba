import { sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * `"table"."id"`, spelled out, for the outer row in a correlated subquery. Drizzle leaves columns
 * unqualified in a query on one table, and inside a subquery on another table a bare `"id"` names
 * that table's own id: the sources list counted no articles and no ratings for any source until its
 * subqueries said whose id they meant.
 */
export function qualifiedId(table: PgTable): SQL {
  return sql`${table}.${sql.identifier("id")}`;
}
