// Changes one filter the way a person would: through its labelled control, whatever form it takes (a
// native select, a custom combobox, a radio or button group, a menu of checkboxes). When no such control
// is found, the view's URL is pushed instead (a client-side navigation, as the URL is the page's state),
// and the result says which way was taken.
const exact = (text) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i')

async function viaCombobox(page, { label, option }, arm) {
  const combo = page.getByRole('combobox', { name: exact(label) })
  if ((await combo.count()) !== 1) return null
  if ((await combo.evaluate((el) => el.tagName)) === 'SELECT') {
    await arm()
    await combo.selectOption({ label: option })
    return 'select'
  }
  await combo.click()
  const choice = page.getByRole('option', { name: exact(option) })
  if ((await choice.count()) < 1) return null
  await arm()
  await choice.first().click()
  return 'combobox'
}

async function viaGroup(page, { label, option }, arm) {
  // Hidden ones too: a group inside a closed disclosure is out of the accessibility tree until opened.
  const hidden = { includeHidden: true }
  const group = page
    .getByRole('radiogroup', { name: exact(label), ...hidden })
    .or(page.getByRole('group', { name: exact(label), ...hidden }))
  if ((await group.count()) < 1) return null
  const scope = group.first()
  const choice = scope
    .getByRole('radio', { name: exact(option), ...hidden })
    .or(scope.getByRole('checkbox', { name: exact(option), ...hidden }))
    .or(scope.getByRole('button', { name: exact(option), ...hidden }))
  if ((await choice.count()) < 1) return null
  if (!(await choice.first().isVisible())) {
    // Inside a closed disclosure (<details>): open it first, as a person would.
    const summary = scope.locator('xpath=ancestor::details[1]/summary')
    if ((await summary.count()) === 1) await summary.click()
  }
  await arm()
  await choice.first().click()
  return 'group'
}

async function viaMenu(page, { label, option }, arm) {
  const opener = page.getByRole('button', { name: new RegExp(`^\\s*${label}`, 'i') })
  if ((await opener.count()) !== 1) return null
  await opener.click()
  const choice = page
    .getByRole('menuitemcheckbox', { name: exact(option) })
    .or(page.getByRole('menuitemradio', { name: exact(option) }))
    .or(page.getByRole('option', { name: exact(option) }))
    .or(page.getByRole('checkbox', { name: exact(option) }))
  if ((await choice.count()) < 1) {
    await page.keyboard.press('Escape')
    return null
  }
  await arm()
  await choice.first().click()
  return 'menu'
}

async function viaUrl(page, { params }, arm) {
  await arm()
  const t0 = await page.evaluate((query) => {
    const t = performance.now()
    const url = new URL(location.href)
    for (const [key, value] of new URLSearchParams(query)) url.searchParams.set(key, value)
    history.pushState(history.state, '', url)
    window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
    return t
  }, params)
  return { method: 'url', t0 }
}

/**
 * @returns {{ method: string, t0?: number }} how the filter was changed; `t0` (page time) only for a URL
 * change, which has no input event to time from.
 */
export async function drive(page, change, arm) {
  for (const attempt of [viaCombobox, viaGroup, viaMenu]) {
    try {
      const method = await attempt(page, change, arm)
      if (method) return { method }
    } catch {
      // This form of control is not the one on the page; try the next.
    }
  }
  return viaUrl(page, change, arm)
}
