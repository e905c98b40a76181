/** Rows with their `group` names shown in the reader's language where a translation exists. */
export function renameGroups<Row extends { group?: string }>(rows: Row[], names: Record<string, string>): Row[] {
  if (!Object.keys(names).length) return rows;
  return rows.map((row) => (row.group !== undefined && names[row.group] ? { ...row, group: names[row.group] } : row));
}
