// The shape of one run's results (bench-results/<stamp>.json): each section adds its part. The budgets
// and reports read them as DeepPartial, because a run holds only the sections it ran.
import type { buildApp } from './build'
import type { analyzeComposition } from './composition'
import type { IndexEntry } from './index-section'
import type { BenchOptions, Section } from './options'
import type { PostgresEntry } from './postgres-section'
import type { runScroll, ScaleContext, ScaleEntry } from './run-scale'

export type BenchResults = {
  meta: {
    startedAt: string
    command: string
    options: Omit<BenchOptions, 'sections'> & { sections: Section[] }
    machine: Record<string, unknown>
    chromium?: string
  }
  scales: Partial<Record<'default' | 'big', ScaleEntry>>
  build?: Awaited<ReturnType<typeof buildApp>>
  bundle?: ScaleContext['results']['bundle']
  scroll?: Awaited<ReturnType<typeof runScroll>>
  composition?: ReturnType<typeof analyzeComposition>
  index?: Partial<Record<'default' | 'big', IndexEntry>>
  postgres?: Partial<Record<'default' | 'big', PostgresEntry>>
  budgets?: BudgetResult[]
}

/** One budget's figure and verdict: met, missed, unmeasured (the section ran, no figure) or skipped. */
export type BudgetResult = {
  id: string
  label: string
  limit: string
  verdict: 'met' | 'missed' | 'unmeasured' | 'skipped'
  value?: number | null
  unit?: string
  note?: string | null
}

/** Every field optional, all the way down: what a reader of a run's results may find. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? DeepPartial<U>[]
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T
