// jest-dom's matchers (toBeInTheDocument, toHaveValue, toBeChecked …) for the `dom` project's tests:
// they say what a user sees, and fail with the element's markup rather than "expected null to be truthy".
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Testing Library unmounts after each test by itself only where the test runner's globals are on; ours
// are off (imports are explicit), so it is done here once instead of in every test file.
afterEach(cleanup)
