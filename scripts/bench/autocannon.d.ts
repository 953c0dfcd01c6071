// The part of autocannon's API the load test uses (the package ships no types, and @types/autocannon is
// not installed).
declare module 'autocannon' {
  type Request = { method?: string; path?: string; setupRequest?: (request: Request) => Request }
  type Options = {
    url: string
    requests?: Request[]
    method?: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
    body?: string
  }
  type Result = { non2xx: number; errors: number; timeouts: number }
  type Instance = {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): void
  }
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance
  export default autocannon
}
