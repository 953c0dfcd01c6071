// jest-dom's matchers (toBeInTheDocument, toHaveValue, toBeChecked …) for the `dom` project's tests:
// they say what a user sees, and fail with the element's markup rather than "expected null to be truthy".
import '@testing-library/jest-dom/vitest'
