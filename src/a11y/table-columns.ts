/** One column of the data table: its header and how a row's cell reads. */
export interface TableColumn<Row> {
  label: string;
  cell(row: Row): string;
  numeric?: boolean;
}
