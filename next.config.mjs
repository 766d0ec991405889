import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js serves only the back office (/admin), the API (/api) and their assets; the public site is rendered by src/site. */
const nextConfig = {
  // Types are checked by `npm test` (tsc), not a second time by the build.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
