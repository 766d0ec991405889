/** @jsxImportSource @/site/html */

/** A column heading; `number` aligns it with its column's figures. */
export type Column = string | { label: string; number: true }

/** The heading row of a data table: one `th scope="col"` per column. */
export function ColumnHeads({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === 'string' ? (
            <th scope="col">{column}</th>
          ) : (
            <th scope="col" class="number">
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  )
}
