export { Fragment, jsxDEV } from './jsx-runtime'
export type { JSX } from './jsx-runtime'
