import type { Money } from '#domain/call'

/**
 * A number as people read it: North American E.164 numbers grouped ("+1 (555) 123-4567"); other
 * numbers and SIP addresses exactly as sent, since grouping rules differ per country.
 */
export function formatPhone(value: string): string {
  const m = /^\+1([2-9]\d{2})(\d{3})(\d{4})$/.exec(value.trim())
  return m ? `+1 (${m[1]}) ${m[2]}-${m[3]}` : value
}

/**
 * A cost in its currency, to the precision providers bill in (fractions of a cent). When the provider
 * does not say the currency (Leadping), the number is shown with that fact rather than a guessed symbol.
 */
export function formatMoney(money: Money): string {
  const amount = money.amount
  if (money.currency !== null) {
    try {
      return new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: money.currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: 4,
      }).format(amount)
    } catch {
      // An unknown currency code: fall through to the plain number with the code beside it.
      return `${amount} ${money.currency}`
    }
  }
  return `${amount} (currency not stated by the provider)`
}
