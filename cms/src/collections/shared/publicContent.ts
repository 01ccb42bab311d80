import type { Access, CollectionConfig } from 'payload'

import { readPublishedOrTeam, readTeamOnly, staffOnly, updateContent } from '../../access/content'
import { hiddenOutsideContentTeam } from '../../access/admin'
import { serverOwnedField, staffOnlyField } from '../../access/fields'
import { lockSharedFieldsForTranslators } from '../../fields/translatorLock'
import {
  keepTranslatorsFromPublishing,
  preventTranslatorFirstPublish,
  preventTranslatorRestore,
} from '../../hooks/translatorGuards'
import { siteRebuildHooks } from '../../publish/hooks'
import { redirectHooks } from '../Redirects/record'
import { pendingField, readyField } from '../../translation/ready/fields'
import { endHold, showPendingTranslations } from '../../translation/ready/gate'
import { passHeldSaves } from '../../translation/ready/validation'
import { hasSourceLocaleChoice } from '@mirai/content-schemas/translation-scope'
import { sourceLocaleField } from '../../translation/sourceLocale'
import { TRANSLATION_STATUS_FIELD, trackTranslationStatus } from '../../translation/track'

interface PublicContentOptions extends CollectionConfig {
  /** Read rule when it differs from "published only" (e.g. events by audience). */
  read?: Access
}

/**
 * What every piece of public, translated content has in common: drafts, versions and scheduled
 * publishing; public readers see published documents only; staff create and delete; translators
 * update their own languages and nothing shared; publishing changes rebuild the public site; a
 * published page that moves or goes leaves a redirect behind (Redirects/record.ts).
 */
export function publicContentCollection({ read, ...config }: PublicContentOptions): CollectionConfig {
  return {
    ...config,
    access: {
      read: read ?? readPublishedOrTeam,
      create: staffOnly,
      update: updateContent,
      delete: staffOnly,
      readVersions: readTeamOnly,
      ...config.access,
    },
    admin: { hidden: hiddenOutsideContentTeam, ...config.admin },
    versions: {
      maxPerDoc: 50,
      drafts: { schedulePublish: true },
    },
    hooks: {
      ...config.hooks,
      beforeChange: [
        preventTranslatorFirstPublish,
        ...(config.hooks?.beforeChange ?? []),
        trackTranslationStatus,
        redirectHooks.beforeChange,
      ],
      afterRead: [...(config.hooks?.afterRead ?? []), showPendingTranslations],
      beforeOperation: [
        preventTranslatorRestore,
        keepTranslatorsFromPublishing,
        ...siteRebuildHooks.beforeOperation,
        ...(config.hooks?.beforeOperation ?? []),
      ],
      afterChange: [
        endHold,
        ...(config.hooks?.afterChange ?? []),
        redirectHooks.afterChange,
        ...siteRebuildHooks.afterChange,
      ],
      beforeDelete: [...(config.hooks?.beforeDelete ?? []), redirectHooks.beforeDelete],
      afterDelete: [...(config.hooks?.afterDelete ?? []), redirectHooks.afterDelete, ...siteRebuildHooks.afterDelete],
    },
    fields: lockSharedFieldsForTranslators([
      ...passHeldSaves(config.fields),
      ...(hasSourceLocaleChoice(config.slug) ? [sourceLocaleField(config.slug)] : []),
      readyField,
      pendingField,
      // Which source revision each language was translated from, and by whom: written by
      // trackTranslationStatus, read by the secretariat (the translation overview reads it for
      // translators without handing them the account ids).
      {
        name: TRANSLATION_STATUS_FIELD,
        type: 'json',
        admin: { hidden: true },
        access: { read: staffOnlyField, ...serverOwnedField },
      },
    ]),
  }
}
