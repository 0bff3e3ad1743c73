package org.rudprk.export;

import java.util.List;

import org.rudprk.common.Sql;

/** What one export runs: its columns, in order, and the statement that yields them. */
record ExportPlan(List<Column> columns, Sql sql) {
}
