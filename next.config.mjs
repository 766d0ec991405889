import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js serves only the back office (/admin), the API (/api) and their assets; the public site is rendered by src/site. */
const nextConfig = {
  // Types are checked by `npm test` (tsc), not a second time by the build.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  poweredByHeader: false,
  // The server loads Payload itself (src/server/main.ts) and Next's routes use that same instance;
  // bundling a second copy of `payload` into the routes would give its error classes another
  // identity, and the API would then drop the field details of every validation error.
  // The round's spreadsheet libraries are read from node_modules as the server bundle reads them.
  serverExternalPackages: ['payload', 'exceljs', 'csv-parse'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
