import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The workspace package ships TypeScript sources.
  transpilePackages: ['@mirai/content-schemas'],
  // Loaded by Node as they are: MJML and nodemailer read files and require modules at run time.
  serverExternalPackages: ['mjml', 'nodemailer'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
