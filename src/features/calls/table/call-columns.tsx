import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table'
import type { ListedCall } from '#domain/call'
import { PartyCell, RecordingCell, StatusCell, TextCell, TimeCell } from './call-cells'
import { costText, directionText, durationSeconds, durationText, sourceText } from '#domain/call-text'
import { COLUMNS } from './column-registry'
import { reusingCoreRowModel } from './reusing-row-model'

/**
 * Visibility and sorting state live in the table; sorting itself is manual (see sort-calls.ts): the
 * feed arrives newest first, so the table never has to sort 100,000 rows to show time order. Rows are
 * kept between pages (see reusing-row-model.ts).
 */
export const callsTableFeatures = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  coreRowModel: reusingCoreRowModel(),
})

const helper = createColumnHelper<typeof callsTableFeatures, ListedCall>()

const plain = (
  id: 'from' | 'to' | 'source' | 'endReason' | 'cost' | 'direction',
  text: (call: ListedCall) => string,
) =>
  helper.display({
    id,
    header: COLUMNS[id].label,
    cell: ({ row }) => <TextCell text={text(row.original)} />,
    enableSorting: false,
  })

export const callColumns = helper.columns([
  helper.accessor('occurredAt', {
    id: 'time',
    header: COLUMNS.time.label,
    cell: ({ row }) => <TimeCell call={row.original} />,
    sortDescFirst: true,
    enableHiding: false,
  }),
  plain('direction', directionText),
  helper.display({
    id: 'status',
    header: COLUMNS.status.label,
    cell: ({ row }) => <StatusCell call={row.original} />,
    enableSorting: false,
  }),
  plain('from', (call) => call.from ?? ''),
  plain('to', (call) => call.to ?? ''),
  helper.accessor((call) => durationSeconds(call), {
    id: 'duration',
    header: COLUMNS.duration.label,
    cell: ({ row }) => <TextCell text={durationText(row.original)} />,
    sortDescFirst: true,
  }),
  plain('source', sourceText),
  helper.display({
    id: 'party',
    header: COLUMNS.party.label,
    cell: ({ row }) => <PartyCell call={row.original} />,
    enableSorting: false,
  }),
  plain('endReason', (call) => call.endReason ?? ''),
  plain('cost', costText),
  helper.display({
    id: 'recording',
    header: COLUMNS.recording.label,
    cell: ({ row }) => <RecordingCell call={row.original} />,
    enableSorting: false,
  }),
])
