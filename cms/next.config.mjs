import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The workspace package ships TypeScript sources.
  transpilePackages: ['@mirai/content-schemas'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
