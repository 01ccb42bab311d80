import type { CollectionConfig } from 'payload'

import { hiddenOutsideSecretariat } from '../access/admin'
import { nobody, staffOnly } from '../access/content'

/**
 * One record per build of the public site: when, from which changes, and how it ended. Written
 * by the publish pipeline only (src/publish/); the secretariat reads it in the admin.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: {
    singular: { en: 'Site build', ja: 'サイト更新' },
    plural: { en: 'Site builds', ja: 'サイト更新履歴' },
  },
  admin: {
    useAsTitle: 'summary',
    // Written by the build job only: the secretariat reads, never edits.
    defaultColumns: ['summary', 'status', 'startedAt', 'finishedAt', 'pages'],
    description:
      'Every rebuild of the public site after a publish. A failed build leaves the previous site online; its error is shown here.',
    hidden: hiddenOutsideSecretariat,
  },
  defaultSort: '-createdAt',
  access: {
    read: staffOnly,
    create: nobody,
    update: nobody,
    delete: staffOnly,
  },
  timestamps: true,
  fields: [
    { name: 'summary', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'queued', label: { en: 'Waiting to build', ja: '待機中' } },
        { value: 'running', label: { en: 'Running', ja: '実行中' } },
        { value: 'retrying', label: { en: 'Failed, trying again', ja: '失敗・再試行待ち' } },
        { value: 'succeeded', label: { en: 'Succeeded', ja: '成功' } },
        { value: 'failed', label: { en: 'Failed (previous site kept)', ja: '失敗（前のサイトのまま）' } },
      ],
    },
    {
      name: 'mode',
      type: 'select',
      options: [
        { value: 'local', label: { en: 'Built by the CMS', ja: 'CMSでビルド' } },
        { value: 'hook', label: { en: 'Build hook called', ja: 'ビルドフックを呼び出し' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startedAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'durationMs', type: 'number', label: 'Duration (ms)' },
        { name: 'pages', type: 'number' },
      ],
    },
    { name: 'error', type: 'textarea' },
    {
      name: 'warnings',
      type: 'textarea',
      admin: {
        description:
          'What the build left out of the site and why (for example an image whose file is missing). The build still went live.',
      },
    },
    {
      name: 'changes',
      type: 'array',
      fields: [
        { name: 'operation', type: 'text' },
        { name: 'collection', type: 'text' },
        { name: 'docId', type: 'text' },
        { name: 'title', type: 'text' },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'by', type: 'relationship', relationTo: 'users' },
      ],
    },
    { name: 'log', type: 'code', admin: { language: 'shell' } },
    {
      type: 'collapsible',
      label: 'Job',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'attempts',
          type: 'number',
          admin: { description: 'Build hook calls so far (retried with back-off).' },
        },
        { name: 'job', type: 'text', admin: { description: 'The Payload job that builds this record.' } },
        { name: 'runner', type: 'text', admin: { description: 'host:pid of the process running the build.' } },
        {
          name: 'heartbeatAt',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description: 'Touched while the build runs; a silent build is taken for interrupted.',
          },
        },
      ],
    },
  ],
}
