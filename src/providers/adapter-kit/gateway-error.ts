import * as z from 'zod/mini'

/**
 * The gateway's own error body (server/http/errors.ts), used for what it answers itself: unknown path
 * (404), wrong method (405), body too large (413), upstream unreachable or too large (502), simulator
 * unavailable (503), upstream timeout (504). Provider errors pass through unchanged in their own format.
 */
export const GatewayErrorWireSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    provider: z.optional(z.string()),
  }),
})
export type GatewayErrorWire = z.infer<typeof GatewayErrorWireSchema>

export function readGatewayError(body: unknown): GatewayErrorWire['error'] | null {
  const parsed = GatewayErrorWireSchema.safeParse(body)
  return parsed.success ? parsed.data.error : null
}
